import { describe, expect, it } from 'vitest';
import {
  averageDealSize,
  churnRate,
  median,
  monthEnd,
  monthsBetween,
  periodChange,
  previousMonth,
  quarterOf,
  roiOf,
  snapshotMonthAllowed,
  winRate,
} from './kpis.rules.js';

const usd = (amount: number) => ({ amount, currency: 'USD' });

describe('ROI = (revenue − spend) ÷ spend', () => {
  it.each([
    ['revenue ten times the spend returns 9 (900 %)', usd(100_000), usd(10_000), 9, '900 %'],
    ['revenue equal to the spend returns 0', usd(5_000), usd(5_000), 0, '0 %'],
    ['revenue below the spend is negative', usd(2_500), usd(10_000), -0.75, '-75 %'],
    ['no revenue at all loses the whole spend', usd(0), usd(10_000), -1, '-100 %'],
    ['zero spend has no ROI: n/a, never infinity', usd(100_000), usd(0), null, 'n/a'],
    ['a fraction keeps four decimals', usd(1), usd(3), -0.6667, '-66.7 %'],
  ])('%s', (_rule, revenue, spend, value, label) => {
    expect(roiOf(revenue, spend)).toEqual({ value, label });
  });

  it('mixed currencies are refused: they are converted first', () => {
    expect(() => roiOf(usd(100), { amount: 100, currency: 'EUR' })).toThrow(/convert/);
  });
});

describe('win rate = won ÷ (won + lost)', () => {
  it.each([
    ['two of three won', 2, 1, 66.7],
    ['all won', 3, 0, 100],
    ['all lost', 0, 4, 0],
    ['none closed: no rate', 0, 0, null],
  ])('%s', (_rule, won, lost, rate) => expect(winRate(won, lost)).toBe(rate));
});

describe('partner churn = left in the period ÷ active at its start', () => {
  it.each([
    ['one of two left', 1, 2, 50],
    ['nobody left', 0, 10, 0],
    ['nobody active at the start: no rate', 0, 0, null],
    ['one of three', 1, 3, 33.3],
  ])('%s', (_rule, churned, active, rate) => expect(churnRate(churned, active)).toBe(rate));
});

describe('median time to first deal', () => {
  it.each([
    ['an odd count takes the middle one', [30, 10, 20], 20],
    ['an even count averages the middle two', [10, 40, 20, 30], 25],
    ['one value is its own median', [7], 7],
    ['no partner with a first deal: none', [], null],
  ])('%s', (_rule, values, expected) => expect(median(values)).toBe(expected));
});

describe('period arithmetic', () => {
  it.each([
    ['average deal size rounds to minor units', averageDealSize(100, 3), 33],
    ['no deal has no average', averageDealSize(0, 0), null],
    ['month end of February in a leap year', monthEnd('2024-02-01'), '2024-02-29'],
    ['the month before January is December', previousMonth('2026-01-01'), '2025-12-01'],
    ['the quarter of a day in November', quarterOf('2026-11-30'), '2026-Q4'],
  ])('%s', (_rule, actual, expected) => expect(actual).toEqual(expected));

  it('months between two months cross a year', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11-01', '2025-12-01', '2026-01-01', '2026-02-01']);
  });

  it.each([
    ['growth from 100 to 150 is +50 %', 150, 100, { delta: 50, percent: 50 }],
    ['a fall from 200 to 150 is −25 %', 150, 200, { delta: -50, percent: -25 }],
    ['from zero there is a delta but no percent', 10, 0, { delta: 10, percent: null }],
    ['without a previous value there is no change', 10, null, { delta: null, percent: null }],
  ])('period-over-period change: %s', (_rule, current, previous, expected) => {
    expect(periodChange(current, previous)).toEqual(expected);
  });

  it.each([
    ['a past month may be taken', '2026-10', '2026-12-01', true],
    ['the running month may be taken (month to date)', '2026-12', '2026-12-01', true],
    ['a future month may not', '2027-01', '2026-12-31', false],
  ])('snapshot month: %s', (_rule, month, today, allowed) => {
    expect(snapshotMonthAllowed(month, today).allowed).toBe(allowed);
  });
});
