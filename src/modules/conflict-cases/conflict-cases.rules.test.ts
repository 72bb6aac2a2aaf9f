import { describe, expect, it } from 'vitest';
import { conflictCasePermissions, decidesAt } from './conflict-cases.policy.js';
import {
  appeal,
  closing,
  type DecisionOutcome,
  decide,
  escalation,
  isOverdue,
  lateOutcome,
  type PartyOutcome,
  tierDueAt,
} from './conflict-cases.rules.js';

const A = { id: 'a', partnerId: 'pa' };
const B = { id: 'b', partnerId: 'pb' };
const DIRECT = { id: 'd', partnerId: null };

describe('a decision fits the parties and says what it means for each', () => {
  const cases: [string, Parameters<typeof decide>[0], Parameters<typeof decide>[1], Record<string, PartyOutcome> | string][] = [
    [
      'awarded: the keeper keeps, the others step back',
      [A, B],
      { outcome: 'awarded', keepers: ['a'] },
      { a: 'keeps', b: 'steps_back' },
    ],
    ['awarded names exactly one keeper', [A, B], { outcome: 'awarded', keepers: ['a', 'b'] }, 'keepers'],
    ['awarded without a keeper is refused', [A, B], { outcome: 'awarded', keepers: [] }, 'keepers'],
    ['a keeper must be a party of the case', [A, B], { outcome: 'awarded', keepers: ['x'] }, 'keepers'],
    [
      'split: the named parties share, the rest step back',
      [A, B, DIRECT],
      { outcome: 'split', keepers: ['a', 'b'] },
      { a: 'shares', b: 'shares', d: 'steps_back' },
    ],
    ['split needs two parties', [A, B], { outcome: 'split', keepers: ['a'] }, 'keepers'],
    [
      'vendor direct: the direct team keeps, partners step back',
      [A, DIRECT],
      { outcome: 'vendor_direct', keepers: [] },
      { a: 'steps_back', d: 'keeps' },
    ],
    ['vendor direct names no keeper', [A, DIRECT], { outcome: 'vendor_direct', keepers: ['a'] }, 'keepers'],
    ['no conflict: every party proceeds', [A, B], { outcome: 'no_conflict', keepers: [] }, { a: 'proceeds', b: 'proceeds' }],
    ['a keeper named twice counts once', [A, B], { outcome: 'awarded', keepers: ['a', 'a'] }, { a: 'keeps', b: 'steps_back' }],
  ];
  it.each(cases)('%s', (_name, parties, input, expected) => {
    const result = decide(parties, input);
    if (typeof expected === 'string') {
      expect(result.allowed).toBe(false);
      if (!result.allowed) expect(result.path).toBe(expected);
    } else {
      expect(result.allowed).toBe(true);
      if (result.allowed) expect(Object.fromEntries(result.value)).toEqual(expected);
    }
  });
});

describe('a party that joins a decided case gets the decision as it concerns it (lateOutcome)', () => {
  const cases: [string, DecisionOutcome | null, string | null, PartyOutcome][] = [
    ['awarded to another party: the newcomer steps back', 'awarded', 'p3', 'steps_back'],
    ['split between the named parties: the newcomer steps back', 'split', 'p3', 'steps_back'],
    ['given to the direct team: a partner steps back', 'vendor_direct', 'p3', 'steps_back'],
    ['given to the direct team: the direct team joining keeps it', 'vendor_direct', null, 'keeps'],
    ['no conflict after all: the newcomer proceeds', 'no_conflict', 'p3', 'proceeds'],
    ['no decision recorded: nothing to apply, it proceeds', null, 'p3', 'proceeds'],
  ];
  it.each(cases)('%s', (_name, outcome, partnerId, expected) => {
    expect(lateOutcome(outcome, { partnerId })).toBe(expected);
  });
});

describe('a party appeals a decision that went against it, in time, once, below the top tier', () => {
  const decided = { status: 'decided' as const, tier: 1, round: 1, appealUntil: '2026-12-10' };
  const losing = { partnerId: 'pa', outcome: 'steps_back' as PartyOutcome, appealedRound: null as number | null };
  const cases: [string, typeof decided, typeof losing, string, number | string][] = [
    ['a party that steps back appeals to the next tier', decided, losing, '2026-12-05', 2],
    ['on the last day of the window it still may', decided, losing, '2026-12-10', 2],
    ['after the window it may not', decided, losing, '2026-12-11', 'status'],
    ['a sharing party may appeal too', decided, { ...losing, outcome: 'shares' }, '2026-12-05', 2],
    ['the keeper has nothing to appeal', decided, { ...losing, outcome: 'keeps' }, '2026-12-05', 'status'],
    ['a party that proceeds has nothing to appeal', decided, { ...losing, outcome: 'proceeds' }, '2026-12-05', 'status'],
    ['once per decision', decided, { ...losing, appealedRound: 1 }, '2026-12-05', 'status'],
    [
      'an appeal of an earlier decision does not block the next',
      { ...decided, round: 2 },
      { ...losing, appealedRound: 1 },
      '2026-12-05',
      2,
    ],
    ['the top tier’s decision is final', { ...decided, tier: 3 }, losing, '2026-12-05', 'tier'],
    ['an open case has nothing to appeal', { ...decided, status: 'open' as never }, losing, '2026-12-05', 'status'],
    ['the direct team does not appeal', decided, { ...losing, partnerId: null as never }, '2026-12-05', 'party'],
  ];
  it.each(cases)('%s', (_name, c, party, today, expected) => {
    const result = appeal(c, party, today);
    if (typeof expected === 'number') expect(result).toEqual({ allowed: true, value: expected });
    else expect(result).toMatchObject({ allowed: false, path: expected });
  });
});

describe('escalation, SLA and closing', () => {
  it.each([
    ['an open tier-1 case goes to tier 2', { status: 'open' as const, tier: 1 }, 2],
    ['an open tier-2 case goes to tier 3', { status: 'open' as const, tier: 2 }, 3],
    ['tier 3 is the top', { status: 'open' as const, tier: 3 }, 'tier'],
    ['a decided case is not escalated (appeal it)', { status: 'decided' as const, tier: 1 }, 'status'],
  ])('%s', (_name, c, expected) => {
    const result = escalation(c);
    if (typeof expected === 'number') expect(result).toEqual({ allowed: true, value: expected });
    else expect(result).toMatchObject({ allowed: false, path: expected });
  });

  it.each([
    ['tier 1 runs the first SLA', 1, 72],
    ['tier 2 the second', 2, 120],
    ['tier 3 the third', 3, 168],
  ])('%s', (_name, tier, hours) => {
    const start = new Date('2026-12-01T00:00:00Z');
    expect(tierDueAt(start, tier, [72, 120, 168]).getTime() - start.getTime()).toBe(hours * 3_600_000);
  });

  it.each([
    ['an open case past its due moment is overdue', { status: 'open' as const, dueAt: new Date(0) }, true],
    ['a decided case is never overdue', { status: 'decided' as const, dueAt: new Date(0) }, false],
    ['an open case within its SLA is not', { status: 'open' as const, dueAt: new Date(8.64e15) }, false],
  ])('%s', (_name, c, expected) => expect(isOverdue(c, new Date())).toBe(expected));

  it.each([
    ['a person records the outcome of a decided case at once', 'decided', '2026-12-10', 'person', true],
    ['the job closes it only after the window', 'decided', '2026-12-10', 'job', false],
    ['the job closes it the day after the window', 'decided', '2026-12-09', 'job', true],
    ['an open case is not closed', 'open', '2026-12-10', 'person', false],
  ] as const)('%s', (_name, status, until, by, allowed) => {
    expect(closing({ status, appealUntil: until }, '2026-12-10', by).allowed).toBe(allowed);
  });
});

describe('who decides at which tier', () => {
  const actor = (role: string, partnerId: string | null = null) => ({ userId: 'u', role: role as never, partnerId });
  it.each([
    ['a partner manager decides at tier 1', 'partner_manager', 1, true],
    ['but not once it is escalated', 'partner_manager', 2, false],
    ['an admin (the channel chief) at tier 2', 'admin', 2, true],
    ['an executive at tier 3', 'executive', 3, true],
    ['finance never', 'finance', 1, false],
    ['a partner never', 'partner_admin', 1, false],
  ])('%s', (_name, role, tier, expected) => expect(decidesAt(actor(role), tier)).toBe(expected));

  it('a partner party may state and appeal; vendor staff may not', () => {
    const c = { status: 'decided' as const, tier: 1, round: 1, appealUntil: '2026-12-10' };
    const own = { partnerId: 'pa', outcome: 'steps_back' as const, appealedRound: null };
    expect(conflictCasePermissions(actor('partner_user', 'pa'), c, own, '2026-12-05')).toMatchObject({
      state: true,
      appeal: true,
      decide: false,
    });
    expect(conflictCasePermissions(actor('admin'), c, null, '2026-12-05')).toMatchObject({
      state: false,
      appeal: false,
      close: true,
    });
  });
});
