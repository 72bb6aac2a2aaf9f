import { describe, expect, it } from 'vitest';
import { actionOverdue, heatMap, reviewOverdue, riskBand, riskScore } from './risks.rules.js';

describe('a risk is scored likelihood × impact, and the score alone decides its band', () => {
  it.each([
    ['the lowest risk is 1 × 1 = 1, low', 1, 1, 1, 'low'],
    ['4 is the top of low', 2, 2, 4, 'low'],
    ['5 starts medium', 1, 5, 5, 'medium'],
    ['9 is the top of medium', 3, 3, 9, 'medium'],
    ['10 starts significant', 2, 5, 10, 'significant'],
    ['14 would be significant (no cell scores it; 12 does)', 3, 4, 12, 'significant'],
    ['15 starts high: what risks.high counts', 3, 5, 15, 'high'],
    ['16 is high', 4, 4, 16, 'high'],
    ['the worst is 5 × 5 = 25, high', 5, 5, 25, 'high'],
  ])('%s', (_rule, likelihood, impact, score, band) => {
    expect(riskScore(likelihood, impact)).toBe(score);
    expect(riskBand(score)).toBe(band);
  });

  it.each([
    ['zero likelihood is refused', 0, 3],
    ['an impact above 5 is refused', 3, 6],
    ['a fraction is refused', 2.5, 3],
  ])('%s', (_rule, likelihood, impact) => {
    expect(() => riskScore(likelihood, impact)).toThrow(RangeError);
  });
});

describe('a live risk is overdue for review once its review date has passed', () => {
  const today = '2026-11-30';
  it.each([
    ['an open risk reviewed by yesterday is overdue', 'open', '2026-11-29', true],
    ['a mitigating risk past its date is overdue', 'mitigating', '2026-10-01', true],
    ['the review date itself is still on time', 'open', '2026-11-30', false],
    ['a future review date is not overdue', 'open', '2026-12-15', false],
    ['without a review date nothing is overdue', 'open', null, false],
    ['a closed risk is never overdue', 'closed', '2026-01-01', false],
    ['an accepted risk is never overdue', 'accepted', '2026-01-01', false],
  ] as const)('%s', (_rule, status, reviewOn, overdue) => {
    expect(reviewOverdue({ status, reviewOn }, today)).toBe(overdue);
  });
});

describe('a mitigation action is overdue when unfinished past its due date', () => {
  const today = '2026-11-30';
  it.each([
    ['an open action past due is overdue', 'open', '2026-11-01', true],
    ['an action in progress past due is overdue', 'in_progress', '2026-11-29', true],
    ['due today is on time', 'open', '2026-11-30', false],
    ['a done action is never overdue', 'done', '2026-01-01', false],
    ['a cancelled action is never overdue', 'cancelled', '2026-01-01', false],
    ['no due date, never overdue', 'open', null, false],
  ] as const)('%s', (_rule, status, dueOn, overdue) => {
    expect(actionOverdue({ status, dueOn }, today)).toBe(overdue);
  });
});

describe('the heat map counts risks per likelihood × impact cell', () => {
  it('has all 25 cells, likelihood 5 first, zero where no risk sits', () => {
    const cells = heatMap([]);
    expect(cells).toHaveLength(25);
    expect(cells[0]).toEqual({ likelihood: 5, impact: 1, count: 0, band: 'medium' });
    expect(cells[24]).toEqual({ likelihood: 1, impact: 5, count: 0, band: 'medium' });
  });
  it('counts two risks in one cell and one in another', () => {
    const cells = heatMap([
      { likelihood: 4, impact: 5 },
      { likelihood: 4, impact: 5 },
      { likelihood: 1, impact: 2 },
    ]);
    expect(cells.find((c) => c.likelihood === 4 && c.impact === 5)).toEqual({ likelihood: 4, impact: 5, count: 2, band: 'high' });
    expect(cells.find((c) => c.likelihood === 1 && c.impact === 2)?.count).toBe(1);
    expect(cells.reduce((sum, c) => sum + c.count, 0)).toBe(3);
  });
});
