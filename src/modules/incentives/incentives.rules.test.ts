import { describe, expect, it } from 'vitest';
import { money } from '../../shared/money.js';
import { payoutBatchPermissions } from './incentives.policy.js';
import {
  approvalDecision,
  approvalsRequired,
  batchLines,
  checkPlanConfig,
  commissionRateFor,
  creditShares,
  dealEarning,
  growthBps,
  overlappingVersion,
  type PlanConfig,
  type PlanVersion,
  payableOn,
  paymentDecision,
  percentOf,
  periodOf,
  plansInForce,
  priorYear,
  rebateTrueUp,
  spiffApplies,
} from './incentives.rules.js';

const v = (id: string, kind: PlanVersion['kind'], from: string, to: string | null, programId = 'P'): PlanVersion => ({
  id,
  programId,
  kind,
  effectiveFrom: from,
  effectiveTo: to,
});
const PLANS = [
  v('c2025', 'commission', '2025-01-01', '2025-12-31'),
  v('c2026', 'commission', '2026-01-01', null),
  v('s-q1', 'spiff', '2026-01-01', '2026-03-31'),
  v('other', 'commission', '2020-01-01', null, 'Q'),
];

describe('the plan in force at the close date applies', () => {
  const cases: [string, string, string[]][] = [
    ['a deal closed in 2025 is paid under the 2025 version', '2025-06-30', ['c2025']],
    ['the last day of a version is still in force', '2025-12-31', ['c2025']],
    ['the first day of the next version is the next version', '2026-01-01', ['c2026', 's-q1']],
    ['a SPIFF pays only within its dates', '2026-04-01', ['c2026']],
    ['before any version, no plan', '2024-12-31', []],
    ['another program’s plans never apply', '2030-01-01', ['c2026']],
  ];
  it.each(cases)('%s', (_, closeDate, ids) => {
    expect(plansInForce(PLANS, 'P', closeDate).map((p) => p.id)).toEqual(ids);
  });
});

describe('versions of the same program and kind never overlap', () => {
  const cases: [string, Omit<PlanVersion, 'id'> & { id?: string }, string | null][] = [
    ['a version starting inside another overlaps it', v('n', 'commission', '2025-06-01', '2025-07-01'), 'c2025'],
    ['an open-ended version overlaps every later one', v('n', 'commission', '2027-01-01', null), 'c2026'],
    ['a version of another kind does not', v('n', 'rebate', '2025-06-01', null), null],
    ['a version before all others does not', v('n', 'commission', '2024-01-01', '2024-12-31'), null],
    ['a version does not overlap itself when edited', v('c2025', 'commission', '2025-01-01', '2025-11-30'), null],
    ['another program’s versions do not count', v('n', 'commission', '2025-01-01', null, 'R'), null],
  ];
  it.each(cases)('%s', (_, candidate, clash) => {
    expect(overlappingVersion(PLANS, candidate)?.id ?? null).toBe(clash);
  });
});

describe('credit: the sourced partner takes 70%, co-sellers share 30%, split exactly', () => {
  const deal = money(1_000_001, 'USD');
  const cases: [string, { partnerId: string; roles: string[] }[], [string, number][]][] = [
    ['a sourced partner alone takes all of it', [{ partnerId: 'A', roles: ['sourced'] }], [['A', 1_000_001]]],
    [
      'sourced and one co-seller: 70/30, the odd unit to the larger remainder',
      [
        { partnerId: 'A', roles: ['sourced'] },
        { partnerId: 'B', roles: ['co_sell'] },
      ],
      [
        ['A', 700_001],
        ['B', 300_000],
      ],
    ],
    [
      'two co-sellers and a sourced partner: 70 / 15 / 15',
      [
        { partnerId: 'B', roles: ['co_sell'] },
        { partnerId: 'A', roles: ['sourced', 'co_sell'] },
        { partnerId: 'C', roles: ['co_sell'] },
      ],
      [
        ['A', 700_001],
        ['B', 150_000],
        ['C', 150_000],
      ],
    ],
    [
      'co-sellers alone share equally',
      [
        { partnerId: 'B', roles: ['co_sell'] },
        { partnerId: 'C', roles: ['co_sell'] },
      ],
      [
        ['B', 500_001],
        ['C', 500_000],
      ],
    ],
    ['technical, delivery and influence roles earn nothing here', [{ partnerId: 'T', roles: ['technical', 'influence'] }], []],
  ];
  it.each(cases)('%s', (_, involvements, expected) => {
    const shares = creditShares(deal, involvements);
    expect(shares.map((s) => [s.partnerId, s.credit.amount])).toEqual(expected);
    if (shares.length) expect(shares.reduce((s, x) => s + x.credit.amount, 0)).toBe(deal.amount);
  });
});

describe('commission: rate × credited revenue in integers, rounded half up; the best product rate wins', () => {
  const commission: PlanConfig = {
    kind: 'commission',
    rateBps: 1000,
    productRates: [
      { product: 'Platform', rateBps: 1500 },
      { product: 'Support', rateBps: 500 },
    ],
  };
  const cases: [string, number, string[], number | null][] = [
    ['10% of 700,001 is 70,000 (70,000.1 rounds down)', 700_001, [], 70_000],
    ['a product with its own rate uses it', 700_001, ['Platform'], 105_000],
    ['of two products the higher rate applies', 100_000, ['support', 'PLATFORM'], 15_000],
    ['a lower product rate still applies when it is the only match', 100_000, ['Support'], 5_000],
    ['half a minor unit rounds up', 5, [], 1],
    ['nothing earned is no entry', 4, [], null],
  ];
  it.each(cases)('%s', (_, credit, products, expected) => {
    const e = dealEarning(commission, {
      credit: money(credit, 'USD'),
      dealAmount: money(credit, 'USD'),
      products,
      newLogo: false,
    });
    expect(e?.amount.amount ?? null).toBe(expected);
  });
  it('percentOf stays exact beyond 2^53 intermediate products', () => {
    expect(percentOf(900_000_000_000_000, 9_999)).toBe(899_910_000_000_000);
    expect(percentOf(-15, 5_000)).toBe(-8);
  });
  it('commissionRateFor names the product that set the rate', () => {
    expect(commissionRateFor({ rateBps: 100, productRates: [] }, ['X'])).toEqual({ rateBps: 100, product: null });
  });
});

describe('SPIFF conditions: product, deal size, new logo', () => {
  const bonus = money(50_000, 'USD');
  const deal = (amount: number, products: string[], newLogo: boolean, currency = 'USD') => ({
    dealAmount: money(amount, currency),
    products,
    newLogo,
  });
  const cases: [string, { products: string[]; minDealAmount: number | null }, boolean, ReturnType<typeof deal>, boolean][] = [
    ['no condition: every won deal', { products: [], minDealAmount: null }, false, deal(1, [], false), true],
    ['a qualifying product', { products: ['Edge'], minDealAmount: null }, false, deal(1, ['edge'], false), true],
    ['without the product, nothing', { products: ['Edge'], minDealAmount: null }, false, deal(1, ['Core'], false), false],
    ['at the minimum deal size', { products: [], minDealAmount: 100 }, false, deal(100, [], false), true],
    ['below the minimum deal size, nothing', { products: [], minDealAmount: 100 }, false, deal(99, [], false), false],
    [
      'a deal in another currency cannot meet a size',
      { products: [], minDealAmount: 100 },
      false,
      deal(1_000, [], false, 'EUR'),
      false,
    ],
    ['a new logo', { products: [], minDealAmount: null }, true, deal(1, [], true), true],
    ['a returning customer is not a new logo', { products: [], minDealAmount: null }, true, deal(1, [], false), false],
  ];
  it.each(cases)('%s', (_, config, newLogoOnly, facts, applies) => {
    expect(spiffApplies({ ...config, bonus }, facts, newLogoOnly).applies).toBe(applies);
  });
});

describe('tiered rebates: the reached band’s rate on the whole period, trued up', () => {
  const bands = [
    { from: 0, rateBps: 0 },
    { from: 500_000, rateBps: 200 },
    { from: 1_000_000, rateBps: 300 },
  ];
  const cases: [
    string,
    { revenue: number; attainment: number; alreadyAccrued: number },
    { due: number; delta: number; band: number | null },
  ][] = [
    [
      'below the first paying band, nothing',
      { revenue: 300_000, attainment: 300_000, alreadyAccrued: 0 },
      { due: 0, delta: 0, band: 1 },
    ],
    [
      'crossing a band pays it from the first unit',
      { revenue: 600_000, attainment: 600_000, alreadyAccrued: 0 },
      { due: 12_000, delta: 12_000, band: 2 },
    ],
    [
      'crossing the next band trues up what was accrued',
      { revenue: 1_000_000, attainment: 1_000_000, alreadyAccrued: 12_000 },
      { due: 30_000, delta: 18_000, band: 3 },
    ],
    [
      'a reversal that drops a band trues down',
      { revenue: 400_000, attainment: 400_000, alreadyAccrued: 12_000 },
      { due: 0, delta: -12_000, band: 1 },
    ],
    [
      'growth bands read growth, pay on revenue',
      { revenue: 600_000, attainment: 1_000_000, alreadyAccrued: 0 },
      { due: 18_000, delta: 18_000, band: 3 },
    ],
  ];
  it.each(cases)('%s', (_, input, expected) => {
    expect(rebateTrueUp({ bands, ...input })).toMatchObject(expected);
  });
  it('growth is measured in basis points against the same period a year before', () => {
    expect(growthBps(150, 100)).toBe(5_000);
    expect(growthBps(50, 100)).toBe(-5_000);
    expect(growthBps(10, 0)).toBe(10_000);
    expect(priorYear(periodOf('2026-05-10', 'quarter'))).toEqual({ key: '2025-Q2', start: '2025-04-01', end: '2025-06-30' });
  });
  it('a rebate is payable the day after its period; other earnings at the close date', () => {
    expect(payableOn('rebate', '2026-05-10', periodOf('2026-05-10', 'quarter'))).toBe('2026-07-01');
    expect(payableOn('rebate', '2026-05-10', periodOf('2026-05-10', 'year'))).toBe('2027-01-01');
    expect(payableOn('commission', '2026-05-10', null)).toBe('2026-05-10');
  });
});

describe('plan terms are checked, naming the field', () => {
  const cases: [string, PlanConfig, string | null][] = [
    ['a rate above 100% is refused', { kind: 'revenue_share', rateBps: 10_001 }, 'config.rateBps'],
    [
      'a product named twice is refused',
      {
        kind: 'commission',
        rateBps: 1,
        productRates: [
          { product: 'a', rateBps: 1 },
          { product: 'A', rateBps: 2 },
        ],
      },
      'config.productRates',
    ],
    [
      'a SPIFF bonus in another currency than the plan is refused',
      { kind: 'spiff', bonus: money(1, 'EUR'), products: [], minDealAmount: null, newLogoOnly: false },
      'config.bonus.currency',
    ],
    [
      'falling bands are refused',
      {
        kind: 'rebate',
        measure: 'volume',
        period: 'quarter',
        currency: 'USD',
        bands: [
          { from: 5, rateBps: 1 },
          { from: 5, rateBps: 2 },
        ],
      },
      'config.bands.1.from',
    ],
    ['sound terms pass', { kind: 'commission', rateBps: 1_000, productRates: [] }, null],
  ];
  it.each(cases)('%s', (_, config, path) => {
    const r = checkPlanConfig(config, 'USD');
    expect(r.ok ? null : r.path).toBe(path);
  });
});

describe('payout batches: four eyes, a threshold for two, paid once', () => {
  const batch = { status: 'draft' as const, createdById: 'maker', approverIds: [] as string[], required: 1 };
  const cases: [string, Parameters<typeof approvalDecision>[0], string][] = [
    ['the maker can never approve their own batch', { ...batch, approverId: 'maker' }, 'self'],
    ['another person approves and completes a one-approver batch', { ...batch, approverId: 'x' }, 'completes'],
    ['above the threshold the first approval does not complete it', { ...batch, required: 2, approverId: 'x' }, 'pending'],
    ['the same person cannot be both approvers', { ...batch, required: 2, approverIds: ['x'], approverId: 'x' }, 'twice'],
    ['a second, different person completes it', { ...batch, required: 2, approverIds: ['x'], approverId: 'y' }, 'completes'],
    ['an approved batch cannot be approved again', { ...batch, status: 'approved', approverId: 'y' }, 'status'],
  ];
  it.each(cases)('%s', (_, input, outcome) => {
    const d = approvalDecision(input);
    expect(d.allowed ? (d.completes ? 'completes' : 'pending') : d.code).toBe(outcome);
  });
  it('batches above the threshold (reporting currency) need two approvers; at it, one', () => {
    expect(approvalsRequired(5_000_001, 5_000_000)).toBe(2);
    expect(approvalsRequired(5_000_000, 5_000_000)).toBe(1);
  });
  it('mark paid pays an approved batch once; a paid one again is a no-op; a draft is refused', () => {
    expect(paymentDecision('approved')).toBe('pay');
    expect(paymentDecision('paid')).toBe('already_paid');
    expect(paymentDecision('draft')).toEqual({ refused: 'the batch is not approved yet' });
  });
  it('lines net per partner and currency; a partner whose clawbacks exceed its earnings is carried over', () => {
    const lines = batchLines([
      { id: '1', partnerId: 'A', amount: 100, currency: 'USD' },
      { id: '2', partnerId: 'A', amount: -30, currency: 'USD' },
      { id: '3', partnerId: 'A', amount: 50, currency: 'EUR' },
      { id: '4', partnerId: 'B', amount: 10, currency: 'USD' },
      { id: '5', partnerId: 'B', amount: -40, currency: 'USD' },
    ]);
    expect(lines).toEqual([
      { partnerId: 'A', currency: 'EUR', amount: 50, entryIds: ['3'] },
      { partnerId: 'A', currency: 'USD', amount: 70, entryIds: ['1', '2'] },
    ]);
  });
  it('the UI may offer approval only to someone who neither made nor approved it', () => {
    const actor = { userId: 'x', role: 'finance' as const, partnerId: null };
    expect(payoutBatchPermissions(actor, { status: 'draft', createdById: 'x', approverIds: [] }).approve).toBe(false);
    expect(payoutBatchPermissions(actor, { status: 'draft', createdById: 'm', approverIds: ['x'] }).approve).toBe(false);
    expect(payoutBatchPermissions(actor, { status: 'draft', createdById: 'm', approverIds: [] }).approve).toBe(true);
    expect(
      payoutBatchPermissions({ ...actor, role: 'executive' }, { status: 'approved', createdById: 'm', approverIds: [] }).markPaid,
    ).toBe(false);
  });
});
