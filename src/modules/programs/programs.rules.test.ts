import { describe, expect, it } from 'vitest';
import {
  decideTierMove,
  type LadderTier,
  milestoneApplies,
  milestoneReached,
  progressTowards,
  type RequirementSpec,
} from './programs.rules.js';

const contacts = (min: number): RequirementSpec => ({
  key: 'contacts',
  label: 'Contacts',
  metric: 'partners.contacts',
  unit: 'count',
  min,
});
const revenue = (min: number): RequirementSpec => ({
  key: 'revenue',
  label: 'Revenue',
  metric: 'revenue.trailing_4q',
  unit: 'money',
  min,
});

describe('progress towards a tier', () => {
  it.each([
    ['met when the actual reaches the requirement', 3, 3, { met: true, missing: 0 }],
    ['met when the actual passes it', 5, 3, { met: true, missing: 0 }],
    ['missing is what is still needed', 1, 3, { met: false, missing: 2 }],
    ['no data yet is neither met nor missing', null, 3, { met: null, missing: null }],
  ] as const)('%s', (_rule, actual, min, expected) => {
    const [row] = progressTowards([contacts(min)], new Map([['partners.contacts', actual]])).requirements;
    expect(row).toMatchObject({ required: min, actual, ...expected });
  });

  it('a tier with no requirements is met; one with no data is not', () => {
    expect(progressTowards([], new Map()).allMet).toBe(true);
    expect(progressTowards([revenue(1)], new Map()).allMet).toBe(false);
  });
});

const ladder: LadderTier[] = [
  { id: 'registered', name: 'Registered', rank: 0, requirements: [] },
  { id: 'silver', name: 'Silver', rank: 1, requirements: [contacts(2)] },
  { id: 'gold', name: 'Gold', rank: 2, requirements: [contacts(5), revenue(100)] },
];
const asOf = new Date('2026-10-01T00:00:00Z');
const daysBefore = (n: number) => new Date(asOf.getTime() - n * 86_400_000);
const actuals = (c: number | null, r: number | null = null) =>
  new Map([
    ['partners.contacts', c],
    ['revenue.trailing_4q', r],
  ]);

describe('the quarterly tier decision', () => {
  it.each([
    [
      'a partner without a tier is placed in the highest tier it earns',
      null,
      actuals(3),
      null,
      90,
      { outcome: 'promote', toTierId: 'silver' },
    ],
    [
      'a partner meeting the next tier is promoted',
      'registered',
      actuals(2),
      null,
      90,
      { outcome: 'promote', toTierId: 'silver' },
    ],
    [
      'a promotion can skip a tier when the higher one is earned',
      'registered',
      actuals(6, 500),
      null,
      90,
      { outcome: 'promote', toTierId: 'gold' },
    ],
    ['no data yet never promotes', 'silver', actuals(9, null), null, 90, { outcome: 'keep' }],
    ['no data yet never demotes', 'gold', actuals(6, null), null, 90, { outcome: 'keep' }],
    ['meeting its own tier keeps it', 'silver', actuals(3), null, 90, { outcome: 'keep' }],
    ['first found below: grace starts now', 'silver', actuals(1), null, 90, { outcome: 'grace' }],
    ['below within the grace period: no demotion yet', 'silver', actuals(1), daysBefore(60), 90, { outcome: 'grace' }],
    [
      'below past the grace period: demoted one tier',
      'silver',
      actuals(1),
      daysBefore(91),
      90,
      { outcome: 'demote', toTierId: 'registered' },
    ],
    ['a grace of zero demotes at once', 'silver', actuals(0), null, 0, { outcome: 'demote', toTierId: 'registered' }],
    [
      'demoted to the highest lower tier it still holds',
      'gold',
      actuals(3, 10),
      daysBefore(200),
      90,
      { outcome: 'demote', toTierId: 'silver' },
    ],
    [
      'demoted to the lowest tier when it holds none above it',
      'gold',
      actuals(0, 10),
      daysBefore(200),
      90,
      { outcome: 'demote', toTierId: 'registered' },
    ],
  ] as const)('%s', (_rule, current, values, belowSince, graceDays, expected) => {
    expect(decideTierMove({ ladder, currentTierId: current, actuals: values, belowSince, graceDays, asOf })).toMatchObject(
      expected,
    );
  });

  it('grace ends the grace period after the partner first fell below', () => {
    const decision = decideTierMove({
      ladder,
      currentTierId: 'silver',
      actuals: actuals(1),
      belowSince: daysBefore(30),
      graceDays: 90,
      asOf,
    });
    expect(decision).toEqual({
      outcome: 'grace',
      belowSince: daysBefore(30),
      graceEndsAt: new Date(daysBefore(30).getTime() + 90 * 86_400_000),
    });
  });
});

describe('milestone thresholds', () => {
  it.each([
    ['≥ reached at the threshold', 100, '>=', 100, true],
    ['≥ not reached below it', 99, '>=', 100, false],
    ['> needs more than the threshold', 100, '>', 100, false],
    ['≤ reached at or under it', 3, '<=', 3, true],
    ['< needs less', 3, '<', 3, false],
    ['= only at the threshold', 1, '=', 1, true],
    ['no data never reaches a milestone', null, '>=', 0, false],
  ] as const)('%s', (_rule, actual, operator, threshold, expected) => {
    expect(milestoneReached(actual, operator, threshold)).toBe(expected);
  });

  it.each([
    ['applies to a partner in one of its from-stages', ['onboarding'], 'enabled', 'onboarding', true],
    ['not to a partner in another stage', ['onboarding'], 'enabled', 'active', false],
    ['never to a partner already at the target', ['enabled', 'active'], 'active', 'active', false],
  ] as const)('%s', (_rule, fromStages, toStage, stage, expected) => {
    expect(milestoneApplies({ fromStages, toStage }, stage)).toBe(expected);
  });
});
