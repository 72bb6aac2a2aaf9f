/**
 * Referral rules: what a link may point at, which partner a sign-up or a paying customer belongs
 * to (first touch within the cookie window), the commission rate a partner earns and what it
 * comes to. Pure: `now`, the window and the settings are parameters.
 */

export type ConversionKind = 'signup' | 'customer';
export const CONVERSION_KINDS = ['signup', 'customer'] as const;
export type CommissionStatus = 'accrued' | 'approved' | 'paid';
export const COMMISSION_STATUSES = ['accrued', 'approved', 'paid'] as const;
export type SubmissionStatus = 'submitted' | 'accepted' | 'rejected' | 'converted';
export const SUBMISSION_STATUSES = ['submitted', 'accepted', 'rejected', 'converted'] as const;

/** What happened to the lead a submission became, as the leads module announces it. */
export type LeadOutcome = 'accepted' | 'converted' | 'disqualified' | 'reopened';

/**
 * A submitted referral's status follows its lead (decision 0221): accepted by a partner →
 * `accepted`, converted → `converted`, disqualified → `rejected`. It only moves forward: a late or
 * repeated event never takes a converted referral back; a rejected one moves again only if its lead
 * is worked after all. Null: no change.
 */
export function submissionStatusAfter(current: SubmissionStatus, outcome: LeadOutcome): SubmissionStatus | null {
  const to: SubmissionStatus | null =
    outcome === 'accepted' ? 'accepted' : outcome === 'converted' ? 'converted' : outcome === 'disqualified' ? 'rejected' : null;
  if (to === null || to === current || current === 'converted') return null;
  if (to === 'accepted' && current !== 'submitted' && current !== 'rejected') return null;
  return to;
}

export const MIN_COOKIE_DAYS = 1;
export const MAX_COOKIE_DAYS = 365;

/** A referral code: 3–32 letters, digits, dashes or underscores (case-insensitive, unique). */
export const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{2,31}$/;

export function isValidCode(code: string): boolean {
  return CODE_PATTERN.test(code);
}

/** A vendor domain as the settings keep it: lower case, no scheme, no trailing dot, valid labels. */
export function normaliseDomain(input: string): string | null {
  const d = input.trim().toLowerCase().replace(/\.$/, '');
  if (d.length === 0 || d.length > 253) return null;
  if (!/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/.test(d)) return null;
  return d;
}

export type DestinationCheck = { allowed: true; url: string } | { allowed: false; reason: string };

/**
 * A link may point only at the vendor's own pages: an https URL whose host is one of the allowed
 * domains or a subdomain of one, with no user name or password and the default port. Anything
 * else would make the short link an open redirect.
 */
export function checkDestination(raw: string, allowedDomains: readonly string[]): DestinationCheck {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { allowed: false, reason: 'must be an absolute https URL' };
  }
  if (url.protocol !== 'https:') return { allowed: false, reason: 'must be an https URL' };
  if (url.username || url.password) return { allowed: false, reason: 'must not carry a user name or password' };
  if (url.port) return { allowed: false, reason: 'must use the default https port' };
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  if (allowedDomains.length === 0)
    return { allowed: false, reason: 'no destination domains are allowed yet (referral settings)' };
  const ok = allowedDomains.some((d) => host === d || host.endsWith(`.${d}`));
  if (!ok) return { allowed: false, reason: `must be a page on ${allowedDomains.join(', ')}` };
  return { allowed: true, url: url.toString() };
}

/** The destination with the visitor's referral token added, for the vendor's site to keep. */
export function destinationWithToken(destination: string, token: string): string {
  const url = new URL(destination);
  url.searchParams.set('consort_ref', token);
  return url.toString();
}

const DAY_MS = 86_400_000;

/** Whether a click at `clickedAt` still counts at `now` with a window of `windowDays`. */
export function withinWindow(clickedAt: Date, now: Date, windowDays: number): boolean {
  const age = now.getTime() - clickedAt.getTime();
  return age >= 0 && age <= windowDays * DAY_MS;
}

/**
 * On a link visit: keep the visitor's cookie when it names a click still inside the window (first
 * touch: a later link does not take the visitor over), else set a new one.
 */
export function keepsCookie(existingClickAt: Date | null, now: Date, windowDays: number): boolean {
  return existingClickAt !== null && withinWindow(existingClickAt, now, windowDays);
}

export type Touch = { partnerId: string; linkId: string | null; clickId: string | null };
export type AttributionInput = {
  now: Date;
  windowDays: number;
  /** The customer's earlier attribution (its sign-up), if any. */
  earlier: { partnerId: string; linkId: string | null; clickId: string | null } | null;
  /** The click the visitor's referral token names, if it is known. */
  click: { partnerId: string; linkId: string; clickId: string; at: Date } | null;
  /** The active link a referral code typed at sign-up names, if it is known. */
  code: { partnerId: string; linkId: string } | null;
};
export type Attribution =
  | ({ attributed: true; via: 'earlier' | 'click' | 'code' } & Touch)
  | { attributed: false; reason: 'no_reference' | 'window_expired' };

/**
 * First touch within the window: a customer attributed before stays with that partner; else the
 * click the visitor's cookie names, when it is inside the cookie window; else a referral code the
 * customer typed (an explicit statement, no window). Otherwise nobody.
 */
export function attribute(input: AttributionInput): Attribution {
  if (input.earlier) return { attributed: true, via: 'earlier', ...input.earlier };
  if (input.click && withinWindow(input.click.at, input.now, input.windowDays)) {
    return {
      attributed: true,
      via: 'click',
      partnerId: input.click.partnerId,
      linkId: input.click.linkId,
      clickId: input.click.clickId,
    };
  }
  if (input.code)
    return { attributed: true, via: 'code', partnerId: input.code.partnerId, linkId: input.code.linkId, clickId: null };
  if (input.click) return { attributed: false, reason: 'window_expired' };
  return { attributed: false, reason: 'no_reference' };
}

type ModelLike = { model: string; ratePercent?: number; components?: ModelLike[] };

/**
 * The commission rate a partner earns on a referred customer: the highest commission rate among
 * its current programs' commercial models (a hybrid's commission part counts); null when none
 * pays a commission.
 */
export function commissionRate(models: readonly ModelLike[]): number | null {
  let best: number | null = null;
  for (const m of models) {
    const parts = m.model === 'hybrid' ? (m.components ?? []) : [m];
    for (const p of parts) {
      if (p.model === 'commission' && typeof p.ratePercent === 'number' && p.ratePercent > 0) {
        best = best === null ? p.ratePercent : Math.max(best, p.ratePercent);
      }
    }
  }
  return best;
}

/** The commission on `amount` minor units at `ratePercent` (three decimals), rounded half up once. */
export function commissionOf(amount: number, ratePercent: number): number {
  const milli = Math.round(ratePercent * 1000);
  return Math.floor((amount * milli + 50_000) / 100_000);
}

/** Commission status moves: accrued → approved → paid, never back. */
export function commissionMove(
  from: CommissionStatus,
  to: CommissionStatus,
): { allowed: true } | { allowed: false; reason: string } {
  const order = COMMISSION_STATUSES.indexOf(from);
  const next = COMMISSION_STATUSES.indexOf(to);
  if (next === order + 1) return { allowed: true };
  return { allowed: false, reason: `a ${from} commission cannot become ${to}` };
}
