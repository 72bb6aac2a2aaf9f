import { createHash, randomBytes } from 'node:crypto';
import { and, desc, eq, gt, inArray, isNull, lte, max, sql } from 'drizzle-orm';
import { anyId } from '../../db/any-id.js';
import type { Db } from '../../db/database.js';
import { keyset } from '../../db/keyset.js';
import { loadScoped } from '../../db/load.js';
import { partnerFilter, withTx } from '../../db/scope.js';
import { assertNotThrottled, type CountPolicy } from '../../server/throttle.js';
import { actorUserId, type Ctx, policyActor, systemCtx, type TxCtx } from '../../shared/context.js';
import { AppError, type FieldError, forbidden, notFound } from '../../shared/errors.js';
import { type Page, toPage } from '../../shared/paging.js';
import { type AuditedKind, insertAudited, recordChange, updateAudited } from '../audit/index.js';
import {
  activePartnerUsers,
  type PersonSummary,
  personSummaries,
  type VisiblePartner,
  visiblePartner,
  visiblePartners,
} from '../directory/index.js';
import { notify } from '../notifications/index.js';
import { getSettings } from '../settings/index.js';
import {
  mayProposeValueProposition,
  type PropositionPermissions,
  propositionPermissions,
  type SessionPermissions,
  sessionPermissions,
  sideOf,
  simulationPermissions,
} from './value.policy.js';
import {
  type CalculatorInputs,
  type CalculatorModel,
  type CalculatorResult,
  calculateValue,
  calculatorProblems,
  mayEditProposition,
  mayPublish,
  modelProblems,
  type Offering,
  type Party,
  type SimulationResult,
  simulateValueCapture,
  simulationProblems,
} from './value.rules.js';
import {
  type PropositionRow,
  type SessionRow,
  type SimulationRow,
  valuePropositions,
  valueSessions,
  valueShareThrottle,
  valueSimulations,
} from './value.schema.js';

const PROPOSITION: AuditedKind<PropositionRow> = {
  entityType: 'value_proposition',
  partnerIdOf: (r) => r.partnerId,
  labelOf: (r) => (r.version ? `${r.title} (v${r.version})` : `${r.title} (draft)`),
};
const SESSION: AuditedKind<SessionRow> = {
  entityType: 'value_session',
  partnerIdOf: (r) => r.partnerId,
  labelOf: (r) => r.customerName,
};
const SIMULATION: AuditedKind<SimulationRow> = {
  entityType: 'value_simulation',
  partnerIdOf: (r) => r.partnerId,
  labelOf: (r) => r.name,
};

function invalid(problems: FieldError[]): AppError {
  return new AppError('VALIDATION_FAILED', problems.map((p) => `${p.path}: ${p.message}`).join('; '), { errors: problems });
}

function stateError(path: string, message: string): AppError {
  return new AppError('INVALID_TRANSITION', message, { errors: [{ path, message }] });
}

// ——— Joint value propositions ———

export type PropositionInput = {
  title: string;
  outcome: string;
  targetCustomer: string;
  how: string;
  differentiators: string[];
  proofPoints: string[];
  calculator: CalculatorModel;
  note?: string;
};

export type PropositionDto = PropositionRow & {
  partnerName: string;
  /** "Together <vendor> and <partner> enable <outcome> for <customer> by <how>." */
  statement: string;
  createdBy: PersonSummary | null;
  publishedBy: PersonSummary | null;
  can: PropositionPermissions;
};

/** The statement as customers read it. */
export function statementOf(
  vendorName: string,
  partnerName: string,
  p: Pick<PropositionRow, 'outcome' | 'targetCustomer' | 'how'>,
): string {
  const trim = (s: string) => s.trim().replace(/[.\s]+$/, '');
  return `Together ${vendorName} and ${partnerName} enable ${trim(p.outcome)} for ${trim(p.targetCustomer)} by ${trim(p.how)}.`;
}

async function propositionDtos(c: TxCtx, rows: readonly PropositionRow[]): Promise<PropositionDto[]> {
  const partners = await visiblePartners(
    c,
    rows.map((r) => r.partnerId),
  );
  const people = await personSummaries(
    c,
    rows.flatMap((r) => [r.createdById, r.publishedById]),
  );
  const vendor = (await getSettings(c)).vendorName;
  const actor = policyActor(c);
  return rows.map((row) => {
    const partner = partners.get(row.partnerId) ?? { id: row.partnerId, name: '', ownerId: null };
    return {
      ...row,
      partnerName: partner.name,
      statement: statementOf(vendor, partner.name, row),
      createdBy: row.createdById ? (people.get(row.createdById) ?? null) : null,
      publishedBy: row.publishedById ? (people.get(row.publishedById) ?? null) : null,
      can: propositionPermissions(actor, row, partner),
    };
  });
}

async function propositionDto(c: TxCtx, row: PropositionRow): Promise<PropositionDto> {
  const [dto] = await propositionDtos(c, [row]);
  if (!dto) throw new Error('unreachable');
  return dto;
}

function loadProposition(c: TxCtx, id: string, lock = false): Promise<PropositionRow> {
  return loadScoped(c, valuePropositions, id, 'Joint value proposition', { lock });
}

function assertModel(model: CalculatorModel): void {
  const problems = modelProblems(model);
  if (problems.length > 0) throw invalid(problems);
}

/** Every version of the alliance's JVP: drafts first, then published versions newest first. */
export async function listPropositions(ctx: Ctx, partnerId: string): Promise<PropositionDto[]> {
  return withTx(ctx, async (c) => {
    await visiblePartner(c, partnerId);
    const rows = await c.tx
      .select()
      .from(valuePropositions)
      .where(and(eq(valuePropositions.partnerId, partnerId), partnerFilter(c, valuePropositions.partnerId)))
      .orderBy(sql`${valuePropositions.version} DESC NULLS FIRST`, desc(valuePropositions.createdAt));
    return propositionDtos(c, rows);
  });
}

/** The alliance's current (published) JVP, or null. */
export async function currentProposition(ctx: Ctx, partnerId: string): Promise<PropositionDto | null> {
  return withTx(ctx, async (c) => {
    await visiblePartner(c, partnerId);
    const [row] = await c.tx
      .select()
      .from(valuePropositions)
      .where(
        and(
          eq(valuePropositions.partnerId, partnerId),
          eq(valuePropositions.status, 'published'),
          partnerFilter(c, valuePropositions.partnerId),
        ),
      );
    return row ? propositionDto(c, row) : null;
  });
}

export async function getProposition(ctx: Ctx, id: string): Promise<PropositionDto> {
  return withTx(ctx, async (c) => propositionDto(c, await loadProposition(c, id)));
}

/**
 * Either side proposes a new version (a draft) of the alliance's JVP. A partner's proposal
 * tells the partner's manager; the vendor's tells nobody until it is published.
 */
export async function proposeProposition(ctx: Ctx, partnerId: string, input: PropositionInput): Promise<PropositionDto> {
  assertModel(input.calculator);
  return withTx(ctx, async (c) => {
    const partner = await visiblePartner(c, partnerId);
    const side = sideOf(policyActor(c), partner);
    if (!side || !mayProposeValueProposition(policyActor(c), partner))
      throw forbidden('Only the alliance’s managers and the partner’s people propose its value proposition');
    const [current] = await c.tx
      .select({ id: valuePropositions.id })
      .from(valuePropositions)
      .where(and(eq(valuePropositions.partnerId, partnerId), eq(valuePropositions.status, 'published')));
    const row = await insertAudited(
      c,
      valuePropositions,
      {
        partnerId,
        status: 'draft',
        proposedBy: side,
        basedOnId: current?.id ?? null,
        title: input.title,
        outcome: input.outcome,
        targetCustomer: input.targetCustomer,
        how: input.how,
        differentiators: input.differentiators,
        proofPoints: input.proofPoints,
        calculator: input.calculator,
        note: input.note ?? '',
        createdById: actorUserId(c),
        createdAt: c.now,
        updatedAt: c.now,
      },
      PROPOSITION,
      { event: 'value_proposition.proposed', eventData: { side } },
    );
    if (side === 'partner' && partner.ownerId) {
      await notify(c, {
        to: [partner.ownerId],
        kind: 'value.proposition_proposed',
        title: `${partner.name} proposed a new joint value proposition`,
        body: 'Review the draft and publish it when both sides agree.',
        link: `/partners/${partnerId}/value`,
        entity: { type: 'value_proposition', id: row.id },
        partnerId,
      });
    }
    return propositionDto(c, row);
  });
}

export async function updateProposition(ctx: Ctx, id: string, patch: Partial<PropositionInput>): Promise<PropositionDto> {
  if (patch.calculator) assertModel(patch.calculator);
  return withTx(ctx, async (c) => {
    const before = await loadProposition(c, id, true);
    const partner = await visiblePartner(c, before.partnerId);
    const can = propositionPermissions(policyActor(c), before, partner);
    const state = mayEditProposition(before.status);
    if (!state.allowed) throw stateError('status', state.reason);
    if (!can.edit) throw forbidden('A draft is edited by the side that proposed it');
    const after = await updateAudited(c, valuePropositions, before, { ...patch, updatedAt: c.now }, PROPOSITION);
    return propositionDto(c, after);
  });
}

export async function withdrawProposition(ctx: Ctx, id: string): Promise<PropositionDto> {
  return withTx(ctx, async (c) => {
    const before = await loadProposition(c, id, true);
    const partner = await visiblePartner(c, before.partnerId);
    if (before.status !== 'draft') throw stateError('status', `a ${before.status} version cannot be withdrawn`);
    if (!propositionPermissions(policyActor(c), before, partner).withdraw)
      throw forbidden('A draft is withdrawn by its side or the alliance’s managers');
    const after = await updateAudited(c, valuePropositions, before, { status: 'withdrawn', updatedAt: c.now }, PROPOSITION, {
      event: 'value_proposition.withdrawn',
    });
    return propositionDto(c, after);
  });
}

/**
 * The vendor publishes a draft: it becomes the current version (numbered after the last), the
 * version published before it is superseded, and the partner's people are told.
 */
export async function publishProposition(ctx: Ctx, id: string): Promise<PropositionDto> {
  return withTx(ctx, async (c) => {
    const before = await loadProposition(c, id, true);
    const partner = await visiblePartner(c, before.partnerId);
    const state = mayPublish(before.status);
    if (!state.allowed) throw stateError('status', state.reason);
    if (!propositionPermissions(policyActor(c), before, partner).publish)
      throw forbidden('The alliance’s managers publish its value proposition');
    const published = await c.tx
      .select()
      .from(valuePropositions)
      .where(and(eq(valuePropositions.partnerId, before.partnerId), eq(valuePropositions.status, 'published')))
      .for('update');
    for (const old of published) {
      await updateAudited(c, valuePropositions, old, { status: 'superseded', updatedAt: c.now }, PROPOSITION, {
        event: 'value_proposition.superseded',
      });
    }
    const [last] = await c.tx
      .select({ v: max(valuePropositions.version) })
      .from(valuePropositions)
      .where(eq(valuePropositions.partnerId, before.partnerId));
    const version = (last?.v ?? 0) + 1;
    const after = await updateAudited(
      c,
      valuePropositions,
      before,
      { status: 'published', version, publishedAt: c.now, publishedById: actorUserId(c), updatedAt: c.now },
      PROPOSITION,
      { event: 'value_proposition.published', eventData: { version } },
    );
    const people = await activePartnerUsers(c, before.partnerId, ['partner_admin', 'partner_user']);
    if (people.length > 0) {
      await notify(c, {
        to: people,
        kind: 'value.proposition_published',
        title: `Joint value proposition v${version} is published`,
        body: `${after.title}: use it and its value calculator with customers.`,
        link: '/value',
        entity: { type: 'value_proposition', id: after.id },
        partnerId: before.partnerId,
      });
    }
    return propositionDto(c, after);
  });
}

// ——— Value calculator ———

function assertInputs(model: CalculatorModel, inputs: CalculatorInputs): void {
  const problems = calculatorProblems(model, inputs);
  if (problems.length > 0) throw invalid(problems);
}

/** Runs a version's calculator with a customer's numbers, keeping nothing (the workshop's live view). */
export async function calculate(ctx: Ctx, propositionId: string, inputs: CalculatorInputs): Promise<CalculatorResult> {
  return withTx(ctx, async (c) => {
    const p = await loadProposition(c, propositionId);
    assertInputs(p.calculator, inputs);
    return calculateValue(p.calculator, inputs);
  });
}

export type ShareState = 'none' | 'active' | 'expired' | 'revoked';

export type SessionDto = Omit<SessionRow, 'tokenHash'> & {
  partnerName: string;
  propositionTitle: string;
  propositionVersion: number | null;
  createdBy: PersonSummary | null;
  share: { state: ShareState; sharedAt: Date | null; expiresAt: Date | null; views: number; lastViewedAt: Date | null };
  can: SessionPermissions;
};

function shareStateOf(row: SessionRow, now: Date): ShareState {
  if (!row.tokenHash) return row.shareRevokedAt ? 'revoked' : 'none';
  if (row.shareExpiresAt && row.shareExpiresAt <= now) return 'expired';
  return 'active';
}

async function sessionDtos(c: TxCtx, rows: readonly SessionRow[]): Promise<SessionDto[]> {
  const partners = await visiblePartners(
    c,
    rows.map((r) => r.partnerId),
  );
  const people = await personSummaries(
    c,
    rows.map((r) => r.createdById),
  );
  const propIds = [...new Set(rows.map((r) => r.propositionId))];
  const props = propIds.length
    ? await c.tx
        .select({ id: valuePropositions.id, title: valuePropositions.title, version: valuePropositions.version })
        .from(valuePropositions)
        .where(inArray(valuePropositions.id, propIds))
    : [];
  const propById = new Map(props.map((p) => [p.id, p]));
  const actor = policyActor(c);
  return rows.map(({ tokenHash: _secret, ...row }) => {
    const partner = partners.get(row.partnerId) ?? { id: row.partnerId, name: '', ownerId: null };
    return {
      ...row,
      partnerName: partner.name,
      propositionTitle: propById.get(row.propositionId)?.title ?? '',
      propositionVersion: propById.get(row.propositionId)?.version ?? null,
      createdBy: row.createdById ? (people.get(row.createdById) ?? null) : null,
      share: {
        state: shareStateOf({ ...row, tokenHash: _secret }, c.now),
        sharedAt: row.sharedAt,
        expiresAt: row.shareExpiresAt,
        views: row.shareViews,
        lastViewedAt: row.shareLastViewedAt,
      },
      can: sessionPermissions(actor, row, partner),
    };
  });
}

async function sessionDto(c: TxCtx, row: SessionRow): Promise<SessionDto> {
  const [dto] = await sessionDtos(c, [row]);
  if (!dto) throw new Error('unreachable');
  return dto;
}

function loadSession(c: TxCtx, id: string, lock = false): Promise<SessionRow> {
  return loadScoped(c, valueSessions, id, 'Value calculator session', { lock });
}

export type SessionInput = { customerName: string; inputs: CalculatorInputs };

/** A seller keeps a workshop's numbers and result as a session of the current JVP: deployment evidence. */
export async function createSession(ctx: Ctx, propositionId: string, input: SessionInput): Promise<SessionDto> {
  return withTx(ctx, async (c) => {
    const p = await loadProposition(c, propositionId);
    const partner = await visiblePartner(c, p.partnerId);
    const side = sideOf(policyActor(c), partner);
    if (!side) throw forbidden('The alliance’s managers and the partner’s people run calculator sessions');
    if (p.status !== 'published')
      throw stateError('propositionId', 'sessions run on the published version of the value proposition');
    assertInputs(p.calculator, input.inputs);
    const row = await insertAudited(
      c,
      valueSessions,
      {
        partnerId: p.partnerId,
        propositionId: p.id,
        customerName: input.customerName,
        inputs: input.inputs,
        result: calculateValue(p.calculator, input.inputs),
        side,
        createdById: actorUserId(c),
        createdAt: c.now,
        updatedAt: c.now,
      },
      SESSION,
    );
    return sessionDto(c, row);
  });
}

export type SessionListQuery = { partnerId?: string[]; limit: number; cursor?: string; sort: string };

export async function listSessions(ctx: Ctx, query: SessionListQuery): Promise<Page<SessionDto>> {
  return withTx(ctx, async (c) => {
    const ks = keyset(
      'value_sessions',
      query.sort,
      { createdAt: valueSessions.createdAt, customerName: valueSessions.customerName },
      valueSessions.id,
      query.cursor,
    );
    const rows = await c.tx
      .select()
      .from(valueSessions)
      .where(
        and(
          ks.where,
          partnerFilter(c, valueSessions.partnerId),
          query.partnerId?.length ? inArray(valueSessions.partnerId, query.partnerId) : undefined,
        ),
      )
      .orderBy(...ks.orderBy)
      .limit(query.limit + 1);
    const page = toPage(rows, query.limit, ks.cursorOf);
    return { data: await sessionDtos(c, page.data), nextCursor: page.nextCursor };
  });
}

export async function getSession(ctx: Ctx, id: string): Promise<SessionDto> {
  return withTx(ctx, async (c) => sessionDto(c, await loadSession(c, id)));
}

async function loadManagedSession(c: TxCtx, id: string, what: 'share' | 'delete'): Promise<SessionRow> {
  const row = await loadSession(c, id, true);
  const partner = await visiblePartner(c, row.partnerId);
  if (!sessionPermissions(policyActor(c), row, partner)[what])
    throw forbidden('Whoever ran the session, and the alliance’s managers, manage it');
  return row;
}

export async function deleteSession(ctx: Ctx, id: string): Promise<void> {
  await withTx(ctx, async (c) => {
    const row = await loadManagedSession(c, id, 'delete');
    await c.tx.delete(valueSessions).where(eq(valueSessions.id, row.id));
    await recordChange(c, {
      action: 'delete',
      entityType: SESSION.entityType,
      entityId: row.id,
      partnerId: row.partnerId,
      before: row,
      summary: `Deleted the value calculator session for ${row.customerName}`,
    });
  });
}

export const SHARE_MAX_DAYS = 90;

function sha256(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Shares a session as a public read-only page: a new unguessable token (shown once; only its
 * SHA-256 is kept) that opens it until `expiresInDays` have passed or it is revoked. Sharing
 * again replaces the link (the old one stops working).
 */
export async function shareSession(
  ctx: Ctx,
  id: string,
  expiresInDays: number,
): Promise<{ token: string; path: string; expiresAt: Date; session: SessionDto }> {
  return withTx(ctx, async (c) => {
    const before = await loadManagedSession(c, id, 'share');
    const token = randomBytes(24).toString('base64url');
    const expiresAt = new Date(c.now.getTime() + expiresInDays * 86_400_000);
    const after = await updateAudited(
      c,
      valueSessions,
      before,
      { tokenHash: sha256(token), sharedAt: c.now, shareExpiresAt: expiresAt, shareRevokedAt: null, updatedAt: c.now },
      SESSION,
      { event: 'value_session.shared', eventData: { expiresAt: expiresAt.toISOString() } },
    );
    return { token, path: `/value-shares/${token}`, expiresAt, session: await sessionDto(c, after) };
  });
}

export async function revokeShare(ctx: Ctx, id: string): Promise<SessionDto> {
  return withTx(ctx, async (c) => {
    const before = await loadManagedSession(c, id, 'share');
    if (!before.tokenHash) return sessionDto(c, before);
    const after = await updateAudited(
      c,
      valueSessions,
      before,
      { tokenHash: null, shareRevokedAt: c.now, updatedAt: c.now },
      SESSION,
      { event: 'value_session.share_revoked' },
    );
    return sessionDto(c, after);
  });
}

/** What the public page shows: the statement, the customer's numbers and the result — nothing else. */
export type SharedValuePage = {
  vendorName: string;
  partnerName: string;
  title: string;
  statement: string;
  outcome: string;
  targetCustomer: string;
  how: string;
  differentiators: string[];
  proofPoints: string[];
  sizeUnit: string;
  improvements: { label: string; bp: number }[];
  customerName: string;
  customerSize: number;
  currentAnnualCost: CalculatorInputs['currentAnnualCost'];
  result: CalculatorResult;
  preparedAt: Date;
  expiresAt: Date | null;
};

export const SHARE_IP_POLICY: CountPolicy = { max: 60, windowMs: 60 * 60_000 };

/**
 * Opens a shared page by its token, for anyone (no sign-in). Each attempt counts against the
 * client IP first, in a transaction of its own (refused attempts count too), so tokens cannot
 * be guessed at speed. An unknown, revoked or expired token answers the same 404.
 */
export async function openSharedPage(db: Db, token: string, ip: string): Promise<SharedValuePage> {
  const ctx = systemCtx(db, 'value share page');
  await assertNotThrottled(
    db,
    valueShareThrottle,
    `ip:${ip}`,
    SHARE_IP_POLICY,
    'value share page throttle',
    'Too many shared pages were opened from here. Try again later.',
  );
  return withTx(ctx, async (c) => {
    const [row] = await c.tx
      .select({
        id: valueSessions.id,
        partnerId: valueSessions.partnerId,
        customerName: valueSessions.customerName,
        inputs: valueSessions.inputs,
        result: valueSessions.result,
        createdAt: valueSessions.createdAt,
        expiresAt: valueSessions.shareExpiresAt,
        title: valuePropositions.title,
        outcome: valuePropositions.outcome,
        targetCustomer: valuePropositions.targetCustomer,
        how: valuePropositions.how,
        differentiators: valuePropositions.differentiators,
        proofPoints: valuePropositions.proofPoints,
        calculator: valuePropositions.calculator,
      })
      .from(valueSessions)
      .innerJoin(valuePropositions, eq(valuePropositions.id, valueSessions.propositionId))
      .where(
        and(
          eq(valueSessions.tokenHash, sha256(token)),
          isNull(valueSessions.shareRevokedAt),
          gt(valueSessions.shareExpiresAt, c.now),
        ),
      );
    if (!row) throw notFound('Shared page');
    await c.tx
      .update(valueSessions)
      .set({ shareViews: sql`${valueSessions.shareViews} + 1`, shareLastViewedAt: c.now })
      .where(eq(valueSessions.id, row.id));
    const partner = (await visiblePartners(c, [row.partnerId])).get(row.partnerId);
    const vendorName = (await getSettings(c)).vendorName;
    const labels = new Map(row.calculator.improvements.map((i) => [i.key, i.label]));
    return {
      vendorName,
      partnerName: partner?.name ?? '',
      title: row.title,
      statement: statementOf(vendorName, partner?.name ?? '', row),
      outcome: row.outcome,
      targetCustomer: row.targetCustomer,
      how: row.how,
      differentiators: row.differentiators,
      proofPoints: row.proofPoints,
      sizeUnit: row.calculator.sizeUnit,
      improvements: row.inputs.improvements.map((i) => ({ label: labels.get(i.key) ?? i.key, bp: i.bp })),
      customerName: row.customerName,
      customerSize: row.inputs.customerSize,
      currentAnnualCost: row.inputs.currentAnnualCost,
      result: row.result,
      preparedAt: row.createdAt,
      expiresAt: row.expiresAt,
    };
  });
}

// ——— Value-capture simulator ———

export type SimulationInput = {
  name: string;
  offering: Offering;
  parties: Party[];
  pricePointsBp: number[];
  volumes: number[];
};

export type SimulationDto = SimulationRow & {
  partnerName: string;
  createdBy: PersonSummary | null;
  result: SimulationResult;
  can: { edit: boolean; delete: boolean };
};

function assertSimulation(input: Omit<SimulationInput, 'name'>): void {
  const problems = simulationProblems(input);
  if (problems.length > 0) throw invalid(problems);
}

async function simulationDtos(c: TxCtx, rows: readonly SimulationRow[]): Promise<SimulationDto[]> {
  const partners = await visiblePartners(
    c,
    rows.map((r) => r.partnerId),
  );
  const people = await personSummaries(
    c,
    rows.map((r) => r.createdById),
  );
  const actor = policyActor(c);
  return rows.map((row) => {
    const partner: VisiblePartner = partners.get(row.partnerId) ?? { id: row.partnerId, name: '', ownerId: null };
    return {
      ...row,
      partnerName: partner.name,
      createdBy: row.createdById ? (people.get(row.createdById) ?? null) : null,
      result: simulateValueCapture(row),
      can: simulationPermissions(actor, row, partner),
    };
  });
}

async function simulationDto(c: TxCtx, row: SimulationRow): Promise<SimulationDto> {
  const [dto] = await simulationDtos(c, [row]);
  if (!dto) throw new Error('unreachable');
  return dto;
}

function loadSimulation(c: TxCtx, id: string, lock = false): Promise<SimulationRow> {
  return loadScoped(c, valueSimulations, id, 'Value-capture simulation', { lock });
}

/** Computes a simulation without keeping it (the form's live preview). */
export async function previewSimulation(
  ctx: Ctx,
  partnerId: string,
  input: Omit<SimulationInput, 'name'>,
): Promise<SimulationResult> {
  assertSimulation(input);
  return withTx(ctx, async (c) => {
    await visiblePartner(c, partnerId);
    return simulateValueCapture(input);
  });
}

export async function listSimulations(ctx: Ctx, partnerId: string): Promise<SimulationDto[]> {
  return withTx(ctx, async (c) => {
    await visiblePartner(c, partnerId);
    const rows = await c.tx
      .select()
      .from(valueSimulations)
      .where(and(eq(valueSimulations.partnerId, partnerId), partnerFilter(c, valueSimulations.partnerId)))
      .orderBy(desc(valueSimulations.createdAt), desc(valueSimulations.id));
    return simulationDtos(c, rows);
  });
}

export async function getSimulation(ctx: Ctx, id: string): Promise<SimulationDto> {
  return withTx(ctx, async (c) => simulationDto(c, await loadSimulation(c, id)));
}

export async function createSimulation(ctx: Ctx, partnerId: string, input: SimulationInput): Promise<SimulationDto> {
  assertSimulation(input);
  return withTx(ctx, async (c) => {
    const partner = await visiblePartner(c, partnerId);
    const side = sideOf(policyActor(c), partner);
    if (!side) throw forbidden('The alliance’s managers and the partner’s people run simulations');
    const row = await insertAudited(
      c,
      valueSimulations,
      { partnerId, ...input, side, createdById: actorUserId(c), createdAt: c.now, updatedAt: c.now },
      SIMULATION,
    );
    return simulationDto(c, row);
  });
}

export async function updateSimulation(ctx: Ctx, id: string, patch: Partial<SimulationInput>): Promise<SimulationDto> {
  return withTx(ctx, async (c) => {
    const before = await loadSimulation(c, id, true);
    const partner = await visiblePartner(c, before.partnerId);
    if (!simulationPermissions(policyActor(c), before, partner).edit)
      throw forbidden('A simulation is edited by the side that made it');
    assertSimulation({ ...before, ...patch });
    const after = await updateAudited(c, valueSimulations, before, { ...patch, updatedAt: c.now }, SIMULATION);
    return simulationDto(c, after);
  });
}

export async function deleteSimulation(ctx: Ctx, id: string): Promise<void> {
  await withTx(ctx, async (c) => {
    const before = await loadSimulation(c, id, true);
    const partner = await visiblePartner(c, before.partnerId);
    if (!simulationPermissions(policyActor(c), before, partner).delete)
      throw forbidden('A simulation is deleted by the side that made it');
    await c.tx.delete(valueSimulations).where(eq(valueSimulations.id, before.id));
    await recordChange(c, {
      action: 'delete',
      entityType: SIMULATION.entityType,
      entityId: before.id,
      partnerId: before.partnerId,
      before,
      summary: `Deleted the value-capture simulation ${before.name}`,
    });
  });
}

// ——— Metrics ———

/** Every requested partner starts at 0: no JVP (or no use) is a measured zero, not missing data. */
function zeros(ids: readonly string[] | 'all'): Map<string, number> {
  return new Map(ids === 'all' ? [] : ids.map((id) => [id, 0]));
}

/** 1 when a version of the partner's JVP was published on or before `asOf` (so one is current), else 0. */
export async function jvpPublished(c: TxCtx, ids: readonly string[] | 'all', asOf: Date): Promise<Map<string, number>> {
  const rows = await c.tx
    .select({
      id: valuePropositions.partnerId,
      published: sql<number>`count(*) FILTER (WHERE ${valuePropositions.publishedAt} <= ${asOf})`.mapWith(Number),
    })
    .from(valuePropositions)
    .where(
      and(ids === 'all' ? undefined : inArray(valuePropositions.partnerId, [...ids]), lte(valuePropositions.createdAt, asOf)),
    )
    .groupBy(valuePropositions.partnerId);
  const out = zeros(ids);
  for (const r of rows) out.set(r.id, r.published > 0 ? 1 : 0);
  return out;
}

// ——— Records that use a JVP (campaigns, deal registrations, opportunities, content) ———

/** What a record shows of the JVP it names: enough for a link and a label. */
export type PropositionRef = { id: string; partnerId: string; title: string; version: number | null };

const LINK_PROBLEM = 'must be a published joint value proposition of the record’s partner';

/**
 * The published (or superseded) JVP version `id` that a record of `partnerIds` may name ('any':
 * a record for every partner, such as content, may name any partner's), or a 422 naming
 * `valuePropositionId`. A missing id and another partner's JVP get the same answer, and a
 * partner's people only see their own partner's versions (row-level security), so the answer never
 * tells that another partner's JVP exists. Drafts and withdrawn versions are not linkable.
 */
export async function linkableProposition(
  c: TxCtx,
  id: string,
  partnerIds: readonly string[] | 'any',
  field = 'valuePropositionId',
): Promise<PropositionRef> {
  const [row] = await c.tx
    .select({
      id: valuePropositions.id,
      partnerId: valuePropositions.partnerId,
      title: valuePropositions.title,
      version: valuePropositions.version,
      publishedAt: valuePropositions.publishedAt,
    })
    .from(valuePropositions)
    .where(and(eq(valuePropositions.id, id), partnerFilter(c, valuePropositions.partnerId)));
  const ok = row !== undefined && row.publishedAt !== null && (partnerIds === 'any' || partnerIds.includes(row.partnerId));
  if (!ok) throw invalid([{ path: field, message: LINK_PROBLEM }]);
  return { id: row.id, partnerId: row.partnerId, title: row.title, version: row.version };
}

/** The JVPs records name, by id, for their DTOs (one query; ids the caller cannot see are left out). */
export async function propositionRefs(c: TxCtx, ids: Iterable<string | null>): Promise<Map<string, PropositionRef>> {
  const wanted = [...new Set([...ids].filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await c.tx
    .select({
      id: valuePropositions.id,
      partnerId: valuePropositions.partnerId,
      title: valuePropositions.title,
      version: valuePropositions.version,
    })
    .from(valuePropositions)
    .where(and(anyId(valuePropositions.id, wanted), partnerFilter(c, valuePropositions.partnerId)));
  return new Map(rows.map((r) => [r.id, r]));
}

/** The columns a record sets when it names (or stops naming) a JVP; `{}` when nothing changes. */
export type PropositionLink = { valuePropositionId?: string | null; valuePropositionLinkedAt?: Date | null };

/**
 * What a create or update writes for `valuePropositionId`: nothing when it is absent or unchanged,
 * both columns cleared for null, else the checked id (`linkableProposition`) and now as the moment
 * it was linked, from which the use counts as deployment.
 */
export async function propositionLink(
  c: TxCtx,
  current: string | null,
  next: string | null | undefined,
  partnerIds: readonly string[] | 'any',
): Promise<PropositionLink> {
  if (next === undefined || next === current) return {};
  if (next === null) return { valuePropositionId: null, valuePropositionLinkedAt: null };
  const ref = await linkableProposition(c, next, partnerIds);
  return { valuePropositionId: ref.id, valuePropositionLinkedAt: c.now };
}

/** A record's JVP as its DTO shows it: null when none, or one the caller cannot see. */
export function propositionOf(refs: ReadonlyMap<string, PropositionRef>, id: string | null): PropositionRef | null {
  const ref = id === null ? undefined : refs.get(id);
  return ref ? { id: ref.id, partnerId: ref.partnerId, title: ref.title, version: ref.version } : null;
}
