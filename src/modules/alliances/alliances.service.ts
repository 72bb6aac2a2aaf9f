import { and, asc, desc, eq, inArray, lte, type SQL, sql } from 'drizzle-orm';
import { keyset } from '../../db/keyset.js';
import { partnerFilter, withTx } from '../../db/scope.js';
import { idsKey, sharedRead } from '../../db/shared-reads.js';
import { actorUserId, type Ctx, policyActor, type TxCtx } from '../../shared/context.js';
import { type IsoDate, localDateOf } from '../../shared/dates.js';
import { AppError, type FieldError, forbidden, invalidField, notFound } from '../../shared/errors.js';
import { type Page, toPage } from '../../shared/paging.js';
import { type AuditedKind, auditTrailOf, insertAudited, snapshotsAsOf, updateAudited } from '../audit/index.js';
import {
  activePartnerUsers,
  assertVendorUser,
  findPartnersByReference,
  type PersonSummary,
  personSummaries,
} from '../directory/index.js';
import { notify } from '../notifications/index.js';
import { listContacts } from '../partners/index.js';
import { getSettings } from '../settings/index.js';
import { type AlliancePermissions, alliancePermissions, mayStartAlliance, sideOf } from './alliances.policy.js';
import {
  type AlliancePhase,
  type AllianceType,
  CHECKLIST,
  type CommercialDesign,
  checkDesign,
  type DevelopmentStage,
  type DimensionCheck,
  emptyDesign,
  explicitCount,
  mayMoveToStage,
  needsRerunReminder,
  QUALIFICATION_DIMENSIONS,
  type QualificationDimension,
  type QualificationResult,
  qualificationDueOn,
  qualify,
  type Scores,
  type Side,
  type StageProgress,
  sponsorSides,
  stageProgress,
  valueCaptureProblems,
} from './alliances.rules.js';
import {
  type AllianceRow,
  allianceChecklistTicks,
  alliancePhaseChanges,
  allianceQualifications,
  alliances,
  type DimensionScore,
  type QualificationRow,
  type TickRow,
} from './alliances.schema.js';

const ALLIANCE: AuditedKind<AllianceRow> = {
  entityType: 'alliance',
  partnerIdOf: (a) => a.partnerId,
  labelOf: (a) => `Alliance (${a.type})`,
  conflicts: { alliances_partner_unique: { path: 'partnerId', message: 'this partner already has an alliance' } },
};

const TICK: AuditedKind<TickRow> = {
  entityType: 'alliance_checklist_tick',
  partnerIdOf: (t) => t.partnerId,
  labelOf: (t) => `${t.itemKey} (${t.side})`,
};

const QUALIFICATION: AuditedKind<QualificationRow> = {
  entityType: 'alliance_qualification',
  partnerIdOf: (q) => q.partnerId,
  labelOf: (q) => `Qualification by the ${q.side} (${q.scorePercent}%)`,
};

type PartnerRef = { id: string; name: string; ownerId: string | null };

async function partnerRefs(c: TxCtx, ids: readonly string[]): Promise<Map<string, PartnerRef>> {
  const found = await findPartnersByReference(c, [...new Set(ids)]);
  const out = new Map<string, PartnerRef>();
  for (const id of new Set(ids)) {
    const match = found.get(id.toLowerCase())?.find((p) => p.id === id.toLowerCase());
    if (match) out.set(id, match);
  }
  return out;
}

/** The partner, if the caller can see it; another partner's answers like a missing one. */
async function partnerRef(c: TxCtx, id: string): Promise<PartnerRef> {
  const ref = (await partnerRefs(c, [id])).get(id);
  if (!ref) throw notFound('Partner');
  return ref;
}

async function todayOf(ctx: Ctx): Promise<IsoDate> {
  return localDateOf(ctx.now, (await getSettings(ctx)).timeZone);
}

// ——— DTOs ———

export type PartnerSponsor = { kind: 'user' | 'contact'; id: string; name: string; email: string; title: string };
export type TickDto = { done: boolean; note: string; by: PersonSummary | null; at: Date };
export type StageDto = StageProgress & {
  current: boolean;
  items: { key: string; label: string; vendor: TickDto | null; partner: TickDto | null }[];
};
export type PhaseChangeDto = {
  fromPhase: AlliancePhase | null;
  toPhase: AlliancePhase;
  note: string;
  actor: PersonSummary | null;
  occurredAt: Date;
};
/** A sponsor named, replaced or ended on one side, read from the alliance's audit trail. */
export type SponsorChangeDto = {
  side: Side;
  from: { name: string } | null;
  to: { name: string } | null;
  note: string;
  actor: PersonSummary | null;
  occurredAt: Date;
};
export type QualificationSummary = QualificationResult & {
  lastRunAt: Date;
  /** The annual re-run falls due on this day (twelve months after the latest run). */
  dueOn: IsoDate;
  overdue: boolean;
};

export type AllianceDto = {
  id: string;
  partnerId: string;
  partnerName: string;
  type: AllianceType;
  phase: AlliancePhase;
  stage: DevelopmentStage;
  startedAt: Date;
  startedBy: PersonSummary | null;
  sponsors: { vendor: PersonSummary | null; partner: PartnerSponsor | null };
  sponsorsNamed: number;
  design: CommercialDesign;
  designChecks: DimensionCheck[];
  designExplicit: number;
  stages: StageDto[];
  phaseHistory: PhaseChangeDto[];
  /** Every sponsor named, replaced or ended, newest first (a sponsor who left stays in it). */
  sponsorHistory: SponsorChangeDto[];
  qualification: QualificationSummary | null;
  can: AlliancePermissions;
  createdAt: Date;
  updatedAt: Date;
};

async function loadAlliance(c: TxCtx, partnerId: string, lock = false): Promise<AllianceRow> {
  const query = c.tx
    .select()
    .from(alliances)
    .where(and(eq(alliances.partnerId, partnerId), partnerFilter(c, alliances.partnerId)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw notFound('Alliance');
  return row;
}

async function partnerSponsorOf(c: TxCtx, row: AllianceRow): Promise<PartnerSponsor | null> {
  if (row.partnerSponsorUserId) {
    const person = (await personSummaries(c, [row.partnerSponsorUserId])).get(row.partnerSponsorUserId);
    return person ? { kind: 'user', id: person.id, name: person.name, email: person.email, title: '' } : null;
  }
  if (row.partnerSponsorContactId) {
    const contact = (await listContacts(c, row.partnerId)).find((x) => x.id === row.partnerSponsorContactId);
    return contact ? { kind: 'contact', id: contact.id, name: contact.name, email: contact.email, title: contact.title } : null;
  }
  return null;
}

const sponsorsOf = (row: AllianceRow) => ({
  vendor: row.vendorSponsorId !== null,
  partner: row.partnerSponsorUserId !== null || row.partnerSponsorContactId !== null,
});

/** The latest run of each side, and the combined result, for the partners asked. */
async function currentQualifications(
  c: TxCtx,
  partnerIds: readonly string[],
  today: IsoDate,
): Promise<Map<string, QualificationSummary>> {
  if (partnerIds.length === 0) return new Map();
  const latest = await c.tx
    .selectDistinctOn([allianceQualifications.partnerId, allianceQualifications.side])
    .from(allianceQualifications)
    .where(and(inArray(allianceQualifications.partnerId, [...partnerIds]), partnerFilter(c, allianceQualifications.partnerId)))
    .orderBy(
      allianceQualifications.partnerId,
      allianceQualifications.side,
      desc(allianceQualifications.assessedAt),
      desc(allianceQualifications.id),
    );
  const out = new Map<string, QualificationSummary>();
  for (const id of new Set(latest.map((r) => r.partnerId))) {
    const vendor = latest.find((r) => r.partnerId === id && r.side === 'vendor');
    const partner = latest.find((r) => r.partnerId === id && r.side === 'partner');
    const result = qualify(vendor ? scoresOf(vendor) : null, partner ? scoresOf(partner) : null);
    if (!result) continue;
    const lastRunAt = [vendor, partner].reduce<Date>((max, r) => (r && r.assessedAt > max ? r.assessedAt : max), new Date(0));
    const dueOn = qualificationDueOn(localDateOf(lastRunAt, 'UTC')) as IsoDate;
    out.set(id, { ...result, lastRunAt, dueOn, overdue: dueOn <= today });
  }
  return out;
}

function scoresOf(row: QualificationRow): Scores {
  return Object.fromEntries(QUALIFICATION_DIMENSIONS.map((d) => [d, row.scores[d]?.score ?? 1])) as Scores;
}

type SponsorRef = { kind: 'user' | 'contact'; id: string } | null;
const SPONSOR_LINE = 'Executive sponsor';

/** Each side's sponsor in a stored alliance snapshot (an audit entry's before or after). */
function sponsorRefs(snapshot: Record<string, unknown> | null): { vendor: SponsorRef; partner: SponsorRef } {
  const id = (key: string) => (typeof snapshot?.[key] === 'string' ? (snapshot[key] as string) : null);
  const vendor = id('vendorSponsorId');
  const user = id('partnerSponsorUserId');
  const contact = id('partnerSponsorContactId');
  return {
    vendor: vendor ? { kind: 'user', id: vendor } : null,
    partner: user ? { kind: 'user', id: user } : contact ? { kind: 'contact', id: contact } : null,
  };
}

const sameSponsor = (a: SponsorRef, b: SponsorRef) => a?.kind === b?.kind && a?.id === b?.id;

/**
 * The sponsors' history from the alliance's audit trail: each entry that named, replaced or ended
 * a side's sponsor, with the note given (kept in the entry's summary after " — "), newest first.
 */
async function sponsorHistoryOf(c: TxCtx, row: AllianceRow): Promise<SponsorChangeDto[]> {
  const trail = await auditTrailOf(c, ALLIANCE.entityType, row.id);
  const changes: { side: Side; from: SponsorRef; to: SponsorRef; note: string; actorId: string | null; occurredAt: Date }[] = [];
  for (const entry of trail) {
    const before = sponsorRefs(entry.action === 'create' ? null : entry.before);
    const after = sponsorRefs(entry.after);
    const note = entry.summary.startsWith(SPONSOR_LINE) ? entry.summary.split(' — ').slice(1).join(' — ') : '';
    for (const side of ['vendor', 'partner'] as const) {
      if (!sameSponsor(before[side], after[side]))
        changes.push({ side, from: before[side], to: after[side], note, actorId: entry.actorId, occurredAt: entry.occurredAt });
    }
  }
  if (changes.length === 0) return [];
  const refs = changes.flatMap((x) => [x.from, x.to]);
  const people = await personSummaries(c, [
    ...refs.flatMap((r) => (r?.kind === 'user' ? [r.id] : [])),
    ...changes.map((x) => x.actorId),
  ]);
  const contacts = refs.some((r) => r?.kind === 'contact') ? await listContacts(c, row.partnerId) : [];
  const nameOf = (r: SponsorRef) =>
    r === null
      ? null
      : {
          name:
            (r.kind === 'user' ? people.get(r.id)?.name : contacts.find((x) => x.id === r.id)?.name) ??
            (r.kind === 'user' ? 'A former user' : 'A former contact'),
        };
  return changes
    .map((x) => ({
      side: x.side,
      from: nameOf(x.from),
      to: nameOf(x.to),
      note: x.note,
      actor: x.actorId ? (people.get(x.actorId) ?? null) : null,
      occurredAt: x.occurredAt,
    }))
    .reverse();
}

async function toAllianceDto(c: TxCtx, row: AllianceRow): Promise<AllianceDto> {
  const partner = await partnerRef(c, row.partnerId);
  const [ticks, phases] = await Promise.all([
    c.tx
      .select()
      .from(allianceChecklistTicks)
      .where(and(eq(allianceChecklistTicks.partnerId, row.partnerId), partnerFilter(c, allianceChecklistTicks.partnerId))),
    c.tx
      .select()
      .from(alliancePhaseChanges)
      .where(and(eq(alliancePhaseChanges.partnerId, row.partnerId), partnerFilter(c, alliancePhaseChanges.partnerId)))
      .orderBy(desc(alliancePhaseChanges.occurredAt), desc(alliancePhaseChanges.id)),
  ]);
  const people = await personSummaries(c, [
    row.vendorSponsorId,
    row.startedById,
    ...ticks.map((t) => t.byId),
    ...phases.map((p) => p.actorId),
  ]);
  const person = (id: string | null) => (id ? (people.get(id) ?? null) : null);
  const tickOf = (key: string, side: Side): TickDto | null => {
    const t = ticks.find((x) => x.itemKey === key && x.side === side);
    return t ? { done: t.done, note: t.note, by: person(t.byId), at: t.at } : null;
  };
  const progress = stageProgress(ticks);
  const stages = progress.map((p) => ({
    ...p,
    current: p.stage === row.stage,
    items: CHECKLIST.filter((i) => i.stage === p.stage).map((i) => ({
      key: i.key,
      label: i.label,
      vendor: tickOf(i.key, 'vendor'),
      partner: tickOf(i.key, 'partner'),
    })),
  }));
  const sponsorHistory = await sponsorHistoryOf(c, row);
  const sponsors = sponsorsOf(row);
  const designChecks = checkDesign(row.design, sponsors);
  const qualification = (await currentQualifications(c, [row.partnerId], await todayOf(c))).get(row.partnerId) ?? null;
  return {
    id: row.id,
    partnerId: row.partnerId,
    partnerName: partner.name,
    type: row.type,
    phase: row.phase,
    stage: row.stage,
    startedAt: row.startedAt,
    startedBy: person(row.startedById),
    sponsors: { vendor: person(row.vendorSponsorId), partner: await partnerSponsorOf(c, row) },
    sponsorsNamed: Number(sponsors.vendor) + Number(sponsors.partner),
    design: row.design,
    designChecks,
    designExplicit: explicitCount(designChecks),
    stages,
    phaseHistory: phases.map((p) => ({
      fromPhase: p.fromPhase,
      toPhase: p.toPhase,
      note: p.note,
      actor: person(p.actorId),
      occurredAt: p.occurredAt,
    })),
    sponsorHistory,
    qualification,
    can: alliancePermissions(policyActor(c), partner),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export async function getAlliance(ctx: Ctx, partnerId: string): Promise<AllianceDto> {
  return withTx(ctx, async (c) => toAllianceDto(c, await loadAlliance(c, partnerId)));
}

/**
 * The alliance with a partner, or null when none was started: for pages that show either (the
 * partner page's card, the workspace) without a 404 for an alliance that simply does not exist
 * yet. The partner itself must be in the caller's scope (404 otherwise, like a missing one).
 */
export async function allianceOrNone(ctx: Ctx, partnerId: string): Promise<{ partnerId: string; alliance: AllianceDto | null }> {
  return withTx(ctx, async (c) => {
    const partner = await partnerRef(c, partnerId);
    const [row] = await c.tx
      .select()
      .from(alliances)
      .where(and(eq(alliances.partnerId, partnerId), partnerFilter(c, alliances.partnerId)));
    return { partnerId: partner.id, alliance: row ? await toAllianceDto(c, row) : null };
  });
}

// ——— Sponsors ———

type SponsorInput = {
  vendorSponsorId?: string | null;
  partnerSponsorUserId?: string | null;
  partnerSponsorContactId?: string | null;
};

/** The named sponsors exist and belong to their side; every bad reference is named at once. */
async function assertSponsors(c: TxCtx, partnerId: string, input: SponsorInput): Promise<void> {
  const problems: FieldError[] = [];
  if (input.partnerSponsorUserId && input.partnerSponsorContactId) {
    problems.push({ path: 'partnerSponsorContactId', message: 'name the partner’s sponsor once: a user or a contact' });
  }
  if (input.vendorSponsorId) {
    await assertVendorUser(c, input.vendorSponsorId, ['executive', 'admin', 'partner_manager'], 'vendorSponsorId').catch(
      (e: AppError) => problems.push(...(e.errors ?? [])),
    );
  }
  if (input.partnerSponsorUserId) {
    const people = await activePartnerUsers(c, partnerId, ['partner_admin', 'partner_user']);
    if (!people.includes(input.partnerSponsorUserId)) {
      problems.push({ path: 'partnerSponsorUserId', message: 'must be an active user of this partner' });
    }
  }
  if (input.partnerSponsorContactId) {
    const contacts = await listContacts(c, partnerId);
    if (!contacts.some((x) => x.id === input.partnerSponsorContactId && x.side === 'partner')) {
      problems.push({ path: 'partnerSponsorContactId', message: 'must be a contact of this partner' });
    }
  }
  if (problems.length > 0) throw validation(problems);
}

function validation(problems: FieldError[]): AppError {
  return new AppError('VALIDATION_FAILED', problems.map((p) => `${p.path}: ${p.message}`).join('; '), { errors: problems });
}

/** Naming one kind of partner sponsor clears the other. */
function partnerSponsorPatch(input: SponsorInput): Partial<AllianceRow> {
  if (input.partnerSponsorUserId !== undefined && input.partnerSponsorUserId !== null) {
    return { partnerSponsorUserId: input.partnerSponsorUserId, partnerSponsorContactId: null };
  }
  if (input.partnerSponsorContactId !== undefined && input.partnerSponsorContactId !== null) {
    return { partnerSponsorContactId: input.partnerSponsorContactId, partnerSponsorUserId: null };
  }
  const out: Partial<AllianceRow> = {};
  if (input.partnerSponsorUserId === null) out.partnerSponsorUserId = null;
  if (input.partnerSponsorContactId === null) out.partnerSponsorContactId = null;
  return out;
}

// ——— Start and change ———

export type StartInput = SponsorInput & { type: AllianceType; phase?: AlliancePhase; note?: string };

/**
 * A partner's manager starts its alliance (one per partner, 409 naming `partnerId`): its type,
 * its ASAP phase (default: value-creating negotiations, where most alliances are when someone
 * records them) and its sponsors; the development stages start at the strategic fit assessment.
 */
export async function startAlliance(ctx: Ctx, partnerId: string, input: StartInput): Promise<AllianceDto> {
  return withTx(ctx, async (c) => {
    const partner = await partnerRef(c, partnerId);
    if (!mayStartAlliance(policyActor(c), partner)) throw forbidden("Only an admin or the partner's manager starts its alliance");
    await assertSponsors(c, partnerId, input);
    const phase = input.phase ?? 'negotiation';
    const design = emptyDesign();
    const sponsors = {
      vendor: Boolean(input.vendorSponsorId),
      partner: Boolean(input.partnerSponsorUserId || input.partnerSponsorContactId),
    };
    const row = await insertAudited(
      c,
      alliances,
      {
        partnerId,
        type: input.type,
        phase,
        stage: 'strategic_fit',
        vendorSponsorId: input.vendorSponsorId ?? null,
        partnerSponsorUserId: input.partnerSponsorUserId ?? null,
        partnerSponsorContactId: input.partnerSponsorContactId ?? null,
        design,
        designExplicit: explicitCount(checkDesign(design, sponsors)),
        startedAt: c.now,
        startedById: actorUserId(c),
        createdAt: c.now,
        updatedAt: c.now,
      },
      ALLIANCE,
      { event: 'alliance.started', summary: `Started the alliance with ${partner.name}`, eventData: { type: input.type, phase } },
    );
    await c.tx.insert(alliancePhaseChanges).values({
      partnerId,
      fromPhase: null,
      toPhase: phase,
      note: input.note ?? '',
      actorId: actorUserId(c),
      occurredAt: c.now,
    });
    return toAllianceDto(c, row);
  });
}

export type AlliancePatch = SponsorInput & {
  type?: AllianceType;
  phase?: AlliancePhase;
  /** Why the phase moved (kept in its history). */
  phaseNote?: string;
  /** Why a sponsor changed or ended ("left the company"), kept in the sponsors' history. */
  sponsorNote?: string;
  stage?: DevelopmentStage;
};

const PARTNER_SIDE_FIELDS = ['partnerSponsorUserId', 'partnerSponsorContactId', 'sponsorNote'];

/**
 * Changes the alliance. The partner's admin may change only its own sponsor (403 naming the other
 * fields); a phase move is kept in the phase history with its note; the stage moves on only once
 * both sides completed the stage it leaves (alliances.rules.ts `mayMoveToStage`, 422 naming `stage`).
 */
export async function updateAlliance(ctx: Ctx, partnerId: string, patch: AlliancePatch): Promise<AllianceDto> {
  return withTx(ctx, async (c) => {
    const partner = await partnerRef(c, partnerId);
    const before = await loadAlliance(c, partnerId, true);
    const can = alliancePermissions(policyActor(c), partner);
    const fields = Object.keys(patch).filter((k) => patch[k as keyof AlliancePatch] !== undefined);
    if (!can.edit) {
      const refused = fields.filter((f) => !PARTNER_SIDE_FIELDS.includes(f));
      if (!can.editPartnerSide) throw forbidden('You may not change this alliance');
      if (refused.length > 0) {
        throw forbidden(
          'The partner changes only its own side of the alliance',
          refused.map((path) => ({ path, message: 'is the vendor’s side' })),
        );
      }
    }
    await assertSponsors(c, partnerId, patch);
    if (patch.stage && patch.stage !== before.stage) {
      const ticks = await c.tx.select().from(allianceChecklistTicks).where(eq(allianceChecklistTicks.partnerId, partnerId));
      const decision = mayMoveToStage(before.stage, patch.stage, stageProgress(ticks));
      if (!decision.allowed)
        throw new AppError('INVALID_TRANSITION', `stage: ${decision.reason}`, {
          errors: [{ path: 'stage', message: decision.reason }],
        });
    }
    const set: Partial<AllianceRow> = { ...partnerSponsorPatch(patch), updatedAt: c.now };
    if (patch.type) set.type = patch.type;
    if (patch.phase) set.phase = patch.phase;
    if (patch.stage) set.stage = patch.stage;
    if (patch.vendorSponsorId !== undefined) set.vendorSponsorId = patch.vendorSponsorId;
    const next = { ...before, ...set };
    set.designExplicit = explicitCount(checkDesign(next.design, sponsorsOf(next)));
    const phaseMoved = patch.phase !== undefined && patch.phase !== before.phase;
    const stageMoved = patch.stage !== undefined && patch.stage !== before.stage;
    const sponsorsBefore = sponsorRefs(before);
    const sponsorsAfter = sponsorRefs(next);
    const sponsorSides = (['vendor', 'partner'] as const).filter(
      (side) => !sameSponsor(sponsorsBefore[side], sponsorsAfter[side]),
    );
    const sponsorSummary =
      sponsorSides.length > 0
        ? `${SPONSOR_LINE} ${sponsorSides
            .map((side) => `${side} ${sponsorsAfter[side] ? (sponsorsBefore[side] ? 'replaced' : 'named') : 'ended'}`)
            .join(', ')}${patch.sponsorNote ? ` — ${patch.sponsorNote}` : ''}`
        : undefined;
    const after = await updateAudited(c, alliances, before, set, ALLIANCE, {
      ...(phaseMoved
        ? { event: 'alliance.phase_changed', eventData: { from: before.phase, to: patch.phase, note: patch.phaseNote ?? '' } }
        : stageMoved
          ? { event: 'alliance.stage_changed', eventData: { from: before.stage, to: patch.stage } }
          : sponsorSides.length > 0
            ? { eventData: { sponsors: sponsorSides, note: patch.sponsorNote ?? '' } }
            : {}),
      ...(sponsorSummary ? { summary: sponsorSummary } : {}),
    });
    if (phaseMoved) {
      await c.tx.insert(alliancePhaseChanges).values({
        partnerId,
        fromPhase: before.phase,
        toPhase: after.phase,
        note: patch.phaseNote ?? '',
        actorId: actorUserId(c),
        occurredAt: c.now,
      });
    }
    return toAllianceDto(c, after);
  });
}

// ——— Commercial design ———

export type DesignPatch = {
  valueProposition?: CommercialDesign['valueProposition'];
  marketScope?: CommercialDesign['marketScope'];
  investment?: Partial<CommercialDesign['investment']>;
  governance?: CommercialDesign['governance'];
  performance?: CommercialDesign['performance'];
  valueCapture?: Partial<CommercialDesign['valueCapture']>;
};

/**
 * Saves parts of the commercial design (each part sent replaces that part) and re-checks every
 * dimension for being explicit. The partner's admin sends only its own side's investment and
 * value capture (403 naming the rest).
 */
export async function updateDesign(ctx: Ctx, partnerId: string, patch: DesignPatch): Promise<AllianceDto> {
  return withTx(ctx, async (c) => {
    const partner = await partnerRef(c, partnerId);
    const before = await loadAlliance(c, partnerId, true);
    const can = alliancePermissions(policyActor(c), partner);
    if (!can.editPartnerSide) throw forbidden('You may not change this alliance’s design');
    if (!can.edit) {
      const refused = [
        ...Object.keys(patch).filter((k) => k !== 'investment' && k !== 'valueCapture'),
        ...(patch.investment?.vendor ? ['investment.vendor'] : []),
        ...(patch.valueCapture?.vendor ? ['valueCapture.vendor'] : []),
      ];
      if (refused.length > 0) {
        throw forbidden(
          'The partner changes only its own side of the design',
          refused.map((path) => ({ path, message: 'is the vendor’s side' })),
        );
      }
    }
    const problems = [
      ...valueCaptureProblems(patch.valueCapture?.vendor ?? [], 'valueCapture.vendor'),
      ...valueCaptureProblems(patch.valueCapture?.partner ?? [], 'valueCapture.partner'),
    ];
    if (problems.length > 0) throw validation(problems);
    const design: CommercialDesign = {
      ...before.design,
      ...(patch.valueProposition ? { valueProposition: patch.valueProposition } : {}),
      ...(patch.marketScope ? { marketScope: patch.marketScope } : {}),
      ...(patch.governance ? { governance: patch.governance } : {}),
      ...(patch.performance ? { performance: patch.performance } : {}),
      investment: { ...before.design.investment, ...patch.investment },
      valueCapture: { ...before.design.valueCapture, ...patch.valueCapture },
    };
    const checks = checkDesign(design, sponsorsOf(before));
    const after = await updateAudited(
      c,
      alliances,
      before,
      { design, designExplicit: explicitCount(checks), updatedAt: c.now },
      ALLIANCE,
      {
        event: 'alliance.design_changed',
        summary: `Changed the commercial design with ${partner.name}`,
        eventData: { parts: Object.keys(patch), explicit: explicitCount(checks) },
      },
    );
    return toAllianceDto(c, after);
  });
}

// ——— Checklist ———

/**
 * Ticks (or unticks) one checklist item for the caller's own side, with a note: the evidence that
 * side took part. A partner's people tick the partner's side, vendor staff the vendor's.
 */
export async function tickChecklistItem(
  ctx: Ctx,
  partnerId: string,
  itemKey: string,
  input: { done: boolean; note?: string },
): Promise<AllianceDto> {
  return withTx(ctx, async (c) => {
    const partner = await partnerRef(c, partnerId);
    const row = await loadAlliance(c, partnerId, true);
    const actor = policyActor(c);
    if (!alliancePermissions(actor, partner).tick) throw forbidden('You may not tick this alliance’s checklist');
    if (!CHECKLIST.some((i) => i.key === itemKey)) throw invalidField('item', 'is not a checklist item');
    const side = sideOf(actor);
    const [existing] = await c.tx
      .select()
      .from(allianceChecklistTicks)
      .where(
        and(
          eq(allianceChecklistTicks.partnerId, partnerId),
          eq(allianceChecklistTicks.itemKey, itemKey),
          eq(allianceChecklistTicks.side, side),
        ),
      )
      .for('update');
    const values = { done: input.done, note: input.note ?? '', byId: actorUserId(c), at: c.now, updatedAt: c.now };
    const note = {
      event: input.done ? 'alliance.checklist_ticked' : 'alliance.checklist_unticked',
      eventData: { item: itemKey, side, stage: itemKey.split('.')[0] },
    };
    if (existing) await updateAudited(c, allianceChecklistTicks, existing, values, TICK, note);
    else await insertAudited(c, allianceChecklistTicks, { partnerId, itemKey, side, ...values, createdAt: c.now }, TICK, note);
    return toAllianceDto(c, row);
  });
}

// ——— Portfolio list ———

export type AllianceSummaryDto = {
  id: string;
  partnerId: string;
  partnerName: string;
  type: AllianceType;
  phase: AlliancePhase;
  stage: DevelopmentStage;
  sponsorsNamed: number;
  designExplicit: number;
  recommendation: QualificationResult['recommendation'] | null;
  qualificationScore: number | null;
  qualificationDueOn: IsoDate | null;
  startedAt: Date;
  updatedAt: Date;
};

export type ListQuery = {
  limit: number;
  cursor?: string;
  sort: 'startedAt' | '-startedAt' | 'updatedAt' | '-updatedAt';
  type?: AllianceType[];
  phase?: AlliancePhase[];
  stage?: DevelopmentStage[];
};

export async function listAlliances(ctx: Ctx, query: ListQuery): Promise<Page<AllianceSummaryDto>> {
  return withTx(ctx, async (c) => {
    const page = keyset(
      'alliances',
      query.sort,
      { startedAt: alliances.startedAt, updatedAt: alliances.updatedAt },
      alliances.id,
      query.cursor,
    );
    const where: (SQL | undefined)[] = [
      partnerFilter(c, alliances.partnerId),
      page.where,
      query.type ? inArray(alliances.type, query.type) : undefined,
      query.phase ? inArray(alliances.phase, query.phase) : undefined,
      query.stage ? inArray(alliances.stage, query.stage) : undefined,
    ];
    const rows = await c.tx
      .select()
      .from(alliances)
      .where(and(...where))
      .orderBy(...page.orderBy)
      .limit(query.limit + 1);
    const ids = rows.map((r) => r.partnerId);
    const [partners, qualifications] = await Promise.all([partnerRefs(c, ids), currentQualifications(c, ids, await todayOf(c))]);
    const data = rows.map((r): AllianceSummaryDto => {
      const q = qualifications.get(r.partnerId);
      const s = sponsorsOf(r);
      return {
        id: r.id,
        partnerId: r.partnerId,
        partnerName: partners.get(r.partnerId)?.name ?? '',
        type: r.type,
        phase: r.phase,
        stage: r.stage,
        sponsorsNamed: Number(s.vendor) + Number(s.partner),
        designExplicit: r.designExplicit,
        recommendation: q?.recommendation ?? null,
        qualificationScore: q?.scorePercent ?? null,
        qualificationDueOn: q?.dueOn ?? null,
        startedAt: r.startedAt,
        updatedAt: r.updatedAt,
      };
    });
    return toPage(data, query.limit, (last) => page.cursorOf(last as unknown as { id: string } & Record<string, unknown>));
  });
}

// ——— Strategic qualification test ———

export type QualificationInput = {
  scores: Record<QualificationDimension, DimensionScore>;
  summary?: string;
};

export type QualificationRunDto = {
  id: string;
  partnerId: string;
  side: Side;
  scores: Record<QualificationDimension, DimensionScore>;
  summary: string;
  assessedBy: PersonSummary | null;
  assessedAt: Date;
  recommendation: QualificationResult['recommendation'];
  provisional: boolean;
  scorePercent: number;
  reasons: string[];
};

function toRunDto(row: QualificationRow, people: Map<string, PersonSummary>): QualificationRunDto {
  return {
    id: row.id,
    partnerId: row.partnerId,
    side: row.side,
    scores: row.scores,
    summary: row.summary,
    assessedBy: row.assessedById ? (people.get(row.assessedById) ?? null) : null,
    assessedAt: row.assessedAt,
    recommendation: row.recommendation,
    provisional: row.provisional,
    scorePercent: row.scorePercent,
    reasons: row.reasons,
  };
}

/**
 * One side scores the four dimensions (the caller's side: the vendor's manager for the vendor,
 * the partner's admin through the portal). The run keeps the combined result with the other
 * side's latest run at that moment; the partner's run tells its manager.
 */
export async function submitQualification(ctx: Ctx, partnerId: string, input: QualificationInput): Promise<QualificationRunDto> {
  return withTx(ctx, async (c) => {
    const partner = await partnerRef(c, partnerId);
    const actor = policyActor(c);
    if (!alliancePermissions(actor, partner).qualify) throw forbidden('You may not score this partner’s qualification test');
    const side = sideOf(actor);
    const [other] = await c.tx
      .select()
      .from(allianceQualifications)
      .where(
        and(
          eq(allianceQualifications.partnerId, partnerId),
          eq(allianceQualifications.side, side === 'vendor' ? 'partner' : 'vendor'),
        ),
      )
      .orderBy(desc(allianceQualifications.assessedAt), desc(allianceQualifications.id))
      .limit(1);
    const mine = Object.fromEntries(QUALIFICATION_DIMENSIONS.map((d) => [d, input.scores[d].score])) as Scores;
    const theirs = other ? scoresOf(other) : null;
    const result = qualify(side === 'vendor' ? mine : theirs, side === 'partner' ? mine : theirs);
    if (!result) throw new Error('unreachable: one side scored');
    const row = await insertAudited(
      c,
      allianceQualifications,
      {
        partnerId,
        side,
        scores: input.scores,
        summary: input.summary ?? '',
        assessedById: actorUserId(c),
        assessedAt: c.now,
        recommendation: result.recommendation,
        provisional: result.provisional,
        scorePercent: result.scorePercent,
        reasons: result.reasons,
        createdAt: c.now,
      },
      QUALIFICATION,
      {
        event: 'alliance_qualification.submitted',
        summary: `Scored the strategic qualification test of ${partner.name} (${side})`,
        eventData: {
          side,
          recommendation: result.recommendation,
          scorePercent: result.scorePercent,
          provisional: result.provisional,
        },
      },
    );
    if (side === 'partner' && partner.ownerId) {
      await notify(c, {
        to: [partner.ownerId],
        kind: 'alliances.partner_qualified',
        title: `${partner.name} scored the strategic qualification test`,
        body: `Combined: ${result.scorePercent}% — ${result.recommendation === 'strategic_candidate' ? 'strategic candidate' : 'premier tier only'}.`,
        link: `/alliances/${partnerId}`,
        entity: { type: 'alliance_qualification', id: row.id },
        partnerId,
      });
    }
    return toRunDto(row, await personSummaries(c, [row.assessedById]));
  });
}

/** Every run of the partner's qualification test, newest first, and the combined result now. */
export async function listQualifications(
  ctx: Ctx,
  partnerId: string,
): Promise<{ data: QualificationRunDto[]; current: QualificationSummary | null }> {
  return withTx(ctx, async (c) => {
    await partnerRef(c, partnerId);
    const rows = await c.tx
      .select()
      .from(allianceQualifications)
      .where(and(eq(allianceQualifications.partnerId, partnerId), partnerFilter(c, allianceQualifications.partnerId)))
      .orderBy(desc(allianceQualifications.assessedAt), desc(allianceQualifications.id));
    const people = await personSummaries(
      c,
      rows.map((r) => r.assessedById),
    );
    const current = (await currentQualifications(c, [partnerId], await todayOf(c))).get(partnerId) ?? null;
    return { data: rows.map((r) => toRunDto(r, people)), current };
  });
}

// ——— The annual re-run reminder ———

/**
 * The daily job: every alliance whose latest qualification run is twelve months old tells the
 * partner's manager, once per due period (`needsRerunReminder`). Safe to run twice.
 */
export async function remindQualificationReruns(ctx: Ctx): Promise<{ reminded: number }> {
  return withTx(ctx, async (c) => {
    const today = await todayOf(c);
    const rows = await c.tx
      .select({
        alliance: alliances,
        lastRunAt: sql<
          Date | string | null
        >`(select max(q.assessed_at) from ${allianceQualifications} q where q.partner_id = ${alliances.partnerId})`,
      })
      .from(alliances)
      .orderBy(asc(alliances.id))
      .for('update', { of: alliances });
    const due = rows.filter((r) =>
      needsRerunReminder(
        r.lastRunAt ? localDateOf(new Date(r.lastRunAt), 'UTC') : null,
        r.alliance.qualificationRemindedOn,
        today,
      ),
    );
    const partners = await partnerRefs(
      c,
      due.map((r) => r.alliance.partnerId),
    );
    for (const { alliance, lastRunAt } of due) {
      const partner = partners.get(alliance.partnerId);
      if (!partner) continue;
      await updateAudited(c, alliances, alliance, { qualificationRemindedOn: today }, ALLIANCE, {
        event: 'alliance.qualification_due',
        summary: `The annual qualification re-run of ${partner.name} is due`,
        eventData: { lastRunOn: lastRunAt ? localDateOf(new Date(lastRunAt), 'UTC') : null },
      });
      const to = partner.ownerId ?? alliance.vendorSponsorId;
      if (to) {
        await notify(c, {
          to: [to],
          kind: 'alliances.qualification_due',
          title: `Re-run the strategic qualification test of ${partner.name}`,
          body: 'Its last run is more than twelve months old: score the four dimensions again at the annual review.',
          link: `/alliances/${partner.id}`,
          entity: { type: 'alliance', id: alliance.id },
          partnerId: partner.id,
        });
      }
    }
    return { reminded: due.length };
  });
}

// ——— Metrics (set-based, for tiers, milestones, the alerts and the portfolio) ———

const idsFilter = (column: typeof alliances.partnerId, ids: readonly string[] | 'all') =>
  ids === 'all' ? undefined : inArray(column, [...ids]);

type AllianceAsOf = Pick<
  AllianceRow,
  'partnerId' | 'vendorSponsorId' | 'partnerSponsorUserId' | 'partnerSponsorContactId' | 'designExplicit'
>;

/**
 * The alliances started by `asOf`, each as it stood then: the row itself when it has not changed
 * since, otherwise its last audited snapshot on or before `asOf` (the audit log keeps every
 * version of the record, decision 0172). Two queries, whatever the number of partners.
 */
function alliancesAsOf(c: TxCtx, ids: readonly string[] | 'all', asOf: Date): Promise<AllianceAsOf[]> {
  // Read once per portfolio computation by the two alliances.* metrics of the health score (decision 0323).
  return sharedRead(c, `alliances.as_of:${idsKey(ids)}:${asOf.toISOString()}`, () => alliancesAsOfRead(c, ids, asOf));
}

async function alliancesAsOfRead(c: TxCtx, ids: readonly string[] | 'all', asOf: Date): Promise<AllianceAsOf[]> {
  const rows = await c.tx
    .select({
      id: alliances.id,
      partnerId: alliances.partnerId,
      vendorSponsorId: alliances.vendorSponsorId,
      partnerSponsorUserId: alliances.partnerSponsorUserId,
      partnerSponsorContactId: alliances.partnerSponsorContactId,
      designExplicit: alliances.designExplicit,
      updatedAt: alliances.updatedAt,
    })
    .from(alliances)
    .where(and(idsFilter(alliances.partnerId, ids), lte(alliances.startedAt, asOf), partnerFilter(c, alliances.partnerId)));
  const changed = rows.filter((r) => r.updatedAt > asOf).map((r) => r.id);
  const then = await snapshotsAsOf(c, ALLIANCE.entityType, changed, asOf);
  return rows.map(({ id, updatedAt: _u, ...now }) => {
    const past = then.get(id);
    if (!past) return now;
    const ref = (key: string) => (typeof past[key] === 'string' ? (past[key] as string) : null);
    return {
      partnerId: now.partnerId,
      vendorSponsorId: ref('vendorSponsorId'),
      partnerSponsorUserId: ref('partnerSponsorUserId'),
      partnerSponsorContactId: ref('partnerSponsorContactId'),
      designExplicit: Number(past.designExplicit ?? now.designExplicit),
    };
  });
}

/** Sides with a named executive sponsor, 0–2, as they were at `asOf`, for partners with an alliance started by then. */
export async function sponsorsNamedMetric(c: TxCtx, ids: readonly string[] | 'all', asOf: Date): Promise<Map<string, number>> {
  if (ids !== 'all' && ids.length === 0) return new Map();
  const rows = await alliancesAsOf(c, ids, asOf);
  return new Map(rows.map((r) => [r.partnerId, sponsorSides(r)]));
}

/** Commercial dimensions designed explicitly, 0–5, as they were at `asOf` (the explicitness rule's answer at the save before). */
export async function designExplicitMetric(c: TxCtx, ids: readonly string[] | 'all', asOf: Date): Promise<Map<string, number>> {
  if (ids !== 'all' && ids.length === 0) return new Map();
  const rows = await alliancesAsOf(c, ids, asOf);
  return new Map(rows.map((r) => [r.partnerId, r.designExplicit]));
}

/** The combined score (percent) of the latest qualification run on or before `asOf`. */
export async function qualificationScoreMetric(
  c: TxCtx,
  ids: readonly string[] | 'all',
  asOf: Date,
): Promise<Map<string, number>> {
  if (ids !== 'all' && ids.length === 0) return new Map();
  const rows = await c.tx
    .selectDistinctOn([allianceQualifications.partnerId], {
      id: allianceQualifications.partnerId,
      value: allianceQualifications.scorePercent,
    })
    .from(allianceQualifications)
    .where(
      and(
        ids === 'all' ? undefined : inArray(allianceQualifications.partnerId, [...ids]),
        lte(allianceQualifications.assessedAt, asOf),
        partnerFilter(c, allianceQualifications.partnerId),
      ),
    )
    .orderBy(allianceQualifications.partnerId, desc(allianceQualifications.assessedAt), desc(allianceQualifications.id));
  return new Map(rows.map((r) => [r.id, r.value]));
}
