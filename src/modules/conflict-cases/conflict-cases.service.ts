import { domainToUnicode } from 'node:url';
import { and, asc, desc, eq, exists, ilike, inArray, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import { keyset } from '../../db/keyset.js';
import { loadSingleton } from '../../db/load.js';
import { scopeOf, withTx } from '../../db/scope.js';
import { containsPattern } from '../../db/search.js';
import { actorUserId, type Ctx, policyActor, type TxCtx } from '../../shared/context.js';
import { type IsoDate, localDateOf } from '../../shared/dates.js';
import { AppError, forbidden, invalidField, notFound } from '../../shared/errors.js';
import { type Page, toPage } from '../../shared/paging.js';
import { isPartnerRole } from '../../shared/roles.js';
import { type AuditedKind, insertAudited, recordChange, updateAudited } from '../audit/index.js';
import { type CaseStanding, customerKeys, dealRegistrations, settleByConflictCase } from '../deal-registrations/index.js';
import { activePartnerUsers, type PersonSummary, personSummaries, visiblePartners } from '../directory/index.js';
import { activeUsersWithRole, notify } from '../notifications/index.js';
import { getSettings } from '../settings/index.js';
import { type ConflictCasePermissions, conflictCasePermissions, decidesAt, runsConflicts } from './conflict-cases.policy.js';
import {
  appeal,
  appealUntil,
  type CaseStatus,
  closing,
  type DecisionOutcome,
  decide,
  escalation,
  formatCaseNumber,
  isOverdue,
  lateOutcome,
  type PartyOutcome,
  TIER_LABELS,
  type Tier,
  TOP_TIER,
  tierDueAt,
} from './conflict-cases.rules.js';
import {
  type ConflictCasePartyRow,
  type ConflictCaseRow,
  type ConflictCaseSettingsRow,
  conflictCaseEntries,
  conflictCaseParties,
  conflictCaseSettings,
  conflictCases,
} from './conflict-cases.schema.js';

/** The case's own audit entries belong to no partner (vendor staff read them); partner-side changes are recorded on its party. */
const CASE: AuditedKind<ConflictCaseRow> = {
  entityType: 'conflict_case',
  partnerIdOf: () => null,
  labelOf: (r) => `${r.number} ${r.customerName}`,
};

const PARTY: AuditedKind<ConflictCasePartyRow> = {
  entityType: 'conflict_case_party',
  partnerIdOf: (r) => r.partnerId,
  labelOf: (r) => `Party of conflict case ${r.caseId}`,
};

const SETTINGS: AuditedKind<ConflictCaseSettingsRow> = {
  entityType: 'conflict_case_settings',
  partnerIdOf: () => null,
  labelOf: () => 'Conflict case settings',
};

async function todayOf(ctx: Ctx): Promise<IsoDate> {
  return localDateOf(ctx.now, (await getSettings(ctx)).timeZone);
}

function stateError(message: string, path: string): AppError {
  return new AppError('INVALID_TRANSITION', `This case ${message}`, { errors: [{ path, message }] });
}

// ---------------------------------------------------------------------------------------------
// Settings

export type ConflictCaseSettings = Omit<ConflictCaseSettingsRow, 'id'>;

function loadSettings(c: TxCtx): Promise<ConflictCaseSettingsRow> {
  return loadSingleton(c, conflictCaseSettings);
}

export async function getConflictCaseSettings(ctx: Ctx): Promise<ConflictCaseSettings> {
  return withTx(ctx, async (c) => {
    const { id: _id, ...rest } = await loadSettings(c);
    return rest;
  });
}

export async function updateConflictCaseSettings(
  ctx: Ctx,
  patch: Partial<Pick<ConflictCaseSettings, 'appealDays' | 'tierSlaHours'>>,
): Promise<ConflictCaseSettings> {
  return withTx(ctx, async (c) => {
    if (policyActor(c).role !== 'admin') throw forbidden('Only an admin changes conflict case settings');
    const before = await loadSettings(c);
    const { id: _id, ...rest } = await updateAudited(c, conflictCaseSettings, before, { ...patch, updatedAt: c.now }, SETTINGS, {
      summary: 'Updated conflict case settings',
    });
    return rest;
  });
}

// ---------------------------------------------------------------------------------------------
// DTOs

export type ConflictPartyDto = {
  id: string;
  /** Null: the vendor's direct team. */
  partnerId: string | null;
  partnerName: string;
  registration: { id: string; number: string; title: string } | null;
  statement: string;
  statementAt: Date | null;
  outcome: PartyOutcome | null;
  appealedAt: Date | null;
  appealStatement: string;
  appealedThisRound: boolean;
};

export type ConflictEntryDto = {
  id: string;
  kind: string;
  tier: number;
  body: string;
  at: Date;
  actorName: string;
  /** party: one party's own (its partner and the vendor read it); parties: every party; vendor: staff only. */
  visibility: 'party' | 'parties' | 'vendor';
  /** The party's partner (vendor staff only; the direct team or none: null). */
  partnerName: string | null;
};

export type ConflictCaseDto = {
  id: string;
  number: string;
  origin: 'registration' | 'manual';
  customer: { name: string; domain: string | null };
  status: CaseStatus;
  tier: number;
  tierLabel: string;
  dueAt: Date;
  overdue: boolean;
  owner: PersonSummary | null;
  summary: string;
  round: number;
  decision: {
    outcome: DecisionOutcome | null;
    reasons: string;
    internalNote: string;
    decidedAt: Date;
    decidedBy: PersonSummary | null;
    appealUntil: IsoDate | null;
  } | null;
  closedAt: Date | null;
  outcomeNote: string;
  /** Vendor staff: every party. A partner: its own party only. */
  parties: ConflictPartyDto[];
  /** The caller's own party (a partner), else null. */
  myParty: ConflictPartyDto | null;
  createdAt: Date;
  updatedAt: Date;
  can: ConflictCasePermissions;
};

export type ConflictCaseDetailDto = ConflictCaseDto & { timeline: ConflictEntryDto[] };

const DIRECT_TEAM = 'Direct sales team';

async function toDtos(c: TxCtx, rows: readonly ConflictCaseRow[], knownToday?: IsoDate): Promise<ConflictCaseDto[]> {
  if (rows.length === 0) return [];
  const vendor = scopeOf(c).kind === 'all';
  const actor = policyActor(c);
  const today = knownToday ?? (await todayOf(c));
  // Row-level security (and the filter, for the service wall) leaves a partner its own party only.
  const partyRows = await c.tx
    .select()
    .from(conflictCaseParties)
    .where(
      and(
        inArray(
          conflictCaseParties.caseId,
          rows.map((r) => r.id),
        ),
        vendor ? undefined : eq(conflictCaseParties.partnerId, actor.partnerId as string),
      ),
    )
    .orderBy(asc(conflictCaseParties.createdAt), asc(conflictCaseParties.id));
  const partners = await visiblePartners(
    c,
    partyRows.map((p) => p.partnerId),
  );
  const registrationIds = partyRows.flatMap((p) => (p.registrationId ? [p.registrationId] : []));
  const registrations = new Map(
    registrationIds.length === 0
      ? []
      : (
          await c.tx
            .select({ id: dealRegistrations.id, number: dealRegistrations.number, title: dealRegistrations.title })
            .from(dealRegistrations)
            .where(inArray(dealRegistrations.id, registrationIds))
        ).map((r) => [r.id, r]),
  );
  const people = vendor
    ? await personSummaries(
        c,
        rows.flatMap((r) => [r.ownerId, r.decidedById]),
      )
    : new Map();
  const partyDto = (p: ConflictCasePartyRow, round: number): ConflictPartyDto => ({
    id: p.id,
    partnerId: p.partnerId,
    partnerName: p.partnerId === null ? DIRECT_TEAM : (partners.get(p.partnerId)?.name ?? ''),
    registration: p.registrationId ? (registrations.get(p.registrationId) ?? null) : null,
    statement: p.statement,
    statementAt: p.statementAt,
    outcome: p.outcome,
    appealedAt: p.appealedAt,
    appealStatement: p.appealStatement,
    appealedThisRound: p.appealedRound !== null && p.appealedRound === round,
  });
  return rows.map((r) => {
    const own = partyRows.filter((p) => p.caseId === r.id);
    const mine = vendor ? null : (own.find((p) => p.partnerId === actor.partnerId) ?? null);
    return {
      id: r.id,
      number: r.number,
      origin: r.origin,
      customer: { name: r.customerName, domain: r.customerDomain },
      status: r.status,
      tier: r.tier,
      tierLabel: TIER_LABELS[r.tier as Tier] ?? '',
      dueAt: r.dueAt,
      overdue: isOverdue(r, c.now),
      owner: vendor && r.ownerId ? (people.get(r.ownerId) ?? null) : null,
      summary: vendor ? r.summary : '',
      round: r.round,
      decision:
        r.decidedAt === null || r.status === 'open'
          ? null
          : {
              outcome: vendor ? r.outcome : null,
              reasons: r.reasons,
              internalNote: vendor ? r.internalNote : '',
              decidedAt: r.decidedAt,
              decidedBy: vendor && r.decidedById ? (people.get(r.decidedById) ?? null) : null,
              appealUntil: r.appealUntil,
            },
      closedAt: r.closedAt,
      outcomeNote: r.outcomeNote,
      parties: own.map((p) => partyDto(p, r.round)),
      myParty: mine ? partyDto(mine, r.round) : null,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
      can: conflictCasePermissions(actor, r, mine, today),
    };
  });
}

async function toDto(c: TxCtx, row: ConflictCaseRow): Promise<ConflictCaseDto> {
  const [dto] = await toDtos(c, [row]);
  if (!dto) throw new Error('unreachable');
  return dto;
}

/** A case the caller sees (vendor: any; a partner: one it is a party of), or the 404 of a missing one. */
async function loadCase(c: TxCtx, id: string, lock = false): Promise<ConflictCaseRow> {
  const scope = scopeOf(c);
  const query = c.tx
    .select()
    .from(conflictCases)
    .where(
      and(
        eq(conflictCases.id, id),
        scope.kind === 'all'
          ? undefined
          : exists(
              c.tx
                .select({ one: sql`1` })
                .from(conflictCaseParties)
                .where(and(eq(conflictCaseParties.caseId, conflictCases.id), eq(conflictCaseParties.partnerId, scope.partnerId))),
            ),
      ),
    );
  const [row] = lock ? await query.for('update', { of: conflictCases }) : await query;
  if (!row) throw notFound('Conflict case');
  return row;
}

async function partiesOf(c: TxCtx, caseId: string): Promise<ConflictCasePartyRow[]> {
  return c.tx
    .select()
    .from(conflictCaseParties)
    .where(eq(conflictCaseParties.caseId, caseId))
    .orderBy(asc(conflictCaseParties.createdAt), asc(conflictCaseParties.id));
}

/**
 * How registrations stand in their conflict cases, for the deal-registrations approval guard: for
 * each, an open case it is a party of first, else its latest case (decision 0227). One query.
 */
export async function caseStandingsOfRegistrations(
  c: TxCtx,
  registrationIds: readonly string[],
): Promise<Map<string, CaseStanding>> {
  if (registrationIds.length === 0) return new Map();
  const rows = await c.tx
    .selectDistinctOn([conflictCaseParties.registrationId], {
      registrationId: conflictCaseParties.registrationId,
      number: conflictCases.number,
      status: conflictCases.status,
      outcome: conflictCaseParties.outcome,
    })
    .from(conflictCaseParties)
    .innerJoin(conflictCases, eq(conflictCases.id, conflictCaseParties.caseId))
    .where(inArray(conflictCaseParties.registrationId, [...registrationIds]))
    .orderBy(conflictCaseParties.registrationId, sql`${conflictCases.status} = 'open' desc`, desc(conflictCases.createdAt));
  return new Map(rows.map(({ registrationId, ...standing }) => [registrationId as string, standing]));
}

/**
 * A final decision (the case closed, or decided at the top tier where nobody appeals) reaches the
 * parties' registrations: those told to step back are rejected naming the case (decision 0227).
 */
async function applyToRegistrations(c: TxCtx, row: ConflictCaseRow, parties: readonly ConflictCasePartyRow[]): Promise<void> {
  for (const p of parties)
    if (p.registrationId && p.partnerId) await settleByConflictCase(c, p.registrationId, row.number, p.outcome);
}

async function actorName(c: TxCtx): Promise<string> {
  const id = actorUserId(c);
  if (!id) return 'Consort';
  return (await personSummaries(c, [id])).get(id)?.name ?? '';
}

async function addEntry(
  c: TxCtx,
  row: { id: string; tier: number },
  entry: { kind: string; body: string; partnerId?: string | null; shared?: boolean },
): Promise<void> {
  await c.tx.insert(conflictCaseEntries).values({
    caseId: row.id,
    partnerId: entry.partnerId ?? null,
    shared: entry.shared ?? false,
    kind: entry.kind,
    tier: row.tier,
    body: entry.body,
    actorId: actorUserId(c),
    actorLabel: await actorName(c),
    at: c.now,
  });
}

// ---------------------------------------------------------------------------------------------
// Notifications

/** The vendor people a case at `tier` waits on: its owner at tier 1, admins (the channel chief) at 2, executives at 3. */
async function decidersOf(c: TxCtx, row: ConflictCaseRow, tier: number): Promise<string[]> {
  if (tier <= 1 && row.ownerId) return [row.ownerId];
  const roles = tier >= 3 ? (['executive'] as const) : (['admin'] as const);
  const found = await activeUsersWithRole(c, roles);
  return [...new Set([...found, ...(row.ownerId ? [row.ownerId] : [])])];
}

async function tellVendor(c: TxCtx, row: ConflictCaseRow, tier: number, title: string, body: string, partnerId: string | null) {
  await notify(c, {
    to: await decidersOf(c, row, tier),
    kind: 'conflict_cases.attention',
    title,
    body,
    link: `/conflict-cases/${row.id}`,
    entity: { type: 'conflict_case', id: row.id },
    partnerId,
  });
}

/** Each partner party's admins, about the case as it concerns them (vendor-side callers and the system). */
async function tellParties(
  c: TxCtx,
  row: ConflictCaseRow,
  parties: readonly ConflictCasePartyRow[],
  message: (p: ConflictCasePartyRow) => { title: string; body: string } | null,
) {
  for (const p of parties) {
    if (p.partnerId === null) continue;
    const text = message(p);
    if (!text) continue;
    await notify(c, {
      to: await activePartnerUsers(c, p.partnerId, ['partner_admin']),
      kind: 'conflict_cases.updates',
      title: text.title,
      body: text.body,
      link: `/conflict-cases/${row.id}`,
      entity: { type: 'conflict_case', id: row.id },
      partnerId: p.partnerId,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Open

export type OpenCaseInput = {
  customer: { name: string; domain?: string | null };
  parties: { partnerId: string; registrationId?: string | null }[];
  /** The vendor's direct team is a party (a partner against a named direct account). */
  vendorDirect?: boolean;
  summary?: string;
  ownerId?: string | null;
};

async function nextNumber(c: TxCtx): Promise<string> {
  const result = await c.tx.execute<{ n: string }>(sql`SELECT nextval('conflict_case_number_seq')::text AS n`);
  const n = result.rows[0]?.n;
  if (!n) throw new Error('no case number');
  return formatCaseNumber(BigInt(n));
}

/**
 * Opens a case by hand (vendor staff): a channel conflict between two or more partners, or
 * partners and the direct team. Registrations named must be the party's own. Each partner party's
 * admins are told a case concerns them — never who else is in it.
 */
export async function openConflictCase(ctx: Ctx, input: OpenCaseInput): Promise<ConflictCaseDetailDto> {
  const keys = customerKeys(input.customer);
  if (!keys.ok) throw invalidField(keys.path, keys.message);
  return withTx(ctx, async (c) => {
    const actor = policyActor(c);
    if (!runsConflicts(actor)) throw forbidden('Only an admin or a partner manager opens a conflict case');
    const partnerIds = input.parties.map((p) => p.partnerId.toLowerCase());
    const seen = new Set<string>();
    for (const [i, id] of partnerIds.entries()) {
      if (seen.has(id)) throw invalidField(`parties.${i}.partnerId`, 'names a partner twice');
      seen.add(id);
    }
    if (partnerIds.length + (input.vendorDirect ? 1 : 0) < 2)
      throw invalidField('parties', 'must name at least two parties (partners, or a partner and the direct team)');
    const partners = await visiblePartners(c, partnerIds);
    for (const [i, id] of partnerIds.entries())
      if (!partners.has(id)) throw invalidField(`parties.${i}.partnerId`, 'no such partner');
    for (const [i, p] of input.parties.entries()) {
      if (!p.registrationId) continue;
      const [reg] = await c.tx
        .select({ partnerId: dealRegistrations.partnerId })
        .from(dealRegistrations)
        .where(eq(dealRegistrations.id, p.registrationId));
      if (!reg || reg.partnerId !== partnerIds[i])
        throw invalidField(`parties.${i}.registrationId`, 'must be a registration of this partner');
    }
    if (input.ownerId) {
      const owner = (await personSummaries(c, [input.ownerId])).get(input.ownerId);
      if (!owner || (owner.role !== 'partner_manager' && owner.role !== 'admin'))
        throw invalidField('ownerId', 'must be a partner manager or an admin');
    }
    const ownerId =
      input.ownerId ??
      (actor.role === 'partner_manager' ? actor.userId : (partners.get(partnerIds[0] as string)?.ownerId ?? actor.userId));
    const row = await createCase(c, {
      origin: 'manual',
      customer: input.customer,
      keys: keys.keys,
      summary: input.summary ?? '',
      ownerId,
      parties: [
        ...input.parties.map((p, i) => ({ partnerId: partnerIds[i] as string, registrationId: p.registrationId ?? null })),
        ...(input.vendorDirect ? [{ partnerId: null, registrationId: null }] : []),
      ],
    });
    return getDetail(c, row);
  });
}

async function createCase(
  c: TxCtx,
  input: {
    origin: 'registration' | 'manual';
    customer: { name: string; domain?: string | null };
    keys: { name: string; domain: string | null };
    summary: string;
    ownerId: string | null;
    parties: { partnerId: string | null; registrationId: string | null }[];
  },
): Promise<ConflictCaseRow> {
  const settings = await loadSettings(c);
  const number = await nextNumber(c);
  const row = await insertAudited(
    c,
    conflictCases,
    {
      number,
      origin: input.origin,
      customerName: input.customer.name,
      // As the match reads it, readable: "https://www.Globex.com/" → "globex.com" (like registrations).
      customerDomain: input.keys.domain ? domainToUnicode(input.keys.domain) || input.keys.domain : null,
      customerNameKey: input.keys.name,
      customerDomainKey: input.keys.domain,
      summary: input.summary,
      status: 'open',
      tier: 1,
      dueAt: tierDueAt(c.now, 1, settings.tierSlaHours),
      ownerId: input.ownerId,
      createdAt: c.now,
      updatedAt: c.now,
    },
    CASE,
    {
      event: 'conflict_case.opened',
      summary: `${number} opened for ${input.customer.name} (${input.parties.length} parties)`,
      eventData: { number, origin: input.origin, parties: input.parties.length },
    },
  );
  const parties: ConflictCasePartyRow[] = [];
  for (const p of input.parties) parties.push(await addParty(c, row, p));
  await addEntry(c, row, {
    kind: 'opened',
    shared: true,
    body:
      input.origin === 'registration'
        ? `Opened because more than one registration claims ${input.customer.name}.`
        : `Opened by the vendor's channel team for ${input.customer.name}.`,
  });
  if (input.summary) await addEntry(c, row, { kind: 'note', body: input.summary });
  await tellVendor(c, row, 1, `${number}: a channel conflict over ${input.customer.name} needs a decision`, input.summary, null);
  await tellParties(c, row, parties, () => ({
    title: `${number}: a conflict case concerns your customer ${input.customer.name}`,
    body: 'Another party claims this customer. Add your statement: the vendor decides who keeps it.',
  }));
  return row;
}

async function addParty(
  c: TxCtx,
  row: ConflictCaseRow,
  p: { partnerId: string | null; registrationId: string | null },
): Promise<ConflictCasePartyRow> {
  return insertAudited(
    c,
    conflictCaseParties,
    { caseId: row.id, partnerId: p.partnerId, registrationId: p.registrationId, createdAt: c.now, updatedAt: c.now },
    PARTY,
    {
      event: 'conflict_case_party.added',
      summary: `${row.number}: ${p.partnerId === null ? 'the direct team' : 'a partner'} is a party`,
      eventData: { caseId: row.id, number: row.number, registrationId: p.registrationId },
    },
  );
}

/** Why the case opened: the earlier claims, and the coverage model when the segment is sold direct. */
function caseSummary(reg: typeof dealRegistrations.$inferSelect): string {
  const hard = reg.conflictReasons.filter((r) => r.severity !== 'soft');
  const claims = [...new Set(hard.flatMap((r) => (r.rule === 'coverage' ? [] : [r.registrationNumber])))];
  const direct = hard.some((r) => r.rule === 'coverage');
  const parts = [
    ...(claims.length > 0 ? [`${claims.join(', ')} claimed the customer first`] : []),
    ...(direct ? ['the coverage model sells this segment directly'] : []),
  ];
  return `${reg.number} was flagged: ${parts.join('; ')}.`;
}

/**
 * Parties that joined a decided case get the decision as it concerns them (decision 0319): the
 * outcome (`lateOutcome`), their own timeline entry with the reasons every party reads, word of
 * it with the appeal deadline — and, when the decision is already final (the top tier), its
 * effect on their registrations at once. Never left without an answer.
 */
async function joinDecision(c: TxCtx, row: ConflictCaseRow, added: readonly ConflictCasePartyRow[]): Promise<void> {
  const updated: ConflictCasePartyRow[] = [];
  for (const p of added) {
    const outcome = lateOutcome(row.outcome, p);
    updated.push(
      await updateAudited(c, conflictCaseParties, p, { outcome, updatedAt: c.now }, PARTY, {
        event: 'conflict_case_party.decided',
        summary: `${row.number}: joined after the decision: ${OUTCOME_TEXT[outcome]}`,
        eventData: { caseId: row.id, number: row.number, outcome, round: row.round, late: true },
      }),
    );
    await addEntry(c, row, {
      kind: 'decided',
      partnerId: p.partnerId,
      body: `Joined after the decision at tier ${row.tier}: ${OUTCOME_TEXT[outcome]}. ${row.reasons}`,
    });
  }
  const final = row.tier >= TOP_TIER;
  if (final) await applyToRegistrations(c, row, updated);
  await tellParties(c, row, updated, (p) => ({
    title: `${row.number} ${row.customerName}: ${OUTCOME_TEXT[p.outcome ?? 'proceeds']}`,
    body: `The vendor decided this case before your claim joined it. ${row.reasons}${
      p.outcome === 'steps_back' && !final && row.appealUntil ? ` You may appeal until ${row.appealUntil}.` : ''
    }`,
  }));
}

/**
 * The automatic case of a flagged registration (a subscriber to `deal_registration.submitted`, as
 * the system): the open case for the same customer (normalised name or domain) gains the new
 * registration's partner, or a case opens with it and every partner whose registration it met.
 */
export async function openCaseForRegistration(
  ctx: Ctx,
  registrationId: string,
  options: { onlyWhileSubmitted?: boolean } = {},
): Promise<string | null> {
  return withTx(ctx, async (c) => {
    const [reg] = await c.tx.select().from(dealRegistrations).where(eq(dealRegistrations.id, registrationId));
    if (!reg?.conflictFlagged) return null;
    if (options.onlyWhileSubmitted && reg.status !== 'submitted') return null;
    const claims = [
      { partnerId: reg.partnerId, registrationId: reg.id },
      // A vendor-direct opportunity's claim makes the direct team a party (it has no registration).
      ...reg.conflictReasons
        .filter((r) => r.severity !== 'soft')
        .map((r) =>
          r.partnerId === null
            ? { partnerId: null, registrationId: null }
            : { partnerId: r.partnerId, registrationId: r.registrationId },
        ),
    ];
    const distinctClaims = [...new Map(claims.map((x) => [x.partnerId, x])).values()];
    const [open] = await c.tx
      .select()
      .from(conflictCases)
      .where(
        and(
          inArray(conflictCases.status, ['open', 'decided']),
          or(
            eq(conflictCases.customerNameKey, reg.customerNameKey),
            reg.customerDomainKey ? eq(conflictCases.customerDomainKey, reg.customerDomainKey) : undefined,
          ),
        ),
      )
      .orderBy(asc(conflictCases.createdAt))
      .limit(1)
      .for('update');
    if (open) {
      const present = new Set((await partiesOf(c, open.id)).map((p) => p.partnerId));
      const added: ConflictCasePartyRow[] = [];
      for (const claim of distinctClaims) if (!present.has(claim.partnerId)) added.push(await addParty(c, open, claim));
      if (added.length > 0) {
        await addEntry(c, open, {
          kind: 'party_added',
          shared: true,
          body: 'Another registration for this customer joined the case.',
        });
        if (open.status === 'decided') await joinDecision(c, open, added);
        else
          await tellParties(c, open, added, () => ({
            title: `${open.number}: a conflict case concerns your customer ${open.customerName}`,
            body: 'Another party claims this customer. Add your statement: the vendor decides who keeps it.',
          }));
        await tellVendor(
          c,
          open,
          open.tier,
          `${open.number}: ${reg.number} joined the conflict over ${open.customerName}${open.status === 'decided' ? ' after its decision' : ''}`,
          '',
          reg.partnerId,
        );
      }
      return open.id;
    }
    const owner = (await visiblePartners(c, [reg.partnerId])).get(reg.partnerId)?.ownerId ?? null;
    const row = await createCase(c, {
      origin: 'registration',
      customer: { name: reg.customerName, domain: reg.customerDomain },
      keys: { name: reg.customerNameKey, domain: reg.customerDomainKey },
      summary: caseSummary(reg),
      ownerId: owner,
      parties: distinctClaims,
    });
    return row.id;
  });
}

// ---------------------------------------------------------------------------------------------
// Read

async function getDetail(c: TxCtx, row: ConflictCaseRow): Promise<ConflictCaseDetailDto> {
  const dto = await toDto(c, row);
  const vendor = scopeOf(c).kind === 'all';
  const entries = await c.tx
    .select()
    .from(conflictCaseEntries)
    .where(
      and(
        eq(conflictCaseEntries.caseId, row.id),
        vendor
          ? undefined
          : or(
              eq(conflictCaseEntries.partnerId, policyActor(c).partnerId as string),
              and(isNull(conflictCaseEntries.partnerId), eq(conflictCaseEntries.shared, true)),
            ),
      ),
    )
    .orderBy(asc(conflictCaseEntries.at), asc(conflictCaseEntries.id));
  const names = vendor
    ? await visiblePartners(
        c,
        entries.map((e) => e.partnerId),
      )
    : new Map();
  return {
    ...dto,
    timeline: entries.map((e) => ({
      id: e.id,
      kind: e.kind,
      tier: e.tier,
      body: e.body,
      at: e.at,
      actorName: e.actorLabel,
      visibility: e.partnerId !== null ? 'party' : e.shared ? 'parties' : 'vendor',
      partnerName: vendor && e.partnerId ? (names.get(e.partnerId)?.name ?? '') : null,
    })),
  };
}

export async function getConflictCase(ctx: Ctx, id: string): Promise<ConflictCaseDetailDto> {
  return withTx(ctx, async (c) => getDetail(c, await loadCase(c, id)));
}

export type ConflictCaseListQuery = {
  limit: number;
  cursor?: string;
  sort: 'createdAt' | '-createdAt' | 'dueAt' | '-dueAt';
  status?: CaseStatus[];
  tier?: number[];
  partnerId?: string[];
  registrationId?: string;
  overdue?: boolean;
  q?: string;
};

export async function listConflictCases(ctx: Ctx, query: ConflictCaseListQuery): Promise<Page<ConflictCaseDto>> {
  return withTx(ctx, async (c) => {
    const scope = scopeOf(c);
    const t = conflictCases;
    const ks = keyset('conflict-cases', query.sort, { createdAt: t.createdAt, dueAt: t.dueAt }, t.id, query.cursor);
    const partyWhere = (extra: SQL | undefined) =>
      exists(
        c.tx
          .select({ one: sql`1` })
          .from(conflictCaseParties)
          .where(and(eq(conflictCaseParties.caseId, t.id), extra)),
      );
    const conditions: (SQL | undefined)[] = [
      ks.where,
      scope.kind === 'partner' ? partyWhere(eq(conflictCaseParties.partnerId, scope.partnerId)) : undefined,
      query.partnerId?.length ? partyWhere(inArray(conflictCaseParties.partnerId, query.partnerId)) : undefined,
      query.registrationId ? partyWhere(eq(conflictCaseParties.registrationId, query.registrationId)) : undefined,
      query.status?.length ? inArray(t.status, query.status) : undefined,
      query.tier?.length ? inArray(t.tier, query.tier) : undefined,
      query.overdue === undefined
        ? undefined
        : query.overdue
          ? and(eq(t.status, 'open'), lt(t.dueAt, c.now))
          : sql`not (${t.status} = 'open' and ${t.dueAt} < ${c.now})`,
      query.q
        ? or(
            ilike(t.customerName, containsPattern(query.q)),
            ilike(t.number, containsPattern(query.q)),
            ilike(t.customerDomain, containsPattern(query.q)),
          )
        : undefined,
    ];
    const rows = await c.tx
      .select()
      .from(t)
      .where(and(...conditions))
      .orderBy(...ks.orderBy)
      .limit(query.limit + 1);
    const page = toPage(rows, query.limit, ks.cursorOf);
    return { data: await toDtos(c, page.data), nextCursor: page.nextCursor };
  });
}

export type ConflictCaseSummary = { open: number; overdue: number; decided: number; byTier: { tier: number; open: number }[] };

/** Counts for the home pages, in the caller's scope. */
export async function conflictCaseSummary(ctx: Ctx): Promise<ConflictCaseSummary> {
  return withTx(ctx, async (c) => {
    const scope = scopeOf(c);
    const t = conflictCases;
    const rows = await c.tx
      .select({
        tier: t.tier,
        open: sql<number>`count(*) filter (where ${t.status} = 'open')::int`,
        overdue: sql<number>`count(*) filter (where ${t.status} = 'open' and ${t.dueAt} < ${c.now})::int`,
        decided: sql<number>`count(*) filter (where ${t.status} = 'decided')::int`,
      })
      .from(t)
      .where(
        scope.kind === 'partner'
          ? exists(
              c.tx
                .select({ one: sql`1` })
                .from(conflictCaseParties)
                .where(and(eq(conflictCaseParties.caseId, t.id), eq(conflictCaseParties.partnerId, scope.partnerId))),
            )
          : undefined,
      )
      .groupBy(t.tier)
      .orderBy(t.tier);
    return {
      open: rows.reduce((s, r) => s + r.open, 0),
      overdue: rows.reduce((s, r) => s + r.overdue, 0),
      decided: rows.reduce((s, r) => s + r.decided, 0),
      byTier: [1, 2, 3].map((tier) => ({ tier, open: rows.find((r) => r.tier === tier)?.open ?? 0 })),
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Act

/** Vendor staff escalate an open case one tier: a new SLA, the next tier's deciders are told. */
export async function escalateConflictCase(ctx: Ctx, id: string, reason: string): Promise<ConflictCaseDetailDto> {
  return withTx(ctx, async (c) => {
    const before = await loadCase(c, id, true);
    if (!runsConflicts(policyActor(c))) throw forbidden('Only an admin or a partner manager escalates a case');
    const next = escalation(before);
    if (!next.allowed) throw stateError(next.reason, next.path);
    const settings = await loadSettings(c);
    const after = await updateAudited(
      c,
      conflictCases,
      before,
      { tier: next.value, dueAt: tierDueAt(c.now, next.value, settings.tierSlaHours), updatedAt: c.now },
      CASE,
      {
        event: 'conflict_case.escalated',
        summary: `${before.number} escalated to tier ${next.value} (${TIER_LABELS[next.value]})${reason ? `: ${reason}` : ''}`,
        eventData: { fromTier: before.tier, toTier: next.value, reason },
      },
    );
    await addEntry(c, after, {
      kind: 'escalated',
      shared: true,
      body: `Escalated to tier ${next.value} (${TIER_LABELS[next.value]}).`,
    });
    if (reason) await addEntry(c, after, { kind: 'note', body: reason });
    await tellVendor(
      c,
      after,
      next.value,
      `${after.number} was escalated to you (tier ${next.value}): ${after.customerName}`,
      reason,
      null,
    );
    return getDetail(c, after);
  });
}

export type DecideInput = { outcome: DecisionOutcome; keepers?: string[]; reasons: string; internalNote?: string };

/**
 * Decides an open case: the outcome, the keeper parties (by party id), the reasons every party
 * reads, a note for the vendor only. Each party learns the decision as it concerns it, and may
 * appeal within the settings' window.
 */
export async function decideConflictCase(ctx: Ctx, id: string, input: DecideInput): Promise<ConflictCaseDetailDto> {
  return withTx(ctx, async (c) => {
    const before = await loadCase(c, id, true);
    if (!decidesAt(policyActor(c), before.tier))
      throw forbidden(`At tier ${before.tier} (${TIER_LABELS[before.tier as Tier]}) you may not decide this case`);
    if (before.status !== 'open') throw stateError('is not open: it was decided already', 'status');
    const parties = await partiesOf(c, before.id);
    const decision = decide(parties, { outcome: input.outcome, keepers: input.keepers ?? [] });
    if (!decision.allowed) throw invalidField(decision.path, decision.reason);
    const settings = await loadSettings(c);
    const today = await todayOf(c);
    const until = appealUntil(today, settings.appealDays);
    const after = await updateAudited(
      c,
      conflictCases,
      before,
      {
        status: 'decided',
        round: before.round + 1,
        outcome: input.outcome,
        reasons: input.reasons,
        internalNote: input.internalNote ?? '',
        decidedAt: c.now,
        decidedById: actorUserId(c),
        appealUntil: until,
        updatedAt: c.now,
      },
      CASE,
      {
        event: 'conflict_case.decided',
        summary: `${before.number} decided at tier ${before.tier}: ${input.outcome}`,
        eventData: { tier: before.tier, outcome: input.outcome, round: before.round + 1, appealUntil: until },
      },
    );
    const updated: ConflictCasePartyRow[] = [];
    for (const p of parties) {
      const outcome = decision.value.get(p.id) ?? null;
      updated.push(
        await updateAudited(c, conflictCaseParties, p, { outcome, updatedAt: c.now }, PARTY, {
          event: 'conflict_case_party.decided',
          summary: `${before.number}: ${OUTCOME_TEXT[outcome ?? 'proceeds']}`,
          eventData: { caseId: before.id, number: before.number, outcome, round: before.round + 1 },
        }),
      );
      await addEntry(c, after, {
        kind: 'decided',
        partnerId: p.partnerId,
        body: `Decided at tier ${before.tier}: ${OUTCOME_TEXT[outcome ?? 'proceeds']}. ${input.reasons}`,
      });
    }
    if (input.internalNote) await addEntry(c, after, { kind: 'note', body: input.internalNote });
    // The top tier's decision is final at once (nobody appeals it).
    if (before.tier >= TOP_TIER) await applyToRegistrations(c, after, updated);
    await tellParties(c, after, updated, (p) => ({
      title: `${after.number} ${after.customerName}: ${OUTCOME_TEXT[p.outcome ?? 'proceeds']}`,
      body: `${input.reasons}${p.outcome === 'steps_back' || p.outcome === 'shares' ? ` You may appeal until ${until}.` : ''}`,
    }));
    return getDetail(c, after);
  });
}

export const OUTCOME_TEXT: Record<PartyOutcome, string> = {
  keeps: 'you keep the customer',
  shares: 'you share the customer',
  steps_back: 'you step back from the customer',
  proceeds: 'no conflict: you proceed',
};

/** A partner party adds its statement (its account of the conflict); only it and the vendor read it. */
export async function addConflictStatement(ctx: Ctx, id: string, statement: string): Promise<ConflictCaseDetailDto> {
  return withTx(ctx, async (c) => {
    const row = await loadCase(c, id, true);
    const actor = policyActor(c);
    if (!isPartnerRole(actor.role)) throw forbidden('Only a party’s people add its statement');
    if (row.status === 'closed') throw stateError('is closed', 'status');
    const party = (await partiesOf(c, row.id)).find((p) => p.partnerId === actor.partnerId);
    if (!party) throw notFound('Conflict case');
    await updateAudited(c, conflictCaseParties, party, { statement, statementAt: c.now, updatedAt: c.now }, PARTY, {
      event: 'conflict_case_party.statement_added',
      summary: `${row.number}: statement added`,
      eventData: { caseId: row.id, number: row.number },
    });
    await addEntry(c, row, { kind: 'statement', partnerId: party.partnerId, body: statement });
    await tellVendor(
      c,
      row,
      row.tier,
      `${row.number}: a party added its statement (${row.customerName})`,
      statement,
      party.partnerId,
    );
    return getDetail(c, row);
  });
}

/** Vendor staff add an internal note to the timeline (never shown to a partner). */
export async function addConflictNote(ctx: Ctx, id: string, note: string): Promise<ConflictCaseDetailDto> {
  return withTx(ctx, async (c) => {
    const row = await loadCase(c, id, true);
    if (!runsConflicts(policyActor(c))) throw forbidden('Only an admin or a partner manager adds notes');
    if (row.status === 'closed') throw stateError('is closed', 'status');
    await recordChange(c, {
      action: 'update',
      entityType: 'conflict_case',
      entityId: row.id,
      partnerId: null,
      before: null,
      after: { note },
      event: 'conflict_case.note_added',
      summary: `${row.number}: note added`,
    });
    await addEntry(c, row, { kind: 'note', body: note });
    return getDetail(c, row);
  });
}

/**
 * A partner party appeals a decision that did not give it the customer, within the appeal window,
 * with its statement: the case re-opens at the next tier, whose deciders are told. The case's
 * change is audited on the appellant's side with only what it may read (status and tier).
 */
export async function appealConflictCase(ctx: Ctx, id: string, statement: string): Promise<ConflictCaseDetailDto> {
  return withTx(ctx, async (c) => {
    const before = await loadCase(c, id, true);
    const actor = policyActor(c);
    if (!isPartnerRole(actor.role)) throw forbidden('Only a party’s people appeal');
    const party = (await partiesOf(c, before.id)).find((p) => p.partnerId === actor.partnerId);
    if (!party) throw notFound('Conflict case');
    const today = await todayOf(c);
    const rule = appeal(before, party, today);
    if (!rule.allowed) throw stateError(rule.reason, rule.path);
    const settings = await loadSettings(c);
    const tier = rule.value;
    await updateAudited(
      c,
      conflictCaseParties,
      party,
      { appealedRound: before.round, appealStatement: statement, appealedAt: c.now, updatedAt: c.now },
      PARTY,
      {
        event: 'conflict_case_party.appealed',
        summary: `${before.number}: appealed to tier ${tier} (${TIER_LABELS[tier]})`,
        eventData: { caseId: before.id, number: before.number, round: before.round, toTier: tier },
      },
    );
    const [after] = await c.tx
      .update(conflictCases)
      .set({ status: 'open', tier, dueAt: tierDueAt(c.now, tier, settings.tierSlaHours), updatedAt: c.now })
      .where(eq(conflictCases.id, before.id))
      .returning();
    if (!after) throw notFound('Conflict case');
    await recordChange(c, {
      action: 'update',
      entityType: 'conflict_case',
      entityId: before.id,
      partnerId: party.partnerId,
      before: { status: before.status, tier: before.tier },
      after: { status: 'open', tier },
      event: 'conflict_case.appealed',
      summary: `${before.number} appealed: re-opened at tier ${tier} (${TIER_LABELS[tier]})`,
      eventData: { number: before.number, fromTier: before.tier, toTier: tier, round: before.round },
    });
    await addEntry(c, after, { kind: 'appealed', partnerId: party.partnerId, body: statement });
    await addEntry(c, after, {
      kind: 'reopened',
      shared: true,
      body: `The decision was appealed: the case is open again at tier ${tier} (${TIER_LABELS[tier]}).`,
    });
    await tellVendor(
      c,
      after,
      tier,
      `${after.number} was appealed: it needs a decision at tier ${tier}`,
      statement,
      party.partnerId,
    );
    return getDetail(c, after);
  });
}

/** Records what happened in the end and closes a decided case (vendor staff). */
export async function closeConflictCase(ctx: Ctx, id: string, outcomeNote: string): Promise<ConflictCaseDetailDto> {
  return withTx(ctx, async (c) => {
    const before = await loadCase(c, id, true);
    if (!runsConflicts(policyActor(c))) throw forbidden('Only an admin or a partner manager closes a case');
    const rule = closing(before, await todayOf(c), 'person');
    if (!rule.allowed) throw stateError(rule.reason, rule.path);
    const after = await closeCase(c, before, outcomeNote);
    return getDetail(c, after);
  });
}

async function closeCase(c: TxCtx, before: ConflictCaseRow, outcomeNote: string): Promise<ConflictCaseRow> {
  const after = await updateAudited(
    c,
    conflictCases,
    before,
    { status: 'closed', closedAt: c.now, closedById: actorUserId(c), outcomeNote, updatedAt: c.now },
    CASE,
    {
      event: 'conflict_case.closed',
      summary: `${before.number} closed: ${before.outcome}${outcomeNote ? ` — ${outcomeNote}` : ''}`,
      eventData: { outcome: before.outcome, outcomeNote },
    },
  );
  await addEntry(c, after, {
    kind: 'closed',
    shared: true,
    body: outcomeNote ? `Closed: ${outcomeNote}` : 'Closed: the decision stands.',
  });
  const parties = await partiesOf(c, after.id);
  await applyToRegistrations(c, after, parties);
  await tellParties(c, after, parties, (p) => ({
    title: `${after.number} ${after.customerName} is closed`,
    body: `The decision stands: ${OUTCOME_TEXT[p.outcome ?? 'proceeds']}.${outcomeNote ? ` ${outcomeNote}` : ''}`,
  }));
  return after;
}

/** Tells the other partner parties that a decision they received was appealed (after the appeal committed, as the system). */
export async function tellPartiesOfAppeal(ctx: Ctx, caseId: string, appellantPartnerId: string | null): Promise<void> {
  await withTx(ctx, async (c) => {
    const [row] = await c.tx.select().from(conflictCases).where(eq(conflictCases.id, caseId));
    if (!row) return;
    const parties = (await partiesOf(c, caseId)).filter((p) => p.partnerId !== appellantPartnerId);
    await tellParties(c, row, parties, () => ({
      title: `${row.number} ${row.customerName}: the decision was appealed`,
      body: `The case is open again at tier ${row.tier} (${TIER_LABELS[row.tier as Tier]}). You may add to your statement.`,
    }));
  });
}

// ---------------------------------------------------------------------------------------------
// The daily job

export type ConflictScheduleResult = { overdue: number; closed: number };

/**
 * The daily conflict case job (as the system): each open case past its tier's SLA tells the
 * tier's deciders once per tier; decided cases nobody appealed in time close with the decision
 * as their outcome. Safe to run twice.
 */
export async function runConflictCaseSchedule(ctx: Ctx): Promise<ConflictScheduleResult> {
  return withTx(ctx, async (c) => {
    const today = await todayOf(c);
    const result: ConflictScheduleResult = { overdue: 0, closed: 0 };
    const overdue = await c.tx
      .select()
      .from(conflictCases)
      .where(
        and(
          eq(conflictCases.status, 'open'),
          lt(conflictCases.dueAt, c.now),
          lt(conflictCases.overdueNotifiedTier, conflictCases.tier),
        ),
      )
      .orderBy(asc(conflictCases.dueAt))
      .for('update');
    for (const row of overdue) {
      await c.tx.update(conflictCases).set({ overdueNotifiedTier: row.tier }).where(eq(conflictCases.id, row.id));
      await tellVendor(
        c,
        row,
        row.tier,
        `${row.number} is past its tier ${row.tier} SLA: ${row.customerName}`,
        'Decide it, or escalate it to the next tier.',
        null,
      );
      result.overdue += 1;
    }
    const lapsed = await c.tx
      .select()
      .from(conflictCases)
      .where(and(eq(conflictCases.status, 'decided'), lt(conflictCases.appealUntil, today)))
      .orderBy(asc(conflictCases.appealUntil), desc(conflictCases.id))
      .for('update');
    for (const row of lapsed) {
      if (!closing(row, today, 'job').allowed) continue;
      await closeCase(c, row, '');
      result.closed += 1;
    }
    return result;
  });
}
