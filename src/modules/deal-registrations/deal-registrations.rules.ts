import { addDays, daysBetween, type IsoDate } from '../../shared/dates.js';
import { normaliseDomain } from '../../shared/domains.js';

/**
 * Deal registration rules: statuses and their moves, the protection period, reminders, the
 * approval SLA, and conflict detection on normalised customer keys. Pure: data in, decision out.
 */

export const DEAL_STATUSES = ['submitted', 'approved', 'rejected', 'won', 'lost', 'expired'] as const;
export type DealStatus = (typeof DEAL_STATUSES)[number];

/** Statuses that still claim the customer: a later registration by another partner conflicts with them. */
export const ACTIVE_STATUSES = ['submitted', 'approved'] as const satisfies readonly DealStatus[];

export type DealAction = 'approve' | 'reject' | 'win' | 'lose' | 'expire' | 'requestExtension' | 'extend';

/** Protection when no tier of any program the partner is in names `dealProtectionDays`. */
export const DEFAULT_PROTECTION_DAYS = 90;
export const DEFAULT_SLA_HOURS = 48;
export const DEFAULT_REMINDER_DAYS: readonly number[] = [14, 3];

type Decision<T> = ({ allowed: true } & T) | { allowed: false; reason: string };

/**
 * submitted → approved | rejected; approved → won | lost | expired. An approved registration
 * past its protection is no longer won or lost (it expired, whether or not the job ran yet).
 */
export function nextStatus(
  current: { status: DealStatus; expiresOn: IsoDate | null },
  action: Exclude<DealAction, 'requestExtension' | 'extend'>,
  today: IsoDate,
): Decision<{ status: DealStatus }> {
  const lapsed = current.status === 'approved' && current.expiresOn !== null && current.expiresOn < today;
  switch (action) {
    case 'approve':
    case 'reject':
      return current.status === 'submitted'
        ? { allowed: true, status: action === 'approve' ? 'approved' : 'rejected' }
        : { allowed: false, reason: `is ${current.status}: only a submitted registration is ${action}d` };
    case 'win':
    case 'lose':
      if (current.status !== 'approved')
        return { allowed: false, reason: `is ${current.status}: only an approved registration is won or lost` };
      if (lapsed) return { allowed: false, reason: `expired on ${current.expiresOn}: its protection has ended` };
      return { allowed: true, status: action === 'win' ? 'won' : 'lost' };
    case 'expire':
      return lapsed ? { allowed: true, status: 'expired' } : { allowed: false, reason: 'is not past its protection' };
  }
}

/**
 * Where a registration stands in the conflict case it is a party of (decision 0227): the case's
 * number and status, and the decision as it concerns this registration's partner. The party
 * outcomes are the conflict-cases module's (that module depends on this one, not the reverse).
 */
export type CaseStanding = {
  number: string;
  status: 'open' | 'decided' | 'closed';
  outcome: 'keeps' | 'shares' | 'steps_back' | 'proceeds' | null;
};

/**
 * A registration in a conflict case is not approved while the case is open (decide which partner
 * the deal belongs to first), nor once the decision told its partner to step back. Null: nothing
 * in the way (no case, or the decision lets this partner keep, share or proceed).
 */
export function approvalBlockedByCase(standing: CaseStanding | null): string | null {
  if (standing === null) return null;
  if (standing.status === 'open')
    return `Conflict case ${standing.number} is still open: decide it before approving this registration`;
  if (standing.outcome === 'steps_back')
    return `Conflict case ${standing.number} told this partner to step back: the registration cannot be approved`;
  return null;
}

/**
 * What a FINAL conflict-case decision does to a party's registration: a partner told to step back
 * loses its claim (submitted or approved → rejected); keeping, sharing or proceeding changes
 * nothing (a submitted one still waits for its approver); a closed registration stays as it is.
 */
export function registrationAfterCase(status: DealStatus, outcome: CaseStanding['outcome']): 'rejected' | null {
  if (outcome !== 'steps_back') return null;
  return status === 'submitted' || status === 'approved' ? 'rejected' : null;
}

/**
 * Where an off-boarding partner's registration ends: a submitted one is rejected, an approved one's
 * protection ends now (expired), so no other partner's registration is flagged against a partner
 * that is leaving. Closed ones stay as they are (null).
 */
export function endedByOffboarding(status: DealStatus): 'rejected' | 'expired' | null {
  if (status === 'submitted') return 'rejected';
  if (status === 'approved') return 'expired';
  return null;
}

/**
 * The protection a partner's registrations get: the most generous `dealProtectionDays` among the
 * tiers it holds in its programs, or the default where none names one.
 */
export function protectionDays(tierDays: readonly (number | null | undefined)[], fallback = DEFAULT_PROTECTION_DAYS): number {
  const named = tierDays.filter((d): d is number => typeof d === 'number' && Number.isFinite(d) && d >= 0);
  return named.length > 0 ? Math.max(...named) : fallback;
}

/** Protection starts on the day of approval: the registration is protected through `expiresOn`. */
export function expiryOf(approvedOn: IsoDate, days: number): IsoDate {
  return addDays(approvedOn, days);
}

/** When an approval is due: `slaHours` after submission. */
export function approvalDueAt(submittedAt: Date, slaHours: number): Date {
  return new Date(submittedAt.getTime() + slaHours * 3_600_000);
}

/** A submitted registration past its approval SLA. */
export function isApprovalOverdue(r: { status: DealStatus; approvalDueAt: Date }, now: Date): boolean {
  return r.status === 'submitted' && r.approvalDueAt.getTime() < now.getTime();
}

/** Approved and open, its protection ending within `withinDays` (today counts). */
export function isExpiringSoon(r: { status: DealStatus; expiresOn: IsoDate | null }, today: IsoDate, withinDays = 14): boolean {
  return r.status === 'approved' && r.expiresOn !== null && r.expiresOn >= today && daysBetween(today, r.expiresOn) <= withinDays;
}

/**
 * The reminders due today for an approved registration: each threshold (days before expiry) the
 * day has reached, as long as the registration is still protected. A job that missed a day sends
 * the nearer threshold only; the caller records each sent one so a second run sends nothing.
 */
export function remindersDue(
  r: { status: DealStatus; expiresOn: IsoDate | null },
  today: IsoDate,
  thresholds: readonly number[] = DEFAULT_REMINDER_DAYS,
): { days: number; daysLeft: number }[] {
  if (r.status !== 'approved' || r.expiresOn === null || r.expiresOn < today) return [];
  const daysLeft = daysBetween(today, r.expiresOn);
  const reached = [...new Set(thresholds)].filter((d) => d >= daysLeft).sort((a, b) => a - b);
  const nearest = reached[0];
  return nearest === undefined ? [] : [{ days: nearest, daysLeft }];
}

/**
 * An extension the approver grants: a new expiry after the current one (and not in the past),
 * at most a year beyond it.
 */
export function decideExtension(
  r: { status: DealStatus; expiresOn: IsoDate | null },
  newExpiresOn: IsoDate,
  today: IsoDate,
): Decision<Record<never, never>> {
  if (r.status !== 'approved' || r.expiresOn === null)
    return { allowed: false, reason: `is ${r.status}: only an approved registration is extended` };
  if (r.expiresOn < today) return { allowed: false, reason: `expired on ${r.expiresOn}` };
  if (newExpiresOn <= r.expiresOn) return { allowed: false, reason: `must be after the current expiry (${r.expiresOn})` };
  if (daysBetween(r.expiresOn, newExpiresOn) > 365)
    return { allowed: false, reason: 'must be at most a year after the current expiry' };
  return { allowed: true };
}

// ---------------------------------------------------------------------------------------------
// Customer keys

export { normaliseDomain };

/** Legal forms dropped from the end of a company name (as tokens, dots and spaces removed). */
const LEGAL_SUFFIXES = new Set([
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'co',
  'company',
  'llc',
  'llp',
  'lp',
  'ltd',
  'limited',
  'plc',
  'gmbh',
  'mbh',
  'ag',
  'kg',
  'kgaa',
  'ug',
  'ev',
  'se',
  'sa',
  'sas',
  'sarl',
  'sl',
  'srl',
  'spa',
  'sro',
  'sp',
  'zoo',
  'bv',
  'nv',
  'vof',
  'oy',
  'oyj',
  'ab',
  'as',
  'asa',
  'aps',
  'kk',
  'pty',
  'pte',
  'pvt',
  'bhd',
  'sdn',
  'holding',
  'holdings',
  'group',
  'the',
]);

/**
 * Letters that look like Latin ones in other scripts (the common Cyrillic and Greek confusables
 * of Unicode TS #39): "Асme" written with a Cyrillic А is still Acme to the people reading it.
 */
const CONFUSABLES: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  α: 'a',
  β: 'b',
  ε: 'e',
  η: 'n',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ł: 'l',
  ı: 'i',
};

/**
 * A company name as one key: accents and compatibility forms folded (NFKD, marks dropped),
 * look-alike letters of other scripts folded to Latin, lower case, `&` as "and", punctuation and
 * runs of white space as one space, initials joined ("S. A." is "sa"), and legal forms (Inc,
 * LLC, Ltd, GmbH, S.A., AG, BV, …) dropped from the end. "Müller GmbH & Co. KG" is "muller".
 * Null when no letter or digit is left.
 */
export function normaliseCompanyName(input: string | null | undefined): string | null {
  if (!input) return null;
  const folded = [...input.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()].map((ch) => CONFUSABLES[ch] ?? ch).join('');
  const spaced = folded
    .replace(/&/g, ' and ')
    .replace(/[.'’`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  if (!spaced) return null;
  // Initials written apart ("s a", "i b m") are one token.
  const tokens: string[] = [];
  let run = false;
  for (const token of spaced.split(' ')) {
    const single = token.length === 1 && /\p{L}/u.test(token);
    if (single && run) tokens[tokens.length - 1] += token;
    else tokens.push(token);
    run = single;
  }
  const whole = tokens.join(' ');
  // "GmbH & Co. KG": legal forms and the "and" between them, from the end; a leading "the".
  while (tokens.length > 1 && (LEGAL_SUFFIXES.has(tokens[tokens.length - 1] as string) || tokens[tokens.length - 1] === 'and'))
    tokens.pop();
  if (tokens.length > 1 && tokens[0] === 'the') tokens.shift();
  const key = tokens.join(' ');
  return key || whole || null;
}

export type CustomerKeys = { domain: string | null; name: string };

/** Both keys of a customer, or the field that has no usable key. */
export function customerKeys(customer: {
  name: string;
  domain?: string | null;
}): { ok: true; keys: CustomerKeys } | { ok: false; path: string; message: string } {
  const name = normaliseCompanyName(customer.name);
  if (!name) return { ok: false, path: 'customer.name', message: 'must contain letters or digits' };
  const rawDomain = customer.domain?.trim() ?? '';
  const domain = rawDomain ? normaliseDomain(rawDomain) : null;
  if (rawDomain && !domain) return { ok: false, path: 'customer.domain', message: 'must be a domain such as acme.com' };
  return { ok: true, keys: { domain, name } };
}

// ---------------------------------------------------------------------------------------------
// Conflict detection

/**
 * Another claim on the customer as the conflict check sees it: another partner's registration, or
 * (status `vendor_opportunity`, no partner) an open opportunity the vendor works directly.
 */
export type ExistingRegistration = {
  id: string;
  number: string;
  partnerId: string | null;
  status: DealStatus | 'vendor_opportunity';
  expiresOn: IsoDate | null;
  submittedAt: Date;
  domainKey: string | null;
  nameKey: string;
};

export type ConflictRule = 'domain' | 'name' | 'coverage';

/** Why a registration conflicts, in full (stored; vendor staff see it all). */
export type ConflictReason = ClaimReason | CoverageReason;

/** Another claim on the same customer: a registration of another partner, or a vendor-direct opportunity. */
export type ClaimReason = {
  rule: 'domain' | 'name';
  /** The normalised value both share. */
  value: string;
  /** When the earlier registration was submitted (its immutable timestamp). */
  since: string;
  registrationId: string;
  registrationNumber: string;
  /** null: a vendor-direct opportunity (then registrationId/Number name the opportunity). */
  partnerId: string | null;
  /** What holds the claim; absent in reasons stored before vendor opportunities counted. */
  claim?: 'registration' | 'vendor_opportunity';
  severity?: undefined;
};

/**
 * The coverage model's word on the customer's segment (decision 0222): `direct` flags the
 * registration (hard), `hybrid` notes that the direct team may work it too (soft: shown, but not
 * flagged). `value` is the motion; `since` when it was checked.
 */
export type CoverageReason = {
  rule: 'coverage';
  value: 'direct' | 'hybrid';
  since: string;
  severity: 'hard' | 'soft';
  segment: { id: string; name: string } | null;
  /** The direct team is the other party; no registration, no partner. */
  partnerId: null;
  registrationId?: undefined;
  registrationNumber?: undefined;
  claim: 'coverage';
};

/** What the coverage model answered for the customer's segment (leads' `coverageFor`). */
export type CoverageAnswer = {
  motion: 'direct' | 'partner_led' | 'hybrid';
  segment: { id: string; name: string } | null;
};

/** The segment facts a registration may give; without any, the coverage model is not consulted. */
export type SegmentFacts = { country: string | null; region: string | null; industry: string | null; size: string | null };

export const hasSegmentFacts = (f: SegmentFacts): boolean =>
  f.country !== null || f.region !== null || f.industry !== null || f.size !== null;

/**
 * Coverage conflict: a registration in a segment the coverage model sells `direct` conflicts with
 * the vendor's own motion (hard: flagged, a case opens); in a `hybrid` segment the partner may sell
 * but the direct team may work the customer too (soft: a reason, not a flag); partner-led segments
 * and registrations giving no segment facts raise nothing.
 */
export function coverageConflict(coverage: CoverageAnswer | null, at: Date): CoverageReason | null {
  if (coverage === null || coverage.motion === 'partner_led') return null;
  return {
    rule: 'coverage',
    value: coverage.motion,
    since: at.toISOString(),
    severity: coverage.motion === 'direct' ? 'hard' : 'soft',
    segment: coverage.segment,
    partnerId: null,
    claim: 'coverage',
  };
}

/** Claims and the coverage reason together: flagged when any reason is hard. */
export function withCoverage(
  claims: { reasons: readonly ConflictReason[] },
  coverage: CoverageReason | null,
): { flagged: boolean; reasons: ConflictReason[] } {
  const reasons = coverage ? [...claims.reasons, coverage] : [...claims.reasons];
  return { flagged: reasons.some((r) => r.severity !== 'soft'), reasons };
}

/** Still claiming the customer today: submitted, or approved and within its protection. */
export function isActiveClaim(r: Pick<ExistingRegistration, 'status' | 'expiresOn'>, today: IsoDate): boolean {
  if (r.status === 'vendor_opportunity') return true;
  return r.status === 'submitted' || (r.status === 'approved' && (r.expiresOn === null || r.expiresOn >= today));
}

/**
 * Channel conflict: the same customer — the same normalised domain, or the same normalised
 * company name — already claimed by an active registration of ANOTHER partner. One reason per
 * earlier registration and rule, the oldest first. A partner's own earlier registrations are not
 * a channel conflict.
 */
export function detectConflicts(
  candidate: { partnerId: string; keys: CustomerKeys },
  existing: readonly ExistingRegistration[],
  today: IsoDate,
): { flagged: boolean; reasons: ClaimReason[] } {
  const reasons: ClaimReason[] = [];
  for (const r of existing) {
    if (r.partnerId === candidate.partnerId || !isActiveClaim(r, today)) continue;
    const base = {
      since: r.submittedAt.toISOString(),
      registrationId: r.id,
      registrationNumber: r.number,
      partnerId: r.partnerId,
      ...(r.partnerId === null ? { claim: 'vendor_opportunity' as const } : {}),
    };
    if (candidate.keys.domain !== null && r.domainKey === candidate.keys.domain)
      reasons.push({ rule: 'domain', value: candidate.keys.domain, ...base });
    if (r.nameKey === candidate.keys.name) reasons.push({ rule: 'name', value: candidate.keys.name, ...base });
  }
  reasons.sort((a, b) => a.since.localeCompare(b.since) || a.rule.localeCompare(b.rule));
  return { flagged: reasons.length > 0, reasons };
}

/** A reason as its reader may see it. */
export type VisibleConflictReason = {
  rule: ConflictRule;
  value: string;
  since: string;
  message: string;
  /** Vendor staff only: the other registration and its partner. */
  registration?: { id: string; number: string; partnerId: string; partnerName: string };
  /** Vendor staff only: the vendor-direct opportunity on the same customer. */
  opportunity?: { id: string; number: string };
  /** Coverage reasons: hard flags the registration, soft is a note. */
  severity?: 'hard' | 'soft';
  /** Vendor staff only: the coverage segment that decided. */
  segment?: { id: string; name: string } | null;
};

const RULE_WORDS: Record<ClaimReason['rule'], string> = { domain: 'the customer domain', name: 'the customer name' };

/**
 * Rule: a partner reads one reason per matched key and kind of claim (another registration, the
 * vendor's own work) — the earliest, whose timestamp is the one that counts — so it sees neither the
 * same sentence twice nor how many others claim the customer. Vendor staff read every claim.
 * Coverage reasons are each shown as they are.
 */
export function explainConflicts(
  reasons: readonly ConflictReason[],
  viewer: 'vendor' | 'partner',
  partnerNameOf: (partnerId: string) => string,
): VisibleConflictReason[] {
  const seen = reasons.map((reason) =>
    explainConflict(reason, viewer, viewer === 'vendor' && reason.partnerId ? partnerNameOf(reason.partnerId) : ''),
  );
  if (viewer === 'vendor') return seen;
  const earliest = new Map<string, VisibleConflictReason>();
  reasons.forEach((reason, i) => {
    const shown = seen[i] as VisibleConflictReason;
    const vendorWork = reason.rule !== 'coverage' && (reason.partnerId === null || reason.claim === 'vendor_opportunity');
    const kind = reason.rule === 'coverage' ? `coverage:${i}` : `${reason.rule}:${vendorWork ? 'vendor' : 'registration'}`;
    const before = earliest.get(kind);
    if (!before || shown.since < before.since) earliest.set(kind, shown);
  });
  return [...earliest.values()];
}

/**
 * What a reader sees of a conflict. A partner's people learn that another registration for the
 * customer exists and since when — never whose it is, nor its number or id. Vendor staff see
 * the other registration and its partner.
 */
export function explainConflict(
  reason: ConflictReason,
  viewer: 'vendor' | 'partner',
  partnerName: string,
): VisibleConflictReason {
  if (reason.rule === 'coverage') return explainCoverage(reason, viewer);
  const day = reason.since.slice(0, 10);
  const same = `same ${reason.rule === 'domain' ? 'domain' : 'company name'}: ${reason.value}`;
  if (reason.partnerId === null || reason.claim === 'vendor_opportunity') {
    // The vendor works this customer directly: a partner learns that much, never the opportunity.
    if (viewer === 'partner')
      return {
        rule: reason.rule,
        value: reason.value,
        since: reason.since,
        message: `The vendor is already working this customer (${same})`,
      };
    return {
      rule: reason.rule,
      value: reason.value,
      since: reason.since,
      message: `Vendor-direct opportunity ${reason.registrationNumber} since ${day} matches ${RULE_WORDS[reason.rule]} ${reason.value}`,
      opportunity: { id: reason.registrationId, number: reason.registrationNumber },
    };
  }
  if (viewer === 'partner') {
    return {
      rule: reason.rule,
      value: reason.value,
      since: reason.since,
      message: `Another registration for this customer exists since ${day} (same ${reason.rule === 'domain' ? 'domain' : 'company name'}: ${reason.value})`,
    };
  }
  return {
    rule: reason.rule,
    value: reason.value,
    since: reason.since,
    message: `${reason.registrationNumber} by ${partnerName || 'another partner'} since ${day} matches ${RULE_WORDS[reason.rule]} ${reason.value}`,
    registration: {
      id: reason.registrationId,
      number: reason.registrationNumber,
      partnerId: reason.partnerId,
      partnerName,
    },
  };
}

function explainCoverage(reason: CoverageReason, viewer: 'vendor' | 'partner'): VisibleConflictReason {
  const base = { rule: reason.rule, value: reason.value, since: reason.since, severity: reason.severity };
  const where = reason.segment ? `Segment “${reason.segment.name}”` : 'The default coverage';
  if (reason.value === 'direct')
    return viewer === 'partner'
      ? { ...base, message: 'This segment is covered directly by the vendor: the vendor decides whether a partner takes it' }
      : { ...base, message: `${where}: this segment is covered directly by the vendor`, segment: reason.segment };
  return viewer === 'partner'
    ? { ...base, message: 'This segment has hybrid coverage: the vendor’s direct team may also work this customer' }
    : {
        ...base,
        message: `${where}: hybrid coverage — routed like partner-led, the direct team may also work this customer`,
        segment: reason.segment,
      };
}

/** `DR-000123`: six digits at least, more when the sequence grows past them. */
export function formatNumber(n: number | bigint): string {
  return `DR-${String(n).padStart(6, '0')}`;
}
