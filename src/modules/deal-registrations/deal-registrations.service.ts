import { domainToUnicode } from 'node:url';
import { and, asc, eq, gte, ilike, inArray, isNull, lt, lte, or, type SQL, sql } from 'drizzle-orm';
import { keyset } from '../../db/keyset.js';
import { loadScoped, loadSingleton } from '../../db/load.js';
import { partnerFilter, scopeOf, withTx } from '../../db/scope.js';
import { containsPattern } from '../../db/search.js';
import { actorUserId, type Ctx, policyActor, type TxCtx } from '../../shared/context.js';
import { addDays, daysBetween, type IsoDate, localDateOf } from '../../shared/dates.js';
import { AppError, forbidden, invalidField } from '../../shared/errors.js';
import { type Page, toPage } from '../../shared/paging.js';
import { isPartnerRole } from '../../shared/roles.js';
import { type AuditedKind, insertAudited, updateAudited } from '../audit/index.js';
import { assertComplianceAllows } from '../compliance/index.js';
import {
  activePartnerUsers,
  type PersonSummary,
  personSummaries,
  type VisiblePartner,
  visiblePartners,
} from '../directory/index.js';
import { coverageFor } from '../leads/index.js';
import { activeUsersWithRole, notify } from '../notifications/index.js';
import { currentTierBenefits } from '../programs/index.js';
import { getSettings } from '../settings/index.js';
import { type PropositionRef, propositionLink, propositionOf, propositionRefs } from '../value/index.js';
import {
  actsForPartner,
  approvesFor,
  type DealRegistrationPermissions,
  dealRegistrationPermissions,
  mayEditDealSettings,
  mayRegisterFor,
} from './deal-registrations.policy.js';
import {
  ACTIVE_STATUSES,
  approvalBlockedByCase,
  approvalDueAt,
  type CaseStanding,
  type CustomerKeys,
  coverageConflict,
  customerKeys,
  type DealStatus,
  decideExtension,
  detectConflicts,
  type ExistingRegistration,
  endedByOffboarding,
  expiryOf,
  explainConflicts,
  formatNumber,
  hasSegmentFacts,
  isApprovalOverdue,
  isExpiringSoon,
  nextStatus,
  protectionDays,
  registrationAfterCase,
  remindersDue,
  type SegmentFacts,
  type VisibleConflictReason,
  withCoverage,
} from './deal-registrations.rules.js';
import {
  type DealRegistrationRow,
  type DealRegistrationSettingsRow,
  dealRegistrationReminders,
  dealRegistrationSettings,
  dealRegistrations,
} from './deal-registrations.schema.js';

export const DEAL_REGISTRATION: AuditedKind<DealRegistrationRow> = {
  entityType: 'deal_registration',
  partnerIdOf: (r) => r.partnerId,
  labelOf: (r) => `${r.number} ${r.title}`,
};

const SETTINGS: AuditedKind<DealRegistrationSettingsRow> = {
  entityType: 'deal_registration_settings',
  partnerIdOf: () => null,
  labelOf: () => 'Deal registration settings',
};

/** "Expiring soon": protection ending within this many days. */
export const EXPIRING_SOON_DAYS = 14;

async function todayOf(ctx: Ctx): Promise<IsoDate> {
  return localDateOf(ctx.now, (await getSettings(ctx)).timeZone);
}

// ---------------------------------------------------------------------------------------------
// Settings

export type DealSettings = Omit<DealRegistrationSettingsRow, 'id'>;

function loadSettings(c: TxCtx): Promise<DealRegistrationSettingsRow> {
  return loadSingleton(c, dealRegistrationSettings);
}

export async function getDealSettings(ctx: Ctx): Promise<DealSettings> {
  return withTx(ctx, async (c) => {
    const { id: _id, ...rest } = await loadSettings(c);
    return rest;
  });
}

export async function updateDealSettings(
  ctx: Ctx,
  patch: Partial<Pick<DealSettings, 'approvalSlaHours' | 'reminderDays' | 'defaultProtectionDays'>>,
): Promise<DealSettings> {
  return withTx(ctx, async (c) => {
    if (!mayEditDealSettings(policyActor(c))) throw forbidden('Only an admin changes deal registration settings');
    const before = await loadSettings(c);
    const next = {
      ...patch,
      ...(patch.reminderDays ? { reminderDays: [...new Set(patch.reminderDays)].sort((a, b) => b - a) } : {}),
    };
    const { id: _id, ...rest } = await updateAudited(
      c,
      dealRegistrationSettings,
      before,
      { ...next, updatedAt: c.now },
      SETTINGS,
      {
        summary: 'Updated deal registration settings',
      },
    );
    return rest;
  });
}

// ---------------------------------------------------------------------------------------------
// DTOs

type PartnerRef = VisiblePartner;

/** The partners behind `ids` the caller sees (the directory's lookup: another partner's id is absent). */
const partnerRefs = visiblePartners;

export type DealRegistrationDto = {
  id: string;
  number: string;
  partnerId: string;
  partnerName: string;
  title: string;
  customer: {
    name: string;
    domain: string | null;
    country: string | null;
    region: string | null;
    industry: string | null;
    size: string | null;
  };
  amount: number;
  currency: string;
  expectedCloseDate: IsoDate;
  products: string[];
  notes: string;
  status: DealStatus;
  submittedAt: Date;
  submittedBy: PersonSummary | null;
  approvalDueAt: Date;
  approvalOverdue: boolean;
  conflict: { flagged: boolean; reasons: VisibleConflictReason[] };
  decidedAt: Date | null;
  decidedBy: PersonSummary | null;
  rejectionReason: string;
  protectionDays: number | null;
  expiresOn: IsoDate | null;
  expiringSoon: boolean;
  /** Days of protection left (approved), null otherwise. */
  daysLeft: number | null;
  extensionRequestedOn: IsoDate | null;
  extensionRequestedUntil: IsoDate | null;
  extensionReason: string;
  extensionCount: number;
  closedAt: Date | null;
  closeReason: string;
  valuePropositionId: string | null;
  valueProposition: PropositionRef | null;
  createdAt: Date;
  updatedAt: Date;
  /**
   * For its approver: why it may not be approved now because of its conflict case (open, or told
   * to step back; `can.approve` is then false). Null: nothing in the way, or not the approver.
   */
  approvalBlockedBy: string | null;
  can: DealRegistrationPermissions;
};

/**
 * How registrations stand in their conflict cases (by registration id; none: no case). The
 * conflict-cases module depends on this one, so it hands its reader in (`readCaseStandingWith`,
 * from its index.ts when the modules load); without it no registration has a case.
 */
type CaseStandingReader = (c: TxCtx, registrationIds: readonly string[]) => Promise<Map<string, CaseStanding>>;
let caseStandingsOf: CaseStandingReader = async () => new Map();

export function readCaseStandingWith(reader: CaseStandingReader): void {
  caseStandingsOf = reader;
}

/** Why each of these registrations may not be approved because of its conflict case (decision 0227). */
async function approvalBlocks(c: TxCtx, ids: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (ids.length === 0) return out;
  for (const [id, standing] of await caseStandingsOf(c, ids)) {
    const blocked = approvalBlockedByCase(standing);
    if (blocked) out.set(id, blocked);
  }
  return out;
}

async function toDtos(
  c: TxCtx,
  rows: readonly DealRegistrationRow[],
  knownToday?: IsoDate,
  knownPartner?: PartnerRef,
): Promise<DealRegistrationDto[]> {
  if (rows.length === 0) return [];
  const viewer = scopeOf(c).kind === 'all' ? 'vendor' : 'partner';
  const otherPartners =
    viewer === 'vendor' ? rows.flatMap((r) => r.conflictReasons.flatMap((x) => (x.partnerId ? [x.partnerId] : []))) : [];
  // A registration just made knows its partner: only the conflicting partners' names are asked for.
  const wanted = [...rows.map((r) => r.partnerId), ...otherPartners].filter((id) => id !== knownPartner?.id);
  const partners = await partnerRefs(c, wanted);
  if (knownPartner) partners.set(knownPartner.id, knownPartner);
  const people = await personSummaries(
    c,
    rows.flatMap((r) => [r.submittedById, r.decidedById]),
  );
  const actor = policyActor(c);
  const today = knownToday ?? (await todayOf(c));
  const partnerOf = (r: DealRegistrationRow) => partners.get(r.partnerId) ?? { id: r.partnerId, name: '', ownerId: null };
  const cans = new Map(rows.map((r) => [r.id, dealRegistrationPermissions(actor, r, partnerOf(r), today)]));
  // Only for who would approve it: its conflict case may stand in the way (the reason is theirs to read).
  const blocks = await approvalBlocks(
    c,
    rows.filter((r) => cans.get(r.id)?.approve).map((r) => r.id),
  );
  const refs = await propositionRefs(
    c,
    rows.map((r) => r.valuePropositionId),
  );
  return rows.map((r) => {
    const partner = partnerOf(r);
    const can = cans.get(r.id) as DealRegistrationPermissions;
    const blockedBy = blocks.get(r.id) ?? null;
    return {
      id: r.id,
      number: r.number,
      partnerId: r.partnerId,
      partnerName: partner.name,
      title: r.title,
      customer: {
        name: r.customerName,
        domain: r.customerDomain,
        country: r.customerCountry,
        region: r.customerRegion,
        industry: r.customerIndustry,
        size: r.customerSize,
      },
      amount: r.amount,
      currency: r.currency,
      expectedCloseDate: r.expectedCloseDate,
      products: r.products,
      notes: r.notes,
      status: r.status,
      submittedAt: r.submittedAt,
      submittedBy: r.submittedById ? (people.get(r.submittedById) ?? null) : null,
      approvalDueAt: r.approvalDueAt,
      approvalOverdue: isApprovalOverdue(r, c.now),
      conflict: {
        flagged: r.conflictFlagged,
        reasons: explainConflicts(r.conflictReasons, viewer, (id) => partners.get(id)?.name ?? ''),
      },
      decidedAt: r.decidedAt,
      decidedBy: r.decidedById ? (people.get(r.decidedById) ?? null) : null,
      rejectionReason: r.rejectionReason,
      protectionDays: r.protectionDays,
      expiresOn: r.expiresOn,
      expiringSoon: isExpiringSoon(r, today, EXPIRING_SOON_DAYS),
      daysLeft: r.status === 'approved' && r.expiresOn !== null ? Math.max(0, daysBetween(today, r.expiresOn)) : null,
      extensionRequestedOn: r.extensionRequestedOn,
      extensionRequestedUntil: r.extensionRequestedUntil,
      extensionReason: r.extensionReason,
      extensionCount: r.extensionCount,
      closedAt: r.closedAt,
      closeReason: r.closeReason,
      valuePropositionId: r.valuePropositionId,
      valueProposition: propositionOf(refs, r.valuePropositionId),
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
      approvalBlockedBy: blockedBy,
      can: blockedBy ? { ...can, approve: false } : can,
    };
  });
}

async function toDto(c: TxCtx, row: DealRegistrationRow, today?: IsoDate, partner?: PartnerRef): Promise<DealRegistrationDto> {
  const [dto] = await toDtos(c, [row], today, partner);
  if (!dto) throw new Error('unreachable');
  return dto;
}

function loadRegistration(c: TxCtx, id: string, lock = false): Promise<DealRegistrationRow> {
  return loadScoped(c, dealRegistrations, id, 'Deal registration', { lock });
}

// ---------------------------------------------------------------------------------------------
// Conflict check

/**
 * The active claims of OTHER partners on a customer (by normalised domain or name), read by the
 * `deal_registration_claims` SQL function (migration: it sees past row-level security so that a
 * partner's registration can be checked against others'; nothing it returns reaches a partner
 * unredacted). Takes transaction-scoped advisory locks on the customer's keys first, so two
 * registrations of one customer at the same moment run one after the other: the second sees the
 * first and is flagged. Answers the next registration number in the same round trip.
 *
 * The seam for other claims: vendor-direct opportunities add their matches to this function
 * (or a sibling joined here) on the same normalised keys (`customerKeys` in the rules).
 */
export async function lockAndFindClaims(
  c: TxCtx,
  partnerId: string,
  keys: CustomerKeys,
  today: IsoDate,
): Promise<{ claims: ExistingRegistration[]; number: string }> {
  const lockKeys = [`name:${keys.name}`, ...(keys.domain ? [`domain:${keys.domain}`] : [])].sort();
  await c.tx.execute(
    sql`SELECT count(pg_advisory_xact_lock(hashtextextended('deal_registration:' || k, 0))) FROM (SELECT unnest(${sql.param(lockKeys)}::text[]) AS k ORDER BY 1) keys`,
  );
  const result = await c.tx.execute<{
    n: string;
    id: string | null;
    number: string | null;
    partner_id: string | null;
    status: DealStatus | 'vendor_opportunity' | null;
    expires_on: string | null;
    submitted_at: string | Date | null;
    domain_key: string | null;
    name_key: string | null;
  }>(
    sql`SELECT (SELECT nextval('deal_registration_number_seq'))::text AS n, claim.* FROM (SELECT 1) one LEFT JOIN deal_registration_claims(${keys.domain}::text, ${keys.name}::text, ${partnerId}::uuid, ${today}::date) claim ON true`,
  );
  const rows = result.rows;
  const n = rows[0]?.n;
  if (!n) throw new Error('no registration number');
  const claims: ExistingRegistration[] = rows
    .filter((r) => r.id !== null)
    .map((r) => ({
      id: r.id as string,
      number: r.number as string,
      partnerId: r.partner_id,
      status: r.status as DealStatus | 'vendor_opportunity',
      expiresOn: r.expires_on === null ? null : String(r.expires_on).slice(0, 10),
      submittedAt: new Date(r.submitted_at as string),
      domainKey: r.domain_key,
      nameKey: r.name_key as string,
    }));
  return { claims, number: formatNumber(BigInt(n)) };
}

// ---------------------------------------------------------------------------------------------
// Register

export type DealRegistrationInput = {
  partnerId?: string;
  customer: {
    name: string;
    domain?: string | null;
    /** The segment the coverage model checks (decision 0222); all optional. */
    country?: string | null;
    region?: string | null;
    industry?: string | null;
    size?: string | null;
  };
  title: string;
  amount: number;
  currency: string;
  expectedCloseDate: IsoDate;
  products?: string[];
  notes?: string;
  /** The partner's joint value proposition (a published version) the deal is sold with; null: none. */
  valuePropositionId?: string | null | undefined;
};

function segmentFactsOf(customer: DealRegistrationInput['customer']): SegmentFacts {
  return {
    country: customer.country?.trim().toUpperCase() || null,
    region: customer.region || null,
    industry: customer.industry?.trim() || null,
    size: customer.size || null,
  };
}

/** The protection a partner's approval gets: the most generous tier benefit, else the module's default. */
async function protectionFor(c: TxCtx, partnerId: string, fallback: number): Promise<number> {
  const benefits = (await currentTierBenefits(c, [partnerId])).get(partnerId) ?? [];
  return protectionDays(
    benefits.map((b) => b.dealProtectionDays),
    fallback,
  );
}

/**
 * Registers a deal. A partner's people register for their own company (naming another is the
 * same 422 as naming none that exists); vendor staff name the partner. Compliance may block it.
 * The customer's keys are checked against other partners' active claims under a lock: a conflict
 * is flagged with its reasons, never refused. The approver is notified.
 */
export async function createDealRegistration(ctx: Ctx, input: DealRegistrationInput): Promise<DealRegistrationDto> {
  const keys = customerKeys(input.customer);
  if (!keys.ok) throw invalidField(keys.path, keys.message);
  return withTx(ctx, async (c) => {
    const actor = policyActor(c);
    let partnerId: string;
    if (isPartnerRole(actor.role)) {
      if (input.partnerId !== undefined && input.partnerId.toLowerCase() !== actor.partnerId)
        throw invalidField('partnerId', 'must be your own company');
      partnerId = actor.partnerId as string;
    } else {
      if (!input.partnerId) throw invalidField('partnerId', 'is required when vendor staff register on a partner’s behalf');
      partnerId = input.partnerId.toLowerCase();
    }
    const partner = (await partnerRefs(c, [partnerId])).get(partnerId);
    if (!partner) throw invalidField('partnerId', isPartnerRole(actor.role) ? 'must be your own company' : 'no such partner');
    if (!mayRegisterFor(actor, partnerId)) throw forbidden('You may not register deals for this partner');
    const today = await todayOf(c);
    if (input.expectedCloseDate < today) throw invalidField('expectedCloseDate', 'must be today or later');
    await assertComplianceAllows(c, partnerId, 'deal_registration');
    const settings = await loadSettings(c);
    const { claims, number } = await lockAndFindClaims(c, partnerId, keys.keys, today);
    const link = await propositionLink(c, null, input.valuePropositionId, [partnerId]);
    const facts = segmentFactsOf(input.customer);
    const coverage = hasSegmentFacts(facts) ? await coverageFor(c, facts) : null;
    const conflict = withCoverage(
      detectConflicts({ partnerId, keys: keys.keys }, claims, today),
      coverageConflict(coverage, c.now),
    );
    const row = await insertAudited(
      c,
      dealRegistrations,
      {
        number,
        partnerId,
        title: input.title,
        customerName: input.customer.name,
        // The domain as the conflict check reads it ("https://www.Globex.com/x" → "globex.com"),
        // in its readable (Unicode) form, not as typed.
        customerDomain: keys.keys.domain ? domainToUnicode(keys.keys.domain) || keys.keys.domain : null,
        customerNameKey: keys.keys.name,
        customerDomainKey: keys.keys.domain,
        customerCountry: facts.country,
        customerRegion: facts.region,
        customerIndustry: facts.industry,
        customerSize: facts.size,
        amount: input.amount,
        currency: input.currency,
        expectedCloseDate: input.expectedCloseDate,
        products: input.products ?? [],
        notes: input.notes ?? '',
        status: 'submitted',
        submittedAt: c.now,
        submittedById: actorUserId(c),
        approvalDueAt: approvalDueAt(c.now, settings.approvalSlaHours),
        conflictFlagged: conflict.flagged,
        conflictReasons: conflict.reasons,
        ...link,
        createdAt: c.now,
        updatedAt: c.now,
      },
      DEAL_REGISTRATION,
      {
        event: 'deal_registration.submitted',
        summary: `${number}: ${partner.name} registered ${input.title} for ${input.customer.name}${conflict.flagged ? ' (conflict flagged)' : ''}`,
        eventData: {
          number,
          amount: input.amount,
          currency: input.currency,
          conflictFlagged: conflict.flagged,
          conflictRules: [...new Set(conflict.reasons.map((r) => r.rule))],
        },
      },
    );
    const approvers = partner.ownerId ? [partner.ownerId] : await activeUsersWithRole(c, ['admin']);
    await notify(c, {
      to: approvers,
      kind: 'deal_registrations.submitted',
      title: `${partner.name} registered ${input.title} (${number})${conflict.flagged ? ': conflict flagged' : ''}`,
      body: `Approve or reject it within ${settings.approvalSlaHours} hours.`,
      link: `/deal-registrations/${row.id}`,
      entity: { type: 'deal_registration', id: row.id },
      partnerId,
    });
    return toDto(c, row, today, partner);
  });
}

export async function getDealRegistration(ctx: Ctx, id: string): Promise<DealRegistrationDto> {
  return withTx(ctx, async (c) => toDto(c, await loadRegistration(c, id)));
}

// ---------------------------------------------------------------------------------------------
// Decisions and outcomes

function stateError(message: string, path = 'status'): AppError {
  return new AppError('INVALID_TRANSITION', `This registration ${message}`, { errors: [{ path, message }] });
}

async function tellPartner(c: TxCtx, row: DealRegistrationRow, title: string, body: string): Promise<void> {
  await notify(c, {
    to: await activePartnerUsers(c, row.partnerId, ['partner_admin', 'partner_user']),
    kind: 'deal_registrations.decided',
    title,
    body,
    link: `/deal-registrations/${row.id}`,
    entity: { type: 'deal_registration', id: row.id },
    partnerId: row.partnerId,
  });
}

async function partnerOf(c: TxCtx, row: DealRegistrationRow): Promise<PartnerRef> {
  return (await partnerRefs(c, [row.partnerId])).get(row.partnerId) ?? { id: row.partnerId, name: '', ownerId: null };
}

/**
 * Approves a submitted registration: protection from today for the partner's most generous tier's
 * days. Not while its conflict case is open, nor once the case told its partner to step back
 * (409 naming the case).
 */
export async function approveDealRegistration(ctx: Ctx, id: string): Promise<DealRegistrationDto> {
  return withTx(ctx, async (c) => {
    const before = await loadRegistration(c, id, true);
    const partner = await partnerOf(c, before);
    if (!approvesFor(policyActor(c), partner))
      throw forbidden('Only an admin or the partner’s manager approves its registrations');
    const today = await todayOf(c);
    const next = nextStatus(before, 'approve', today);
    if (!next.allowed) throw stateError(next.reason);
    const blocked = approvalBlockedByCase((await caseStandingsOf(c, [before.id])).get(before.id) ?? null);
    if (blocked) throw new AppError('CONFLICT', blocked, { errors: [{ path: 'conflictCase', message: blocked }] });
    const days = await protectionFor(c, before.partnerId, (await loadSettings(c)).defaultProtectionDays);
    const expiresOn = expiryOf(today, days);
    const after = await updateAudited(
      c,
      dealRegistrations,
      before,
      { status: 'approved', decidedAt: c.now, decidedById: actorUserId(c), protectionDays: days, expiresOn, updatedAt: c.now },
      DEAL_REGISTRATION,
      {
        event: 'deal_registration.approved',
        summary: `${before.number} approved: protected until ${expiresOn}`,
        eventData: { fromStatus: before.status, toStatus: 'approved', protectionDays: days, expiresOn },
      },
    );
    await tellPartner(
      c,
      after,
      `${after.number} ${after.title} is approved`,
      `It is protected for ${days} days, until ${expiresOn}.`,
    );
    return toDto(c, after);
  });
}

/**
 * Names (or clears, with null) the joint value proposition a registration is sold with: the
 * partner's people and its approvers, while it is submitted or protected (decision 0344).
 */
export async function updateDealRegistration(
  ctx: Ctx,
  id: string,
  patch: { valuePropositionId?: string | null | undefined },
): Promise<DealRegistrationDto> {
  return withTx(ctx, async (c) => {
    const before = await loadRegistration(c, id, true);
    const partner = await partnerOf(c, before);
    if (!dealRegistrationPermissions(policyActor(c), before, partner, await todayOf(c)).edit)
      throw forbidden('The partner’s people and its approvers change a submitted or protected registration');
    const link = await propositionLink(c, before.valuePropositionId, patch.valuePropositionId, [before.partnerId]);
    if (Object.keys(link).length === 0) return toDto(c, before);
    const after = await updateAudited(c, dealRegistrations, before, { ...link, updatedAt: c.now }, DEAL_REGISTRATION, {
      summary:
        link.valuePropositionId === null
          ? `${before.number} no longer names a joint value proposition`
          : `${before.number} is sold with the joint value proposition`,
    });
    return toDto(c, after);
  });
}

export async function rejectDealRegistration(ctx: Ctx, id: string, reason: string): Promise<DealRegistrationDto> {
  return withTx(ctx, async (c) => {
    const before = await loadRegistration(c, id, true);
    const partner = await partnerOf(c, before);
    if (!approvesFor(policyActor(c), partner))
      throw forbidden('Only an admin or the partner’s manager rejects its registrations');
    const next = nextStatus(before, 'reject', await todayOf(c));
    if (!next.allowed) throw stateError(next.reason);
    const after = await updateAudited(
      c,
      dealRegistrations,
      before,
      { status: 'rejected', decidedAt: c.now, decidedById: actorUserId(c), rejectionReason: reason, updatedAt: c.now },
      DEAL_REGISTRATION,
      {
        event: 'deal_registration.rejected',
        summary: `${before.number} rejected: ${reason}`,
        eventData: { fromStatus: before.status, toStatus: 'rejected', reason },
      },
    );
    await tellPartner(c, after, `${after.number} ${after.title} is rejected`, reason);
    return toDto(c, after);
  });
}

/**
 * A conflict case's final decision reaches a party's registration (called by the conflict-cases
 * module in its own transaction): told to step back, a submitted or approved registration is
 * rejected with the case named as the reason — never the partner that kept the customer — and
 * its partner's people are told. Anything else leaves it as it is. Answers whether it changed.
 */
export async function settleByConflictCase(
  c: TxCtx,
  id: string,
  caseNumber: string,
  outcome: CaseStanding['outcome'],
): Promise<boolean> {
  const before = await loadRegistration(c, id, true);
  const to = registrationAfterCase(before.status, outcome);
  if (to === null) return false;
  const reason = `Lost conflict case ${caseNumber}`;
  const after = await updateAudited(
    c,
    dealRegistrations,
    before,
    { status: to, decidedAt: c.now, decidedById: actorUserId(c), rejectionReason: reason, updatedAt: c.now },
    DEAL_REGISTRATION,
    {
      event: 'deal_registration.rejected',
      summary: `${before.number} rejected: ${reason}`,
      eventData: { fromStatus: before.status, toStatus: to, reason, conflictCase: caseNumber },
    },
  );
  await tellPartner(
    c,
    after,
    `${after.number} ${after.title} is rejected`,
    `${reason}: the decision is final and your company steps back from ${after.customerName}.`,
  );
  return true;
}

/** Records the outcome of an approved, protected registration: won, or lost with the reason. */
export async function closeDealRegistration(
  ctx: Ctx,
  id: string,
  outcome: 'won' | 'lost',
  reason: string,
): Promise<DealRegistrationDto> {
  return withTx(ctx, async (c) => {
    const before = await loadRegistration(c, id, true);
    const partner = await partnerOf(c, before);
    const actor = policyActor(c);
    if (!approvesFor(actor, partner) && !actsForPartner(actor, before))
      throw forbidden('Only the partner’s people, its manager or an admin record the outcome');
    const next = nextStatus(before, outcome === 'won' ? 'win' : 'lose', await todayOf(c));
    if (!next.allowed) throw stateError(next.reason);
    const after = await updateAudited(
      c,
      dealRegistrations,
      before,
      { status: outcome, closedAt: c.now, closedById: actorUserId(c), closeReason: reason, updatedAt: c.now },
      DEAL_REGISTRATION,
      {
        event: outcome === 'won' ? 'deal_registration.won' : 'deal_registration.lost',
        summary: `${before.number} ${outcome}${reason ? `: ${reason}` : ''}`,
        eventData: { fromStatus: before.status, toStatus: outcome, ...(reason ? { reason } : {}) },
      },
    );
    if (actor.partnerId !== null && partner.ownerId) {
      await notify(c, {
        to: [partner.ownerId],
        kind: 'deal_registrations.outcome',
        title: `${partner.name} marked ${before.number} ${before.title} ${outcome}`,
        body: reason,
        link: `/deal-registrations/${before.id}`,
        entity: { type: 'deal_registration', id: before.id },
        partnerId: before.partnerId,
      });
    }
    return toDto(c, after);
  });
}

/**
 * Ends an off-boarding partner's active registrations (the runbook's transfer item; its policy was
 * checked by the caller): submitted ones are rejected, approved ones expire now, with the reason.
 * Answers how many ended.
 */
export async function endRegistrationsOf(c: TxCtx, partnerId: string, why: string): Promise<number> {
  const active = await c.tx
    .select()
    .from(dealRegistrations)
    .where(and(eq(dealRegistrations.partnerId, partnerId), inArray(dealRegistrations.status, [...ACTIVE_STATUSES])))
    .orderBy(asc(dealRegistrations.number))
    .for('update');
  for (const row of active) {
    const to = endedByOffboarding(row.status);
    if (!to) continue;
    await updateAudited(
      c,
      dealRegistrations,
      row,
      to === 'rejected'
        ? { status: to, rejectionReason: why, decidedAt: c.now, decidedById: actorUserId(c), updatedAt: c.now }
        : { status: to, closedAt: c.now, closedById: actorUserId(c), closeReason: why, updatedAt: c.now },
      DEAL_REGISTRATION,
      {
        event: `deal_registration.${to}`,
        summary: `${row.number} ${to}: ${why}`,
        eventData: { fromStatus: row.status, toStatus: to, reason: why },
      },
    );
  }
  return active.length;
}

/** The partner asks for more time: a later expiry, with why. The approver grants it (or not). */
export async function requestExtension(ctx: Ctx, id: string, until: IsoDate, reason: string): Promise<DealRegistrationDto> {
  return withTx(ctx, async (c) => {
    const before = await loadRegistration(c, id, true);
    if (!actsForPartner(policyActor(c), before)) throw forbidden('Only the partner’s people ask for an extension');
    const today = await todayOf(c);
    const decision = decideExtension(before, until, today);
    if (!decision.allowed) throw invalidField('until', decision.reason);
    if (before.extensionRequestedUntil !== null) throw stateError('already has an extension request waiting', 'until');
    const after = await updateAudited(
      c,
      dealRegistrations,
      before,
      { extensionRequestedOn: today, extensionRequestedUntil: until, extensionReason: reason, updatedAt: c.now },
      DEAL_REGISTRATION,
      {
        event: 'deal_registration.extension_requested',
        summary: `${before.number}: extension to ${until} requested${reason ? `: ${reason}` : ''}`,
        eventData: { expiresOn: before.expiresOn, until, reason },
      },
    );
    const partner = await partnerOf(c, before);
    const approvers = partner.ownerId ? [partner.ownerId] : await activeUsersWithRole(c, ['admin']);
    await notify(c, {
      to: approvers,
      kind: 'deal_registrations.extension_requested',
      title: `${partner.name} asks to extend ${before.number} ${before.title} to ${until}`,
      body: reason,
      link: `/deal-registrations/${before.id}`,
      entity: { type: 'deal_registration', id: before.id },
      partnerId: before.partnerId,
    });
    return toDto(c, after);
  });
}

/** The approver extends the protection to a new expiry (answering a request, or on their own). */
export async function extendDealRegistration(ctx: Ctx, id: string, expiresOn: IsoDate): Promise<DealRegistrationDto> {
  return withTx(ctx, async (c) => {
    const before = await loadRegistration(c, id, true);
    const partner = await partnerOf(c, before);
    if (!approvesFor(policyActor(c), partner))
      throw forbidden('Only an admin or the partner’s manager extends its registrations');
    const decision = decideExtension(before, expiresOn, await todayOf(c));
    if (!decision.allowed) throw invalidField('expiresOn', decision.reason);
    const after = await updateAudited(
      c,
      dealRegistrations,
      before,
      {
        expiresOn,
        extensionCount: before.extensionCount + 1,
        extensionRequestedOn: null,
        extensionRequestedUntil: null,
        extensionReason: '',
        updatedAt: c.now,
      },
      DEAL_REGISTRATION,
      {
        event: 'deal_registration.extended',
        summary: `${before.number} extended from ${before.expiresOn} to ${expiresOn}`,
        eventData: { previousExpiresOn: before.expiresOn, expiresOn, requested: before.extensionRequestedUntil },
      },
    );
    await tellPartner(c, after, `${after.number} ${after.title} is extended`, `It is now protected until ${expiresOn}.`);
    return toDto(c, after);
  });
}

// ---------------------------------------------------------------------------------------------
// Lists

export type DealRegistrationListQuery = {
  limit: number;
  cursor?: string;
  sort: 'createdAt' | '-createdAt' | 'expectedCloseDate' | '-expectedCloseDate' | 'amount' | '-amount';
  partnerId?: string[];
  status?: DealStatus[];
  overdue?: boolean;
  expiringSoon?: boolean;
  conflict?: boolean;
  q?: string;
};

export async function listDealRegistrations(ctx: Ctx, query: DealRegistrationListQuery): Promise<Page<DealRegistrationDto>> {
  return withTx(ctx, async (c) => {
    const today = await todayOf(c);
    const ks = keyset(
      'deal-registrations',
      query.sort,
      {
        createdAt: dealRegistrations.createdAt,
        expectedCloseDate: dealRegistrations.expectedCloseDate,
        amount: dealRegistrations.amount,
      },
      dealRegistrations.id,
      query.cursor,
    );
    const t = dealRegistrations;
    const conditions: (SQL | undefined)[] = [
      ks.where,
      partnerFilter(c, t.partnerId),
      query.partnerId?.length ? inArray(t.partnerId, query.partnerId) : undefined,
      query.status?.length ? inArray(t.status, query.status) : undefined,
      query.overdue === undefined
        ? undefined
        : query.overdue
          ? and(eq(t.status, 'submitted'), lt(t.approvalDueAt, c.now))
          : sql`not (${t.status} = 'submitted' and ${t.approvalDueAt} < ${c.now})`,
      query.expiringSoon
        ? and(eq(t.status, 'approved'), gte(t.expiresOn, today), lte(t.expiresOn, addDays(today, EXPIRING_SOON_DAYS)))
        : undefined,
      query.conflict === undefined ? undefined : eq(t.conflictFlagged, query.conflict),
      query.q
        ? or(
            ilike(t.title, containsPattern(query.q)),
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
    return { data: await toDtos(c, page.data, today), nextCursor: page.nextCursor };
  });
}

export type DealSummary = {
  submitted: number;
  overdue: number;
  approved: number;
  expiringSoon: number;
  conflicts: number;
  won: number;
  lost: number;
  slaHours: number;
};

/** Counts for the home pages and the partner page (one query), in the caller's scope. */
export async function dealRegistrationSummary(ctx: Ctx, partnerId?: string): Promise<DealSummary> {
  return withTx(ctx, async (c) => {
    const today = await todayOf(c);
    const t = dealRegistrations;
    const [row] = await c.tx
      .select({
        submitted: sql<number>`count(*) filter (where ${t.status} = 'submitted')::int`,
        overdue: sql<number>`count(*) filter (where ${t.status} = 'submitted' and ${t.approvalDueAt} < ${c.now})::int`,
        approved: sql<number>`count(*) filter (where ${t.status} = 'approved' and ${t.expiresOn} >= ${today}::date)::int`,
        expiringSoon: sql<number>`count(*) filter (where ${t.status} = 'approved' and ${t.expiresOn} between ${today}::date and ${addDays(today, EXPIRING_SOON_DAYS)}::date)::int`,
        conflicts: sql<number>`count(*) filter (where ${t.conflictFlagged} and ${t.status} in ('submitted', 'approved'))::int`,
        won: sql<number>`count(*) filter (where ${t.status} = 'won')::int`,
        lost: sql<number>`count(*) filter (where ${t.status} = 'lost')::int`,
      })
      .from(t)
      .where(and(partnerFilter(c, t.partnerId), partnerId ? eq(t.partnerId, partnerId) : undefined));
    const settings = await loadSettings(c);
    return {
      submitted: row?.submitted ?? 0,
      overdue: row?.overdue ?? 0,
      approved: row?.approved ?? 0,
      expiringSoon: row?.expiringSoon ?? 0,
      conflicts: row?.conflicts ?? 0,
      won: row?.won ?? 0,
      lost: row?.lost ?? 0,
      slaHours: settings.approvalSlaHours,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// The daily job

export type DealScheduleResult = { expired: number; reminders: number };

/**
 * The daily deal registration job (as the system): approved registrations past their last
 * protected day expire; those nearing it remind the registering partner's people (the
 * thresholds of the settings, e.g. 14 and 3 days). Safe to run twice: expiry is decided from the
 * row as it is, and each reminder is recorded once (deal_registration_reminders).
 */
export async function runDealRegistrationSchedule(ctx: Ctx): Promise<DealScheduleResult> {
  return withTx(ctx, async (c) => {
    const today = await todayOf(c);
    const settings = await loadSettings(c);
    const horizon = addDays(today, Math.max(0, ...settings.reminderDays));
    const result: DealScheduleResult = { expired: 0, reminders: 0 };
    const due = await c.tx
      .select()
      .from(dealRegistrations)
      .where(and(eq(dealRegistrations.status, 'approved'), lte(dealRegistrations.expiresOn, horizon)))
      .orderBy(asc(dealRegistrations.expiresOn), asc(dealRegistrations.id))
      .for('update');
    for (const row of due) {
      const expire = nextStatus(row, 'expire', today);
      if (expire.allowed) {
        const after = await updateAudited(
          c,
          dealRegistrations,
          row,
          { status: 'expired', closedAt: c.now, updatedAt: c.now },
          DEAL_REGISTRATION,
          {
            event: 'deal_registration.expired',
            summary: `${row.number} expired: protection ended on ${row.expiresOn}`,
            eventData: { fromStatus: 'approved', toStatus: 'expired', expiresOn: row.expiresOn },
          },
        );
        result.expired += 1;
        await tellPartner(c, after, `${row.number} ${row.title} expired`, `Its protection ended on ${row.expiresOn}.`);
        continue;
      }
      for (const reminder of remindersDue(row, today, settings.reminderDays)) {
        const [sent] = await c.tx
          .insert(dealRegistrationReminders)
          .values({
            registrationId: row.id,
            partnerId: row.partnerId,
            expiresOn: row.expiresOn as string,
            days: reminder.days,
            sentAt: c.now,
          })
          .onConflictDoNothing()
          .returning({ id: dealRegistrationReminders.id });
        if (!sent) continue;
        result.reminders += 1;
        const when = reminder.daysLeft === 0 ? 'today' : `in ${reminder.daysLeft} days (${row.expiresOn})`;
        await notify(c, {
          to: await activePartnerUsers(c, row.partnerId, ['partner_admin', 'partner_user']),
          kind: 'deal_registrations.expiring',
          title: `${row.number} ${row.title}: protection ends ${when}`,
          body: 'Record the outcome, or ask for an extension if the deal needs more time.',
          link: `/deal-registrations/${row.id}`,
          entity: { type: 'deal_registration', id: row.id },
          partnerId: row.partnerId,
        });
      }
    }
    return result;
  });
}

/**
 * Tells the approvers of each registration that passed its approval SLA without a decision — its
 * partner's owner, or the admins when it has none — once per registration (hourly, as the
 * system). One statement marks them, so a second run (or a second process) finds none.
 */
export async function notifyOverdueApprovals(ctx: Ctx): Promise<{ notified: number }> {
  return withTx(ctx, async (c) => {
    const t = dealRegistrations;
    const due = await c.tx
      .update(t)
      .set({ approvalOverdueNotifiedAt: c.now })
      .where(and(eq(t.status, 'submitted'), lt(t.approvalDueAt, c.now), isNull(t.approvalOverdueNotifiedAt)))
      .returning({ id: t.id, number: t.number, title: t.title, partnerId: t.partnerId, approvalDueAt: t.approvalDueAt });
    if (due.length === 0) return { notified: 0 };
    const partners = await partnerRefs(
      c,
      due.map((r) => r.partnerId),
    );
    const admins = due.some((r) => !partners.get(r.partnerId)?.ownerId) ? await activeUsersWithRole(c, ['admin']) : [];
    for (const r of due) {
      const partner = partners.get(r.partnerId);
      await notify(c, {
        to: partner?.ownerId ? [partner.ownerId] : admins,
        kind: 'deal_registrations.approval_overdue',
        title: `${r.number} ${r.title} (${partner?.name ?? 'a partner'}) is past its approval SLA`,
        body: `A decision was due ${r.approvalDueAt.toISOString().slice(0, 16).replace('T', ' ')} UTC: approve or reject it.`,
        link: `/deal-registrations/${r.id}`,
        entity: { type: 'deal_registration', id: r.id },
        partnerId: r.partnerId,
      });
    }
    return { notified: due.length };
  });
}
