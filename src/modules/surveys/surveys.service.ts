import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, inArray, isNull, lte, type SQL, sql } from 'drizzle-orm';
import { anyId } from '../../db/any-id.js';
import { keyset } from '../../db/keyset.js';
import { partnerFilter, scopeOf, withTx } from '../../db/scope.js';
import { actorUserId, type Ctx, policyActor, type TxCtx } from '../../shared/context.js';
import { addDays, type IsoDate, localDateOf } from '../../shared/dates.js';
import { AppError, forbidden, invalidField, notFound } from '../../shared/errors.js';
import { type Page, toPage } from '../../shared/paging.js';
import { type AuditedKind, insertAudited, updateAudited } from '../audit/index.js';
import {
  activePartnerUsers,
  assertPersonOfPartner,
  type PersonSummary,
  personSummaries,
  visiblePartner,
  visiblePartners,
} from '../directory/index.js';
import { notify } from '../notifications/index.js';
import { partners } from '../partners/index.js';
import { getSettings } from '../settings/index.js';
import {
  managesSurveysOf,
  mayManageSurveys,
  roundPermissions,
  type SurveyRoundPermissions,
  type SurveyTemplatePermissions,
  templatePermissions,
} from './surveys.policy.js';
import {
  type AnswerInput,
  answerProblems,
  type Cadence,
  cadenceOfKind,
  mayAnswer,
  type NpsResult,
  npsOf,
  periodOf,
  type Question,
  type RoundStatus,
  type RoundSummary,
  recurringDue,
  reminderDue,
  roundStatusOn,
  type Side,
  type SurveyKind,
  summariseRound,
  type TrendPoint,
  templateProblems,
  trendOf,
} from './surveys.rules.js';
import {
  type SurveyResponseRow,
  type SurveyRoundRow,
  type SurveySettingsRow,
  type SurveyTemplateRow,
  surveyAnswers,
  surveyRecipients,
  surveyResponses,
  surveyRounds,
  surveySettings,
  surveyTemplates,
} from './surveys.schema.js';

const ROUND: AuditedKind<SurveyRoundRow> = { entityType: 'survey', partnerIdOf: (r) => r.partnerId, labelOf: (r) => r.title };
const RESPONSE: AuditedKind<SurveyResponseRow> = {
  entityType: 'survey_response',
  partnerIdOf: (r) => r.partnerId,
  labelOf: () => 'Survey response',
  conflicts: {
    survey_responses_once: { path: 'answers', message: 'you have already answered this survey; send it again to change it' },
  },
};
const TEMPLATE: AuditedKind<SurveyTemplateRow> = {
  entityType: 'survey_template',
  partnerIdOf: () => null,
  labelOf: (t) => t.name,
};
const SETTINGS: AuditedKind<SurveySettingsRow> = {
  entityType: 'survey_settings',
  partnerIdOf: () => null,
  labelOf: () => 'Survey settings',
};

/** Partners in these stages get NPS and PX surveys sent to "all active partners". */
const SURVEYED_STAGES = ['enabled', 'active', 'strategic'] as const;
const KIND_NAMES: Record<SurveyKind, string> = {
  health_diagnostic: 'Partner health diagnostic',
  nps: 'Partner NPS',
  px: 'Partner experience (PX) survey',
};

async function todayOf(ctx: Ctx): Promise<IsoDate> {
  return localDateOf(ctx.now, (await getSettings(ctx)).timeZone);
}

// ——— Settings ———

export type SurveySettingsDto = {
  pxCadence: Cadence;
  npsCadence: Cadence;
  responseDays: number;
  reminderDays: number;
  gapThreshold: number;
  updatedAt: Date | null;
};
export const DEFAULT_SURVEY_SETTINGS = {
  pxCadence: 'quarterly',
  npsCadence: 'half_yearly',
  responseDays: 21,
  reminderDays: 3,
  gapThreshold: 1,
} as const satisfies Omit<SurveySettingsDto, 'updatedAt'>;

export async function getSurveySettings(ctx: Ctx): Promise<SurveySettingsDto> {
  return withTx(ctx, async (c) => {
    const [row] = await c.tx.select().from(surveySettings).where(eq(surveySettings.id, 1));
    if (!row) return { ...DEFAULT_SURVEY_SETTINGS, updatedAt: null };
    const { id: _id, ...rest } = row;
    return rest;
  });
}

export type SurveySettingsPatch = Partial<Omit<SurveySettingsDto, 'updatedAt'>>;

export async function updateSurveySettings(ctx: Ctx, patch: SurveySettingsPatch): Promise<SurveySettingsDto> {
  return withTx(ctx, async (c) => {
    if (policyActor(c).role !== 'admin') throw forbidden('Only an admin sets the survey schedule');
    if (
      patch.reminderDays !== undefined &&
      patch.reminderDays >= (patch.responseDays ?? (await getSurveySettings(c)).responseDays)
    ) {
      throw invalidField('reminderDays', 'must be fewer than the days a survey stays open');
    }
    await c.tx
      .insert(surveySettings)
      .values({ id: 1, ...DEFAULT_SURVEY_SETTINGS, updatedAt: c.now })
      .onConflictDoNothing();
    const [before] = await c.tx.select().from(surveySettings).where(eq(surveySettings.id, 1)).for('update');
    if (!before) throw new Error('survey settings row missing');
    await updateAudited(c, surveySettings, before, { ...patch, updatedAt: c.now }, SETTINGS, {
      summary: 'Changed the survey schedule and settings',
    });
    return getSurveySettings(c);
  });
}

// ——— Templates ———

export type SurveyTemplateDto = SurveyTemplateRow & { can: SurveyTemplatePermissions };
export type TemplateQuestionInput = { id?: string; text: string; dimension: string };
export type TemplateInput = {
  kind: SurveyKind;
  name: string;
  description?: string;
  questions: TemplateQuestionInput[];
  active?: boolean;
};

function templateDto(c: TxCtx, row: SurveyTemplateRow): SurveyTemplateDto {
  return { ...row, can: templatePermissions(policyActor(c)) };
}

/** Question ids are kept where given (answers name them) and made from the text where new. */
function questionsOf(kind: SurveyKind, input: readonly TemplateQuestionInput[]): Question[] {
  const used = new Set(input.flatMap((q) => (q.id ? [q.id] : [])));
  return input.map((q) => {
    let id = q.id;
    if (!id) {
      const base = `q_${
        q.text
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '_')
          .replace(/^_|_$/g, '')
          .slice(0, 30) || 'question'
      }`;
      id = base;
      for (let n = 2; used.has(id); n += 1) id = `${base}_${n}`;
      used.add(id);
    }
    // The NPS question is the one of dimension `nps` in an NPS template; everything else is 1–5.
    const scale = kind === 'nps' && q.dimension === 'nps' ? 'nps' : 'agreement';
    return { id, text: q.text, dimension: q.dimension, scale };
  });
}

function assertTemplate(kind: SurveyKind, questions: Question[]): void {
  const problems = templateProblems(kind, questions);
  if (problems.length > 0) throw new AppError('VALIDATION_FAILED', problems[0]?.message ?? 'invalid', { errors: problems });
}

export async function listTemplates(
  ctx: Ctx,
  query: { kind?: SurveyKind[]; active?: boolean } = {},
): Promise<{ data: SurveyTemplateDto[]; nextCursor: null }> {
  return withTx(ctx, async (c) => {
    const rows = await c.tx
      .select()
      .from(surveyTemplates)
      .where(
        and(
          query.kind?.length ? inArray(surveyTemplates.kind, query.kind) : undefined,
          query.active !== undefined ? eq(surveyTemplates.active, query.active) : undefined,
        ),
      )
      .orderBy(desc(surveyTemplates.builtIn), asc(surveyTemplates.kind), asc(surveyTemplates.name));
    return { data: rows.map((r) => templateDto(c, r)), nextCursor: null };
  });
}

async function loadTemplate(c: TxCtx, id: string, lock = false): Promise<SurveyTemplateRow> {
  const query = c.tx.select().from(surveyTemplates).where(eq(surveyTemplates.id, id));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw notFound('Survey template');
  return row;
}

export async function getTemplate(ctx: Ctx, id: string): Promise<SurveyTemplateDto> {
  return withTx(ctx, async (c) => templateDto(c, await loadTemplate(c, id)));
}

export async function createTemplate(ctx: Ctx, input: TemplateInput): Promise<SurveyTemplateDto> {
  return withTx(ctx, async (c) => {
    if (!mayManageSurveys(policyActor(c))) throw forbidden('Only admins and partner managers keep survey templates');
    const questions = questionsOf(input.kind, input.questions);
    assertTemplate(input.kind, questions);
    const row = await insertAudited(
      c,
      surveyTemplates,
      {
        kind: input.kind,
        name: input.name,
        description: input.description ?? '',
        questions,
        active: input.active ?? true,
        createdAt: c.now,
        updatedAt: c.now,
      },
      TEMPLATE,
      { summary: `Created the survey template “${input.name}”`, eventData: { kind: input.kind } },
    );
    return templateDto(c, row);
  });
}

/** Changes a template; rounds already sent keep the questions they were sent with. */
export async function updateTemplate(
  ctx: Ctx,
  id: string,
  patch: Partial<Omit<TemplateInput, 'kind'>>,
): Promise<SurveyTemplateDto> {
  return withTx(ctx, async (c) => {
    if (!mayManageSurveys(policyActor(c))) throw forbidden('Only admins and partner managers keep survey templates');
    const before = await loadTemplate(c, id, true);
    const questions = patch.questions ? questionsOf(before.kind, patch.questions) : before.questions;
    assertTemplate(before.kind, questions);
    const after = await updateAudited(
      c,
      surveyTemplates,
      before,
      {
        ...(patch.name !== undefined ? { name: patch.name } : {}),
        ...(patch.description !== undefined ? { description: patch.description } : {}),
        ...(patch.active !== undefined ? { active: patch.active } : {}),
        questions,
        updatedAt: c.now,
      },
      TEMPLATE,
    );
    return templateDto(c, after);
  });
}

// ——— Rounds ———

export type SideCounts = { vendor: number; partner: number };
export type MyAnswer = { questionId: string; score: number; comment: string | null };
export type SurveyRoundDto = Omit<SurveyRoundRow, 'createdById'> & {
  partnerName: string;
  createdBy: PersonSummary | null;
  recipients: SideCounts;
  responses: SideCounts;
  /** The caller was asked to answer this round. */
  asked: boolean;
  myResponse: { submittedAt: Date; updatedAt: Date; answers: MyAnswer[] } | null;
  /** Why the caller cannot answer now (null when they can). */
  answerBlocked: string | null;
  can: SurveyRoundPermissions;
};

async function roundDtos(c: TxCtx, rows: readonly SurveyRoundRow[]): Promise<SurveyRoundDto[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const me = actorUserId(c);
  const [recipientCounts, responseCounts, mine, myAnswers, partnerMap, people, today] = await Promise.all([
    c.tx
      .select({ roundId: surveyRecipients.roundId, side: surveyRecipients.side, n: sql<number>`count(*)::int` })
      .from(surveyRecipients)
      .where(inArray(surveyRecipients.roundId, ids))
      .groupBy(surveyRecipients.roundId, surveyRecipients.side),
    c.tx
      .select({ roundId: surveyResponses.roundId, side: surveyResponses.side, n: sql<number>`count(*)::int` })
      .from(surveyResponses)
      .where(inArray(surveyResponses.roundId, ids))
      .groupBy(surveyResponses.roundId, surveyResponses.side),
    me
      ? c.tx
          .select({
            roundId: surveyRecipients.roundId,
            responseId: surveyResponses.id,
            submittedAt: surveyResponses.submittedAt,
            updatedAt: surveyResponses.updatedAt,
          })
          .from(surveyRecipients)
          .leftJoin(surveyResponses, and(eq(surveyResponses.roundId, surveyRecipients.roundId), eq(surveyResponses.userId, me)))
          .where(and(inArray(surveyRecipients.roundId, ids), eq(surveyRecipients.userId, me)))
      : Promise.resolve([]),
    me
      ? c.tx
          .select({
            roundId: surveyAnswers.roundId,
            questionId: surveyAnswers.questionId,
            score: surveyAnswers.score,
            comment: surveyAnswers.comment,
          })
          .from(surveyAnswers)
          .innerJoin(surveyResponses, eq(surveyResponses.id, surveyAnswers.responseId))
          .where(and(inArray(surveyAnswers.roundId, ids), eq(surveyResponses.userId, me)))
      : Promise.resolve([]),
    visiblePartners(
      c,
      rows.map((r) => r.partnerId),
    ),
    personSummaries(
      c,
      rows.map((r) => r.createdById),
    ),
    todayOf(c),
  ]);
  const counts = (list: { roundId: string; side: Side; n: number }[], id: string): SideCounts => ({
    vendor: Number(list.find((x) => x.roundId === id && x.side === 'vendor')?.n ?? 0),
    partner: Number(list.find((x) => x.roundId === id && x.side === 'partner')?.n ?? 0),
  });
  const actor = policyActor(c);
  return rows.map((row) => {
    const partner = partnerMap.get(row.partnerId) ?? { id: row.partnerId, name: '', ownerId: null };
    const asked = mine.find((m) => m.roundId === row.id);
    const status = roundStatusOn(row, today);
    const decision = mayAnswer({ ...row, status }, today, Boolean(asked));
    const { createdById, ...rest } = row;
    return {
      ...rest,
      status,
      partnerName: partner.name,
      createdBy: createdById ? (people.get(createdById) ?? null) : null,
      recipients: counts(recipientCounts, row.id),
      responses: counts(responseCounts, row.id),
      asked: Boolean(asked),
      myResponse:
        asked?.responseId && asked.submittedAt && asked.updatedAt
          ? {
              submittedAt: asked.submittedAt,
              updatedAt: asked.updatedAt,
              answers: myAnswers
                .filter((a) => a.roundId === row.id)
                .map((a) => ({ questionId: a.questionId, score: a.score, comment: a.comment })),
            }
          : null,
      answerBlocked: decision.allowed ? null : decision.reason,
      can: roundPermissions(actor, { ...row, status }, partner, { isRecipient: Boolean(asked), today }),
    };
  });
}

async function roundDto(c: TxCtx, row: SurveyRoundRow): Promise<SurveyRoundDto> {
  const [dto] = await roundDtos(c, [row]);
  if (!dto) throw notFound('Survey');
  return dto;
}

async function loadRound(c: TxCtx, id: string, lock = false): Promise<SurveyRoundRow> {
  const query = c.tx
    .select()
    .from(surveyRounds)
    .where(and(eq(surveyRounds.id, id), partnerFilter(c, surveyRounds.partnerId)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw notFound('Survey');
  return row;
}

export async function getRound(ctx: Ctx, id: string): Promise<SurveyRoundDto> {
  return withTx(ctx, async (c) => roundDto(c, await loadRound(c, id)));
}

export type RoundInput = {
  templateId: string;
  title?: string;
  opensOn?: IsoDate;
  closesOn: IsoDate;
  /** Vendor people asked (diagnostic); default the partner's manager. */
  vendorRecipientIds?: string[];
  /** The partner's people asked; default every active user of the partner. */
  partnerRecipientIds?: string[];
};

type OpenedRound = { row: SurveyRoundRow; vendor: string[]; partner: string[] };

/** Inserts a round with its recipients, audited; an opening round notifies them (`survey.sent`). */
async function insertRound(
  c: TxCtx,
  partner: { id: string; name: string },
  template: SurveyTemplateRow,
  input: { title: string; opensOn: IsoDate; closesOn: IsoDate; waveId: string | null; recurring: boolean },
  recipients: { vendor: string[]; partner: string[] },
  today: IsoDate,
  quiet = false,
): Promise<OpenedRound> {
  const status: RoundStatus = input.opensOn > today ? 'scheduled' : 'open';
  const row = await insertAudited(
    c,
    surveyRounds,
    {
      partnerId: partner.id,
      templateId: template.id,
      kind: template.kind,
      title: input.title,
      questions: template.questions,
      period: periodOf(input.opensOn, cadenceOfKind(template.kind)),
      opensOn: input.opensOn,
      closesOn: input.closesOn,
      status,
      waveId: input.waveId,
      recurring: input.recurring,
      createdById: actorUserId(c),
      createdAt: c.now,
      updatedAt: c.now,
    },
    ROUND,
    {
      event: status === 'open' ? 'survey.sent' : 'survey.scheduled',
      summary: `${status === 'open' ? 'Sent' : 'Scheduled'} “${input.title}” to ${partner.name}`,
      eventData: {
        kind: template.kind,
        opensOn: input.opensOn,
        closesOn: input.closesOn,
        waveId: input.waveId,
        vendorRecipients: recipients.vendor.length,
        partnerRecipients: recipients.partner.length,
      },
    },
  );
  const all = [
    ...recipients.vendor.map((userId) => ({ userId, side: 'vendor' as const })),
    ...recipients.partner.map((userId) => ({ userId, side: 'partner' as const })),
  ];
  if (all.length > 0) {
    await c.tx
      .insert(surveyRecipients)
      .values(
        all.map((r) => ({
          roundId: row.id,
          partnerId: partner.id,
          userId: r.userId,
          side: r.side,
          notifiedAt: status === 'open' ? c.now : null,
        })),
      )
      .onConflictDoNothing();
  }
  if (status === 'open' && !quiet)
    await notifyRecipients(c, row, partner.name, [...recipients.vendor, ...recipients.partner], 'invite');
  return { row, ...recipients };
}

async function notifyRecipients(c: TxCtx, row: SurveyRoundRow, partnerName: string, to: string[], why: 'invite' | 'reminder') {
  if (to.length === 0) return;
  const what = KIND_NAMES[row.kind];
  await notify(c, {
    to,
    kind: why === 'invite' ? 'surveys.invited' : 'surveys.reminder',
    title: why === 'invite' ? `Please answer: ${row.title}` : `Reminder: ${row.title} closes on ${row.closesOn}`,
    body:
      why === 'invite'
        ? `${what} for the alliance with ${partnerName}. It takes a few minutes; you can change your answers until ${row.closesOn}.`
        : `You have not answered yet. The survey closes on ${row.closesOn}.`,
    link: `/surveys/${row.id}`,
    entity: { type: 'survey', id: row.id },
    partnerId: row.partnerId,
  });
}

function assertDates(today: IsoDate, opensOn: IsoDate, closesOn: IsoDate) {
  if (closesOn < opensOn) throw invalidField('closesOn', 'must be on or after the opening day');
  if (closesOn < today) throw invalidField('closesOn', 'must not be in the past');
}

async function activeTemplate(c: TxCtx, id: string): Promise<SurveyTemplateRow> {
  const [template] = await c.tx.select().from(surveyTemplates).where(eq(surveyTemplates.id, id));
  if (!template) throw invalidField('templateId', 'is not a survey template');
  if (!template.active) throw invalidField('templateId', 'is archived');
  return template;
}

/**
 * Sends a survey to one partner. A health diagnostic asks both sides: the vendor's people named
 * (default the partner's manager) and the partner's people (default all its active users). NPS and
 * PX ask the partner's people only.
 */
export async function createRound(ctx: Ctx, partnerId: string, input: RoundInput): Promise<SurveyRoundDto> {
  return withTx(ctx, async (c) => {
    const partner = await visiblePartner(c, partnerId);
    // Any partner manager may survey any partner (as a wave does); closing early stays the owner's.
    if (!mayManageSurveys(policyActor(c))) throw forbidden('Only admins and partner managers send surveys');
    const template = await activeTemplate(c, input.templateId);
    const today = await todayOf(c);
    const opensOn = input.opensOn ?? today;
    assertDates(today, opensOn, input.closesOn);
    const vendor =
      template.kind === 'health_diagnostic'
        ? [...new Set(input.vendorRecipientIds ?? (partner.ownerId ? [partner.ownerId] : []))]
        : [];
    if (template.kind !== 'health_diagnostic' && input.vendorRecipientIds?.length) {
      throw invalidField('vendorRecipientIds', 'only a health diagnostic asks the vendor’s people');
    }
    for (const [i, id] of vendor.entries()) {
      if ((await assertPersonOfPartner(c, id, partner.id, `vendorRecipientIds.${i}`)) !== 'vendor') {
        throw invalidField(`vendorRecipientIds.${i}`, 'is not one of the vendor’s people');
      }
    }
    const partnerSide = input.partnerRecipientIds
      ? [...new Set(input.partnerRecipientIds)]
      : await activePartnerUsers(c, partner.id, ['partner_admin', 'partner_user']);
    for (const [i, id] of partnerSide.entries()) {
      if ((await assertPersonOfPartner(c, id, partner.id, `partnerRecipientIds.${i}`)) !== 'partner') {
        throw invalidField(`partnerRecipientIds.${i}`, 'is not one of the partner’s people');
      }
    }
    if (partnerSide.length === 0) throw invalidField('partnerRecipientIds', `${partner.name} has no active users to ask`);
    if (template.kind === 'health_diagnostic' && vendor.length === 0) {
      throw invalidField('vendorRecipientIds', 'a health diagnostic asks at least one of the vendor’s people');
    }
    const { row } = await insertRound(
      c,
      partner,
      template,
      {
        title: input.title ?? `${template.name} — ${partner.name}`,
        opensOn,
        closesOn: input.closesOn,
        waveId: null,
        recurring: false,
      },
      { vendor, partner: partnerSide },
      today,
    );
    return roundDto(c, row);
  });
}

export type WaveInput = { templateId: string; partnerIds?: string[]; title?: string; opensOn?: IsoDate; closesOn: IsoDate };
export type WaveDto = {
  waveId: string;
  kind: SurveyKind;
  rounds: number;
  partnerIds: string[];
  skipped: { partnerId: string; reason: string }[];
};

/** One round per partner of an NPS or PX survey (default: every enabled, active or strategic partner). */
/**
 * `quiet` writes the rounds without telling anyone: the demo's history, whose invitations would
 * only fill inboxes with surveys closed long ago.
 */
export async function sendWave(
  ctx: Ctx,
  input: WaveInput,
  options: { recurring?: boolean; quiet?: boolean } = {},
): Promise<WaveDto> {
  return withTx(ctx, async (c) => {
    if (!mayManageSurveys(policyActor(c))) throw forbidden('Only admins and partner managers send surveys');
    const template = await activeTemplate(c, input.templateId);
    if (template.kind === 'health_diagnostic') {
      throw invalidField('templateId', 'a health diagnostic goes to one partner at a time (POST /partners/{id}/survey-rounds)');
    }
    const today = await todayOf(c);
    const opensOn = input.opensOn ?? today;
    assertDates(today, opensOn, input.closesOn);
    const targets = input.partnerIds
      ? [...(await visiblePartners(c, input.partnerIds)).values()]
      : await c.tx
          .select({ id: partners.id, name: partners.name, ownerId: partners.ownerId })
          .from(partners)
          .where(inArray(partners.lifecycleStage, [...SURVEYED_STAGES]))
          .orderBy(asc(partners.name));
    if (input.partnerIds) {
      const found = new Set(targets.map((p) => p.id));
      const missing = input.partnerIds.findIndex((id) => !found.has(id.toLowerCase()));
      if (missing >= 0) throw invalidField(`partnerIds.${missing}`, 'is not a partner');
    }
    const waveId = randomUUID();
    const sent: string[] = [];
    const skipped: WaveDto['skipped'] = [];
    const label = input.title ?? `${template.name} ${periodOf(opensOn, cadenceOfKind(template.kind))}`;
    for (const partner of targets) {
      const people = await activePartnerUsers(c, partner.id, ['partner_admin', 'partner_user']);
      if (people.length === 0) {
        skipped.push({ partnerId: partner.id, reason: 'no active users' });
        continue;
      }
      await insertRound(
        c,
        partner,
        template,
        { title: label, opensOn, closesOn: input.closesOn, waveId, recurring: options.recurring ?? false },
        { vendor: [], partner: people },
        today,
        options.quiet,
      );
      sent.push(partner.id);
    }
    if (sent.length === 0) throw invalidField(input.partnerIds ? 'partnerIds' : 'templateId', 'no partner has anyone to ask');
    return { waveId, kind: template.kind, rounds: sent.length, partnerIds: sent, skipped };
  });
}

export type RoundListQuery = {
  limit: number;
  cursor?: string;
  sort?: string;
  partnerId?: string[];
  kind?: SurveyKind[];
  status?: RoundStatus[];
  /** Open rounds the caller was asked on and has not answered. */
  awaitingMe?: boolean;
  waveId?: string;
};

export async function listRounds(ctx: Ctx, query: RoundListQuery): Promise<Page<SurveyRoundDto>> {
  return withTx(ctx, async (c) => {
    const today = await todayOf(c);
    const me = actorUserId(c);
    const ks = keyset(
      'survey-rounds',
      query.sort ?? '-opensOn',
      { opensOn: surveyRounds.opensOn, closesOn: surveyRounds.closesOn, createdAt: surveyRounds.createdAt },
      surveyRounds.id,
      query.cursor,
    );
    // Status is what today makes it (the daily job writes it down), so the filter reads the dates.
    const statusSql: Record<RoundStatus, SQL> = {
      closed: sql`(${surveyRounds.status} = 'closed' OR ${surveyRounds.closesOn} < ${today}::date)`,
      open: sql`(${surveyRounds.status} <> 'closed' AND ${surveyRounds.opensOn} <= ${today}::date AND ${surveyRounds.closesOn} >= ${today}::date)`,
      scheduled: sql`(${surveyRounds.status} <> 'closed' AND ${surveyRounds.opensOn} > ${today}::date)`,
    };
    const conditions: (SQL | undefined)[] = [
      ks.where,
      partnerFilter(c, surveyRounds.partnerId),
      query.partnerId?.length ? inArray(surveyRounds.partnerId, query.partnerId) : undefined,
      query.kind?.length ? inArray(surveyRounds.kind, query.kind) : undefined,
      query.status?.length
        ? sql`(${sql.join(
            query.status.map((s) => statusSql[s]),
            sql` OR `,
          )})`
        : undefined,
      query.waveId ? eq(surveyRounds.waveId, query.waveId) : undefined,
      query.awaitingMe
        ? me
          ? and(
              statusSql.open,
              sql`EXISTS (SELECT 1 FROM ${surveyRecipients} WHERE ${surveyRecipients.roundId} = ${surveyRounds.id} AND ${surveyRecipients.userId} = ${me})`,
              sql`NOT EXISTS (SELECT 1 FROM ${surveyResponses} WHERE ${surveyResponses.roundId} = ${surveyRounds.id} AND ${surveyResponses.userId} = ${me})`,
            )
          : sql`false`
        : undefined,
    ];
    const rows = await c.tx
      .select()
      .from(surveyRounds)
      .where(and(...conditions))
      .orderBy(...ks.orderBy)
      .limit(query.limit + 1);
    const page = toPage(rows, query.limit, ks.cursorOf);
    return { data: await roundDtos(c, page.data), nextCursor: page.nextCursor };
  });
}

/** Closes a round before its closing day (an admin or the partner's manager). */
export async function closeRound(ctx: Ctx, id: string, why = 'closed by hand'): Promise<SurveyRoundDto> {
  return withTx(ctx, async (c) => {
    const before = await loadRound(c, id, true);
    const partner = await visiblePartner(c, before.partnerId);
    if (!managesSurveysOf(policyActor(c), partner)) throw forbidden("Only an admin or the partner's manager closes its surveys");
    if (before.status === 'closed') {
      throw new AppError('INVALID_TRANSITION', 'The survey is already closed', {
        errors: [{ path: 'status', message: 'is already closed' }],
      });
    }
    return roundDto(c, await closeRow(c, before, why));
  });
}

/** Closes a round as of the context's moment without answering it (the demo's history). */
export async function closeRoundAt(ctx: Ctx, id: string, why: string): Promise<void> {
  await withTx(ctx, async (c) => {
    const before = await loadRound(c, id, true);
    if (before.status !== 'closed') await closeRow(c, before, why);
  });
}

async function closeRow(c: TxCtx, before: SurveyRoundRow, why: string): Promise<SurveyRoundRow> {
  const responses = await c.tx
    .select({ side: surveyResponses.side, n: sql<number>`count(*)::int` })
    .from(surveyResponses)
    .where(eq(surveyResponses.roundId, before.id))
    .groupBy(surveyResponses.side);
  return updateAudited(c, surveyRounds, before, { status: 'closed', closedAt: c.now, updatedAt: c.now }, ROUND, {
    event: 'survey.closed',
    summary: `Closed “${before.title}” (${why})`,
    eventData: {
      kind: before.kind,
      vendorResponses: Number(responses.find((r) => r.side === 'vendor')?.n ?? 0),
      partnerResponses: Number(responses.find((r) => r.side === 'partner')?.n ?? 0),
    },
  });
}

/**
 * The caller's answer to a round: created the first time (`survey_response.submitted`), replaced
 * after (`survey_response.updated`) until the round closes. One response per person per round.
 */
export async function submitResponse(ctx: Ctx, roundId: string, answers: readonly AnswerInput[]): Promise<SurveyRoundDto> {
  return withTx(ctx, async (c) => roundDto(c, await recordResponse(c, roundId, answers)));
}

/** `submitResponse` without the answer's DTO (the demo writes hundreds). */
export async function recordResponse(ctx: Ctx, roundId: string, answers: readonly AnswerInput[]): Promise<SurveyRoundRow> {
  return withTx(ctx, async (c) => {
    const round = await loadRound(c, roundId);
    const me = actorUserId(c);
    const today = await todayOf(c);
    const [recipient] = me
      ? await c.tx
          .select()
          .from(surveyRecipients)
          .where(and(eq(surveyRecipients.roundId, round.id), eq(surveyRecipients.userId, me)))
      : [];
    const decision = mayAnswer({ ...round, status: roundStatusOn(round, today) }, today, Boolean(recipient));
    if (!decision.allowed) {
      throw new AppError(recipient ? 'INVALID_TRANSITION' : 'FORBIDDEN', `You cannot answer this survey: ${decision.reason}`, {
        errors: [{ path: recipient ? 'closesOn' : 'answers', message: decision.reason }],
      });
    }
    const problems = answerProblems(round.questions, answers);
    if (problems.length > 0)
      throw new AppError('VALIDATION_FAILED', problems[0]?.message ?? 'invalid answers', { errors: problems });
    if (!recipient || !me) throw forbidden();
    const [existing] = await c.tx
      .select()
      .from(surveyResponses)
      .where(and(eq(surveyResponses.roundId, round.id), eq(surveyResponses.userId, me)))
      .for('update');
    const eventData = { roundId: round.id, kind: round.kind, side: recipient.side, answered: answers.length };
    const response = existing
      ? await updateAudited(c, surveyResponses, existing, { updatedAt: c.now }, RESPONSE, {
          event: 'survey_response.updated',
          summary: `Changed an answer to “${round.title}”`,
          eventData,
        })
      : await insertAudited(
          c,
          surveyResponses,
          {
            roundId: round.id,
            partnerId: round.partnerId,
            userId: me,
            side: recipient.side,
            submittedAt: c.now,
            updatedAt: c.now,
          },
          RESPONSE,
          { event: 'survey_response.submitted', summary: `Answered “${round.title}”`, eventData },
        );
    if (existing) await c.tx.delete(surveyAnswers).where(eq(surveyAnswers.responseId, response.id));
    const dimensionOf = new Map(round.questions.map((q) => [q.id, q.dimension]));
    await c.tx.insert(surveyAnswers).values(
      answers.map((a) => ({
        responseId: response.id,
        roundId: round.id,
        partnerId: round.partnerId,
        questionId: a.questionId,
        dimension: dimensionOf.get(a.questionId) ?? '',
        side: recipient.side,
        score: a.score,
        comment: a.comment?.trim() ? a.comment.trim() : null,
      })),
    );
    return round;
  });
}

// ——— Results ———

export type RoundResultsDto = RoundSummary & {
  roundId: string;
  partnerId: string;
  kind: SurveyKind;
  status: RoundStatus;
  gapThreshold: number;
  respondents: SideCounts;
  /** Comments without names, per question and side (who wrote them stays with admins). */
  comments: { questionId: string; side: Side; comment: string }[];
};

export async function roundResults(ctx: Ctx, roundId: string): Promise<RoundResultsDto> {
  return withTx(ctx, async (c) => {
    const round = await loadRound(c, roundId);
    const [answers, respondents, settings, today] = await Promise.all([
      c.tx
        .select({
          questionId: surveyAnswers.questionId,
          side: surveyAnswers.side,
          score: surveyAnswers.score,
          comment: surveyAnswers.comment,
        })
        .from(surveyAnswers)
        .where(eq(surveyAnswers.roundId, round.id))
        .orderBy(asc(surveyAnswers.questionId), asc(surveyAnswers.id)),
      c.tx
        .select({ side: surveyResponses.side, n: sql<number>`count(*)::int` })
        .from(surveyResponses)
        .where(eq(surveyResponses.roundId, round.id))
        .groupBy(surveyResponses.side),
      getSurveySettings(c),
      todayOf(c),
    ]);
    return {
      roundId: round.id,
      partnerId: round.partnerId,
      kind: round.kind,
      status: roundStatusOn(round, today),
      gapThreshold: settings.gapThreshold,
      respondents: {
        vendor: Number(respondents.find((r) => r.side === 'vendor')?.n ?? 0),
        partner: Number(respondents.find((r) => r.side === 'partner')?.n ?? 0),
      },
      ...summariseRound(round.questions, answers, settings.gapThreshold),
      comments: answers.flatMap((a) => (a.comment ? [{ questionId: a.questionId, side: a.side, comment: a.comment }] : [])),
    };
  });
}

export type NamedResponseDto = {
  id: string;
  user: PersonSummary | null;
  side: Side;
  submittedAt: Date;
  updatedAt: Date;
  answers: MyAnswer[];
};

/** Each person's answers by name: admins only (decision 0287). */
export async function roundResponses(ctx: Ctx, roundId: string): Promise<{ data: NamedResponseDto[]; nextCursor: null }> {
  return withTx(ctx, async (c) => {
    const round = await loadRound(c, roundId);
    if (policyActor(c).role !== 'admin') throw forbidden('Only admins read individual answers');
    const responses = await c.tx
      .select()
      .from(surveyResponses)
      .where(eq(surveyResponses.roundId, round.id))
      .orderBy(asc(surveyResponses.submittedAt), asc(surveyResponses.id));
    const answers = await c.tx
      .select()
      .from(surveyAnswers)
      .where(eq(surveyAnswers.roundId, round.id))
      .orderBy(asc(surveyAnswers.id));
    const people = await personSummaries(
      c,
      responses.map((r) => r.userId),
    );
    return {
      data: responses.map((r) => ({
        id: r.id,
        user: people.get(r.userId) ?? null,
        side: r.side,
        submittedAt: r.submittedAt,
        updatedAt: r.updatedAt,
        answers: answers
          .filter((a) => a.responseId === r.id)
          .map((a) => ({ questionId: a.questionId, score: a.score, comment: a.comment })),
      })),
      nextCursor: null,
    };
  });
}

// ——— Figures per partner and for the portfolio ———

export type DiagnosticFigure = {
  roundId: string;
  closesOn: IsoDate;
  score: number | null;
  vendor: number | null;
  partner: number | null;
  gap: number | null;
};

/** The survey rounds (aliased `r`) of the given partners, or of all partners. */
function roundsOfPartners(ids: readonly string[] | 'all'): SQL {
  return ids === 'all' ? sql`true` : anyId(sql`r.partner_id`, ids);
}

/**
 * Each partner's latest closed health diagnostic as of `asOf` (closed on or before it), with each
 * side's 0–100 score, their average and the gap in points — one statement for all partners.
 */
export async function latestDiagnostics(
  c: TxCtx,
  ids: readonly string[] | 'all',
  asOf: Date,
): Promise<Map<string, DiagnosticFigure>> {
  if (ids !== 'all' && ids.length === 0) return new Map();
  const day = asOf.toISOString().slice(0, 10);
  const partnerCond = roundsOfPartners(ids);
  const rows = await c.tx.execute<{
    partner_id: string;
    round_id: string;
    closes_on: string;
    vendor: string | null;
    partner: string | null;
  }>(sql`
    WITH latest AS (
      SELECT DISTINCT ON (r.partner_id) r.partner_id, r.id, r.closes_on
      FROM ${surveyRounds} r
      WHERE r.kind = 'health_diagnostic' AND ${partnerCond}
        AND (r.closes_on < ${day}::date OR (r.status = 'closed' AND r.closed_at <= ${asOf.toISOString()}::timestamptz))
        AND r.opens_on <= ${day}::date
        AND EXISTS (SELECT 1 FROM ${surveyAnswers} a WHERE a.round_id = r.id)
      ORDER BY r.partner_id, r.closes_on DESC, r.id
    )
    SELECT l.partner_id, l.id AS round_id, l.closes_on::text AS closes_on,
      avg(a.score) FILTER (WHERE a.side = 'vendor') AS vendor,
      avg(a.score) FILTER (WHERE a.side = 'partner') AS partner
    FROM latest l JOIN ${surveyAnswers} a ON a.round_id = l.id AND a.dimension <> 'nps'
    GROUP BY l.partner_id, l.id, l.closes_on`);
  const pct = (v: string | null) => (v === null ? null : Math.round(((Number(v) - 1) / 4) * 1000) / 10);
  return new Map(
    rows.rows.map((r) => {
      const vendor = pct(r.vendor);
      const partner = pct(r.partner);
      const sides = [vendor, partner].filter((x): x is number => x !== null);
      return [
        r.partner_id,
        {
          roundId: r.round_id,
          closesOn: r.closes_on,
          vendor,
          partner,
          score: sides.length ? Math.round((sides.reduce((s, x) => s + x, 0) / sides.length) * 10) / 10 : null,
          gap: vendor !== null && partner !== null ? Math.round(Math.abs(vendor - partner) * 10) / 10 : null,
        },
      ];
    }),
  );
}

/**
 * The partner's people's answers to its latest NPS round that opened within the 12 months before
 * `asOf` (answers given by then), as NPS −100..100 with counts. One statement for all partners.
 */
export async function latestNps(
  c: TxCtx,
  ids: readonly string[] | 'all',
  asOf: Date,
): Promise<Map<string, NpsResult & { roundId: string; period: string }>> {
  if (ids !== 'all' && ids.length === 0) return new Map();
  const day = asOf.toISOString().slice(0, 10);
  const partnerCond = roundsOfPartners(ids);
  const rows = await c.tx.execute<{
    partner_id: string;
    round_id: string;
    period: string;
    promoters: number;
    passives: number;
    detractors: number;
    n: number;
  }>(sql`
    WITH answered AS (
      SELECT a.partner_id, a.round_id, a.score
      FROM ${surveyAnswers} a
      JOIN ${surveyResponses} s ON s.id = a.response_id
      WHERE a.side = 'partner' AND a.dimension = 'nps' AND s.submitted_at <= ${asOf.toISOString()}::timestamptz
    ), latest AS (
      SELECT DISTINCT ON (r.partner_id) r.partner_id, r.id, r.period
      FROM ${surveyRounds} r
      WHERE r.kind = 'nps' AND ${partnerCond}
        AND r.opens_on <= ${day}::date AND r.opens_on > (${day}::date - interval '12 months')
        AND EXISTS (SELECT 1 FROM answered x WHERE x.round_id = r.id)
      ORDER BY r.partner_id, r.opens_on DESC, r.id
    )
    SELECT l.partner_id, l.id AS round_id, l.period,
      count(*) FILTER (WHERE x.score >= 9)::int AS promoters,
      count(*) FILTER (WHERE x.score BETWEEN 7 AND 8)::int AS passives,
      count(*) FILTER (WHERE x.score <= 6)::int AS detractors,
      count(*)::int AS n
    FROM latest l JOIN answered x ON x.round_id = l.id
    GROUP BY l.partner_id, l.id, l.period`);
  return new Map(
    rows.rows.map((r) => {
      const n = Number(r.n);
      const promoters = Number(r.promoters);
      const detractors = Number(r.detractors);
      return [
        r.partner_id,
        {
          roundId: r.round_id,
          period: r.period,
          nps: n === 0 ? null : Math.round(((promoters - detractors) / n) * 100),
          promoters,
          passives: Number(r.passives),
          detractors,
          count: n,
        },
      ];
    }),
  );
}

/** The partner's people's answers to its latest answered PX round opened by `asOf`, as 0–100. */
export async function latestPx(
  c: TxCtx,
  ids: readonly string[] | 'all',
  asOf: Date,
): Promise<Map<string, { roundId: string; period: string; score: number }>> {
  if (ids !== 'all' && ids.length === 0) return new Map();
  const day = asOf.toISOString().slice(0, 10);
  const partnerCond = roundsOfPartners(ids);
  const rows = await c.tx.execute<{ partner_id: string; round_id: string; period: string; avg: string }>(sql`
    WITH answered AS (
      SELECT a.partner_id, a.round_id, a.score
      FROM ${surveyAnswers} a
      JOIN ${surveyResponses} s ON s.id = a.response_id
      WHERE a.side = 'partner' AND s.submitted_at <= ${asOf.toISOString()}::timestamptz
    ), latest AS (
      SELECT DISTINCT ON (r.partner_id) r.partner_id, r.id, r.period
      FROM ${surveyRounds} r
      WHERE r.kind = 'px' AND ${partnerCond} AND r.opens_on <= ${day}::date
        AND EXISTS (SELECT 1 FROM answered x WHERE x.round_id = r.id)
      ORDER BY r.partner_id, r.opens_on DESC, r.id
    )
    SELECT l.partner_id, l.id AS round_id, l.period, avg(x.score)::text AS avg
    FROM latest l JOIN answered x ON x.round_id = l.id
    GROUP BY l.partner_id, l.id, l.period`);
  return new Map(
    rows.rows.map((r) => [
      r.partner_id,
      { roundId: r.round_id, period: r.period, score: Math.round(((Number(r.avg) - 1) / 4) * 1000) / 10 },
    ]),
  );
}

export type PartnerSurveySummary = {
  partnerId: string;
  diagnostic: DiagnosticFigure | null;
  nps: (NpsResult & { roundId: string; period: string }) | null;
  px: { roundId: string; period: string; score: number } | null;
  /** Open rounds of this partner the caller was asked on and has not answered. */
  awaitingMe: number;
};

/** What the partner 360 card shows: latest diagnostic score and gap, NPS of its people, PX. */
export async function partnerSurveySummary(ctx: Ctx, partnerId: string): Promise<PartnerSurveySummary> {
  return withTx(ctx, async (c) => {
    const partner = await visiblePartner(c, partnerId);
    const [diagnostic, nps, px, awaiting] = await Promise.all([
      latestDiagnostics(c, [partner.id], c.now),
      latestNps(c, [partner.id], c.now),
      latestPx(c, [partner.id], c.now),
      listRounds(c, { limit: 20, partnerId: [partner.id], awaitingMe: true }),
    ]);
    return {
      partnerId: partner.id,
      diagnostic: diagnostic.get(partner.id) ?? null,
      nps: nps.get(partner.id) ?? null,
      px: px.get(partner.id) ?? null,
      awaitingMe: awaiting.data.length,
    };
  });
}

export type SurveyTrendsDto = {
  /** NPS across all partners' people per half-year: one figure from every answer of the period. */
  nps: (TrendPoint & { promoters: number; passives: number; detractors: number; count: number; partners: number })[];
  /** PX per quarter: the overall 1–5 average and each dimension's, with the change from the quarter before. */
  px: (TrendPoint & { dimensions: Record<string, number | null>; count: number })[];
  pxDimensions: string[];
  /** Health diagnostics per quarter: both sides' averages (1–5) and the gap, over all partners' diagnostics. */
  diagnostics: { period: string; vendor: number | null; partner: number | null; gap: number | null; rounds: number }[];
};

/**
 * The portfolio's survey trends, set-based: one grouped statement per survey kind over all the
 * rounds the caller sees (vendor staff: every partner; filter with `partnerId`).
 */
export async function surveyTrends(ctx: Ctx, query: { partnerId?: string[] } = {}): Promise<SurveyTrendsDto> {
  return withTx(ctx, async (c) => {
    const partnerCond = query.partnerId?.length
      ? sql`a.partner_id IN (${sql.join(
          query.partnerId.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})`
      : sql`true`;
    const scoped =
      scopeOf(c).kind === 'partner' ? sql`a.partner_id = ${(scopeOf(c) as { partnerId: string }).partnerId}::uuid` : sql`true`;
    const [nps, px, diag] = await Promise.all([
      c.tx.execute<{ period: string; promoters: number; passives: number; detractors: number; n: number; partners: number }>(sql`
        SELECT r.period,
          count(*) FILTER (WHERE a.score >= 9)::int AS promoters,
          count(*) FILTER (WHERE a.score BETWEEN 7 AND 8)::int AS passives,
          count(*) FILTER (WHERE a.score <= 6)::int AS detractors,
          count(*)::int AS n, count(DISTINCT a.partner_id)::int AS partners
        FROM ${surveyAnswers} a JOIN ${surveyRounds} r ON r.id = a.round_id
        WHERE r.kind = 'nps' AND a.dimension = 'nps' AND a.side = 'partner' AND ${partnerCond} AND ${scoped}
        GROUP BY r.period ORDER BY r.period`),
      c.tx.execute<{ period: string; dimension: string | null; avg: string; n: number }>(sql`
        SELECT r.period, a.dimension, avg(a.score)::text AS avg, count(*)::int AS n
        FROM ${surveyAnswers} a JOIN ${surveyRounds} r ON r.id = a.round_id
        WHERE r.kind = 'px' AND a.side = 'partner' AND ${partnerCond} AND ${scoped}
        GROUP BY GROUPING SETS ((r.period, a.dimension), (r.period)) ORDER BY r.period`),
      c.tx.execute<{ period: string; vendor: string | null; partner: string | null; rounds: number }>(sql`
        SELECT r.period,
          avg(a.score) FILTER (WHERE a.side = 'vendor')::text AS vendor,
          avg(a.score) FILTER (WHERE a.side = 'partner')::text AS partner,
          count(DISTINCT r.id)::int AS rounds
        FROM ${surveyAnswers} a JOIN ${surveyRounds} r ON r.id = a.round_id
        WHERE r.kind = 'health_diagnostic' AND ${partnerCond} AND ${scoped}
        GROUP BY r.period ORDER BY r.period`),
    ]);
    const r2 = (v: string | null) => (v === null ? null : Math.round(Number(v) * 100) / 100);
    const npsPoints = nps.rows.map((row) => {
      const result = npsOf([
        ...Array(Number(row.promoters)).fill(10),
        ...Array(Number(row.passives)).fill(8),
        ...Array(Number(row.detractors)).fill(0),
      ]);
      return { period: row.period, value: result.nps, extra: { ...result, partners: Number(row.partners) } };
    });
    const npsTrend = trendOf(npsPoints.map(({ period, value }) => ({ period, value }))).map((p) => {
      const extra = npsPoints.find((x) => x.period === p.period)?.extra;
      return {
        ...p,
        promoters: extra?.promoters ?? 0,
        passives: extra?.passives ?? 0,
        detractors: extra?.detractors ?? 0,
        count: extra?.count ?? 0,
        partners: extra?.partners ?? 0,
      };
    });
    const overall = px.rows.filter((row) => row.dimension === null);
    const pxDimensions = [...new Set(px.rows.flatMap((row) => (row.dimension ? [row.dimension] : [])))];
    const pxTrend = trendOf(overall.map((row) => ({ period: row.period, value: r2(row.avg) }))).map((p) => ({
      ...p,
      count: Number(overall.find((row) => row.period === p.period)?.n ?? 0),
      dimensions: Object.fromEntries(
        pxDimensions.map((d) => [d, r2(px.rows.find((row) => row.period === p.period && row.dimension === d)?.avg ?? null)]),
      ),
    }));
    return {
      nps: npsTrend,
      px: pxTrend,
      pxDimensions,
      diagnostics: diag.rows.map((row) => {
        const vendor = r2(row.vendor);
        const partner = r2(row.partner);
        return {
          period: row.period,
          vendor,
          partner,
          gap: vendor !== null && partner !== null ? Math.round((vendor - partner) * 100) / 100 : null,
          rounds: Number(row.rounds),
        };
      }),
    };
  });
}

// ——— The daily job ———

export type DailyResult = { opened: number; closed: number; reminded: number; recurring: string[] };

/**
 * The `surveys.daily` job, as the system: opens scheduled rounds whose day has come (and tells
 * their recipients), closes rounds past their closing day (`survey.closed`), reminds recipients
 * who have not answered `reminderDays` before the close (once each), and opens the recurring PX
 * and NPS waves when a new period starts. Safe to run twice: each step changes what it acts on.
 */
export async function runSurveysDaily(ctx: Ctx): Promise<DailyResult> {
  const result: DailyResult = { opened: 0, closed: 0, reminded: 0, recurring: [] };
  await withTx(ctx, async (c) => {
    const today = await todayOf(c);
    const settings = await getSurveySettings(c);
    const toOpen = await c.tx
      .select()
      .from(surveyRounds)
      .where(and(eq(surveyRounds.status, 'scheduled'), lte(surveyRounds.opensOn, today)))
      .for('update', { skipLocked: true });
    const names = await visiblePartners(
      c,
      toOpen.map((r) => r.partnerId),
    );
    for (const round of toOpen) {
      if (round.closesOn < today) continue; // closed below without ever opening
      const after = await updateAudited(c, surveyRounds, round, { status: 'open', updatedAt: c.now }, ROUND, {
        event: 'survey.sent',
        summary: `Opened “${round.title}”`,
        eventData: { kind: round.kind, opensOn: round.opensOn, closesOn: round.closesOn, waveId: round.waveId },
      });
      const recipients = await c.tx
        .update(surveyRecipients)
        .set({ notifiedAt: c.now })
        .where(and(eq(surveyRecipients.roundId, round.id), isNull(surveyRecipients.notifiedAt)))
        .returning({ userId: surveyRecipients.userId });
      await notifyRecipients(
        c,
        after,
        names.get(round.partnerId)?.name ?? '',
        recipients.map((r) => r.userId),
        'invite',
      );
      result.opened += 1;
    }
    const toClose = await c.tx
      .select()
      .from(surveyRounds)
      .where(and(inArray(surveyRounds.status, ['open', 'scheduled']), sql`${surveyRounds.closesOn} < ${today}::date`))
      .for('update', { skipLocked: true });
    for (const round of toClose) {
      await closeRow(c, round, 'its closing day passed');
      result.closed += 1;
    }
    const open = await c.tx
      .select()
      .from(surveyRounds)
      .where(and(eq(surveyRounds.status, 'open'), sql`${surveyRounds.closesOn} >= ${today}::date`));
    const dueRounds = open.filter((r) => reminderDue(r, today, settings.reminderDays));
    if (dueRounds.length > 0) {
      const names2 = await visiblePartners(
        c,
        dueRounds.map((r) => r.partnerId),
      );
      for (const round of dueRounds) {
        const claimed = await c.tx
          .update(surveyRecipients)
          .set({ remindedAt: c.now })
          .where(
            and(
              eq(surveyRecipients.roundId, round.id),
              isNull(surveyRecipients.remindedAt),
              sql`NOT EXISTS (SELECT 1 FROM ${surveyResponses} s WHERE s.round_id = ${surveyRecipients.roundId} AND s.user_id = ${surveyRecipients.userId})`,
            ),
          )
          .returning({ userId: surveyRecipients.userId });
        await notifyRecipients(
          c,
          round,
          names2.get(round.partnerId)?.name ?? '',
          claimed.map((r) => r.userId),
          'reminder',
        );
        result.reminded += claimed.length;
      }
    }
  });
  // The recurring waves, each in its own transaction (one period's wave is all or nothing).
  for (const kind of ['px', 'nps'] as const) {
    const opened = await openRecurringWave(ctx, kind);
    if (opened) result.recurring.push(opened);
  }
  return result;
}

/** Opens this period's recurring wave of `kind` if the schedule is on and none was opened yet; answers its period. */
export async function openRecurringWave(ctx: Ctx, kind: 'px' | 'nps'): Promise<string | null> {
  return withTx(ctx, async (c) => {
    const settings = await getSurveySettings(c);
    const cadence = kind === 'px' ? settings.pxCadence : settings.npsCadence;
    const today = await todayOf(c);
    // One wave per period even if two processes run the job at once: the lock serialises them.
    await c.tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`surveys.recurring.${kind}`}))`);
    if (cadence === 'off') return null;
    const opened = await c.tx
      .selectDistinct({ opensOn: surveyRounds.opensOn })
      .from(surveyRounds)
      .where(
        and(
          eq(surveyRounds.kind, kind),
          eq(surveyRounds.recurring, true),
          sql`${surveyRounds.opensOn} > ${addDays(today, -200)}::date`,
        ),
      );
    const periods = new Set(opened.map((o) => periodOf(o.opensOn, cadence)));
    const due = recurringDue(cadence, today, periods);
    if (!due.due) return null;
    const [template] = await c.tx
      .select()
      .from(surveyTemplates)
      .where(and(eq(surveyTemplates.kind, kind), eq(surveyTemplates.active, true)))
      .orderBy(desc(surveyTemplates.builtIn), asc(surveyTemplates.createdAt))
      .limit(1);
    if (!template) return null;
    try {
      await sendWave(
        c,
        {
          templateId: template.id,
          title: `${template.name} ${due.period}`,
          opensOn: today,
          closesOn: addDays(today, settings.responseDays),
        },
        { recurring: true },
      );
    } catch (error) {
      // No partner has anyone to ask yet: nothing to open this period, try again tomorrow.
      if (error instanceof AppError && error.status === 422) return null;
      throw error;
    }
    return due.period;
  });
}
