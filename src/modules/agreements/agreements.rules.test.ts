import { describe, expect, it } from 'vitest';
import {
  type AgreementStatus,
  agreementReminders,
  decideNotice,
  importedStatusProblem,
  nextStatus,
  noticeDeadline,
  type RenewalType,
  reminderDue,
  termEnd,
  termProblems,
} from './agreements.rules.js';

const TODAY = '2026-11-30';

describe('the signature workflow', () => {
  it.each([
    ['a draft is sent', 'draft', 'send', '2026-01-01', 'sent'],
    ['the partner signs what was sent', 'sent', 'sign', '2026-01-01', 'partner_signed'],
    ['countersigning one already started makes it active', 'partner_signed', 'countersign', '2026-11-30', 'active'],
    ['countersigning one starting later waits as countersigned', 'partner_signed', 'countersign', '2027-01-01', 'countersigned'],
    ['a countersigned agreement becomes active on its start day', 'countersigned', 'activate', '2026-11-30', 'active'],
    ['an active one is terminated', 'active', 'terminate', '2026-01-01', 'terminated'],
    ['a draft is not signed', 'draft', 'sign', '2026-01-01', null],
    ['a sent one is not countersigned before the partner signs', 'sent', 'countersign', '2026-01-01', null],
    ['a draft is deleted, not terminated', 'draft', 'terminate', '2026-01-01', null],
    ['an expired one is not terminated', 'expired', 'terminate', '2026-01-01', null],
    ['a signed one is not sent again', 'partner_signed', 'send', '2026-01-01', null],
  ] as const)('%s', (_rule, status, action, startOn, expected) => {
    const next = nextStatus(status, action, startOn, TODAY);
    expect(next.allowed ? next.status : null).toBe(expected);
  });
});

describe('the notice deadline is notice days before the end of the term', () => {
  it.each([
    ['60 days before 31 December', '2026-12-31', 60, '2026-11-01'],
    ['no notice period: the end day itself', '2026-12-31', 0, '2026-12-31'],
    ['no end: no deadline', null, 30, null],
  ])('%s', (_rule, endOn, days, deadline) => {
    expect(noticeDeadline(endOn, days)).toBe(deadline);
  });
});

const agreement = (
  over: Partial<{
    status: AgreementStatus;
    renewalType: RenewalType;
    endOn: string | null;
    noticeDays: number;
    noticeGivenOn: string | null;
    renewalTermMonths: number;
  }> = {},
) => ({
  status: 'active' as AgreementStatus,
  renewalType: 'auto' as RenewalType,
  endOn: '2027-01-31',
  noticeDays: 30,
  noticeGivenOn: null as string | null,
  renewalTermMonths: 12,
  ...over,
});

describe('notice of non-renewal is given by the deadline', () => {
  it.each([
    ['before the deadline', agreement(), true],
    ['on the deadline day', agreement({ endOn: '2026-12-30' }), true],
    ['after the deadline: the term renews', agreement({ endOn: '2026-12-20' }), false],
    ['a manual renewal needs no notice', agreement({ renewalType: 'manual' }), false],
    ['not twice', agreement({ noticeGivenOn: '2026-11-01' }), false],
    ['not on a draft', agreement({ status: 'draft' }), false],
  ])('%s', (_rule, a, allowed) => {
    expect(decideNotice(a, TODAY).allowed).toBe(allowed);
  });
});

describe('at the end of the term an auto renewal without notice renews, anything else expires', () => {
  it.each([
    ['still in its term (the end day itself)', agreement({ endOn: TODAY }), { action: 'none' }],
    [
      'ended yesterday, auto, no notice: renews one term',
      agreement({ endOn: '2026-11-29' }),
      { action: 'renew', endOn: '2027-11-29', terms: 1 },
    ],
    [
      'ended long ago (job down): renews as many terms as passed',
      agreement({ endOn: '2025-06-30', renewalTermMonths: 6 }),
      { action: 'renew', endOn: '2026-12-30', terms: 3 },
    ],
    [
      'a month-end term stays at the month end it can',
      agreement({ endOn: '2026-01-31', renewalTermMonths: 1 }),
      { action: 'renew', endOn: '2026-11-30', terms: 10 },
    ],
    ['notice was given: expires', agreement({ endOn: '2026-11-29', noticeGivenOn: '2026-10-01' }), { action: 'expire' }],
    ['manual renewal: expires', agreement({ endOn: '2026-11-29', renewalType: 'manual' }), { action: 'expire' }],
    ['no end: never', agreement({ endOn: null }), { action: 'none' }],
    ['not in force: nothing to do', agreement({ endOn: '2026-11-29', status: 'terminated' }), { action: 'none' }],
  ])('%s', (_rule, a, expected) => {
    expect(termEnd(a, TODAY)).toEqual(expected);
  });
});

describe('a reminder is due at the most urgent threshold crossed', () => {
  it.each([
    ['90 days out: none yet', 90, null],
    ['60 days out: the 60-day one', 60, 60],
    ['45 days out: still the 60-day one', 45, 60],
    ['20 days out: the 30-day one', 20, 30],
    ['on the day: the 7-day one', 0, 7],
    ['past: none', -1, null],
  ])('%s', (_rule, daysLeft, due) => {
    expect(reminderDue(daysLeft, [60, 30, 7])).toBe(due);
  });
});

describe('which deadline a partner manager is reminded of', () => {
  it.each([
    [
      'auto renewal: the notice deadline (30 days before 31 Jan is 1 Jan, 32 days out → none; 20 days out → 30)',
      agreement({ endOn: '2027-01-19' }),
      [['notice', '2026-12-20', 30]],
    ],
    [
      'manual renewal: the end (in 50 days → 60)',
      agreement({ renewalType: 'manual', endOn: '2027-01-19' }),
      [['end', '2027-01-19', 60]],
    ],
    ['notice given: the end', agreement({ noticeGivenOn: '2026-11-01', endOn: '2026-12-05' }), [['end', '2026-12-05', 7]]],
    ['far from both: none', agreement({ endOn: '2027-06-30' }), []],
  ])('%s', (_rule, a, expected) => {
    expect(agreementReminders(a, TODAY).map((r) => [r.kind, r.on, r.days])).toEqual(expected);
  });
});

describe('terms hold together', () => {
  it.each([
    ['the end is not before the start', { endOn: '2026-01-01', startOn: '2026-02-01' }, ['endOn']],
    ['an auto renewal needs an end', { endOn: null, renewalType: 'auto' as const }, ['endOn']],
    ['de jure exclusivity states its scope', { exclusivity: 'de_jure' as const, exclusivityScope: ' ' }, ['exclusivityScope']],
    ['sound terms', { exclusivity: 'de_jure' as const, exclusivityScope: 'DACH, healthcare' }, []],
  ])('%s', (_rule, over, paths) => {
    const base = {
      startOn: '2026-01-01',
      endOn: '2026-12-31',
      renewalType: 'manual' as const,
      exclusivity: 'none' as const,
      exclusivityScope: '',
    };
    expect(termProblems({ ...base, ...over }).map((p) => p.path)).toEqual(paths);
  });
});

describe('an imported agreement’s signature status fits its term as of today', () => {
  it.each([
    ['a draft may have any term', 'draft', '2027-01-01', null, true],
    ['one sent for signature may have any term', 'sent', '2025-01-01', '2025-12-31', true],
    ['an active one runs today', 'active', '2025-01-01', '2027-12-31', true],
    ['an evergreen active one has no end', 'active', '2025-01-01', null, true],
    ['an active one has started', 'active', '2027-01-01', '2027-12-31', false],
    ['an active one has not ended', 'active', '2024-01-01', '2025-12-31', false],
    ['a countersigned one waits for its start', 'countersigned', '2027-01-01', null, true],
    ['a countersigned one already started is active', 'countersigned', '2026-11-30', null, false],
    ['an expired one ended before today', 'expired', '2024-01-01', '2025-12-31', true],
    ['an expired one needs an end', 'expired', '2024-01-01', null, false],
    ['an expired one is not still running', 'expired', '2024-01-01', '2026-12-31', false],
    ['a terminated one may have any term', 'terminated', '2024-01-01', '2027-12-31', true],
  ] as const)('%s', (_rule, status, startOn, endOn, fits) => {
    expect(importedStatusProblem(status, { startOn, endOn }, TODAY) === null).toBe(fits);
  });
});
