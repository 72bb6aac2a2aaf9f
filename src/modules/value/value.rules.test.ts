import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CalculatorInputs,
  type CalculatorModel,
  calculateValue,
  calculatorProblems,
  fairnessOf,
  improvementKey,
  type Mechanism,
  mayEditProposition,
  mayPublish,
  type SimulationInput,
  simulateValueCapture,
  simulationProblems,
} from './value.rules.js';

const EUR = (amount: number) => ({ amount, currency: 'EUR' });

const MODEL: CalculatorModel = {
  currency: 'EUR',
  sizeUnit: 'clinics',
  improvements: [
    { key: 'downtime', label: 'Less downtime', defaultBp: 1500 },
    { key: 'admin', label: 'Less admin time', defaultBp: 500 },
  ],
  oneTimeCostPerUnit: 200_000, // 2,000.00 per clinic
  recurringCostPerUnit: 100_000, // 1,000.00 per clinic and year
};

const inputs = (over: Partial<CalculatorInputs> = {}): CalculatorInputs => ({
  customerSize: 10,
  currentAnnualCost: EUR(10_000_000), // 100,000.00
  improvements: [
    { key: 'downtime', bp: 1500 },
    { key: 'admin', bp: 500 },
  ],
  ...over,
});

describe('the value calculator: ROI, payback and 3-year net benefit of the joint solution', () => {
  it.each([
    [
      '20 % of 100,000 saved, 20,000 once and 10,000 a year from per-clinic prices: ROI 20 %, payback 24 months',
      inputs(),
      { annualBenefit: 2_000_000, oneTimeCost: 2_000_000, recurring: 1_000_000, net3: 1_000_000, roi: 20, payback: 24 },
    ],
    [
      'given costs replace the per-unit prices',
      inputs({ oneTimeCost: EUR(500_000), recurringAnnualCost: EUR(500_000) }),
      { annualBenefit: 2_000_000, oneTimeCost: 500_000, recurring: 500_000, net3: 4_000_000, roi: 200, payback: 4 },
    ],
    [
      'payback rounds up to the month in which the one-time cost is earned back',
      inputs({ oneTimeCost: EUR(1_000_000), recurringAnnualCost: EUR(0), improvements: [{ key: 'downtime', bp: 700 }] }),
      { annualBenefit: 700_000, oneTimeCost: 1_000_000, recurring: 0, net3: 1_100_000, roi: 110, payback: 18 },
    ],
    [
      'a recurring cost above the benefit never pays back and loses money',
      inputs({ improvements: [{ key: 'admin', bp: 500 }] }),
      { annualBenefit: 500_000, oneTimeCost: 2_000_000, recurring: 1_000_000, net3: -3_500_000, roi: -70, payback: null },
    ],
    [
      'nothing to pay once: payback is immediate',
      inputs({ oneTimeCost: EUR(0) }),
      { annualBenefit: 2_000_000, oneTimeCost: 0, recurring: 1_000_000, net3: 3_000_000, roi: 100, payback: 0 },
    ],
    [
      'a free solution has no ROI to speak of',
      inputs({ oneTimeCost: EUR(0), recurringAnnualCost: EUR(0) }),
      { annualBenefit: 2_000_000, oneTimeCost: 0, recurring: 0, net3: 6_000_000, roi: null, payback: 0 },
    ],
    [
      'half a cent of benefit rounds away from zero',
      inputs({
        currentAnnualCost: EUR(1_001),
        improvements: [{ key: 'admin', bp: 5000 }],
        oneTimeCost: EUR(0),
        recurringAnnualCost: EUR(0),
      }),
      { annualBenefit: 501, oneTimeCost: 0, recurring: 0, net3: 1_503, roi: null, payback: 0 },
    ],
    [
      'amounts beyond 2^53 / 10,000 keep every minor unit',
      inputs({
        currentAnnualCost: EUR(900_000_000_000_001),
        improvements: [{ key: 'admin', bp: 10_000 }],
        oneTimeCost: EUR(0),
        recurringAnnualCost: EUR(0),
      }),
      { annualBenefit: 900_000_000_000_001, oneTimeCost: 0, recurring: 0, net3: 2_700_000_000_000_003, roi: null, payback: 0 },
    ],
  ])('%s', (_rule, given, want) => {
    const r = calculateValue(MODEL, given);
    expect(calculatorProblems(MODEL, given)).toEqual([]);
    expect(r.annualBenefit).toEqual(EUR(want.annualBenefit));
    expect(r.oneTimeCost).toEqual(EUR(want.oneTimeCost));
    expect(r.recurringAnnualCost).toEqual(EUR(want.recurring));
    expect(r.threeYearNetBenefit).toEqual(EUR(want.net3));
    expect(r.roiPercent).toBe(want.roi);
    expect(r.paybackMonths).toBe(want.payback);
    expect(r.years.at(-1)?.cumulativeNet).toEqual(EUR(want.net3));
  });

  it.each([
    ['a customer has at least one unit of size', inputs({ customerSize: 0 }), 'inputs.customerSize'],
    [
      'amounts are in the proposition’s currency',
      inputs({ currentAnnualCost: { amount: 1, currency: 'USD' } }),
      'inputs.currentAnnualCost.currency',
    ],
    ['costs are not negative', inputs({ oneTimeCost: EUR(-1) }), 'inputs.oneTimeCost.amount'],
    [
      'only improvements the proposition names',
      inputs({ improvements: [{ key: 'magic', bp: 100 }] }),
      'inputs.improvements.0.key',
    ],
    ['an improvement is at most 100 %', inputs({ improvements: [{ key: 'admin', bp: 10_001 }] }), 'inputs.improvements.0.bp'],
    [
      'improvements together save at most 100 %',
      inputs({
        improvements: [
          { key: 'admin', bp: 6000 },
          { key: 'downtime', bp: 6000 },
        ],
      }),
      'inputs.improvements',
    ],
    [
      'an improvement is given once',
      inputs({
        improvements: [
          { key: 'admin', bp: 1 },
          { key: 'admin', bp: 1 },
        ],
      }),
      'inputs.improvements.1.key',
    ],
  ])('%s', (_rule, given, path) => {
    expect(calculatorProblems(MODEL, given).map((p) => p.path)).toContain(path);
  });

  it('improvement keys are made from their labels', () => {
    expect(improvementKey('Less downtime (per year)')).toBe('less-downtime-per-year');
    expect(improvementKey('—')).toBe('improvement');
  });
});

describe('joint value proposition versions: drafts change and are published, published ones do not', () => {
  it.each([
    ['draft', true, true],
    ['published', false, false],
    ['superseded', false, false],
    ['withdrawn', false, false],
  ] as const)('a %s version: publish %s, edit %s', (status, publish, edit) => {
    expect(mayPublish(status).allowed).toBe(publish);
    expect(mayEditProposition(status).allowed).toBe(edit);
  });
});

const OFFERING = { currency: 'EUR', listPrice: 100_000, subscriptionBp: 6000, eventsPerUnit: 100 };

function sim(vendor: Mechanism[], partner: Mechanism[], over: Partial<SimulationInput> = {}): SimulationInput {
  return {
    offering: OFFERING,
    parties: [
      { side: 'vendor', mechanisms: vendor, investment: 300_000 },
      { side: 'partner', mechanisms: partner, investment: 100_000 },
    ],
    pricePointsBp: [10_000],
    volumes: [10],
    ...over,
  };
}

describe('value capture: each side’s earnings per price and volume scenario', () => {
  it.each([
    [
      'a revenue share takes its share of the pool, the remainder goes to the other side',
      sim([{ kind: 'remainder' }], [{ kind: 'revenue_share', shareBp: 2500 }]),
      { pool: 1_000_000, vendor: 750_000, partner: 250_000, unallocated: 0 },
    ],
    [
      'a subscription share applies to the subscription part of the price only',
      sim([{ kind: 'remainder' }], [{ kind: 'subscription_share', shareBp: 5000 }]),
      { pool: 1_000_000, vendor: 700_000, partner: 300_000, unallocated: 0 },
    ],
    [
      'a hardware margin is fixed per unit, whatever the price',
      sim([{ kind: 'remainder' }], [{ kind: 'hardware_margin', marginPerUnit: 15_000 }]),
      { pool: 1_000_000, vendor: 850_000, partner: 150_000, unallocated: 0 },
    ],
    [
      'a per-event fee is paid for every event of every unit',
      sim([{ kind: 'per_event_fee', feePerEvent: 50 }], [{ kind: 'remainder' }]),
      { pool: 1_000_000, vendor: 50_000, partner: 950_000, unallocated: 0 },
    ],
    [
      'without a remainder, what no mechanism takes is unallocated',
      sim([{ kind: 'revenue_share', shareBp: 6000 }], [{ kind: 'revenue_share', shareBp: 3000 }]),
      { pool: 1_000_000, vendor: 600_000, partner: 300_000, unallocated: 100_000 },
    ],
    [
      'claims above the pool leave the remainder side short',
      sim([{ kind: 'remainder' }], [{ kind: 'hardware_margin', marginPerUnit: 120_000 }]),
      { pool: 1_000_000, vendor: -200_000, partner: 1_200_000, unallocated: 0 },
    ],
    [
      'a discounted price point shrinks the pool, not the fixed margin',
      sim([{ kind: 'remainder' }], [{ kind: 'hardware_margin', marginPerUnit: 15_000 }], { pricePointsBp: [8000] }),
      { pool: 800_000, vendor: 650_000, partner: 150_000, unallocated: 0 },
    ],
  ])('%s', (_rule, input, want) => {
    expect(simulationProblems(input)).toEqual([]);
    const [s] = simulateValueCapture(input).scenarios;
    expect(s?.pool).toEqual(EUR(want.pool));
    expect(s?.earnings).toEqual({ vendor: EUR(want.vendor), partner: EUR(want.partner) });
    expect(s?.unallocated).toEqual(EUR(want.unallocated));
    expect(s?.overAllocated).toBe(want.vendor < 0);
  });

  it('the grid runs price points outer, volumes inner', () => {
    const r = simulateValueCapture(sim([{ kind: 'remainder' }], [], { pricePointsBp: [9000, 11_000], volumes: [1, 2] }));
    expect(r.scenarios.map((s) => [s.priceBp, s.volume, s.pool.amount])).toEqual([
      [9000, 1, 90_000],
      [9000, 2, 180_000],
      [11_000, 1, 110_000],
      [11_000, 2, 220_000],
    ]);
    expect(r.totals.vendor).toEqual(EUR(600_000));
  });

  it.each([
    [
      'one party per side',
      sim([], [], {
        parties: [
          { side: 'vendor', mechanisms: [], investment: null },
          { side: 'vendor', mechanisms: [], investment: null },
        ],
      }),
      'parties.1.side',
    ],
    ['one remainder', sim([{ kind: 'remainder' }], [{ kind: 'remainder' }]), 'parties'],
    [
      'a mechanism once per party',
      sim(
        [
          { kind: 'revenue_share', shareBp: 1 },
          { kind: 'revenue_share', shareBp: 2 },
        ],
        [],
      ),
      'parties.0.mechanisms.1.kind',
    ],
    ['price points do not repeat', sim([], [], { pricePointsBp: [10_000, 10_000] }), 'pricePointsBp'],
    ['volumes do not repeat', sim([], [], { volumes: [5, 5] }), 'volumes'],
  ])('%s', (_rule, input, path) => {
    expect(simulationProblems(input).map((p) => p.path)).toContain(path);
  });

  it('earnings plus what is unallocated always make the pool (property)', () => {
    const mech = fc.oneof(
      fc.record({ kind: fc.constant('hardware_margin' as const), marginPerUnit: fc.integer({ min: 0, max: 1_000_000 }) }),
      fc.record({ kind: fc.constant('subscription_share' as const), shareBp: fc.integer({ min: 0, max: 10_000 }) }),
      fc.record({ kind: fc.constant('per_event_fee' as const), feePerEvent: fc.integer({ min: 0, max: 10_000 }) }),
      fc.record({ kind: fc.constant('revenue_share' as const), shareBp: fc.integer({ min: 0, max: 10_000 }) }),
    );
    const mechs = fc.uniqueArray(mech, { maxLength: 4, selector: (x) => x.kind });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 1000 }),
        mechs,
        mechs,
        fc.constantFrom<'vendor' | 'partner' | null>('vendor', 'partner', null),
        fc.uniqueArray(fc.integer({ min: 1, max: 20_000 }), { minLength: 1, maxLength: 5 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 100_000 }), { minLength: 1, maxLength: 5 }),
        (listPrice, subscriptionBp, eventsPerUnit, vm, pm, remainder, pricePointsBp, volumes) => {
          const input: SimulationInput = {
            offering: { currency: 'EUR', listPrice, subscriptionBp, eventsPerUnit },
            parties: [
              { side: 'vendor', mechanisms: remainder === 'vendor' ? [...vm, { kind: 'remainder' }] : vm, investment: null },
              { side: 'partner', mechanisms: remainder === 'partner' ? [...pm, { kind: 'remainder' }] : pm, investment: null },
            ],
            pricePointsBp,
            volumes,
          };
          for (const s of simulateValueCapture(input).scenarios) {
            expect(s.earnings.vendor.amount + s.earnings.partner.amount + s.unallocated.amount).toBe(s.pool.amount);
            if (remainder) expect(s.unallocated.amount).toBe(0);
          }
        },
      ),
    );
  });
});

describe('fairness: each side’s share of the earnings against its share of the investment', () => {
  const parties = (vendor: number | null, partner: number | null) => [
    { side: 'vendor' as const, mechanisms: [], investment: vendor },
    { side: 'partner' as const, mechanisms: [], investment: partner },
  ];
  it.each([
    ['earning as you invest is balanced', parties(300, 100), 750n, 250n, 'balanced', 0],
    ['within 10 points is still balanced', parties(300, 100), 650n, 350n, 'balanced', 10],
    ['the partner earning far more than it invests is favoured', parties(300, 100), 500n, 500n, 'favours_partner', 25],
    ['the vendor earning far more than it invests is favoured', parties(100, 100), 900n, 100n, 'favours_vendor', -40],
    ['an unknown investment gives no verdict', parties(null, 100), 500n, 500n, 'unknown', null],
    ['nobody earning gives no verdict', parties(100, 100), 0n, 0n, 'unknown', null],
  ] as const)('%s', (_rule, p, vendor, partner, verdict, gap) => {
    const f = fairnessOf(p, { vendor, partner });
    expect(f.verdict).toBe(verdict);
    expect(f.gapPoints).toBe(gap);
  });
});
