import { addDays, daysBetween, type IsoDate } from '../../shared/dates.js';
import { isCountryCode, retiredCountryCode } from '../../shared/locale.js';

/**
 * Market development funds as a ledger (docs/decisions/0253–0259). Pure rules: data in, decision
 * out. Amounts are integer minor units of one currency (an allocation's); nothing here converts.
 */

export const ACTIVITY_TYPES = ['event', 'webinar', 'digital', 'content', 'co_op_ad', 'email', 'training', 'other'] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

export const ALLOCATION_KINDS = ['fixed', 'accrued'] as const;
export type AllocationKind = (typeof ALLOCATION_KINDS)[number];

export const REQUEST_STATUSES = ['submitted', 'approved', 'rejected', 'cancelled', 'claimed', 'completed', 'lapsed'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const CLAIM_STATUSES = ['submitted', 'approved', 'rejected', 'paid'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/**
 * Every movement of funds, each a positive amount (decision 0253):
 * - allocation: funds granted to the partner for a period;
 * - commitment: an approved request reserves its approved amount;
 * - release: an unused commitment returns to the available funds (cancelled, claimed for less, lapsed);
 * - claim: an approved claim turns committed funds into an amount owed to the partner;
 * - payment: finance paid an approved claim;
 * - expiry: funds still available when the allocation expired.
 */
export const ENTRY_KINDS = ['allocation', 'commitment', 'release', 'claim', 'payment', 'expiry'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export type Entry = { kind: EntryKind; amount: number };

export type Balance = {
  allocated: number;
  /** Reserved by approved requests not yet claimed: commitment − release − claim. */
  committed: number;
  /** Approved claims not yet paid: claim − payment. */
  payable: number;
  paid: number;
  expired: number;
  /** What a new request may still use: allocation − commitment + release − expiry. */
  available: number;
};

export const ZERO_BALANCE: Balance = { allocated: 0, committed: 0, payable: 0, paid: 0, expired: 0, available: 0 };

/**
 * The balance the entries add up to. Always: allocated = available + committed + payable + paid +
 * expired (every unit is in exactly one place).
 */
export function balanceOf(entries: readonly Entry[]): Balance {
  const sum = { allocation: 0, commitment: 0, release: 0, claim: 0, payment: 0, expiry: 0 };
  for (const e of entries) sum[e.kind] += e.amount;
  return {
    allocated: sum.allocation,
    committed: sum.commitment - sum.release - sum.claim,
    payable: sum.claim - sum.payment,
    paid: sum.payment,
    expired: sum.expiry,
    available: sum.allocation - sum.commitment + sum.release - sum.expiry,
  };
}

/** Utilisation: what was claimed (approved claims, paid or not) as a share of what was allocated, 0–100 with one decimal; null when nothing was allocated. */
export function utilisationPercent(b: Pick<Balance, 'allocated' | 'payable' | 'paid'>): number | null {
  if (b.allocated <= 0) return null;
  return Math.round(((b.payable + b.paid) * 1000) / b.allocated) / 10;
}

// ——— Periods ———

export type Period = { key: string; start: IsoDate; end: IsoDate };

const PERIOD_KEY = /^(\d{4})-Q([1-4])$/;

/** A calendar quarter by its key "2026-Q3"; null if the key is not one. */
export function periodOf(key: string): Period | null {
  const m = PERIOD_KEY.exec(key);
  if (!m) return null;
  const year = Number(m[1]);
  const q = Number(m[2]);
  const startMonth = (q - 1) * 3 + 1;
  const start = `${year}-${String(startMonth).padStart(2, '0')}-01`;
  const nextStart = q === 4 ? `${year + 1}-01-01` : `${year}-${String(startMonth + 3).padStart(2, '0')}-01`;
  return { key, start, end: addDays(nextStart, -1) };
}

/** The quarter a day falls in. */
export function periodContaining(date: IsoDate): Period {
  const year = Number(date.slice(0, 4));
  const q = Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1;
  return periodOf(`${year}-Q${q}`) as Period;
}

/** The quarter before the one `date` falls in (the quarterly accrual looks back at it). */
export function previousPeriod(date: IsoDate): Period {
  return periodContaining(addDays(periodContaining(date).start, -1));
}

/** Funds of a period expire, unless the allocation says otherwise, this many days after it ends. */
export const DEFAULT_EXPIRY_DAYS = 90;

export function defaultExpiry(period: Period): IsoDate {
  return addDays(period.end, DEFAULT_EXPIRY_DAYS);
}

// ——— Decisions ———

export type Decision = { allowed: true } | { allowed: false; reason: string; path: string };

/**
 * An allocation fits under the caps: the partner's per-period cap (all its allocations of the
 * period together) and the program-wide pool of the period (every partner's allocations).
 */
export function allocationFits(input: {
  amount: number;
  partnerPeriodTotal: number;
  partnerCap: number | null;
  poolPeriodTotal: number;
  pool: number | null;
}): Decision {
  if (input.amount <= 0) return { allowed: false, reason: 'must be more than zero', path: 'amount' };
  if (input.partnerCap !== null && input.partnerPeriodTotal + input.amount > input.partnerCap) {
    return {
      allowed: false,
      reason: `exceeds the partner's cap for the period: ${Math.max(0, input.partnerCap - input.partnerPeriodTotal)} left of ${input.partnerCap}`,
      path: 'amount',
    };
  }
  if (input.pool !== null && input.poolPeriodTotal + input.amount > input.pool) {
    return {
      allowed: false,
      reason: `exceeds the program's MDF pool for the period: ${Math.max(0, input.pool - input.poolPeriodTotal)} left of ${input.pool}`,
      path: 'amount',
    };
  }
  return { allowed: true };
}

/**
 * The accrued allocation of a period: `percent` of the revenue (minor units of the reporting
 * currency), rounded half up to a whole minor unit, never above what the caps leave.
 */
export function accrualAmount(revenue: number, percent: number, room: number | null): number {
  if (revenue <= 0 || percent <= 0) return 0;
  // percent has at most two decimals: work in hundredths of a percent to stay in integers.
  const hundredths = Math.round(percent * 100);
  const amount = Math.floor((revenue * hundredths + 5000) / 10000);
  return room === null ? amount : Math.max(0, Math.min(amount, room));
}

/** A request (or its approval) fits in the allocation's available funds, and the allocation is still open. */
export function requestFits(input: {
  amount: number;
  available: number;
  allocationExpiresOn: IsoDate;
  today: IsoDate;
}): Decision {
  if (input.amount <= 0) return { allowed: false, reason: 'must be more than zero', path: 'amount' };
  if (input.allocationExpiresOn < input.today) {
    return { allowed: false, reason: `the allocation expired on ${input.allocationExpiresOn}`, path: 'allocationId' };
  }
  if (input.amount > input.available) {
    return { allowed: false, reason: `exceeds the available funds (${input.available})`, path: 'amount' };
  }
  return { allowed: true };
}

/** The partial approval: at most what was asked, more than zero. */
export function approvalFits(requested: number, approved: number): Decision {
  if (approved <= 0) return { allowed: false, reason: 'must be more than zero (reject the request instead)', path: 'amount' };
  if (approved > requested) return { allowed: false, reason: `must be at most the requested ${requested}`, path: 'amount' };
  return { allowed: true };
}

export type ClaimWindow = { opensOn: IsoDate; closesOn: IsoDate };

/** A claim may be made from the activity's last day until `windowDays` after it. */
export function claimWindow(activityEndsOn: IsoDate, windowDays: number): ClaimWindow {
  return { opensOn: activityEndsOn, closesOn: addDays(activityEndsOn, windowDays) };
}

export function claimAllowed(input: {
  endsOn: IsoDate;
  windowDays: number;
  today: IsoDate;
  amount: number;
  committed: number;
}): Decision {
  const window = claimWindow(input.endsOn, input.windowDays);
  if (input.today < window.opensOn) {
    return { allowed: false, reason: `the claim window opens when the activity ends, on ${window.opensOn}`, path: 'claimWindow' };
  }
  if (input.today > window.closesOn) {
    return { allowed: false, reason: `the claim window closed on ${window.closesOn}`, path: 'claimWindow' };
  }
  if (input.amount <= 0) return { allowed: false, reason: 'must be more than zero', path: 'amount' };
  if (input.amount > input.committed) {
    return { allowed: false, reason: `exceeds the approved amount still committed (${input.committed})`, path: 'amount' };
  }
  return { allowed: true };
}

/** A reminder is due once when an allocation with funds left expires within `days`. */
export function expiryReminderDue(input: { expiresOn: IsoDate; today: IsoDate; available: number; days: number }): boolean {
  if (input.available <= 0) return false;
  const left = daysBetween(input.today, input.expiresOn);
  return left >= 0 && left <= input.days;
}

/** Return on the funds paid: (won revenue − paid) / paid, as a percent with one decimal; null with nothing paid. */
export function roiPercent(paid: number, won: number): number | null {
  if (paid <= 0) return null;
  return Math.round(((won - paid) * 1000) / paid) / 10;
}

const REQUEST_MOVES: Record<string, readonly RequestStatus[]> = {
  approve: ['submitted'],
  reject: ['submitted'],
  cancel: ['submitted', 'approved'],
  claim: ['approved'],
  lapse: ['approved'],
};

/** Whether a request in `status` may take the step; the statuses it may take it from otherwise. */
export function requestMoveAllowed(status: RequestStatus, move: keyof typeof REQUEST_MOVES): boolean {
  return REQUEST_MOVES[move]?.includes(status) ?? false;
}

const CLAIM_MOVES: Record<string, readonly ClaimStatus[]> = {
  approve: ['submitted'],
  reject: ['submitted'],
  pay: ['approved'],
};

export function claimMoveAllowed(status: ClaimStatus, move: keyof typeof CLAIM_MOVES): boolean {
  return CLAIM_MOVES[move]?.includes(status) ?? false;
}

/**
 * One row of a claim's lead list (CSV with a header: company, contact name, email, domain, …).
 * Answers the rows or the problems, each naming its line.
 */
export type LeadListRow = {
  company: string;
  contactName: string;
  contactEmail: string;
  domain: string | null;
  country: string | null;
};

export function parseLeadList(csv: string): { rows: LeadListRow[]; problems: { line: number; message: string }[] } {
  const lines = csv
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((l) => l.trim());
  const problems: { line: number; message: string }[] = [];
  const rows: LeadListRow[] = [];
  const header = splitCsvLine(lines[0] ?? '').map((h) => h.toLowerCase().replace(/[^a-z]/g, ''));
  const col = (...names: string[]) => header.findIndex((h) => names.includes(h));
  const company = col('company', 'companyname', 'account');
  const name = col('contactname', 'name', 'contact');
  const email = col('email', 'contactemail');
  const domain = col('domain', 'website');
  const country = col('country');
  if (company < 0) return { rows, problems: [{ line: 1, message: 'needs a "company" column' }] };
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    const cells = splitCsvLine(line);
    const at = (index: number) => (index >= 0 ? (cells[index] ?? '').trim() : '');
    const row = {
      company: at(company),
      contactName: at(name),
      contactEmail: at(email),
      domain: at(domain) || null,
      // A list file converts a retired code (UK → GB) the way every importer does (countryCell).
      country: at(country) ? (retiredCountryCode(at(country).toUpperCase()) ?? at(country).toUpperCase()) : null,
    };
    if (!row.company) problems.push({ line: i + 1, message: 'company is empty' });
    else if (row.contactEmail && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(row.contactEmail))
      problems.push({ line: i + 1, message: `"${row.contactEmail}" is not an e-mail address` });
    else if (row.country && !isCountryCode(row.country))
      problems.push({ line: i + 1, message: 'country must be an ISO 3166-1 alpha-2 code such as DE' });
    else rows.push(row);
  }
  return { rows, problems };
}

function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',' || ch === ';') {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}
