import { and, asc, desc, eq, inArray, isNull, lt, notInArray, type SQL, sql } from 'drizzle-orm';
import { keyset } from '../../db/keyset.js';
import { loadScoped } from '../../db/load.js';
import { partnerFilter, withTx } from '../../db/scope.js';
import { idsKey, sharedRead } from '../../db/shared-reads.js';
import { actorUserId, type Ctx, policyActor, type TxCtx } from '../../shared/context.js';
import { type IsoDate, localDateOf } from '../../shared/dates.js';
import { AppError, forbidden, invalidField } from '../../shared/errors.js';
import type { Money } from '../../shared/money.js';
import { type Page, toPage } from '../../shared/paging.js';
import { type AuditedKind, deleteAudited, insertAudited, updateAudited } from '../audit/index.js';
import {
  activePartnerUsers,
  assertVendorUser,
  findPartnersByReference,
  type PersonSummary,
  personSummaries,
} from '../directory/index.js';
import { activeUsersWithRole, notify } from '../notifications/index.js';
import { getSettings } from '../settings/index.js';
import {
  type CommitmentPermissions,
  commitmentPermissions,
  isPlanWriter,
  mayCreatePlan,
  type PlanPermissions,
  planPermissions,
  sideOf,
} from './business-plans.policy.js';
import {
  asymmetryOf,
  type CommitmentStatus,
  commitmentCredit,
  commitmentsAddable,
  commitmentsEditable,
  contentEditable,
  contentProblems,
  covers,
  emptyContent,
  type FieldChange,
  type Fulfilment,
  fiscalPeriods,
  fulfilmentOf,
  isOverdue,
  LATE_DONE_CREDIT,
  mayAddCommitment,
  mayChangeCommitment,
  type PeriodPreset,
  type PlanAction,
  type PlanContent,
  type PlanSnapshot,
  type PlanStatus,
  type Problem,
  planDiff,
  planEditProblems,
  planTransition,
  type Side,
  same,
} from './business-plans.rules.js';
import {
  type BusinessPlanRow,
  businessPlans,
  businessPlanVersions,
  type CommitmentRow,
  type PlanVersionRow,
  planCommitments,
} from './business-plans.schema.js';

export const EVIDENCE_KIND = 'plan_commitment.evidence';

const PLAN: AuditedKind<BusinessPlanRow> = {
  entityType: 'business_plan',
  partnerIdOf: (p) => p.partnerId,
  labelOf: (p) => p.title,
};

const COMMITMENT: AuditedKind<CommitmentRow> = {
  entityType: 'plan_commitment',
  partnerIdOf: (c) => c.partnerId,
  labelOf: (c) => c.title,
};

/** The organisation's today and time zone: due dates and "on time" are counted in them. */
async function calendarOf(ctx: Ctx): Promise<{ today: IsoDate; timeZone: string; fiscalYearStartMonth: number }> {
  const settings = await getSettings(ctx);
  return {
    today: localDateOf(ctx.now, settings.timeZone),
    timeZone: settings.timeZone,
    fiscalYearStartMonth: settings.fiscalYearStartMonth,
  };
}

function validation(problems: Problem[]): AppError {
  return new AppError('VALIDATION_FAILED', problems.map((p) => `${p.path}: ${p.message}`).join('; '), { errors: problems });
}

function transitionError(path: string, message: string): AppError {
  return new AppError('INVALID_TRANSITION', `${path}: ${message}`, { errors: [{ path, message }] });
}

type PartnerRef = { id: string; name: string; ownerId: string | null };

/** The partners behind `ids` that the caller can see, by id (one query). */
async function partnerRefs(c: TxCtx, ids: readonly string[]): Promise<Map<string, PartnerRef>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const found = await findPartnersByReference(c, unique);
  const out = new Map<string, PartnerRef>();
  for (const id of unique) {
    const match = found.get(id.toLowerCase())?.find((p) => p.id === id.toLowerCase());
    if (match) out.set(id, match);
  }
  return out;
}

// ——— DTOs ———

export type CommitmentDto = Omit<CommitmentRow, 'amount' | 'currency'> & {
  /** What it is worth when it is an investment (a co-marketing budget); null when it is not money. */
  amount: Money | null;
  planTitle: string;
  partnerName: string;
  planStatus: PlanStatus;
  owner: PersonSummary | null;
  completedBy: PersonSummary | null;
  overdue: boolean;
  /** What it earns its side now: 1, 0.5 (late), 0, or null (not counted yet). */
  credit: number | null;
  can: CommitmentPermissions;
};

export type PlanSummaryDto = Omit<BusinessPlanRow, 'content'> & {
  partnerName: string;
  /** Approved and its period covers today. */
  current: boolean;
  fulfilment: Fulfilment;
  commitmentCount: { vendor: number; partner: number; overdue: number };
  can: PlanPermissions;
};

export type PlanDto = PlanSummaryDto & { content: PlanContent; commitments: CommitmentDto[] };

function factsOf(row: CommitmentRow, timeZone: string) {
  return {
    side: row.side,
    status: row.status,
    dueDate: row.dueDate,
    completedOn: row.status === 'done' && row.completedAt ? localDateOf(row.completedAt, timeZone) : null,
  };
}

async function toCommitmentDtos(
  c: TxCtx,
  rows: readonly CommitmentRow[],
  plans: ReadonlyMap<string, { title: string; status: PlanStatus }>,
  calendar: { today: IsoDate; timeZone: string },
): Promise<CommitmentDto[]> {
  const people = await personSummaries(
    c,
    rows.flatMap((r) => [r.ownerId, r.completedById]),
  );
  const names = await partnerRefs(
    c,
    rows.map((r) => r.partnerId),
  );
  const actor = policyActor(c);
  return rows.map((row) => {
    const plan = plans.get(row.planId) ?? { title: '', status: 'draft' as PlanStatus };
    const { amount, currency, ...rest } = row;
    return {
      ...rest,
      amount: moneyOf(amount, currency),
      planTitle: plan.title,
      planStatus: plan.status,
      partnerName: names.get(row.partnerId)?.name ?? '',
      owner: row.ownerId ? (people.get(row.ownerId) ?? null) : null,
      completedBy: row.completedById ? (people.get(row.completedById) ?? null) : null,
      overdue: isOverdue(row, calendar.today),
      credit: commitmentCredit(factsOf(row, calendar.timeZone), calendar.today),
      can: commitmentPermissions(actor, row, plan.status),
    };
  });
}

async function commitmentsOf(c: TxCtx, planIds: readonly string[]): Promise<CommitmentRow[]> {
  if (planIds.length === 0) return [];
  return c.tx
    .select()
    .from(planCommitments)
    .where(and(inArray(planCommitments.planId, [...planIds]), partnerFilter(c, planCommitments.partnerId)))
    .orderBy(asc(planCommitments.dueDate), asc(planCommitments.createdAt), asc(planCommitments.id));
}

async function toPlanDtos(c: TxCtx, rows: readonly BusinessPlanRow[], withDetail: boolean): Promise<PlanDto[]> {
  if (rows.length === 0) return [];
  const calendar = await calendarOf(c);
  const commitments = await commitmentsOf(
    c,
    rows.map((r) => r.id),
  );
  const names = await partnerRefs(
    c,
    rows.map((r) => r.partnerId),
  );
  const plans = new Map(rows.map((r) => [r.id, { title: r.title, status: r.status }]));
  const details = withDetail ? await toCommitmentDtos(c, commitments, plans, calendar) : [];
  const actor = policyActor(c);
  return rows.map((row) => {
    const own = commitments.filter((x) => x.planId === row.id);
    return {
      ...row,
      partnerName: names.get(row.partnerId)?.name ?? '',
      current: row.status === 'approved' && covers(row, calendar.today),
      fulfilment: fulfilmentOf(
        own.map((x) => factsOf(x, calendar.timeZone)),
        calendar.today,
      ),
      commitmentCount: {
        vendor: own.filter((x) => x.side === 'vendor').length,
        partner: own.filter((x) => x.side === 'partner').length,
        overdue: own.filter((x) => isOverdue(x, calendar.today)).length,
      },
      commitments: details.filter((x) => x.planId === row.id),
      can: planPermissions(actor, row),
    };
  });
}

async function planDto(c: TxCtx, row: BusinessPlanRow): Promise<PlanDto> {
  const [dto] = await toPlanDtos(c, [row], true);
  if (!dto) throw new Error('unreachable');
  return dto;
}

function loadPlan(c: TxCtx, id: string, lock = false): Promise<BusinessPlanRow> {
  return loadScoped(c, businessPlans, id, 'Business plan', { lock });
}

// ——— Versions ———

async function snapshotOf(c: TxCtx, plan: BusinessPlanRow): Promise<PlanSnapshot> {
  const rows = await c.tx
    .select()
    .from(planCommitments)
    .where(eq(planCommitments.planId, plan.id))
    .orderBy(asc(planCommitments.dueDate), asc(planCommitments.id));
  const people = await personSummaries(
    c,
    rows.map((r) => r.ownerId),
  );
  return {
    title: plan.title,
    periodStart: plan.periodStart,
    periodEnd: plan.periodEnd,
    status: plan.status,
    content: plan.content,
    commitments: Object.fromEntries(
      rows.map((r) => [
        r.id,
        {
          side: r.side,
          title: r.title,
          dueDate: r.dueDate,
          amount: moneyOf(r.amount, r.currency),
          owner: r.ownerId ? (people.get(r.ownerId)?.name ?? null) : null,
          status: r.status,
          evidence: r.evidence,
        },
      ]),
    ),
  };
}

/**
 * Writes the plan's next version: the whole plan (with its commitments) after a change, who made
 * it and a one-line summary. Call with the plan row locked (loadPlan(…, true)) and already
 * updated; `bump` says whether the plan row's version still needs raising (a commitment change).
 */
async function writeVersion(c: TxCtx, plan: BusinessPlanRow, summary: string, bump: boolean): Promise<number> {
  const version = bump ? plan.version + 1 : plan.version;
  if (bump) await c.tx.update(businessPlans).set({ version, updatedAt: c.now }).where(eq(businessPlans.id, plan.id));
  await c.tx.insert(businessPlanVersions).values({
    planId: plan.id,
    partnerId: plan.partnerId,
    version,
    snapshot: await snapshotOf(c, { ...plan, version }),
    summary,
    actorId: actorUserId(c),
    actorSide: c.actor.kind === 'user' ? sideOf(policyActor(c)) : 'system',
    createdAt: c.now,
  });
  return version;
}

export type VersionDto = {
  partnerId: string;
  version: number;
  summary: string;
  actor: PersonSummary | null;
  actorSide: string;
  createdAt: Date;
  /** What this version changed against the one before (the first: nothing). */
  changes: FieldChange[];
};

/** The plan's history, the latest first, each version with its field-level changes. */
export async function listVersions(ctx: Ctx, planId: string): Promise<VersionDto[]> {
  return withTx(ctx, async (c) => {
    await loadPlan(c, planId);
    const rows = await c.tx
      .select()
      .from(businessPlanVersions)
      .where(and(eq(businessPlanVersions.planId, planId), partnerFilter(c, businessPlanVersions.partnerId)))
      .orderBy(asc(businessPlanVersions.version));
    const people = await personSummaries(
      c,
      rows.map((r) => r.actorId),
    );
    return rows
      .map((row, i) => ({
        partnerId: row.partnerId,
        version: row.version,
        summary: row.summary,
        actor: row.actorId ? (people.get(row.actorId) ?? null) : null,
        actorSide: row.actorSide,
        createdAt: row.createdAt,
        changes: i === 0 ? [] : planDiff((rows[i - 1] as PlanVersionRow).snapshot, row.snapshot),
      }))
      .reverse();
  });
}

export type DiffDto = { partnerId: string; from: number; to: number; changes: FieldChange[] };

/** The field-level changes between two versions of a plan (either order; `to` defaults to the latest). */
export async function diffVersions(ctx: Ctx, planId: string, from: number, to?: number): Promise<DiffDto> {
  return withTx(ctx, async (c) => {
    const plan = await loadPlan(c, planId);
    const target = to ?? plan.version;
    const rows = await c.tx
      .select()
      .from(businessPlanVersions)
      .where(
        and(
          eq(businessPlanVersions.planId, planId),
          inArray(businessPlanVersions.version, [from, target]),
          partnerFilter(c, businessPlanVersions.partnerId),
        ),
      );
    const a = rows.find((r) => r.version === from);
    const b = rows.find((r) => r.version === target);
    if (!a) throw invalidField('from', `no version ${from}: the plan has versions 1 to ${plan.version}`);
    if (!b) throw invalidField('to', `no version ${target}: the plan has versions 1 to ${plan.version}`);
    return { partnerId: plan.partnerId, from, to: target, changes: planDiff(a.snapshot, b.snapshot) };
  });
}

// ——— Plans ———

export type PlanInput = {
  partnerId: string;
  title: string;
  periodStart: IsoDate;
  periodEnd: IsoDate;
  content?: Partial<PlanContent>;
};

export async function createPlan(ctx: Ctx, input: PlanInput): Promise<PlanDto> {
  return withTx(ctx, async (c) => {
    if (!mayCreatePlan(policyActor(c))) throw forbidden('The vendor’s admins and partner managers draft plans');
    const partner = (await partnerRefs(c, [input.partnerId])).get(input.partnerId);
    if (!partner) throw invalidField('partnerId', 'no such partner');
    const content = { ...emptyContent(), ...input.content };
    const problems = contentProblems(input, content);
    if (problems.length > 0) throw validation(problems);
    const row = await insertAudited(
      c,
      businessPlans,
      {
        partnerId: partner.id,
        title: input.title,
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        status: 'draft',
        content,
        version: 1,
        createdById: actorUserId(c),
        createdAt: c.now,
        updatedAt: c.now,
      },
      PLAN,
      {
        summary: `Drafted the business plan "${input.title}" with ${partner.name}`,
        eventData: { periodStart: input.periodStart, periodEnd: input.periodEnd },
      },
    );
    await writeVersion(c, row, 'Drafted the plan', false);
    return planDto(c, row);
  });
}

export async function getPlan(ctx: Ctx, id: string): Promise<PlanDto> {
  return withTx(ctx, async (c) => planDto(c, await loadPlan(c, id)));
}

export type PlanListQuery = {
  limit: number;
  cursor?: string;
  partnerId?: string[];
  status?: PlanStatus[];
  current?: boolean;
};

/** Plans across the portfolio (a partner's people: their own), the latest period first. */
export async function listPlans(ctx: Ctx, query: PlanListQuery): Promise<Page<PlanSummaryDto>> {
  return withTx(ctx, async (c) => {
    const { today } = await calendarOf(c);
    const ks = keyset(
      'business-plans',
      '-periodStart',
      { periodStart: businessPlans.periodStart },
      businessPlans.id,
      query.cursor,
    );
    const rows = await c.tx
      .select()
      .from(businessPlans)
      .where(
        and(
          ks.where,
          partnerFilter(c, businessPlans.partnerId),
          query.partnerId?.length ? inArray(businessPlans.partnerId, query.partnerId) : undefined,
          query.status?.length ? inArray(businessPlans.status, query.status) : undefined,
          query.current
            ? sql`${businessPlans.status} = 'approved' and ${businessPlans.periodStart} <= ${today} and ${businessPlans.periodEnd} >= ${today}`
            : undefined,
        ),
      )
      .orderBy(...ks.orderBy)
      .limit(query.limit + 1);
    const page = toPage(rows, query.limit, ks.cursorOf);
    const dtos = await toPlanDtos(c, page.data, false);
    return { data: dtos.map(({ content: _c, commitments: _k, ...rest }) => rest), nextCursor: page.nextCursor };
  });
}

export type PlanPatch = {
  title?: string;
  periodStart?: IsoDate;
  periodEnd?: IsoDate;
  content?: Partial<PlanContent>;
  /** The version the editor started from: a newer one answers 409 (someone else saved first). */
  baseVersion?: number;
};

function sectionsChanged(
  before: BusinessPlanRow,
  after: { title: string; periodStart: string; periodEnd: string; content: PlanContent },
) {
  const names: Record<string, string> = {
    summary: 'summary',
    goals: 'goals',
    swot: 'SWOT',
    marketScope: 'market scope',
    playbook: 'playbook',
    initiatives: 'initiatives',
  };
  const out: string[] = [];
  if (before.title !== after.title) out.push('title');
  if (before.periodStart !== after.periodStart || before.periodEnd !== after.periodEnd) out.push('period');
  for (const [key, label] of Object.entries(names)) {
    const k = key as keyof PlanContent;
    if (!same(before.content[k], after.content[k])) out.push(label);
  }
  return out;
}

/**
 * Changes a draft or proposed plan: the vendor its header and both sides their own parts
 * (business-plans.rules.ts, planEditProblems). Every change is a new version.
 */
export async function updatePlan(ctx: Ctx, id: string, patch: PlanPatch): Promise<PlanDto> {
  return withTx(ctx, async (c) => {
    const before = await loadPlan(c, id, true);
    const actor = policyActor(c);
    if (!isPlanWriter(actor)) throw forbidden('Executives and finance read plans; alliance managers write them');
    if (!contentEditable(before.status)) {
      throw transitionError(
        'status',
        before.status === 'approved'
          ? 'the plan is approved: send it back to draft to change it'
          : `the plan is ${before.status}`,
      );
    }
    if (patch.baseVersion !== undefined && patch.baseVersion !== before.version) {
      throw new AppError('CONFLICT', `The plan changed since version ${patch.baseVersion} (now ${before.version}): reload it`, {
        errors: [{ path: 'baseVersion', message: `is ${patch.baseVersion}, the plan is at version ${before.version}` }],
      });
    }
    const next = {
      title: patch.title ?? before.title,
      periodStart: patch.periodStart ?? before.periodStart,
      periodEnd: patch.periodEnd ?? before.periodEnd,
      content: { ...before.content, ...patch.content },
    };
    // The system (a seeder recording the partner's paperwork) acts for either side.
    const sideProblems = c.actor.kind === 'user' ? planEditProblems(before, next, sideOf(actor)) : [];
    const problems = [...contentProblems(next, next.content), ...sideProblems];
    if (problems.length > 0) throw validation(problems);
    const changed = sectionsChanged(before, next);
    if (changed.length === 0) return planDto(c, before);
    // A proposal changed by the vendor is still a proposal; changed by the partner, it is too (it
    // answers the vendor's draft). The version history shows who changed what.
    const after = await updateAudited(
      c,
      businessPlans,
      before,
      { ...next, version: before.version + 1, updatedAt: c.now },
      PLAN,
      {
        summary: `Changed the ${changed.join(', ')} of "${before.title}"`,
        eventData: { sections: changed, version: before.version + 1 },
      },
    );
    await writeVersion(c, after, `Changed the ${changed.join(', ')}`, false);
    return planDto(c, after);
  });
}

/**
 * Moves a plan along: the vendor proposes, the partner's admin approves or sends it back, the
 * vendor reopens, closes or archives it. The other side hears of it.
 */
export async function transitionPlan(ctx: Ctx, id: string, action: PlanAction, comment = ''): Promise<PlanDto> {
  return withTx(ctx, async (c) => {
    const before = await loadPlan(c, id, true);
    const actor = policyActor(c);
    const can = planPermissions(actor, before);
    const decision = planTransition(before.status, action, sideOf(actor));
    if (!decision.allowed) {
      if (decision.path === 'side') throw forbidden(decision.reason);
      throw transitionError(decision.path, decision.reason);
    }
    if (!can[action])
      throw forbidden(action === 'approve' ? "The partner's admin approves the plan" : 'You may not do this to the plan');
    if (action === 'propose') {
      const counted = await c.tx
        .select({ n: sql<number>`count(*)::int` })
        .from(planCommitments)
        .where(eq(planCommitments.planId, id));
      const problems = contentProblems(before, before.content);
      if (problems.length > 0) throw validation(problems);
      if ((counted[0]?.n ?? 0) === 0 && before.content.goals.length === 0) {
        throw invalidField('goals', 'a plan is proposed with at least one goal or commitment');
      }
    }
    const to = decision.to;
    const past = { propose: 'Proposed', approve: 'Approved', return: 'Sent back to draft', close: 'Closed', archive: 'Archived' }[
      action
    ];
    const after = await updateAudited(
      c,
      businessPlans,
      before,
      {
        status: to,
        statusComment: comment,
        version: before.version + 1,
        updatedAt: c.now,
        ...(action === 'propose' ? { proposedAt: c.now } : {}),
        ...(action === 'approve' ? { approvedAt: c.now, approvedById: actorUserId(c) } : {}),
        ...(action === 'close' ? { closedAt: c.now } : {}),
        ...(action === 'return' ? { approvedAt: null, approvedById: null } : {}),
      },
      PLAN,
      {
        event: `business_plan.${{ propose: 'proposed', approve: 'approved', return: 'returned', close: 'closed', archive: 'archived' }[action]}`,
        summary: `${past} "${before.title}"${comment ? `: ${comment}` : ''}`,
        eventData: { from: before.status, to, comment },
      },
    );
    await writeVersion(c, after, comment ? `${past}: ${comment}` : past, false);
    await tellOtherSide(c, after, action, comment);
    return planDto(c, after);
  });
}

/**
 * Archives an off-boarding partner's plans that are not history yet (the runbook's "archive plans"
 * item; its policy was checked by the caller): an approved plan is closed and archived at once.
 * Every plan stays readable, with a version saying why. Answers how many were archived.
 */
export async function archivePlansOf(c: TxCtx, partnerId: string, why: string): Promise<number> {
  const live = await c.tx
    .select()
    .from(businessPlans)
    .where(and(eq(businessPlans.partnerId, partnerId), notInArray(businessPlans.status, ['archived'])))
    .orderBy(asc(businessPlans.periodStart))
    .for('update');
  for (const before of live) {
    const after = await updateAudited(
      c,
      businessPlans,
      before,
      {
        status: 'archived',
        statusComment: why,
        version: before.version + 1,
        updatedAt: c.now,
        ...(before.status === 'approved' ? { closedAt: c.now } : {}),
      },
      PLAN,
      {
        event: 'business_plan.archived',
        summary: `Archived "${before.title}": ${why}`,
        eventData: { from: before.status, to: 'archived', comment: why },
      },
    );
    await writeVersion(c, after, `Archived: ${why}`, false);
  }
  return live.length;
}

async function tellOtherSide(c: TxCtx, plan: BusinessPlanRow, action: PlanAction, comment: string): Promise<void> {
  const partner = (await partnerRefs(c, [plan.partnerId])).get(plan.partnerId);
  if (!partner) return;
  const side = sideOf(policyActor(c));
  const base = { entity: { type: 'business_plan', id: plan.id }, partnerId: plan.partnerId };
  const vendorPeople = async () =>
    [...new Set([partner.ownerId, plan.createdById].filter((x): x is string => x !== null))].filter(
      (id) => id !== actorUserId(c),
    );
  if (action === 'propose') {
    await notify(c, {
      ...base,
      to: await activePartnerUsers(c, plan.partnerId, ['partner_admin']),
      kind: 'plans.proposed',
      title: `Joint business plan for your approval: ${plan.title}`,
      body: `Period ${plan.periodStart} to ${plan.periodEnd}. Review the goals and both sides' commitments, then approve it or send it back.`,
      link: `/business-plans/${plan.id}`,
    });
  } else if (action === 'approve') {
    await notify(c, {
      ...base,
      to: await vendorPeople(),
      kind: 'plans.approved',
      title: `${partner.name} approved the joint business plan ${plan.title}`,
      body: 'Both sides’ commitments now count towards fulfilment.',
      link: `/business-plans/${plan.id}`,
    });
  } else if (action === 'return') {
    const to =
      side === 'partner'
        ? await vendorPeople()
        : (await activePartnerUsers(c, plan.partnerId, ['partner_admin'])).filter((id) => id !== actorUserId(c));
    await notify(c, {
      ...base,
      to,
      kind: 'plans.returned',
      title: `The joint business plan ${plan.title} is back in draft`,
      body: comment || 'It needs changes before it is proposed again.',
      link: side === 'partner' ? `/business-plans/${plan.id}` : `/business-plans/${plan.id}`,
    });
  }
}

/** Drafts only, by the vendor: a plan the partner has seen stays in the history (archive it). */
export async function deletePlan(ctx: Ctx, id: string): Promise<void> {
  await withTx(ctx, async (c) => {
    const before = await loadPlan(c, id, true);
    if (!planPermissions(policyActor(c), before).delete) {
      if (before.status !== 'draft') throw transitionError('status', `a ${before.status} plan is archived, not deleted`);
      throw forbidden('The vendor’s admins and partner managers delete draft plans');
    }
    await deleteAudited(c, businessPlans, before, PLAN);
  });
}

/** Fiscal year and quarter presets from the organisation's fiscal calendar (settings). */
export async function periodPresets(ctx: Ctx): Promise<PeriodPreset[]> {
  return withTx(ctx, async (c) => {
    const { today, fiscalYearStartMonth } = await calendarOf(c);
    return fiscalPeriods(today, fiscalYearStartMonth);
  });
}

// ——— Commitments ———

export type CommitmentInput = {
  side: Side;
  title: string;
  description?: string;
  dueDate: IsoDate;
  ownerId?: string | null;
  amount?: Money | null;
};

function moneyOf(amount: number | null, currency: string | null): Money | null {
  return amount === null || currency === null ? null : { amount, currency };
}

/** The columns of an amount given (undefined: left as it is; null: no amount). */
function amountColumns(amount: Money | null | undefined): { amount?: number | null; currency?: string | null } {
  if (amount === undefined) return {};
  return amount === null ? { amount: null, currency: null } : { amount: amount.amount, currency: amount.currency };
}

async function assertOwner(c: TxCtx, partnerId: string, side: Side, ownerId: string): Promise<void> {
  if (side === 'vendor') {
    await assertVendorUser(c, ownerId, ['admin', 'partner_manager', 'executive', 'finance'], 'ownerId');
  } else if (!(await activePartnerUsers(c, partnerId, ['partner_admin', 'partner_user'])).includes(ownerId)) {
    throw invalidField('ownerId', "must be an active user of the partner for a partner's commitment");
  }
}

async function commitmentDto(c: TxCtx, row: CommitmentRow, plan: BusinessPlanRow): Promise<CommitmentDto> {
  const [dto] = await toCommitmentDtos(c, [row], new Map([[plan.id, plan]]), await calendarOf(c));
  if (!dto) throw new Error('unreachable');
  return dto;
}

export async function addCommitment(ctx: Ctx, planId: string, input: CommitmentInput): Promise<CommitmentDto> {
  return withTx(ctx, async (c) => {
    const plan = await loadPlan(c, planId, true);
    const actor = policyActor(c);
    if (!isPlanWriter(actor)) throw forbidden('Executives and finance read plans; alliance managers write them');
    const may = mayAddCommitment(actor, input.side);
    if (!may.allowed) throw forbidden(may.reason, may.path ? [{ path: may.path, message: may.reason }] : undefined);
    if (!commitmentsAddable(plan.status)) {
      throw transitionError('status', `commitments are added to a draft or proposed plan; this one is ${plan.status}`);
    }
    if (input.ownerId) await assertOwner(c, plan.partnerId, input.side, input.ownerId);
    const row = await insertAudited(
      c,
      planCommitments,
      {
        planId,
        partnerId: plan.partnerId,
        side: input.side,
        title: input.title,
        description: input.description ?? '',
        dueDate: input.dueDate,
        ownerId: input.ownerId ?? null,
        ...amountColumns(input.amount ?? null),
        status: 'open',
        createdAt: c.now,
        updatedAt: c.now,
      },
      COMMITMENT,
      {
        summary: `Added the ${input.side}'s commitment "${input.title}" to "${plan.title}"`,
        eventData: { planId, side: input.side, dueDate: input.dueDate },
      },
    );
    await writeVersion(c, plan, `Added the ${input.side}'s commitment "${input.title}"`, true);
    return commitmentDto(c, row, plan);
  });
}

function loadCommitment(c: TxCtx, id: string, lock = false): Promise<CommitmentRow> {
  return loadScoped(c, planCommitments, id, 'Commitment', { lock });
}

export async function getCommitment(ctx: Ctx, id: string): Promise<CommitmentDto> {
  return withTx(ctx, async (c) => {
    const row = await loadCommitment(c, id);
    return commitmentDto(c, row, await loadPlan(c, row.planId));
  });
}

export type CommitmentListQuery = {
  limit: number;
  cursor?: string;
  planId?: string[];
  partnerId?: string[];
  side?: Side[];
  status?: CommitmentStatus[];
  overdue?: boolean;
  ownerId?: string[];
};

/** Commitments by due date, the earliest first, across the caller's plans (closed and archived plans' left out unless a plan is named). */
export async function listCommitments(ctx: Ctx, query: CommitmentListQuery): Promise<Page<CommitmentDto>> {
  return withTx(ctx, async (c) => {
    const calendar = await calendarOf(c);
    const ks = keyset('commitments', 'dueDate', { dueDate: planCommitments.dueDate }, planCommitments.id, query.cursor);
    const conditions: (SQL | undefined)[] = [
      ks.where,
      partnerFilter(c, planCommitments.partnerId),
      query.planId?.length
        ? inArray(planCommitments.planId, query.planId)
        : sql`exists (select 1 from ${businessPlans} p where p.id = ${planCommitments.planId} and p.status not in ('closed', 'archived'))`,
      query.partnerId?.length ? inArray(planCommitments.partnerId, query.partnerId) : undefined,
      query.side?.length ? inArray(planCommitments.side, query.side) : undefined,
      query.status?.length ? inArray(planCommitments.status, query.status) : undefined,
      query.ownerId?.length ? inArray(planCommitments.ownerId, query.ownerId) : undefined,
      query.overdue ? and(eq(planCommitments.status, 'open'), lt(planCommitments.dueDate, calendar.today)) : undefined,
    ];
    const rows = await c.tx
      .select()
      .from(planCommitments)
      .where(and(...conditions))
      .orderBy(...ks.orderBy)
      .limit(query.limit + 1);
    const page = toPage(rows, query.limit, ks.cursorOf);
    const planIds = [...new Set(page.data.map((r) => r.planId))];
    const plans =
      planIds.length === 0
        ? []
        : await c.tx
            .select({ id: businessPlans.id, title: businessPlans.title, status: businessPlans.status })
            .from(businessPlans)
            .where(inArray(businessPlans.id, planIds));
    return {
      data: await toCommitmentDtos(c, page.data, new Map(plans.map((p) => [p.id, p])), calendar),
      nextCursor: page.nextCursor,
    };
  });
}

export type CommitmentPatch = {
  status?: CommitmentStatus;
  evidence?: string;
  title?: string;
  description?: string;
  dueDate?: IsoDate;
  ownerId?: string | null;
  amount?: Money | null;
};

/**
 * Changes a commitment: its own side only (a partner's people their company's partner-side
 * commitments; the vendor's managers or the owner the vendor's). Done records when (that decides
 * on time or late); back to open clears it. Title and due date change while the plan is a draft
 * or a proposal — once approved, what was promised stays as promised.
 */
export async function updateCommitment(ctx: Ctx, id: string, patch: CommitmentPatch): Promise<CommitmentDto> {
  return withTx(ctx, async (c) => {
    const found = await loadCommitment(c, id);
    const plan = await loadPlan(c, found.planId, true);
    const before = await loadCommitment(c, id, true);
    const actor = policyActor(c);
    const may = mayChangeCommitment(actor, before);
    if (!may.allowed) throw forbidden(may.reason);
    if (!commitmentsEditable(plan.status))
      throw transitionError('status', `the plan is ${plan.status}: its commitments are history`);
    const { amount, ...rest } = patch;
    const amountBefore = moneyOf(before.amount, before.currency);
    const amountChanged =
      amount !== undefined && (amount?.amount !== amountBefore?.amount || amount?.currency !== amountBefore?.currency);
    const dueDateChanged = patch.dueDate !== undefined && patch.dueDate !== before.dueDate;
    const promiseChanged = (patch.title !== undefined && patch.title !== before.title) || dueDateChanged || amountChanged;
    if (promiseChanged && !commitmentsAddable(plan.status)) {
      throw transitionError(
        dueDateChanged ? 'dueDate' : amountChanged ? 'amount' : 'title',
        'the plan is approved: what was promised changes only after sending the plan back to draft',
      );
    }
    if (patch.ownerId) await assertOwner(c, before.partnerId, before.side, patch.ownerId);
    const status = patch.status ?? before.status;
    const becameDone = status === 'done' && before.status !== 'done';
    const values: Partial<CommitmentRow> = {
      ...rest,
      ...(amountChanged ? amountColumns(amount) : {}),
      updatedAt: c.now,
      ...(becameDone ? { completedAt: c.now, completedById: actorUserId(c) } : {}),
      ...(status !== 'done' ? { completedAt: null, completedById: null } : {}),
      // A new due date is a new chance to be reminded.
      ...(patch.dueDate !== undefined && patch.dueDate !== before.dueDate ? { overdueNotifiedAt: null } : {}),
    };
    const statusChanged = status !== before.status;
    const after = await updateAudited(c, planCommitments, before, values, COMMITMENT, {
      ...(statusChanged ? { event: `plan_commitment.${status === 'open' ? 'reopened' : status}` } : {}),
      summary: statusChanged
        ? `Marked the ${before.side}'s commitment "${before.title}" ${status}`
        : `Changed the ${before.side}'s commitment "${before.title}"`,
      eventData: { planId: plan.id, side: before.side, status, dueDate: patch.dueDate ?? before.dueDate },
    });
    const summary = statusChanged
      ? `Marked the ${before.side}'s commitment "${before.title}" ${status}`
      : `Changed the ${before.side}'s commitment "${before.title}"`;
    await writeVersion(c, plan, summary, true);
    return commitmentDto(c, after, plan);
  });
}

export async function deleteCommitment(ctx: Ctx, id: string): Promise<void> {
  await withTx(ctx, async (c) => {
    const found = await loadCommitment(c, id);
    const plan = await loadPlan(c, found.planId, true);
    const before = await loadCommitment(c, id, true);
    const may = mayChangeCommitment(policyActor(c), before);
    if (!may.allowed) throw forbidden(may.reason);
    if (!commitmentPermissions(policyActor(c), before, plan.status).delete) {
      if (!commitmentsAddable(plan.status)) throw transitionError('status', `the plan is ${plan.status}: its commitments stay`);
      throw forbidden('Executives and finance read plans; alliance managers write them');
    }
    await deleteAudited(c, planCommitments, before, COMMITMENT);
    await writeVersion(c, plan, `Removed the ${before.side}'s commitment "${before.title}"`, true);
  });
}

/** The commitment in the caller's scope for the files module, with its plan's status. */
export async function loadCommitmentForFiles(c: TxCtx, id: string) {
  const [row] = await c.tx
    .select({ commitment: planCommitments, planStatus: businessPlans.status })
    .from(planCommitments)
    .innerJoin(businessPlans, eq(businessPlans.id, planCommitments.planId))
    .where(and(eq(planCommitments.id, id), partnerFilter(c, planCommitments.partnerId)));
  return row ? { ...row.commitment, planStatus: row.planStatus } : null;
}

// ——— Overdue commitments ———

/**
 * Tells the owners of overdue commitments, once each (idempotent: the reminder is marked in the
 * same transaction; a moved due date re-arms it). Owner missing: the side's managers — for the
 * vendor the partner's manager (else the admins), for the partner its admins. Plans closed or
 * archived are left alone. Answers how many commitments were reminded of.
 */
export async function notifyOverdueCommitments(ctx: Ctx, batch = 200): Promise<number> {
  let total = 0;
  for (;;) {
    const sent = await withTx(ctx, async (c) => {
      const { today } = await calendarOf(c);
      const rows = await c.tx
        .select({ commitment: planCommitments, planTitle: businessPlans.title })
        .from(planCommitments)
        .innerJoin(businessPlans, eq(businessPlans.id, planCommitments.planId))
        .where(
          and(
            eq(planCommitments.status, 'open'),
            isNull(planCommitments.overdueNotifiedAt),
            lt(planCommitments.dueDate, today),
            notInArray(businessPlans.status, ['closed', 'archived']),
          ),
        )
        .orderBy(asc(planCommitments.dueDate), asc(planCommitments.id))
        .limit(batch)
        .for('update', { of: planCommitments, skipLocked: true });
      if (rows.length === 0) return 0;
      const partners = await partnerRefs(
        c,
        rows.map((r) => r.commitment.partnerId),
      );
      let admins: string[] | null = null;
      for (const { commitment, planTitle } of rows) {
        const partner = partners.get(commitment.partnerId);
        let to: string[];
        if (commitment.ownerId) to = [commitment.ownerId];
        else if (commitment.side === 'partner') to = await activePartnerUsers(c, commitment.partnerId, ['partner_admin']);
        else if (partner?.ownerId) to = [partner.ownerId];
        else {
          admins ??= await activeUsersWithRole(c, ['admin']);
          to = admins;
        }
        await notify(c, {
          to,
          kind: 'plans.commitment_overdue',
          title: `Overdue commitment: ${commitment.title}`,
          body: `Due ${commitment.dueDate} in the joint business plan "${planTitle}"${partner && commitment.side === 'vendor' ? ` with ${partner.name}` : ''}. Mark it done with its evidence, or missed.`,
          link: commitment.side === 'partner' ? `/business-plans/${commitment.planId}` : `/business-plans/${commitment.planId}`,
          entity: { type: 'plan_commitment', id: commitment.id },
          partnerId: commitment.partnerId,
        });
      }
      await c.tx
        .update(planCommitments)
        .set({ overdueNotifiedAt: c.now })
        .where(
          inArray(
            planCommitments.id,
            rows.map((r) => r.commitment.id),
          ),
        );
      return rows.length;
    });
    total += sent;
    if (sent < batch) return total;
  }
}

// ——— Portfolio figures (set-based) ———

export type CurrentPlanFulfilment = {
  planId: string;
  vendor: number | null;
  partner: number | null;
  asymmetry: number | null;
};

/**
 * Each partner's current plan (approved, its period covering `asOf`'s day in the organisation's
 * time zone; the latest-starting one if several) with fulfilment per side as of `asOf`, in one
 * statement for any number of partners — the fulfilment rule of business-plans.rules.ts in SQL
 * (on time 1, late LATE_DONE_CREDIT, missed or overdue 0, not yet due not counted). Partners
 * without a current plan are absent.
 */
export async function currentPlanFulfilment(
  ctx: Ctx,
  partnerIds: readonly string[] | 'all',
  asOf: Date,
): Promise<Map<string, CurrentPlanFulfilment>> {
  if (partnerIds !== 'all' && partnerIds.length === 0) return new Map();
  // Read once per portfolio computation by the three plans.* metrics (decision 0323).
  return sharedRead(ctx, `plans.current:${idsKey(partnerIds)}:${asOf.toISOString()}`, () =>
    currentPlanFulfilmentRead(ctx, partnerIds, asOf),
  );
}

async function currentPlanFulfilmentRead(
  ctx: Ctx,
  partnerIds: readonly string[] | 'all',
  asOf: Date,
): Promise<Map<string, CurrentPlanFulfilment>> {
  return withTx(ctx, async (c) => {
    const { timeZone } = await calendarOf(c);
    const day = localDateOf(asOf, timeZone);
    const which = partnerIds === 'all' ? undefined : inArray(businessPlans.partnerId, [...partnerIds]);
    const current = c.tx
      .selectDistinctOn([businessPlans.partnerId], { id: businessPlans.id, partnerId: businessPlans.partnerId })
      .from(businessPlans)
      .where(
        and(
          partnerFilter(c, businessPlans.partnerId),
          which,
          eq(businessPlans.status, 'approved'),
          sql`${businessPlans.periodStart} <= ${day}::date`,
          sql`${businessPlans.periodEnd} >= ${day}::date`,
        ),
      )
      .orderBy(businessPlans.partnerId, desc(businessPlans.periodStart), desc(businessPlans.id))
      .as('current_plan');
    const credit = sql`case
      when ${planCommitments.status} = 'done' and ${planCommitments.completedAt} <= ${asOf}
        then case when (${planCommitments.completedAt} at time zone ${timeZone})::date <= ${planCommitments.dueDate} then 1.0 else ${sql.raw(LATE_DONE_CREDIT.toFixed(2))} end
      when ${planCommitments.status} = 'missed' then 0.0
      when ${planCommitments.dueDate} < ${day}::date then 0.0
    end`;
    const side = (s: Side) =>
      sql<
        string | null
      >`round(100.0 * sum(${credit}) filter (where ${planCommitments.side} = ${s}) / nullif(count(${credit}) filter (where ${planCommitments.side} = ${s}), 0))`;
    const rows = await c.tx
      .select({ planId: current.id, partnerId: current.partnerId, vendor: side('vendor'), partner: side('partner') })
      .from(current)
      .leftJoin(planCommitments, eq(planCommitments.planId, current.id))
      .groupBy(current.id, current.partnerId);
    const out = new Map<string, CurrentPlanFulfilment>();
    for (const r of rows) {
      const vendor = r.vendor === null ? null : Number(r.vendor);
      const partner = r.partner === null ? null : Number(r.partner);
      out.set(r.partnerId, { planId: r.planId, vendor, partner, asymmetry: asymmetryOf(vendor, partner) });
    }
    return out;
  });
}
