import { describe, expect, it } from 'vitest';
import {
  CHECKLIST,
  type CommercialDesign,
  checkDesign,
  emptyDesign,
  explicitCount,
  mayMoveToStage,
  needsRerunReminder,
  qualificationDueOn,
  qualify,
  type Scores,
  stageProgress,
  type Tick,
  valueCaptureProblems,
} from './alliances.rules.js';

const scores = (marketAccess: number, capability: number, commitment: number, alignment: number): Scores => ({
  marketAccess,
  capability,
  commitment,
  alignment,
});

describe('strategic qualification: candidates score highly on all four dimensions, on both sides', () => {
  it.each([
    [
      '4+ on every dimension on both sides is a strategic candidate',
      scores(5, 4, 4, 5),
      scores(4, 5, 4, 4),
      'strategic_candidate',
      false,
      80,
    ],
    ['one dimension at 3 makes it premier tier only', scores(5, 5, 3, 5), scores(5, 5, 5, 5), 'premier_tier_only', false, 90],
    [
      'the lower side counts: the partner’s 3 on commitment holds it back',
      scores(5, 5, 5, 5),
      scores(5, 5, 3, 5),
      'premier_tier_only',
      false,
      90,
    ],
    [
      'high on revenue-like market access alone is premier tier only',
      scores(5, 2, 2, 2),
      scores(5, 2, 2, 2),
      'premier_tier_only',
      false,
      55,
    ],
    ['the vendor alone can recommend, provisionally', scores(4, 4, 4, 4), null, 'strategic_candidate', true, 80],
    ['the partner alone too', null, scores(2, 2, 2, 2), 'premier_tier_only', true, 40],
    ['all ones is 20%', scores(1, 1, 1, 1), scores(1, 1, 1, 1), 'premier_tier_only', false, 20],
  ] as const)('%s', (_rule, vendor, partner, recommendation, provisional, percent) => {
    const result = qualify(vendor, partner);
    expect(result?.recommendation).toBe(recommendation);
    expect(result?.provisional).toBe(provisional);
    expect(result?.scorePercent).toBe(percent);
  });

  it('no run on either side is no result', () => {
    expect(qualify(null, null)).toBeNull();
  });

  it('shows a disagreement of two points or more, with both scores, among the reasons', () => {
    const result = qualify(scores(5, 5, 5, 5), scores(5, 3, 4, 5));
    expect(result?.dimensions.map((d) => [d.dimension, d.combined, d.disagreement])).toEqual([
      ['marketAccess', 5, false],
      ['capability', 3, true],
      ['commitment', 4, false],
      ['alignment', 5, false],
    ]);
    expect(result?.reasons).toContain('The sides disagree on capability complementarity: vendor 5, partner 3');
    expect(result?.reasons).toContain('Capability complementarity scores only 3 of 5 (needs 4)');
  });

  it('says why a one-sided result is provisional', () => {
    expect(qualify(scores(4, 4, 4, 4), null)?.reasons).toContain('Provisional: the partner has not scored yet');
  });
});

describe('the qualification test is re-run at each annual review', () => {
  it.each([
    ['due twelve months after the last run', '2025-11-30', null, '2026-11-29', false],
    ['due on its anniversary', '2025-11-30', null, '2026-11-30', true],
    ['overdue and never reminded', '2024-06-01', null, '2026-11-30', true],
    ['reminded once per due period', '2025-11-30', '2026-11-30', '2026-12-15', false],
    ['a reminder from the previous period does not count', '2025-11-30', '2025-01-10', '2026-12-01', true],
    ['never run: nothing to re-run', null, null, '2026-11-30', false],
  ] as const)('%s', (_rule, last, reminded, today, expected) => {
    expect(needsRerunReminder(last, reminded, today)).toBe(expected);
  });

  it('a run on 29 February falls due on 28 February', () => {
    expect(qualificationDueOn('2028-02-29')).toBe('2029-02-28');
  });
});

const filled = (): CommercialDesign => ({
  valueProposition: {
    statement: 'Together, Lumen and Contoso enable regulated banks to close the quarter in three days',
    targetCustomer: 'Mid-market banks in DACH',
    outcome: 'Quarter-end close in three days',
    customerValidated: true,
  },
  marketScope: { segments: ['Mid-market banking'], territories: ['DE', 'AT', 'CH'], solutionCategories: ['Analytics'] },
  investment: {
    vendor: {
      coMarketingBudget: { amount: 5_000_000, currency: 'EUR' },
      presalesPeople: 2,
      engineeringDaysPerQuarter: null,
      executiveHoursPerQuarter: 10,
      notes: '',
    },
    partner: {
      coMarketingBudget: null,
      presalesPeople: 4,
      engineeringDaysPerQuarter: null,
      executiveHoursPerQuarter: 8,
      notes: '',
    },
  },
  governance: {
    cadence: 'quarterly',
    decisionRights: 'The JSC decides investments over 50k',
    escalationPath: 'Alliance managers → sponsors → CEOs',
  },
  performance: {
    metrics: [
      { name: 'Joint pipeline', side: 'partner', target: '€4m' },
      { name: 'Co-marketing budget deployed', side: 'vendor', target: '100%' },
    ],
    frequency: 'quarterly',
    consequences: 'Two missed quarters trigger a redesign review',
  },
  valueCapture: { vendor: [], partner: [] },
});
const both = { vendor: true, partner: true };

describe('each commercial dimension is explicit or says what is missing', () => {
  it('a fully designed alliance is explicit on all five', () => {
    expect(explicitCount(checkDesign(filled(), both))).toBe(5);
  });

  it('an empty design is explicit on none', () => {
    expect(explicitCount(checkDesign(emptyDesign(), { vendor: false, partner: false }))).toBe(0);
  });

  const missingOf = (design: CommercialDesign, sponsors = both) =>
    Object.fromEntries(
      checkDesign(design, sponsors)
        .filter((c) => !c.explicit)
        .map((c) => [c.dimension, c.missing]),
    );

  it.each<[string, (d: CommercialDesign) => void, string, string, { vendor: boolean; partner: boolean }?]>([
    [
      'a value proposition names its outcome',
      (d) => {
        d.valueProposition.outcome = ' ';
      },
      'valueProposition',
      'the specific outcome it enables',
    ],
    [
      'a market scope names its territories',
      (d) => {
        d.marketScope.territories = [];
      },
      'marketScope',
      'at least one territory',
    ],
    [
      'a market scope names its solution categories',
      (d) => {
        d.marketScope.solutionCategories = [];
      },
      'marketScope',
      'at least one solution category',
    ],
    [
      'investment is bilateral: the vendor commits something quantified too',
      (d) => {
        d.investment.vendor = {
          coMarketingBudget: { amount: 0, currency: 'EUR' },
          presalesPeople: 0,
          engineeringDaysPerQuarter: null,
          executiveHoursPerQuarter: null,
          notes: 'Best effort',
        };
      },
      'investment',
      'a quantified vendor commitment (budget, pre-sales people, engineering days or executive hours)',
    ],
    [
      'governance needs the partner’s named sponsor',
      () => {},
      'governance',
      'a named partner executive sponsor',
      { vendor: true, partner: false },
    ],
    [
      'governance meets at least quarterly',
      (d) => {
        d.governance.cadence = 'annual';
      },
      'governance',
      'a cadence of at least quarterly strategic reviews',
    ],
    [
      'governance names its escalation path',
      (d) => {
        d.governance.escalationPath = '';
      },
      'governance',
      'the escalation path',
    ],
    [
      'performance holds the vendor to a metric too',
      (d) => {
        d.performance.metrics = d.performance.metrics.filter((m) => m.side !== 'vendor');
      },
      'performance',
      'a metric the vendor is held to',
    ],
    [
      'performance names the consequences',
      (d) => {
        d.performance.consequences = '';
      },
      'performance',
      'the consequences of sustained underperformance',
    ],
  ])('%s', (_rule, change, dimension, missing, sponsors) => {
    const design = filled();
    change(design);
    expect(missingOf(design, sponsors ?? both)[dimension]).toContain(missing);
  });

  it('a joint metric holds both sides', () => {
    const design = filled();
    design.performance.metrics = [{ name: 'Joint wins', side: 'joint', target: '6' }];
    expect(checkDesign(design, both).find((c) => c.dimension === 'performance')?.explicit).toBe(true);
  });
});

describe('a value-capture mechanism carries the parameter that makes it computable', () => {
  it.each([
    ['a revenue share needs its percent', { mechanism: 'revenue_share', percent: null, amount: null, basis: '' }, 'x.0.percent'],
    [
      'a hardware margin needs its percent',
      { mechanism: 'hardware_margin', percent: null, amount: null, basis: '' },
      'x.0.percent',
    ],
    ['a per-event fee needs its amount', { mechanism: 'per_event_fee', percent: 10, amount: null, basis: '' }, 'x.0.amount'],
    [
      'a referral fee needs an amount or a percent',
      { mechanism: 'referral_fee', percent: null, amount: null, basis: '' },
      'x.0.amount',
    ],
    ['“other” must say how', { mechanism: 'other', percent: null, amount: null, basis: '' }, 'x.0.basis'],
  ] as const)('%s', (_rule, entry, path) => {
    expect(valueCaptureProblems([entry], 'x').map((p) => p.path)).toEqual([path]);
  });

  it.each([
    [
      'a subscription share with its percent is fine',
      { mechanism: 'subscription_share', percent: 30, amount: null, basis: 'ARR' },
    ],
    ['a referral fee as a percent is fine', { mechanism: 'referral_fee', percent: 10, amount: null, basis: 'first-year ACV' }],
    [
      'a per-event fee with its amount is fine',
      { mechanism: 'per_event_fee', percent: null, amount: { amount: 50, currency: 'USD' }, basis: 'per alert' },
    ],
  ] as const)('%s', (_rule, entry) => {
    expect(valueCaptureProblems([entry], 'x')).toEqual([]);
  });
});

const tickAll = (stage: string, sides: ('vendor' | 'partner')[]): Tick[] =>
  CHECKLIST.filter((i) => i.stage === stage).flatMap((i) => sides.map((side) => ({ itemKey: i.key, side, done: true })));

describe('each development stage needs both sides, and the alliance moves on one stage at a time', () => {
  it('an item counts only once both sides ticked it', () => {
    const [fit] = stageProgress(tickAll('strategic_fit', ['vendor']));
    expect(fit).toMatchObject({
      stage: 'strategic_fit',
      itemCount: 3,
      vendorDone: 3,
      partnerDone: 0,
      bothDone: 0,
      complete: false,
      bilateral: false,
    });
    const [done] = stageProgress(tickAll('strategic_fit', ['vendor', 'partner']));
    expect(done).toMatchObject({ bothDone: 3, complete: true, bilateral: true });
  });

  it('an untick takes the item back', () => {
    const ticks = [
      ...tickAll('strategic_fit', ['vendor', 'partner']),
      { itemKey: 'strategic_fit.qualification', side: 'partner', done: false } as Tick,
    ];
    const later = ticks.filter(
      (t, i) => !(t.itemKey === 'strategic_fit.qualification' && t.side === 'partner' && i < ticks.length - 1),
    );
    expect(stageProgress(later)[0]?.complete).toBe(false);
  });

  it.each([
    [
      'moves on once both sides completed the stage',
      'strategic_fit',
      'joint_value_proposition',
      tickAll('strategic_fit', ['vendor', 'partner']),
      true,
    ],
    [
      'does not move on while the partner has not taken part',
      'strategic_fit',
      'joint_value_proposition',
      tickAll('strategic_fit', ['vendor']),
      false,
    ],
    ['does not skip a stage', 'strategic_fit', 'agreement_negotiation', tickAll('strategic_fit', ['vendor', 'partner']), false],
    ['may always go back', 'gtm_activation', 'joint_value_proposition', [], true],
  ] as const)('%s', (_rule, from, to, ticks, allowed) => {
    expect(mayMoveToStage(from, to, stageProgress(ticks)).allowed).toBe(allowed);
  });
});
