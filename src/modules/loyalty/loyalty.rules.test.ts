import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RULES,
  effectiveRules,
  type LoyaltyRule,
  mayRedeem,
  periodStart,
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
