import { describe, expect, it } from 'vitest';
import { type FitCriterion, type FitPartner, fitOf } from './fit.rules.js';

const profile: FitCriterion[] = [
  { label: 'Managed service providers', attribute: 'types', values: ['msp', 'gsi'], weight: 40 },
  { label: 'Europe or North America', attribute: 'regions', values: ['europe', 'north_america'], weight: 30 },
  { label: 'Mid-sized', attribute: 'companySize', values: ['51-200', '201-1000'], weight: 20 },
  { label: 'Financial services', attribute: 'industries', values: ['financial_services'], weight: 10 },
];

const partner = (overrides: Partial<FitPartner>): FitPartner => ({
  types: [],
  regions: [],
  industries: [],
  companySize: null,
  country: null,
  motion: 'channel',
  tags: [],
  segment: '',
  ...overrides,
});

describe('fit against the ideal partner profile', () => {
  it.each([
    [
      'a partner meeting every criterion scores 100',
      partner({ types: ['msp'], regions: ['europe'], companySize: '51-200', industries: ['financial_services'] }),
      100,
    ],
    ['a partner meeting none scores 0', partner({ types: ['reseller'], regions: ['asia_pacific'] }), 0],
    ['a list attribute is met when any one value is shared', partner({ types: ['reseller', 'gsi'] }), 40],
    ['the score is the share of the total weight met', partner({ regions: ['europe'], companySize: '201-1000' }), 50],
    ['a missing single value meets nothing', partner({ companySize: null, regions: ['north_america'] }), 30],
  ])('%s', (_rule, p, score) => {
    expect(fitOf(profile, p).score).toBe(score);
  });

  it('gives a reason per criterion with its weight, whether it was met, and the points earned', () => {
    expect(fitOf(profile, partner({ types: ['msp'] })).reasons).toEqual([
      { criterion: 'Managed service providers', attribute: 'types', weight: 40, met: true, points: 40 },
      { criterion: 'Europe or North America', attribute: 'regions', weight: 30, met: false, points: 0 },
      { criterion: 'Mid-sized', attribute: 'companySize', weight: 20, met: false, points: 0 },
      { criterion: 'Financial services', attribute: 'industries', weight: 10, met: false, points: 0 },
    ]);
  });

  it.each([
    ['3 of 8 rounds 37.5 up to 38', 3, 8, 38],
    ['1 of 3 rounds 33.3 down to 33', 1, 3, 33],
    ['2 of 3 rounds 66.7 up to 67', 2, 3, 67],
  ])('whole points, halves up: %s', (_rule, met, total, score) => {
    const criteria: FitCriterion[] = [
      { label: 'met', attribute: 'motion', values: ['channel'], weight: met },
      { label: 'not met', attribute: 'motion', values: ['alliance'], weight: total - met },
    ];
    expect(fitOf(criteria, partner({})).score).toBe(score);
  });

  it('an empty profile scores everyone 0 with no reasons', () => {
    expect(fitOf([], partner({ types: ['msp'] }))).toEqual({ score: 0, reasons: [] });
  });
});
