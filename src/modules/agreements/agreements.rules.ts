import { addDays, addMonths, daysBetween, type IsoDate } from '../../shared/dates.js';
import type { FieldError } from '../../shared/errors.js';

/** The agreement types of the product (PRODUCT.md, module 2). */
export const AGREEMENT_TYPES = [
  'reseller',
  'referral',
  'oem',
  'white_label',
  'licensing',
  'co_licensing',
  'co_investment',
  'joint_venture',
  'franchise',
  'alliance',
  'nda',
] as const;
export type AgreementType = (typeof AGREEMENT_TYPES)[number];

/**
 * Signature status: drafted by the vendor, sent to the partner, signed by the partner,
 * countersigned by the vendor, in force from its start day, then expired at the end of its term
 * (unless renewed) or terminated early.
 */
export const AGREEMENT_STATUSES = [
  'draft',
  'sent',
  'partner_signed',
  'countersigned',
  'active',
  'expired',
  'terminated',
] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

export const RENEWAL_TYPES = ['auto', 'manual'] as const;
export type RenewalType = (typeof RENEWAL_TYPES)[number];

/** Exclusivity granted by the agreement: none, or de jure (contractual) within a stated scope. */
export const EXCLUSIVITY = ['none', 'de_jure'] as const;
export type Exclusivity = (typeof EXCLUSIVITY)[number];

/** The terms that must hold together; problems name the field. */
export function termProblems(a: {
  startOn: IsoDate;
  endOn: IsoDate | null;
  renewalType: RenewalType;
  exclusivity: Exclusivity;
  exclusivityScope: string;
}): FieldError[] {
  const problems: FieldError[] = [];
  if (a.endOn !== null && a.endOn < a.startOn) problems.push({ path: 'endOn', message: 'must be on or after startOn' });
  if (a.renewalType === 'auto' && a.endOn === null) {
    problems.push({ path: 'endOn', message: 'is needed for an auto-renewing agreement (its term ends and renews)' });
  }
  if (a.exclusivity === 'de_jure' && a.exclusivityScope.trim() === '') {
    problems.push({ path: 'exclusivityScope', message: 'must say what the exclusivity covers (territory, segment, products)' });
  }
  return problems;
}

/**
 * An agreement brought in from a spreadsheet arrives in the signature status it already has; the
 * status must fit its term as of today (the daily job would move it otherwise): in force (active)
 * between its start and end, countersigned only before its start, expired only after its end. The
 * problem, or null.
 */
export function importedStatusProblem(
  status: AgreementStatus,
  term: { startOn: IsoDate; endOn: IsoDate | null },
  today: IsoDate,
): string | null {
  switch (status) {
    case 'active':
      if (term.startOn > today) return `cannot be active before its start (${term.startOn}): say countersigned`;
      if (term.endOn !== null && term.endOn < today) return `cannot be active after its end (${term.endOn}): say expired`;
      return null;
    case 'countersigned':
      return term.startOn <= today ? `is in force since ${term.startOn}: say active` : null;
    case 'expired':
      return term.endOn === null || term.endOn >= today ? 'needs an end date in the past' : null;
    default:
      return null;
  }
}

export type SignatureAction = 'send' | 'sign' | 'countersign' | 'activate' | 'terminate';

/**
 * The signature workflow. Countersigning an agreement whose start day has come makes it active at
 * once; one starting later waits as countersigned until the daily job activates it.
 */
export function nextStatus(
  status: AgreementStatus,
  action: SignatureAction,
  startOn: IsoDate,
  today: IsoDate,
): { allowed: true; status: AgreementStatus } | { allowed: false; reason: string } {
  const started = startOn <= today;
  switch (action) {
    case 'send':
      return status === 'draft'
        ? { allowed: true, status: 'sent' }
        : { allowed: false, reason: `is ${status}: only a draft is sent` };
    case 'sign':
      return status === 'sent'
        ? { allowed: true, status: 'partner_signed' }
        : { allowed: false, reason: `is ${status}: the partner signs an agreement sent to it` };
    case 'countersign':
      return status === 'partner_signed'
        ? { allowed: true, status: started ? 'active' : 'countersigned' }
        : { allowed: false, reason: `is ${status}: the vendor countersigns after the partner signed` };
    case 'activate':
      return status === 'countersigned' && started
        ? { allowed: true, status: 'active' }
        : { allowed: false, reason: `is ${status}${status === 'countersigned' ? ' and starts later' : ''}` };
    case 'terminate':
      return status === 'draft' || status === 'expired' || status === 'terminated'
        ? {
            allowed: false,
            reason: `is ${status}: ${status === 'draft' ? 'delete a draft instead' : 'it is no longer in force'}`,
          }
        : { allowed: true, status: 'terminated' };
  }
}

/** The last day to give notice of non-renewal: `noticeDays` before the end of the term. */
export function noticeDeadline(endOn: IsoDate | null, noticeDays: number): IsoDate | null {
  return endOn === null ? null : addDays(endOn, -noticeDays);
}

/**
 * Notice of non-renewal is given on or before the deadline; later, the term renews as agreed and
 * notice can be given for the next one.
 */
export function decideNotice(
  a: {
    status: AgreementStatus;
    renewalType: RenewalType;
    endOn: IsoDate | null;
    noticeDays: number;
    noticeGivenOn: IsoDate | null;
  },
  today: IsoDate,
): { allowed: true } | { allowed: false; reason: string } {
  if (a.status !== 'active' && a.status !== 'countersigned')
    return { allowed: false, reason: `is ${a.status}: notice ends an agreement in force` };
  if (a.renewalType !== 'auto') return { allowed: false, reason: 'renews only when both sides agree: no notice is needed' };
  if (a.noticeGivenOn) return { allowed: false, reason: `notice was given on ${a.noticeGivenOn}` };
  const deadline = noticeDeadline(a.endOn, a.noticeDays);
  if (deadline && today > deadline) {
    return { allowed: false, reason: `the notice deadline was ${deadline}: this term renews; give notice for the next one` };
  }
  return { allowed: true };
}

export type TermEnd = { action: 'none' } | { action: 'renew'; endOn: IsoDate; terms: number } | { action: 'expire' };

/**
 * At the end of the term (the day after `endOn`): an auto-renewing agreement without notice
 * renews for another term — as many as have passed, if the job was not running — and anything
 * else expires. An agreement is in force through its end day.
 */
export function termEnd(
  a: {
    status: AgreementStatus;
    renewalType: RenewalType;
    endOn: IsoDate | null;
    renewalTermMonths: number;
    noticeGivenOn: IsoDate | null;
  },
  today: IsoDate,
): TermEnd {
  if (a.status !== 'active' || a.endOn === null || a.endOn >= today) return { action: 'none' };
  if (a.renewalType !== 'auto' || a.noticeGivenOn !== null || a.renewalTermMonths < 1) return { action: 'expire' };
  // Counted from the original end each time, so a term ending on the 31st comes back to the 31st
  // where a month has one (31 Jan → 28 Feb → 31 Mar), rather than drifting to the 28th.
  let terms = 0;
  let endOn = a.endOn;
  while (endOn < today) {
    terms += 1;
    endOn = addMonths(a.endOn, terms * a.renewalTermMonths);
  }
  return { action: 'renew', endOn, terms };
}

/**
 * Which reminder is due for a date `daysUntil` away, given the thresholds (e.g. 60, 30, 7 days
 * before): the most urgent threshold crossed, so a job that missed days sends one reminder, not a
 * burst. Null before the first threshold and after the date. The caller remembers what it sent.
 */
export function reminderDue(daysUntil: number, thresholds: readonly number[]): number | null {
  if (daysUntil < 0) return null;
  const crossed = thresholds.filter((d) => daysUntil <= d);
  return crossed.length === 0 ? null : Math.min(...crossed);
}

export const NOTICE_REMINDER_DAYS = [30, 7] as const;
export const END_REMINDER_DAYS = [60, 30, 7] as const;

export type AgreementReminder = { kind: 'notice' | 'end'; on: IsoDate; days: number; daysLeft: number };

/**
 * The reminders an agreement in force is due today: its notice deadline approaching (auto
 * renewals without notice: decide whether to let it renew) and its end approaching (manual
 * renewals, or an auto renewal with notice given: it will end).
 */
export function agreementReminders(
  a: {
    status: AgreementStatus;
    renewalType: RenewalType;
    endOn: IsoDate | null;
    noticeDays: number;
    noticeGivenOn: IsoDate | null;
  },
  today: IsoDate,
): AgreementReminder[] {
  if ((a.status !== 'active' && a.status !== 'countersigned') || a.endOn === null) return [];
  const out: AgreementReminder[] = [];
  const renews = a.renewalType === 'auto' && a.noticeGivenOn === null;
  const deadline = noticeDeadline(a.endOn, a.noticeDays);
  if (renews && deadline) {
    const left = daysBetween(today, deadline);
    const days = reminderDue(left, NOTICE_REMINDER_DAYS);
    if (days !== null) out.push({ kind: 'notice', on: deadline, days, daysLeft: left });
  }
  if (!renews) {
    const left = daysBetween(today, a.endOn);
    const days = reminderDue(left, END_REMINDER_DAYS);
    if (days !== null) out.push({ kind: 'end', on: a.endOn, days, daysLeft: left });
  }
  return out;
}
