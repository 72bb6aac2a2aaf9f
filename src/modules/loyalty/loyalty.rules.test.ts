import { describe, expect, it } from 'vitest';
import {
  addMonths,
  DEFAULT_RULES,
  effectiveRules,
  type LedgerMove,
  type LoyaltyRule,
  mayRedeem,
  periodStart,
  pointsExpiry,
  pointsFor,
  redemptionMove,
  sourceOf,
} from './loyalty.rules.js';

const rule = (over: Partial<LoyaltyRule> = {}): LoyaltyRule => ({
  source: 'resource.downloaded',
  points: 40,
  capPerPeriod: 100,
  period: 'month',
  active: true,
  ...over,
});

describe('an engagement earns its rule’s points, cut to what the period’s cap leaves', () => {
  it.each([
    ['the first of the month earns in full', rule(), 0, 40],
    ['the cap cuts the third download to what is left', rule(), 80, 20],
    ['nothing once the cap is reached', rule(), 100, 0],
    ['never negative, even past the cap (the table was lowered)', rule(), 140, 0],
    ['no cap: always in full', rule({ capPerPeriod: null }), 10_000, 40],
    ['a rule switched off earns nothing', rule({ active: false }), 0, 0],
    ['a rule worth 0 earns nothing', rule({ points: 0 }), 0, 0],
  ])('%s', (_rule, r, earned, points) => {
    expect(pointsFor(r, earned)).toBe(points);
  });
});

describe('which events earn points', () => {
  it.each([
    ['a certification earned', 'certification.earned', {}, 'certification.earned'],
    ['a submitted deal registration', 'deal_registration.submitted', {}, 'deal_registration.submitted'],
    ['an opportunity won', 'opportunity.stage_changed', { toStage: 'closed_won' }, 'opportunity.won'],
    ['an opportunity lost earns nothing', 'opportunity.stage_changed', { toStage: 'closed_lost' }, null],
    ['an opportunity moving on earns nothing', 'opportunity.stage_changed', { toStage: 'proposal' }, null],
    ['a rejected registration earns nothing', 'deal_registration.rejected', {}, null],
    ['the synthetic source name is not an event', 'opportunity.won', {}, null],
  ])('%s', (_rule, name, data, source) => {
    expect(sourceOf(name, data)).toBe(source);
  });
});

describe('the cap counts from the start of the period, in UTC', () => {
  const at = new Date('2027-05-17T13:00:00Z');
  it.each([
    ['month', '2027-05-01T00:00:00.000Z'],
    ['quarter', '2027-04-01T00:00:00.000Z'],
    ['year', '2027-01-01T00:00:00.000Z'],
  ] as const)('a %s starts %s', (period, start) => {
    expect(periodStart(at, period).toISOString()).toBe(start);
  });
});

describe('the vendor’s rows override the default points table, one rule per source', () => {
  it('keeps the defaults for sources the vendor did not price', () => {
    const rules = effectiveRules([rule({ points: 7 })]);
    expect(rules).toHaveLength(DEFAULT_RULES.length);
    expect(rules.find((r) => r.source === 'resource.downloaded')?.points).toBe(7);
    expect(rules.find((r) => r.source === 'certification.earned')?.points).toBe(500);
  });
});

describe('a redemption never takes the balance below zero, nor the stock', () => {
  const reward = { active: true, pointsCost: 300, stock: 2 as number | null };
  it.each([
    ['a balance that covers the cost redeems', reward, 300, 0, true],
    ['one point short is refused', reward, 299, 0, false],
    ['out of stock is refused', reward, 10_000, 2, false],
    ['unlimited stock never runs out', { ...reward, stock: null }, 300, 1_000, true],
    ['a reward out of the catalogue is refused', { ...reward, active: false }, 10_000, 0, false],
  ])('%s', (_rule, r, balance, taken, allowed) => {
    expect(mayRedeem(r, balance, taken).allowed).toBe(allowed);
  });
});

describe('a redemption is requested → approved → fulfilled, or rejected before it is fulfilled', () => {
  it.each([
    ['requested', 'approved', true],
    ['requested', 'rejected', true],
    ['approved', 'fulfilled', true],
    ['approved', 'rejected', true],
    ['requested', 'fulfilled', false],
    ['fulfilled', 'rejected', false],
    ['rejected', 'approved', false],
  ] as const)('%s → %s: %s', (from, to, allowed) => {
    expect(redemptionMove(from, to)).toBe(allowed);
  });
});

const on = (iso: string) => new Date(`${iso}T12:00:00Z`);
const mv = (kind: LedgerMove['kind'], points: number, iso: string): LedgerMove => ({ kind, points, occurredAt: on(iso) });

describe('points expire first in first out, months after they were earned, net of what was spent and already expired', () => {
  it.each<[string, LedgerMove[], number, string, number, { points: number; on: string } | null]>([
    [
      'nothing is due before the lot is old enough',
      [mv('earned', 100, '2025-01-10')],
      24,
      '2026-12-01',
      0,
      { points: 100, on: '2027-01-10' },
    ],
    ['a lot expires in full on its day', [mv('earned', 100, '2024-11-01')], 24, '2026-12-01', 100, null],
    [
      'a redemption spends the oldest lot first, so only its rest expires',
      [mv('earned', 100, '2024-06-01'), mv('earned', 50, '2025-06-01'), mv('redeemed', -80, '2025-07-01')],
      24,
      '2026-12-01',
      20,
      { points: 50, on: '2027-06-01' },
    ],
    [
      'a redemption spends points due but not yet expired by a run first (oldest first)',
      [mv('earned', 100, '2023-01-01'), mv('earned', 100, '2025-03-01'), mv('redeemed', -60, '2025-06-01')],
      24,
      '2026-12-01',
      40,
      { points: 100, on: '2027-03-01' },
    ],
    [
      'points spent before a run expired them are spent, not expired again: the balance never goes below 0',
      [mv('earned', 100, '2023-01-01'), mv('redeemed', -100, '2025-06-01')],
      24,
      '2026-12-01',
      0,
      null,
    ],
    [
      'a lot the run already expired is gone: a later redemption spends the next lot',
      [
        mv('earned', 100, '2023-01-01'),
        mv('expired', -100, '2025-01-02'),
        mv('earned', 100, '2025-03-01'),
        mv('redeemed', -60, '2025-06-01'),
      ],
      24,
      '2026-12-01',
      0,
      { points: 40, on: '2027-03-01' },
    ],
    [
      'moves after the day asked about do not count',
      [mv('earned', 100, '2024-06-01'), mv('redeemed', -100, '2027-01-01')],
      24,
      '2026-12-01',
      100,
      null,
    ],
    [
      'what an earlier run expired is not expired again (idempotent)',
      [mv('earned', 100, '2024-11-01'), mv('expired', -100, '2026-11-02')],
      24,
      '2026-12-01',
      0,
      null,
    ],
    [
      'a new lot since the last run expires only itself',
      [mv('earned', 100, '2024-01-01'), mv('expired', -100, '2026-01-02'), mv('earned', 30, '2024-10-15')],
      24,
      '2026-12-01',
      30,
      null,
    ],
    ['0 months: points never expire', [mv('earned', 100, '2020-01-01')], 0, '2026-12-01', 0, null],
    [
      'a negative adjustment spends like a redemption; a returned redemption is a fresh lot',
      [
        mv('earned', 100, '2024-01-01'),
        mv('adjusted', -30, '2024-02-01'),
        mv('redeemed', -70, '2024-03-01'),
        mv('returned', 70, '2024-04-01'),
      ],
      12,
      '2025-03-01',
      0,
      { points: 70, on: '2025-04-01' },
    ],
    [
      'lots expiring the same day are announced together',
      [mv('earned', 10, '2025-01-05'), mv('earned', 15, '2025-01-05')],
      24,
      '2026-12-01',
      0,
      { points: 25, on: '2027-01-05' },
    ],
  ])('%s', (_name, moves, months, asOf, toExpire, next) => {
    const result = pointsExpiry(moves, months, on(asOf));
    expect(result.toExpire).toBe(toExpire);
    expect(result.next ? { points: result.next.points, on: result.next.expiresAt.toISOString().slice(0, 10) } : null).toEqual(
      next,
    );
  });

  it('adds months keeping the day, or the month’s last day', () => {
    expect(addMonths(on('2024-01-31'), 1).toISOString().slice(0, 10)).toBe('2024-02-29');
    expect(addMonths(on('2024-11-30'), 24).toISOString().slice(0, 10)).toBe('2026-11-30');
  });
});
