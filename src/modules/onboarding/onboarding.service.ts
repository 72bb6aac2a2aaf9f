import { and, asc, desc, eq, inArray, lt, type SQL, sql } from 'drizzle-orm';
import { keyset } from '../../db/keyset.js';
import { loadScoped } from '../../db/load.js';
import { partnerFilter, withTx } from '../../db/scope.js';
import { actorUserId, type Ctx, policyActor, type TxCtx } from '../../shared/context.js';
import { type IsoDate, localDateOf } from '../../shared/dates.js';
import { AppError, forbidden, invalidField, notFound } from '../../shared/errors.js';
import { type Page, toPage } from '../../shared/paging.js';
import { type AuditedKind, deleteAudited, insertAudited, updateAudited } from '../audit/index.js';
import {
  activePartnerUsers,
  assertVendorUser,
  findPartnersByReference,
  type PersonSummary,
  personSummaries,
} from '../directory/index.js';
import { listRecordFiles } from '../files/index.js';
import { activeUsersWithRole, notify } from '../notifications/index.js';
import { getPartner, transitionStage } from '../partners/index.js';
import { getSettings } from '../settings/index.js';
import {
  mayEditTemplates,
  mayStartOnboarding,
  type OnboardingPermissions,
  onboardingPermissions,
  type TaskPermissions,
  taskPermissions,
} from './onboarding.policy.js';
import {
  completionOf,
  daysOverdue,
  decideCompletion,
  isOverdue,
  mayCompleteTask,
  type OnboardingStatus,
  type OwnerSide,
  type Progress,
  planTasks,
  progressOf,
  reminderAudience,
  stageOnStart,
  stepProblems,
  type TaskStatus,
  type TemplateStep,
  timeToOnboardDays,
} from './onboarding.rules.js';
import {
  type OnboardingRow,
  type OnboardingTaskRow,
  type OnboardingTemplateRow,
  onboardings,
  onboardingTaskReminders,
  onboardingTasks,
  onboardingTemplates,
} from './onboarding.schema.js';

export const TASK_DOCUMENT_KIND = 'onboarding_task.document';

const TEMPLATE: AuditedKind<OnboardingTemplateRow> = {
  entityType: 'onboarding_template',
  partnerIdOf: () => null,
  labelOf: (t) => t.name,
  conflicts: { onboarding_templates_name_unique: { path: 'name', message: 'is the name of another template' } },
};

const ONBOARDING: AuditedKind<OnboardingRow> = {
  entityType: 'onboarding',
  partnerIdOf: (o) => o.partnerId,
  labelOf: (o) => o.name,
  conflicts: {
    onboardings_one_in_progress: { path: 'templateId', message: 'this partner already has an onboarding in progress' },
  },
};

const TASK: AuditedKind<OnboardingTaskRow> = {
  entityType: 'onboarding_task',
  partnerIdOf: (t) => t.partnerId,
  labelOf: (t) => t.title,
};

/** The organisation's today (its time zone): what due dates and "overdue" are counted against. */
export async function todayOf(ctx: Ctx): Promise<IsoDate> {
  return localDateOf(ctx.now, (await getSettings(ctx)).timeZone);
}

// ——— Templates ———

export type TemplateInput = {
  name: string;
  description?: string;
  partnerTypes?: string[];
  active?: boolean;
  steps: TemplateStep[];
};

export type TemplateDto = OnboardingTemplateRow & { can: { edit: boolean } };

function toTemplateDto(ctx: Ctx, row: OnboardingTemplateRow): TemplateDto {
  return { ...row, can: { edit: mayEditTemplates(policyActor(ctx)) } };
}

function assertSteps(steps: readonly TemplateStep[]): void {
  const problems = stepProblems(steps);
  if (problems.length > 0) {
    throw new AppError('VALIDATION_FAILED', problems.map((p) => `${p.path}: ${p.message}`).join('; '), { errors: problems });
  }
}

export async function listTemplates(ctx: Ctx): Promise<TemplateDto[]> {
  return withTx(ctx, async (c) => {
    const rows = await c.tx
      .select()
      .from(onboardingTemplates)
      .orderBy(asc(onboardingTemplates.name), asc(onboardingTemplates.id));
    return rows.map((r) => toTemplateDto(c, r));
  });
}

async function loadTemplate(c: TxCtx, id: string): Promise<OnboardingTemplateRow> {
  const [row] = await c.tx.select().from(onboardingTemplates).where(eq(onboardingTemplates.id, id));
  if (!row) throw notFound('Onboarding template');
  return row;
}

export async function getTemplate(ctx: Ctx, id: string): Promise<TemplateDto> {
  return withTx(ctx, async (c) => toTemplateDto(c, await loadTemplate(c, id)));
}

export async function createTemplate(ctx: Ctx, input: TemplateInput): Promise<TemplateDto> {
  assertSteps(input.steps);
  return withTx(ctx, async (c) => {
    if (!mayEditTemplates(policyActor(c))) throw forbidden('Only admins and partner managers write onboarding templates');
    const row = await insertAudited(
      c,
      onboardingTemplates,
      {
        name: input.name,
        description: input.description ?? '',
        partnerTypes: input.partnerTypes ?? [],
        active: input.active ?? true,
        steps: input.steps,
        createdAt: c.now,
        updatedAt: c.now,
      },
      TEMPLATE,
    );
    return toTemplateDto(c, row);
  });
}

export async function updateTemplate(ctx: Ctx, id: string, patch: Partial<TemplateInput>): Promise<TemplateDto> {
  if (patch.steps) assertSteps(patch.steps);
  return withTx(ctx, async (c) => {
    if (!mayEditTemplates(policyActor(c))) throw forbidden('Only admins and partner managers write onboarding templates');
    const before = await loadTemplate(c, id);
    const after = await updateAudited(c, onboardingTemplates, before, { ...patch, updatedAt: c.now }, TEMPLATE);
    return toTemplateDto(c, after);
  });
}

/** Onboardings started from it keep their tasks (and its name); they only lose the link. */
export async function deleteTemplate(ctx: Ctx, id: string): Promise<void> {
  await withTx(ctx, async (c) => {
    if (!mayEditTemplates(policyActor(c))) throw forbidden('Only admins and partner managers write onboarding templates');
    await deleteAudited(c, onboardingTemplates, await loadTemplate(c, id), TEMPLATE);
  });
}

// ——— Onboardings and tasks ———

type PartnerRef = { id: string; name: string; ownerId: string | null };

/** The partners behind `ids` that the caller can see, by id. */
async function partnerRefs(c: TxCtx, ids: readonly string[]): Promise<Map<string, PartnerRef>> {
  const found = await findPartnersByReference(c, [...new Set(ids)]);
  const out = new Map<string, PartnerRef>();
  for (const id of new Set(ids)) {
    const match = found.get(id.toLowerCase())?.find((p) => p.id === id.toLowerCase());
    if (match) out.set(id, match);
  }
  return out;
}

async function partnerRef(c: TxCtx, id: string): Promise<PartnerRef> {
  const ref = (await partnerRefs(c, [id])).get(id);
  if (!ref) throw notFound('Partner');
  return ref;
}

export type TaskDto = OnboardingTaskRow & {
  partnerName: string;
  overdue: boolean;
  assignee: PersonSummary | null;
  completedBy: PersonSummary | null;
  can: TaskPermissions;
};

export type OnboardingDto = OnboardingRow & {
  partnerName: string;
  progress: Progress;
  /** Start to completion in days (completed onboardings). */
  daysToOnboard: number | null;
  tasks: TaskDto[];
  can: OnboardingPermissions;
};

async function toTaskDtos(c: TxCtx, rows: readonly OnboardingTaskRow[], today: IsoDate): Promise<TaskDto[]> {
  const partners = await partnerRefs(
    c,
    rows.map((r) => r.partnerId),
  );
  const people = await personSummaries(
    c,
    rows.flatMap((r) => [r.assigneeId, r.completedById]),
  );
  const actor = policyActor(c);
  return rows.map((row) => {
    const partner = partners.get(row.partnerId) ?? { id: row.partnerId, name: '', ownerId: null };
    return {
      ...row,
      partnerName: partner.name,
      overdue: isOverdue(row, today),
      assignee: row.assigneeId ? (people.get(row.assigneeId) ?? null) : null,
      completedBy: row.completedById ? (people.get(row.completedById) ?? null) : null,
      can: taskPermissions(actor, row, partner),
    };
  });
}

async function toOnboardingDtos(c: TxCtx, rows: readonly OnboardingRow[]): Promise<OnboardingDto[]> {
  if (rows.length === 0) return [];
  const today = await todayOf(c);
  const taskRows = await c.tx
    .select()
    .from(onboardingTasks)
    .where(
      and(
        inArray(
          onboardingTasks.onboardingId,
          rows.map((r) => r.id),
        ),
        partnerFilter(c, onboardingTasks.partnerId),
      ),
    )
    .orderBy(asc(onboardingTasks.onboardingId), asc(onboardingTasks.position));
  const tasks = await toTaskDtos(c, taskRows, today);
  const partners = await partnerRefs(
    c,
    rows.map((r) => r.partnerId),
  );
  const actor = policyActor(c);
  return rows.map((row) => {
    const own = tasks.filter((t) => t.onboardingId === row.id);
    const partner = partners.get(row.partnerId) ?? { id: row.partnerId, name: '', ownerId: null };
    return {
      ...row,
      partnerName: partner.name,
      progress: progressOf(own, row.status === 'in_progress' ? today : '0000-00-00'),
      daysToOnboard: row.completedAt ? timeToOnboardDays(row.startOn, localDateOf(row.completedAt, 'UTC')) : null,
      tasks: own,
      can: onboardingPermissions(actor, partner),
    };
  });
}

function loadOnboarding(c: TxCtx, id: string, lock = false): Promise<OnboardingRow> {
  return loadScoped(c, onboardings, id, 'Onboarding', { lock });
}

async function onboardingDto(c: TxCtx, row: OnboardingRow): Promise<OnboardingDto> {
  const [dto] = await toOnboardingDtos(c, [row]);
  if (!dto) throw new Error('unreachable');
  return dto;
}

export type StartInput = { templateId?: string; startOn?: IsoDate; assigneeId?: string | null };

/** The active template made for one of the partner's types, else the first active one by name. */
function defaultTemplate(templates: OnboardingTemplateRow[], types: readonly string[]): OnboardingTemplateRow | undefined {
  const sorted = [...templates].sort((a, b) => a.name.localeCompare(b.name));
  return sorted.find((t) => t.partnerTypes.some((type) => types.includes(type))) ?? sorted[0];
}

/**
 * Starts a partner's onboarding from a template: one task per step, due its offset after the
 * start. A prospect or qualified partner moves into the onboarding stage (through the partners
 * module, with the reason recorded); the partner's admins are told their tasks are waiting.
 */
export async function startOnboarding(ctx: Ctx, partnerId: string, input: StartInput): Promise<OnboardingDto> {
  return withTx(ctx, async (c) => {
    const partner = await getPartner(c, partnerId);
    if (!mayStartOnboarding(policyActor(c), partner)) {
      throw forbidden("Only an admin or the partner's manager starts its onboarding");
    }
    const template = input.templateId
      ? (await c.tx.select().from(onboardingTemplates).where(eq(onboardingTemplates.id, input.templateId)))[0]
      : defaultTemplate(await c.tx.select().from(onboardingTemplates).where(eq(onboardingTemplates.active, true)), partner.types);
    if (!template)
      throw invalidField(
        'templateId',
        input.templateId ? 'no such onboarding template' : 'there is no active template: write one first',
      );
    if (!template.active) throw invalidField('templateId', 'is retired: choose an active template');
    if (template.steps.length === 0) throw invalidField('templateId', 'has no steps');
    if (input.assigneeId) await assertVendorUser(c, input.assigneeId, ['admin', 'partner_manager'], 'assigneeId');
    const startOn = input.startOn ?? (await todayOf(c));
    const row = await insertAudited(
      c,
      onboardings,
      {
        partnerId,
        templateId: template.id,
        name: template.name,
        status: 'in_progress',
        startOn,
        startedAt: c.now,
        startedById: actorUserId(c),
        createdAt: c.now,
        updatedAt: c.now,
      },
      ONBOARDING,
      {
        event: 'onboarding.started',
        summary: `Started onboarding ${partner.name} with ${template.name}`,
        eventData: { templateId: template.id, startOn },
      },
    );
    // Vendor-side tasks go to the named person, or the partner's manager.
    const vendorAssignee = input.assigneeId ?? partner.ownerId ?? null;
    for (const task of planTasks(template.steps, startOn)) {
      await insertAudited(
        c,
        onboardingTasks,
        {
          onboardingId: row.id,
          partnerId,
          position: task.position,
          title: task.title,
          description: task.description,
          ownerSide: task.ownerSide,
          ownerRole: task.ownerRole,
          required: task.required,
          requirement: task.requirement,
          dueOn: task.dueOn,
          assigneeId: task.ownerSide === 'vendor' ? vendorAssignee : null,
          createdAt: c.now,
          updatedAt: c.now,
        },
        TASK,
      );
    }
    const move = stageOnStart(partner.lifecycleStage);
    if (move) await transitionStage(c, partnerId, { toStage: move, reason: `Onboarding started (${template.name})` });
    await notify(c, {
      to: await activePartnerUsers(c, partnerId, ['partner_admin']),
      kind: 'onboarding.started',
      title: `Your onboarding with us has started: ${template.name}`,
      body: 'Your tasks and their due dates are on your portal home.',
      link: '/onboarding',
      entity: { type: 'onboarding', id: row.id },
      partnerId,
    });
    return onboardingDto(c, row);
  });
}

/** A partner's onboardings, the current one first. */
export async function listPartnerOnboardings(ctx: Ctx, partnerId: string): Promise<OnboardingDto[]> {
  return withTx(ctx, async (c) => {
    await partnerRef(c, partnerId);
    const rows = await c.tx
      .select()
      .from(onboardings)
      .where(and(eq(onboardings.partnerId, partnerId), partnerFilter(c, onboardings.partnerId)))
      .orderBy(desc(onboardings.startedAt), desc(onboardings.id));
    return toOnboardingDtos(c, rows);
  });
}

export async function getOnboarding(ctx: Ctx, id: string): Promise<OnboardingDto> {
  return withTx(ctx, async (c) => onboardingDto(c, await loadOnboarding(c, id)));
}

export type OnboardingListQuery = { limit: number; cursor?: string; status?: OnboardingStatus[]; partnerId?: string[] };

/** Onboardings across the portfolio (a partner's people: their own), the latest started first. */
export async function listOnboardings(ctx: Ctx, query: OnboardingListQuery): Promise<Page<OnboardingDto>> {
  return withTx(ctx, async (c) => {
    const ks = keyset('onboardings', '-startedAt', { startedAt: onboardings.startedAt }, onboardings.id, query.cursor);
    const rows = await c.tx
      .select()
      .from(onboardings)
      .where(
        and(
          ks.where,
          partnerFilter(c, onboardings.partnerId),
          query.status?.length ? inArray(onboardings.status, query.status) : undefined,
          query.partnerId?.length ? inArray(onboardings.partnerId, query.partnerId) : undefined,
        ),
      )
      .orderBy(...ks.orderBy)
      .limit(query.limit + 1);
    const page = toPage(rows, query.limit, ks.cursorOf);
    return { data: await toOnboardingDtos(c, page.data), nextCursor: page.nextCursor };
  });
}

/** Stops an onboarding in progress (the partnership did not go ahead); its tasks stay as they were. */
export async function cancelOnboarding(ctx: Ctx, id: string, reason: string): Promise<OnboardingDto> {
  return withTx(ctx, async (c) => {
    const before = await loadOnboarding(c, id, true);
    const partner = await partnerRef(c, before.partnerId);
    if (!onboardingPermissions(policyActor(c), partner).manage) {
      throw forbidden("Only an admin or the partner's manager cancels its onboarding");
    }
    if (before.status !== 'in_progress') {
      throw new AppError('INVALID_TRANSITION', `This onboarding is ${before.status.replace('_', ' ')}`, {
        errors: [{ path: 'status', message: `is ${before.status}, not in progress` }],
      });
    }
    const after = await updateAudited(
      c,
      onboardings,
      before,
      { status: 'cancelled', cancelledAt: c.now, cancelReason: reason, updatedAt: c.now },
      ONBOARDING,
      { event: 'onboarding.cancelled', summary: `Cancelled onboarding of ${partner.name}: ${reason}`, eventData: { reason } },
    );
    return onboardingDto(c, after);
  });
}

/**
 * Cancels the partner's onboarding in progress, if any (its off-boarding archives its plans), in
 * the caller's transaction and under the same policy as cancelling it by hand. Answers how many.
 */
export async function archiveOnboardingsOf(ctx: Ctx, partnerId: string, reason: string): Promise<number> {
  return withTx(ctx, async (c) => {
    const open = await c.tx
      .select({ id: onboardings.id })
      .from(onboardings)
      .where(
        and(eq(onboardings.partnerId, partnerId), eq(onboardings.status, 'in_progress'), partnerFilter(c, onboardings.partnerId)),
      );
    for (const { id } of open) await cancelOnboarding(c, id, reason);
    return open.length;
  });
}

export type TaskListQuery = {
  limit: number;
  cursor?: string;
  overdue?: boolean;
  status?: TaskStatus[];
  side?: OwnerSide[];
  partnerId?: string[];
  assigneeId?: string[];
};

/**
 * Tasks across the portfolio by due date, the earliest first; `overdue=true` keeps open tasks
 * whose due day has passed (in the organisation's time zone). Tasks of cancelled onboardings
 * are left out.
 */
export async function listTasks(ctx: Ctx, query: TaskListQuery): Promise<Page<TaskDto>> {
  return withTx(ctx, async (c) => {
    const today = await todayOf(c);
    const ks = keyset('onboarding-tasks', 'dueOn', { dueOn: onboardingTasks.dueOn }, onboardingTasks.id, query.cursor);
    const conditions: (SQL | undefined)[] = [
      ks.where,
      partnerFilter(c, onboardingTasks.partnerId),
      sql`exists (select 1 from ${onboardings} o where o.id = ${onboardingTasks.onboardingId} and o.status <> 'cancelled')`,
      query.overdue ? and(eq(onboardingTasks.status, 'open'), lt(onboardingTasks.dueOn, today)) : undefined,
      query.status?.length ? inArray(onboardingTasks.status, query.status) : undefined,
      query.side?.length ? inArray(onboardingTasks.ownerSide, query.side) : undefined,
      query.partnerId?.length ? inArray(onboardingTasks.partnerId, query.partnerId) : undefined,
      query.assigneeId?.length ? inArray(onboardingTasks.assigneeId, query.assigneeId) : undefined,
    ];
    const rows = await c.tx
      .select()
      .from(onboardingTasks)
      .where(and(...conditions))
      .orderBy(...ks.orderBy)
      .limit(query.limit + 1);
    const page = toPage(rows, query.limit, ks.cursorOf);
    return { data: await toTaskDtos(c, page.data, today), nextCursor: page.nextCursor };
  });
}

function loadTask(c: TxCtx, id: string, lock = false): Promise<OnboardingTaskRow> {
  return loadScoped(c, onboardingTasks, id, 'Task', { lock });
}

export async function getTask(ctx: Ctx, id: string): Promise<TaskDto> {
  return withTx(ctx, async (c) => {
    const [dto] = await toTaskDtos(c, [await loadTask(c, id)], await todayOf(c));
    if (!dto) throw new Error('unreachable');
    return dto;
  });
}

/**
 * The task in the caller's scope for the files module: its partner, and the partner's manager
 * (who decides, with the task's side, who may attach its document). Null: not theirs to see.
 */
export async function loadTaskForFiles(c: TxCtx, id: string) {
  const [row] = await c.tx
    .select()
    .from(onboardingTasks)
    .where(and(eq(onboardingTasks.id, id), partnerFilter(c, onboardingTasks.partnerId)));
  if (!row) return null;
  const partner = (await partnerRefs(c, [row.partnerId])).get(row.partnerId);
  return partner ? { ...row, partnerOwnerId: partner.ownerId } : null;
}

export type CompleteInput = { acknowledged?: boolean; note?: string };

/**
 * Marks a task done, by its own side only, with what it asks for (the document uploaded, the
 * acknowledgement given). The last required task completes the onboarding, at that moment, and
 * tells the partner's manager.
 */
export async function completeTask(ctx: Ctx, id: string, input: CompleteInput): Promise<TaskDto> {
  return withTx(ctx, async (c) => {
    const before = await loadTask(c, id, true);
    const partner = await partnerRef(c, before.partnerId);
    const may = mayCompleteTask(policyActor(c), before, partner.ownerId);
    if (!may.allowed) throw forbidden(may.reason);
    const documents = before.requirement === 'document' ? (await listRecordFiles(c, id, [TASK_DOCUMENT_KIND])).length : 0;
    const decision = decideCompletion(before, { documents, acknowledged: input.acknowledged === true });
    if (!decision.allowed) {
      const code = decision.path === 'status' ? 'INVALID_TRANSITION' : 'VALIDATION_FAILED';
      throw new AppError(code, `${decision.path ?? 'task'}: ${decision.reason}`, {
        errors: [{ path: decision.path ?? 'task', message: decision.reason }],
      });
    }
    const onboarding = await loadOnboarding(c, before.onboardingId, true);
    if (onboarding.status === 'cancelled') {
      throw new AppError('INVALID_TRANSITION', 'This onboarding was cancelled', {
        errors: [{ path: 'status', message: 'the onboarding was cancelled' }],
      });
    }
    const after = await updateAudited(
      c,
      onboardingTasks,
      before,
      {
        status: 'done',
        completedAt: c.now,
        completedById: actorUserId(c),
        acknowledgedAt: before.requirement === 'acknowledgement' ? c.now : null,
        note: input.note ?? before.note,
        updatedAt: c.now,
      },
      TASK,
      {
        event: 'onboarding_task.completed',
        summary: `Completed "${before.title}" for ${partner.name}`,
        eventData: { onboardingId: before.onboardingId, ownerSide: before.ownerSide, requirement: before.requirement },
      },
    );
    if (onboarding.status === 'in_progress') await completeIfDone(c, onboarding, partner);
    const [dto] = await toTaskDtos(c, [after], await todayOf(c));
    if (!dto) throw new Error('unreachable');
    return dto;
  });
}

async function completeIfDone(c: TxCtx, onboarding: OnboardingRow, partner: PartnerRef): Promise<void> {
  const tasks = await c.tx
    .select({ status: onboardingTasks.status, required: onboardingTasks.required, completedAt: onboardingTasks.completedAt })
    .from(onboardingTasks)
    .where(eq(onboardingTasks.onboardingId, onboarding.id));
  const completedAt = completionOf(tasks);
  if (!completedAt) return;
  const days = timeToOnboardDays(onboarding.startOn, localDateOf(completedAt, 'UTC'));
  await updateAudited(c, onboardings, onboarding, { status: 'completed', completedAt, updatedAt: c.now }, ONBOARDING, {
    event: 'onboarding.completed',
    summary: `${partner.name} completed onboarding in ${days} days`,
    eventData: { daysToOnboard: days, templateId: onboarding.templateId },
  });
  if (partner.ownerId) {
    await notify(c, {
      to: [partner.ownerId],
      kind: 'onboarding.completed',
      title: `${partner.name} completed onboarding`,
      body: `Every required task is done, ${days} days after the start. Consider moving the partner to enabled.`,
      link: `/partners/${partner.id}`,
      entity: { type: 'onboarding', id: onboarding.id },
      partnerId: partner.id,
    });
  }
}

export type TaskPatch = { assigneeId?: string | null; dueOn?: IsoDate; note?: string };

/** Assigns a task or moves its due date: whoever manages the onboarding, while the task is open. */
export async function updateTask(ctx: Ctx, id: string, patch: TaskPatch): Promise<TaskDto> {
  return withTx(ctx, async (c) => {
    const before = await loadTask(c, id, true);
    const partner = await partnerRef(c, before.partnerId);
    if (!taskPermissions(policyActor(c), before, partner).edit) {
      if (before.status !== 'open') {
        throw new AppError('INVALID_TRANSITION', 'This task is done', { errors: [{ path: 'status', message: 'is done' }] });
      }
      throw forbidden("Only an admin or the partner's manager changes its onboarding tasks");
    }
    if (patch.assigneeId) {
      if (before.ownerSide === 'vendor') {
        await assertVendorUser(c, patch.assigneeId, ['admin', 'partner_manager', 'executive', 'finance'], 'assigneeId');
      } else if (!(await activePartnerUsers(c, before.partnerId, ['partner_admin', 'partner_user'])).includes(patch.assigneeId)) {
        throw invalidField('assigneeId', 'must be an active user of the partner for a partner-side task');
      }
    }
    const after = await updateAudited(c, onboardingTasks, before, { ...patch, updatedAt: c.now }, TASK);
    if (patch.assigneeId && patch.assigneeId !== before.assigneeId && patch.assigneeId !== actorUserId(c)) {
      await notify(c, {
        to: [patch.assigneeId],
        kind: 'onboarding.task_assigned',
        title: `Onboarding task for ${partner.name}: ${after.title}`,
        body: `Due ${after.dueOn}.`,
        link: before.ownerSide === 'vendor' ? `/partners/${partner.id}` : '/onboarding',
        entity: { type: 'onboarding_task', id: after.id },
        partnerId: partner.id,
      });
    }
    const [dto] = await toTaskDtos(c, [after], await todayOf(c));
    if (!dto) throw new Error('unreachable');
    return dto;
  });
}

/**
 * Cancels an open task that no longer applies to this partner (a step of the template that does
 * not fit), with the reason: it stops counting towards completion, so cancelling the last open
 * required task completes the onboarding.
 */
export async function cancelTask(ctx: Ctx, id: string, reason: string): Promise<TaskDto> {
  return withTx(ctx, async (c) => {
    const before = await loadTask(c, id, true);
    const partner = await partnerRef(c, before.partnerId);
    if (!taskPermissions(policyActor(c), before, partner).edit) {
      if (before.status !== 'open') {
        throw new AppError('INVALID_TRANSITION', `This task is ${before.status}`, {
          errors: [{ path: 'status', message: `is ${before.status}` }],
        });
      }
      throw forbidden("Only an admin or the partner's manager cancels its onboarding tasks");
    }
    const onboarding = await loadOnboarding(c, before.onboardingId, true);
    if (onboarding.status === 'cancelled') {
      throw new AppError('INVALID_TRANSITION', 'This onboarding was cancelled', {
        errors: [{ path: 'status', message: 'the onboarding was cancelled' }],
      });
    }
    const after = await updateAudited(
      c,
      onboardingTasks,
      before,
      { status: 'cancelled', cancelledAt: c.now, cancelledById: actorUserId(c), cancelReason: reason, updatedAt: c.now },
      TASK,
      {
        event: 'onboarding_task.cancelled',
        summary: `Cancelled "${before.title}" for ${partner.name}: ${reason}`,
        eventData: { onboardingId: before.onboardingId, reason },
      },
    );
    if (onboarding.status === 'in_progress') await completeIfDone(c, onboarding, partner);
    const [dto] = await toTaskDtos(c, [after], await todayOf(c));
    if (!dto) throw new Error('unreachable');
    return dto;
  });
}

/**
 * Who may be given a task: vendor staff for a vendor-side task, the partner's active users for a
 * partner-side one (what `updateTask` accepts), by name.
 */
export async function taskAssignees(ctx: Ctx, id: string): Promise<PersonSummary[]> {
  return withTx(ctx, async (c) => {
    const task = await loadTask(c, id);
    const partner = await partnerRef(c, task.partnerId);
    if (!onboardingPermissions(policyActor(c), partner).manage) {
      throw forbidden("Only an admin or the partner's manager assigns its onboarding tasks");
    }
    const ids =
      task.ownerSide === 'vendor'
        ? await activeUsersWithRole(c, ['admin', 'partner_manager', 'executive', 'finance'])
        : await activePartnerUsers(c, task.partnerId, ['partner_admin', 'partner_user']);
    const people = await personSummaries(c, ids);
    return [...people.values()].sort((a, b) => a.name.localeCompare(b.name));
  });
}

export type ReminderResult = { overdue: number; reminded: number; notifications: number };

/**
 * The daily overdue sweep (the `onboarding.overdue-reminders` job, run as the system): every open
 * task past due of an onboarding in progress reminds its assignee, or the admins of its side when
 * nobody has it (`reminderAudience`), in the app and by e-mail. One reminder per task per day of
 * the organisation's calendar (onboarding_task_reminders): a second run the same day sends
 * nothing.
 */
export async function runOverdueReminders(ctx: Ctx): Promise<ReminderResult> {
  return withTx(ctx, async (c) => {
    const today = await todayOf(c);
    const rows = await c.tx
      .select({ task: onboardingTasks })
      .from(onboardingTasks)
      .innerJoin(onboardings, eq(onboardings.id, onboardingTasks.onboardingId))
      .where(
        and(
          eq(onboardings.status, 'in_progress'),
          eq(onboardingTasks.status, 'open'),
          lt(onboardingTasks.dueOn, today),
          sql`not exists (select 1 from ${onboardingTaskReminders} r where r.task_id = ${onboardingTasks.id} and r.reminded_on = ${today}::date)`,
        ),
      )
      .orderBy(asc(onboardingTasks.dueOn), asc(onboardingTasks.id));
    const result: ReminderResult = { overdue: rows.length, reminded: 0, notifications: 0 };
    if (rows.length === 0) return result;
    const partners = await partnerRefs(
      c,
      rows.map((r) => r.task.partnerId),
    );
    // Active people, asked once per side (a deactivated assignee falls back to the admins).
    let vendorStaff: Set<string> | null = null;
    let vendorAdmins: string[] | null = null;
    const partnerPeople = new Map<string, { all: Set<string>; admins: string[] }>();
    for (const { task } of rows) {
      const partner = partners.get(task.partnerId) ?? { id: task.partnerId, name: '', ownerId: null };
      const audience = reminderAudience(task);
      let to: string[];
      if (task.ownerSide === 'vendor') {
        vendorStaff ??= new Set(await activeUsersWithRole(c, ['admin', 'partner_manager', 'executive', 'finance']));
        vendorAdmins ??= await activeUsersWithRole(c, ['admin']);
        to = audience.to === 'assignee' && vendorStaff.has(audience.userId) ? [audience.userId] : vendorAdmins;
      } else {
        let people = partnerPeople.get(task.partnerId);
        if (!people) {
          people = {
            all: new Set(await activePartnerUsers(c, task.partnerId, ['partner_admin', 'partner_user'])),
            admins: await activePartnerUsers(c, task.partnerId, ['partner_admin']),
          };
          partnerPeople.set(task.partnerId, people);
        }
        to = audience.to === 'assignee' && people.all.has(audience.userId) ? [audience.userId] : people.admins;
      }
      const [claimed] = await c.tx
        .insert(onboardingTaskReminders)
        .values({ taskId: task.id, partnerId: task.partnerId, remindedOn: today, recipients: to.length, sentAt: c.now })
        .onConflictDoNothing()
        .returning({ id: onboardingTaskReminders.id });
      if (!claimed) continue;
      result.reminded += 1;
      if (to.length === 0) continue;
      const days = daysOverdue(task.dueOn, today);
      await notify(c, {
        to,
        kind: 'onboarding.task_overdue',
        title:
          task.ownerSide === 'vendor'
            ? `Overdue onboarding task for ${partner.name}: ${task.title}`
            : `Overdue onboarding task: ${task.title}`,
        body: `It was due on ${task.dueOn} (${days} ${days === 1 ? 'day' : 'days'} ago).`,
        link: task.ownerSide === 'vendor' ? `/partners/${partner.id}` : '/onboarding',
        entity: { type: 'onboarding_task', id: task.id },
        partnerId: task.partnerId,
      });
      result.notifications += to.length;
    }
    return result;
  });
}

// ——— Portfolio figures (set-based) ———

export type OnboardingStats = {
  inProgress: number;
  overdueTasks: number;
  completed: number;
  /** Over onboardings completed in the last `sinceDays` (default: two years), in days. */
  averageDaysToOnboard: number | null;
  medianDaysToOnboard: number | null;
};

/**
 * The Onboarding page's figures for the caller's scope, in two statements: onboardings in
 * progress, their overdue tasks, and time-to-onboard (start day to the day the last required task
 * was done) over completed ones.
 */
export async function onboardingStats(ctx: Ctx, since?: IsoDate): Promise<OnboardingStats> {
  return withTx(ctx, async (c) => {
    const today = await todayOf(c);
    const scope = partnerFilter(c, onboardings.partnerId);
    const from = since ?? '1900-01-01';
    const days = sql`(${onboardings.completedAt} at time zone 'UTC')::date - ${onboardings.startOn}`;
    const [row] = await c.tx
      .select({
        inProgress: sql<number>`count(*) filter (where ${onboardings.status} = 'in_progress')::int`,
        completed: sql<number>`count(*) filter (where ${onboardings.status} = 'completed' and ${onboardings.completedAt} >= ${from}::date)::int`,
        average: sql<
          string | null
        >`avg(${days}) filter (where ${onboardings.status} = 'completed' and ${onboardings.completedAt} >= ${from}::date)`,
        median: sql<
          string | null
        >`percentile_cont(0.5) within group (order by ${days}) filter (where ${onboardings.status} = 'completed' and ${onboardings.completedAt} >= ${from}::date)`,
      })
      .from(onboardings)
      .where(scope);
    // Open tasks past due of onboardings in progress, joined (not a subquery in the select list,
    // where Drizzle leaves a single table's columns unqualified).
    const [overdue] = await c.tx
      .select({ n: sql<number>`count(*)::int` })
      .from(onboardingTasks)
      .innerJoin(onboardings, eq(onboardings.id, onboardingTasks.onboardingId))
      .where(
        and(scope, eq(onboardings.status, 'in_progress'), eq(onboardingTasks.status, 'open'), lt(onboardingTasks.dueOn, today)),
      );
    const round = (v: string | null | undefined) => (v === null || v === undefined ? null : Math.round(Number(v) * 10) / 10);
    return {
      inProgress: row?.inProgress ?? 0,
      overdueTasks: overdue?.n ?? 0,
      completed: row?.completed ?? 0,
      averageDaysToOnboard: round(row?.average),
      medianDaysToOnboard: round(row?.median),
    };
  });
}

export type OnboardingCompletion = {
  /** Required tasks of the partner's latest onboarding (started by `asOf`) done by `asOf`, 0–100. */
  percent: number;
  /** When its last required task was done, if that was by `asOf`. */
  completedAt: Date | null;
  /** Start day to completion day, when complete. */
  daysToOnboard: number | null;
};

/**
 * Onboarding completion per partner as of a moment, set-based (one statement for any number of
 * partners): the metric lifecycle milestone rules read ("onboarding complete → enabled"). A
 * partner without an onboarding started by `asOf` is absent from the map. Cancelled onboardings
 * do not count.
 */
export async function onboardingCompletion(
  ctx: Ctx,
  partnerIds: readonly string[] | 'all',
  asOf: Date,
): Promise<Map<string, OnboardingCompletion>> {
  if (partnerIds !== 'all' && partnerIds.length === 0) return new Map();
  return withTx(ctx, async (c) => {
    const scope = partnerFilter(c, onboardings.partnerId);
    const which = partnerIds === 'all' ? undefined : inArray(onboardings.partnerId, [...partnerIds]);
    const latest = c.tx
      .selectDistinctOn([onboardings.partnerId], {
        id: onboardings.id,
        partnerId: onboardings.partnerId,
        startOn: onboardings.startOn,
      })
      .from(onboardings)
      .where(and(scope, which, sql`${onboardings.status} <> 'cancelled'`, sql`${onboardings.startedAt} <= ${asOf}`))
      .orderBy(onboardings.partnerId, desc(onboardings.startedAt), desc(onboardings.id))
      .as('latest');
    const rows = await c.tx
      .select({
        partnerId: latest.partnerId,
        startOn: latest.startOn,
        required: sql<number>`count(*) filter (where ${onboardingTasks.required} and ${onboardingTasks.status} <> 'cancelled')::int`,
        done: sql<number>`count(*) filter (where ${onboardingTasks.required} and ${onboardingTasks.completedAt} <= ${asOf})::int`,
        lastDone: sql<Date | null>`max(${onboardingTasks.completedAt}) filter (where ${onboardingTasks.required} and ${onboardingTasks.completedAt} <= ${asOf})`,
      })
      .from(latest)
      .innerJoin(onboardingTasks, eq(onboardingTasks.onboardingId, latest.id))
      .groupBy(latest.partnerId, latest.startOn);
    const out = new Map<string, OnboardingCompletion>();
    for (const r of rows) {
      const complete = r.required > 0 && r.done === r.required;
      const completedAt = complete && r.lastDone ? new Date(r.lastDone) : null;
      out.set(r.partnerId, {
        percent: r.required === 0 ? 100 : Math.floor((100 * r.done) / r.required),
        completedAt,
        daysToOnboard: completedAt ? timeToOnboardDays(r.startOn, localDateOf(completedAt, 'UTC')) : null,
      });
    }
    return out;
  });
}
