import { describe, expect, it } from 'vitest';
import {
  type HighlightFacts,
  highlightsOf,
  lastCompleteQuarter,
  parseQuarter,
  quarterShareOfTarget,
  quartersUpTo,
  shiftQuarter,
  slugOf,
} from './qbr.rules.js';

const base: HighlightFacts = {
  revenueAttainment: null,
  revenueChange: null,
  pipelineAttainment: null,
  health: null,
  healthBefore: null,
  healthStatus: null,
  fulfilment: null,
  overdueActions: 0,
  highRisks: 0,
  decisions: 0,
  hasPlan: true,
};

describe('quarters', () => {
  it.each([
    ['2026-Q1', '2026-01-01', '2026-03-31'],
    ['2026-Q2', '2026-04-01', '2026-06-30'],
    ['2024-Q1', '2024-01-01', '2024-03-31'],
    ['2026-Q4', '2026-10-01', '2026-12-31'],
  ])('%s runs from %s to %s', (key, start, end) => {
    expect(parseQuarter(key)).toMatchObject({ start, end });
  });
  it.each(['2026-Q0', '2026-Q5', '2026-q1', '26-Q1', '2026Q1', ''])('%s is not a quarter', (key) => {
    expect(parseQuarter(key)).toBeNull();
  });
  it.each([
    ['2026-12-01', '2026-Q3'],
    ['2026-01-01', '2025-Q4'],
    ['2026-03-31', '2025-Q4'],
    ['2026-04-01', '2026-Q1'],
  ])('the last complete quarter on %s is %s', (day, key) => {
    expect(lastCompleteQuarter(day).key).toBe(key);
  });
  it('shifts across years and lists the trend oldest first', () => {
    const q = parseQuarter('2026-Q1');
    if (!q) throw new Error('no quarter');
    expect(shiftQuarter(q, 1).key).toBe('2025-Q4');
    expect(shiftQuarter(q, -4).key).toBe('2027-Q1');
    expect(quartersUpTo(q, 3).map((x) => x.key)).toEqual(['2025-Q3', '2025-Q4', '2026-Q1']);
  });
});

describe('the quarter’s share of a plan target', () => {
  const q3 = parseQuarter('2026-Q3');
  if (!q3) throw new Error('no quarter');
  it.each([
    ['a plan of exactly the quarter', { start: '2026-07-01', end: '2026-09-30' }, 100_000_00, 100_000_00],
    ['a calendar-year plan: 92 of 365 days', { start: '2026-01-01', end: '2026-12-31' }, 365_000_00, 92_000_00],
    ['a plan ending mid-quarter: 31 of 212 days', { start: '2026-01-01', end: '2026-07-31' }, 212_00, 31_00],
    ['a plan after the quarter', { start: '2026-10-01', end: '2027-09-30' }, 100_000_00, 0],
    ['rounds to the minor unit', { start: '2026-01-01', end: '2026-12-31' }, 1_00, 25],
  ])('%s', (_name, period, target, share) => {
    expect(quarterShareOfTarget(target, period, q3)).toBe(share);
  });
});

describe('the highlights rule', () => {
  it.each<[string, Partial<HighlightFacts>, string[]]>([
    ['nothing to say', {}, []],
    ['revenue ahead of plan at 110% or more', { revenueAttainment: 110 }, ['revenue_ahead']],
    ['revenue on plan between 90% and 109%', { revenueAttainment: 90 }, ['revenue_on_track']],
    ['revenue behind plan under 90%', { revenueAttainment: 89 }, ['revenue_behind']],
    ['without a target, momentum of 10% or more', { revenueChange: 25 }, ['revenue_up']],
    ['without a target, a fall of 10% or more', { revenueChange: -10 }, ['revenue_down']],
    ['without a target, a small move says nothing', { revenueChange: 9 }, []],
    ['pipeline short of its target', { pipelineAttainment: 60 }, ['pipeline_short']],
    ['health up 5 points', { health: 70, healthBefore: 65, healthStatus: 'green' }, ['health_up']],
    ['health down 5 points', { health: 60, healthBefore: 65, healthStatus: 'yellow' }, ['health_down']],
    ['red health comes first of the health notes', { health: 30, healthBefore: 50, healthStatus: 'red' }, ['health_red']],
    [
      'asymmetry of 20 points is called out',
      { fulfilment: { vendor: 90, partner: 70, asymmetry: 20 } },
      ['commitments_asymmetric'],
    ],
    ['asymmetry under 20 is not', { fulfilment: { vendor: 90, partner: 71, asymmetry: 19 } }, []],
    ['overdue actions and high risks', { overdueActions: 2, highRisks: 1 }, ['actions_overdue', 'risks_high']],
    ['no plan', { hasPlan: false }, ['no_plan']],
    [
      'at most six, in order of importance',
      {
        revenueAttainment: 50,
        pipelineAttainment: 10,
        health: 20,
        healthBefore: 40,
        healthStatus: 'red',
        fulfilment: { vendor: 100, partner: 0, asymmetry: 100 },
        overdueActions: 1,
        highRisks: 1,
        decisions: 1,
      },
      ['revenue_behind', 'pipeline_short', 'health_red', 'commitments_asymmetric', 'actions_overdue', 'risks_high'],
    ],
  ])('%s', (_name, facts, keys) => {
    expect(highlightsOf({ ...base, ...facts }).map((h) => h.key)).toEqual(keys);
  });
  it('names the side that lags', () => {
    expect(highlightsOf({ ...base, fulfilment: { vendor: 40, partner: 90, asymmetry: 50 } })[0]?.text).toBe(
      'Vendor commitments lag: 40% kept against 90%',
    );
  });
});

describe('the file name’s slug', () => {
  it.each([
    ['Northwind Traders', 'northwind-traders'],
    ['Société Générale & Co.', 'societe-generale-co'],
    ['Акционерное общество', 'partner'],
    ['x'.repeat(200), 'x'.repeat(60)],
  ])('%s → %s', (name, slug) => {
    expect(slugOf(name)).toBe(slug);
  });
});
