import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INVOLVEMENT_ROLES, type InvolvementRole } from '../opportunities/index.js';
import {
  BUILT_IN_MODELS,
  checkRoleWeights,
  creditOpportunity,
  type ModelSpec,
  mayLockPeriod,
  type OpportunityInput,
  parsePeriod,
  quarterOf,
  trailingFourQuarters,
} from './attribution.rules.js';

const at = (day: string) => new Date(`${day}T12:00:00Z`);
const usd = (amount: number) => ({ amount, currency: 'USD' });
const deal = (amount: number, touches: [string, InvolvementRole, string][], closeDate = '2026-06-30'): OpportunityInput => ({
  amount: usd(amount),
  closeDate,
  touches: touches.map(([partnerId, role, day]) => ({ partnerId, role, occurredAt: at(day) })),
});
const credits = (spec: ModelSpec, input: OpportunityInput) =>
  Object.fromEntries(creditOpportunity(spec, input).map((l) => [l.partnerId, l.credit.amount]));

const three = deal(100_00, [
  ['a', 'sourced', '2026-01-10'],
  ['b', 'technical', '2026-03-01'],
  ['a', 'co_sell', '2026-04-01'],
  ['c', 'influence', '2026-06-01'],
]);

describe('attribution models', () => {
  it.each([
    ['sourced: all to the sourcing partner', { model: 'sourced' }, three, { a: 100_00 }],
    ['sourced: nobody without a sourcing partner', { model: 'sourced' }, deal(500, [['b', 'co_sell', '2026-01-01']]), {}],
    ['first touch: all to the earliest touch', { model: 'first_touch' }, three, { a: 100_00 }],
    ['last touch: all to the latest touch', { model: 'last_touch' }, three, { c: 100_00 }],
    ['linear: equal per partner, several touches are one partner', { model: 'linear' }, three, { a: 33_34, b: 33_33, c: 33_33 }],
    [
      'position-based: 40/20/40 over partners in order of first touch',
      { model: 'position_based' },
      three,
      { a: 40_00, b: 20_00, c: 40_00 },
    ],
    [
      'position-based: 50/50 with two partners',
      { model: 'position_based' },
      deal(101, [
        ['x', 'co_sell', '2026-01-01'],
        ['y', 'technical', '2026-02-01'],
      ]),
      { x: 51, y: 50 },
    ],
    [
      'position-based: 100 with one partner',
      { model: 'position_based' },
      deal(999, [['x', 'referral', '2026-01-01']]),
      { x: 999 },
    ],
    [
      'time decay: a touch one half-life older weighs half',
      { model: 'time_decay', halfLifeDays: 30 },
      deal(300, [
        ['old', 'co_sell', '2026-05-31'],
        ['new', 'co_sell', '2026-06-30'],
      ]),
      { old: 100, new: 200 },
    ],
    [
      'custom policy: role weights normalised over the roles present',
      { model: 'custom', roleWeights: { sourced: 60, co_sell: 30, technical: 10 } },
      deal(1000, [
        ['a', 'sourced', '2026-01-01'],
        ['b', 'technical', '2026-02-01'],
      ]),
      { a: 857, b: 143 },
    ],
    [
      'custom policy: a role held by two partners is shared',
      { model: 'custom', roleWeights: { co_sell: 50, technical: 50 } },
      deal(1000, [
        ['a', 'co_sell', '2026-01-01'],
        ['b', 'co_sell', '2026-02-01'],
        ['c', 'technical', '2026-02-01'],
      ]),
      { a: 250, b: 250, c: 500 },
    ],
    [
      'custom policy: roles without weight credit nobody',
      { model: 'custom', roleWeights: { sourced: 100 } },
      deal(10, [['a', 'influence', '2026-01-01']]),
      {},
    ],
    ['no touches: no credit', { model: 'linear' }, deal(10, []), {}],
  ] as [string, ModelSpec, OpportunityInput, Record<string, number>][])('%s', (_name, spec, input, expected) => {
    expect(credits(spec, input)).toEqual(expected);
  });

  it('the sourced flag of an involvement counts without a sourced touch', () => {
    const input = {
      ...deal(700, [['a', 'co_sell', '2026-01-01']]),
      involvements: [{ partnerId: 'a', roles: ['co_sell' as const], sourced: true }],
    };
    expect(credits({ model: 'sourced' }, input)).toEqual({ a: 700 });
  });

  it('explains each touch with its time-decay weight', () => {
    const [line] = creditOpportunity({ model: 'time_decay', halfLifeDays: 10 }, deal(100, [['a', 'co_sell', '2026-06-20']]));
    expect(line?.touches[0]?.weight).toBeCloseTo(0.5);
  });
});

const partnerIds = ['p1', 'p2', 'p3', 'p4', 'p5'];
const arbTouch = fc.record({
  partnerId: fc.constantFrom(...partnerIds),
  role: fc.constantFrom(...INVOLVEMENT_ROLES),
  occurredAt: fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true }),
});
const arbSpec: fc.Arbitrary<ModelSpec> = fc.oneof(
  fc.record({ model: fc.constantFrom(...BUILT_IN_MODELS), halfLifeDays: fc.integer({ min: 1, max: 3650 }) }),
  fc.record({
    model: fc.constant('custom' as const),
    roleWeights: fc.dictionary(fc.constantFrom(...INVOLVEMENT_ROLES), fc.integer({ min: 0, max: 100 })),
  }),
);
const arbDeal = fc.record({
  amount: fc.record({ amount: fc.integer({ min: 0, max: 10_000_000_000 }), currency: fc.constantFrom('USD', 'JPY', 'EUR') }),
  closeDate: fc.constantFrom('2025-03-31', '2026-06-30', '2026-12-31'),
  touches: fc.array(arbTouch, { maxLength: 12 }),
});

describe('attribution properties', () => {
  it('every model credits exactly the amount (or nothing), never negative, only touching partners, once each, deterministically', () => {
    fc.assert(
      fc.property(arbSpec, arbDeal, (spec, input) => {
        const lines = creditOpportunity(spec, input);
        const sum = lines.reduce((s, l) => s + l.credit.amount, 0);
        if (lines.length > 0) expect(sum).toBe(input.amount.amount);
        else expect(sum).toBe(0);
        const touching = new Set(input.touches.map((t) => t.partnerId));
        for (const l of lines) {
          expect(l.credit.amount).toBeGreaterThanOrEqual(0);
          expect(Number.isInteger(l.credit.amount)).toBe(true);
          expect(l.credit.currency).toBe(input.amount.currency);
          expect(touching.has(l.partnerId)).toBe(true);
        }
        expect(new Set(lines.map((l) => l.partnerId)).size).toBe(lines.length);
        expect(creditOpportunity(spec, { ...input, touches: [...input.touches].reverse() })).toEqual(lines);
        // Models that always credit someone when a partner touched the deal.
        if (
          input.touches.length > 0 &&
          ['first_touch', 'last_touch', 'linear', 'time_decay', 'position_based'].includes(spec.model)
        )
          expect(lines.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
});

describe('attribution periods', () => {
  it.each([
    ['a quarter', '2026-Q1', { kind: 'quarter', startsOn: '2026-01-01', endsOn: '2026-03-31' }],
    ['the fourth quarter ends on 31 December', '2025-Q4', { kind: 'quarter', startsOn: '2025-10-01', endsOn: '2025-12-31' }],
    ['a month (February in a leap year)', '2024-02', { kind: 'month', startsOn: '2024-02-01', endsOn: '2024-02-29' }],
  ])('%s', (_name, key, expected) => {
    expect(parsePeriod(key)).toEqual({ key, ...expected });
  });
  it.each(['2026-Q5', '2026-13', '2026', 'Q1-2026', ''])('not a period: %s', (key) => {
    expect(parsePeriod(key)).toBeNull();
  });
  it('a period is locked only once it has ended', () => {
    const q = parsePeriod('2026-Q3');
    if (!q) throw new Error('no period');
    expect(mayLockPeriod(q, '2026-09-30').allowed).toBe(false);
    expect(mayLockPeriod(q, '2026-10-01').allowed).toBe(true);
  });
  it('the quarter of a day; the trailing four quarters end on asOf', () => {
    expect(quarterOf('2026-12-01')).toBe('2026-Q4');
    expect(trailingFourQuarters('2026-12-01')).toEqual({ from: '2025-12-02', to: '2026-12-01' });
  });
  it('custom policy weights: whole 0–100 per known role, one above zero', () => {
    expect(checkRoleWeights({ sourced: 60, co_sell: 40 })).toEqual({ ok: true });
    expect(checkRoleWeights({ sourced: 0 })).toMatchObject({ ok: false, path: 'roleWeights' });
    expect(checkRoleWeights({ sourced: 101 })).toMatchObject({ ok: false, path: 'roleWeights.sourced' });
    expect(checkRoleWeights({ boss: 10 })).toMatchObject({ ok: false, path: 'roleWeights.boss' });
  });
});
