import type { FieldError } from '../../shared/errors.js';
import type { Money } from '../../shared/money.js';

/**
 * The joint value proposition (JVP), its value calculator and the value-capture simulator.
 * Pure: data in, answer out. Money is integer minor units throughout (BigInt inside, so that
 * amount × basis points never loses a unit); percentages are basis points (1250 = 12.5 %).
 */

export const SIDES = ['vendor', 'partner'] as const;
export type Side = (typeof SIDES)[number];

// ——— Joint value proposition: versions ———

/**
 * draft: a proposal by one side, editable by that side; published: the current version (one per
 * alliance); superseded: an earlier published version; withdrawn: a draft its side gave up.
 */
export const PROPOSITION_STATUSES = ['draft', 'published', 'superseded', 'withdrawn'] as const;
export type PropositionStatus = (typeof PROPOSITION_STATUSES)[number];

export type Decision = { allowed: true } | { allowed: false; reason: string };

/** Only a draft is published; publishing one supersedes the version published before it. */
export function mayPublish(status: PropositionStatus): Decision {
  return status === 'draft' ? { allowed: true } : { allowed: false, reason: `a ${status} version cannot be published` };
}

/** Only a draft changes; what was published stays as it was shown to customers. */
export function mayEditProposition(status: PropositionStatus): Decision {
  return status === 'draft'
    ? { allowed: true }
    : { allowed: false, reason: `a ${status} version does not change: propose a new draft instead` };
}

// ——— Value calculator ———

/** One expected improvement the JVP names: a share of the customer's current annual cost saved. */
export type Improvement = { key: string; label: string; defaultBp: number };

/** What a JVP's calculator asks in a workshop, with the joint solution's list prices per unit. */
export type CalculatorModel = {
  currency: string;
  /** What the customer's size counts: "clinics", "beds", "employees". */
  sizeUnit: string;
  improvements: Improvement[];
  /** The joint solution's one-time cost per unit of size (minor units). */
  oneTimeCostPerUnit: number;
  /** Its recurring cost per unit of size and year (minor units). */
  recurringCostPerUnit: number;
};

export type CalculatorInputs = {
  customerSize: number;
  currentAnnualCost: Money;
  /** Expected improvement per key of the model, in basis points of the current annual cost. */
  improvements: { key: string; bp: number }[];
  /** Defaults: the model's per-unit cost × the customer's size. */
  oneTimeCost?: Money | null;
  recurringAnnualCost?: Money | null;
};

export type CalculatorYear = { year: number; benefit: Money; cost: Money; net: Money; cumulativeNet: Money };

export type CalculatorResult = {
  currency: string;
  annualBenefit: Money;
  oneTimeCost: Money;
  recurringAnnualCost: Money;
  annualNetBenefit: Money;
  threeYearBenefit: Money;
  threeYearCost: Money;
  threeYearNetBenefit: Money;
  /** 3-year net benefit over 3-year cost, whole percent; null when the solution costs nothing. */
  roiPercent: number | null;
  /** Months until the one-time cost is earned back; 0 with none; null when it never is. */
  paybackMonths: number | null;
  years: CalculatorYear[];
};

export const CALCULATOR_YEARS = 3;
const MAX_BP = 10_000;

/** Rounds a/b to the nearest integer, halves away from zero (b > 0). */
function roundDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  const r = a % b;
  if (2n * (r < 0n ? -r : r) >= b) return a < 0n ? q - 1n : q + 1n;
  return q;
}

function ceilDiv(a: bigint, b: bigint): bigint {
  return a % b === 0n ? a / b : a / b + 1n;
}

function m(amount: bigint, currency: string): Money {
  return { amount: Number(amount), currency };
}

/** What is wrong with a session's inputs for this model, each naming its field. */
export function calculatorProblems(model: CalculatorModel, inputs: CalculatorInputs): FieldError[] {
  const problems: FieldError[] = [];
  if (!Number.isSafeInteger(inputs.customerSize) || inputs.customerSize < 1)
    problems.push({ path: 'inputs.customerSize', message: 'must be a whole number of at least 1' });
  const money: [string, Money | null | undefined][] = [
    ['inputs.currentAnnualCost', inputs.currentAnnualCost],
    ['inputs.oneTimeCost', inputs.oneTimeCost],
    ['inputs.recurringAnnualCost', inputs.recurringAnnualCost],
  ];
  for (const [path, value] of money) {
    if (!value) continue;
    if (value.currency !== model.currency) problems.push({ path: `${path}.currency`, message: `must be ${model.currency}` });
    else if (!Number.isSafeInteger(value.amount) || value.amount < 0)
      problems.push({ path: `${path}.amount`, message: 'must be zero or more whole minor units' });
  }
  const keys = new Set(model.improvements.map((i) => i.key));
  const seen = new Set<string>();
  let total = 0;
  inputs.improvements.forEach((imp, i) => {
    if (!keys.has(imp.key))
      problems.push({ path: `inputs.improvements.${i}.key`, message: 'is not an improvement this proposition names' });
    else if (seen.has(imp.key)) problems.push({ path: `inputs.improvements.${i}.key`, message: 'is given twice' });
    seen.add(imp.key);
    if (!Number.isInteger(imp.bp) || imp.bp < 0 || imp.bp > MAX_BP)
      problems.push({ path: `inputs.improvements.${i}.bp`, message: 'must be between 0 and 10000 basis points (0–100 %)' });
    else total += imp.bp;
  });
  if (total > MAX_BP)
    problems.push({ path: 'inputs.improvements', message: 'together must not save more than 100 % of the current cost' });
  return problems;
}

/**
 * The joint solution's business case over three years: the customer saves the improvements'
 * share of its current annual cost each year and pays the one-time cost once and the recurring
 * cost each year. ROI is the 3-year net benefit over the 3-year cost; payback is the months the
 * annual net benefit (benefit − recurring cost) takes to earn back the one-time cost, linearly.
 * Call `calculatorProblems` first: this assumes valid inputs.
 */
export function calculateValue(model: CalculatorModel, inputs: CalculatorInputs): CalculatorResult {
  const cur = model.currency;
  const size = BigInt(inputs.customerSize);
  const current = BigInt(inputs.currentAnnualCost.amount);
  const bp = inputs.improvements.reduce((s, i) => s + BigInt(i.bp), 0n);
  const benefit = roundDiv(current * bp, BigInt(MAX_BP));
  const oneTime = BigInt(inputs.oneTimeCost?.amount ?? Number(BigInt(model.oneTimeCostPerUnit) * size));
  const recurring = BigInt(inputs.recurringAnnualCost?.amount ?? Number(BigInt(model.recurringCostPerUnit) * size));
  const annualNet = benefit - recurring;
  const years: CalculatorYear[] = [];
  let cumulative = 0n;
  for (let year = 1; year <= CALCULATOR_YEARS; year++) {
    const cost = recurring + (year === 1 ? oneTime : 0n);
    cumulative += benefit - cost;
    years.push({
      year,
      benefit: m(benefit, cur),
      cost: m(cost, cur),
      net: m(benefit - cost, cur),
      cumulativeNet: m(cumulative, cur),
    });
  }
  const n = BigInt(CALCULATOR_YEARS);
  const cost3 = oneTime + recurring * n;
  const net3 = benefit * n - cost3;
  return {
    currency: cur,
    annualBenefit: m(benefit, cur),
    oneTimeCost: m(oneTime, cur),
    recurringAnnualCost: m(recurring, cur),
    annualNetBenefit: m(annualNet, cur),
    threeYearBenefit: m(benefit * n, cur),
    threeYearCost: m(cost3, cur),
    threeYearNetBenefit: m(net3, cur),
    roiPercent: cost3 === 0n ? null : Number(roundDiv(net3 * 100n, cost3)),
    paybackMonths:
      oneTime === 0n ? (annualNet >= 0n ? 0 : null) : annualNet <= 0n ? null : Number(ceilDiv(oneTime * 12n, annualNet)),
    years,
  };
}

/** Improvement keys are short identifiers made from their labels ("Less downtime" → less-downtime). */
export function improvementKey(label: string): string {
  return (
    label
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'improvement'
  );
}

/** What is wrong with a JVP's calculator model, each naming its field. */
export function modelProblems(model: CalculatorModel, path = 'calculator'): FieldError[] {
  const problems: FieldError[] = [];
  const seen = new Set<string>();
  model.improvements.forEach((imp, i) => {
    if (seen.has(imp.key)) problems.push({ path: `${path}.improvements.${i}.key`, message: 'is given twice' });
    seen.add(imp.key);
  });
  const total = model.improvements.reduce((s, i) => s + i.defaultBp, 0);
  if (total > MAX_BP)
    problems.push({
      path: `${path}.improvements`,
      message: 'defaults together must not save more than 100 % of the current cost',
    });
  return problems;
}

// ——— Value-capture simulator ———

/**
 * How a party earns from the joint offering, per unit sold (one unit: what one customer buys
 * for the term, hardware, subscription and usage together). Every mechanism is paid out of the
 * one revenue pool the customers pay: unit price × volume.
 */
export const MECHANISM_KINDS = ['hardware_margin', 'subscription_share', 'per_event_fee', 'revenue_share', 'remainder'] as const;
export type MechanismKind = (typeof MECHANISM_KINDS)[number];

export type Mechanism =
  /** A fixed margin on the hardware of each unit (minor units per unit). */
  | { kind: 'hardware_margin'; marginPerUnit: number }
  /** A share of the subscription part of the price (basis points). */
  | { kind: 'subscription_share'; shareBp: number }
  /** A fee per billable event (minor units), times the offering's events per unit. */
  | { kind: 'per_event_fee'; feePerEvent: number }
  /** A share of the whole pool (basis points). */
  | { kind: 'revenue_share'; shareBp: number }
  /** What is left of the pool after every other mechanism (at most one party). */
  | { kind: 'remainder' };

export type Offering = {
  currency: string;
  /** The list price of one unit (minor units). */
  listPrice: number;
  /** The subscription part of the price (basis points of the unit price). */
  subscriptionBp: number;
  /** Billable events per unit over the term. */
  eventsPerUnit: number;
};

export type Party = {
  side: Side;
  mechanisms: Mechanism[] /** What it invests (minor units), when known. */;
  investment: number | null;
};

export type SimulationInput = {
  offering: Offering;
  parties: Party[];
  /** Price scenarios as basis points of the list price (8000 = 20 % discount). */
  pricePointsBp: number[];
  /** Volume scenarios in units. */
  volumes: number[];
};

export type Scenario = {
  priceBp: number;
  volume: number;
  unitPrice: Money;
  pool: Money;
  earnings: Record<Side, Money>;
  /** Of the pool, what no mechanism takes (negative: the mechanisms promise more than the pool). */
  unallocated: Money;
  /** The parties' claims exceed the pool: the split does not work at this price and volume. */
  overAllocated: boolean;
};

export type FairnessVerdict = 'balanced' | 'favours_vendor' | 'favours_partner' | 'unknown';

export type Fairness = {
  /** Each side's share of what both earn over the grid (basis points; null when nobody earns). */
  earningsShareBp: Record<Side, number | null>;
  /** Each side's share of the joint investment (basis points; null when not known for both). */
  investmentShareBp: Record<Side, number | null>;
  /** The partner's earnings share minus its investment share, in percentage points. */
  gapPoints: number | null;
  verdict: FairnessVerdict;
};

export type SimulationResult = { scenarios: Scenario[]; totals: Record<Side, Money>; fairness: Fairness };

/** Within this many percentage points, a split matches what each side invests. */
export const FAIRNESS_TOLERANCE_POINTS = 10;

export function simulationProblems(input: SimulationInput): FieldError[] {
  const problems: FieldError[] = [];
  const sides = new Set<Side>();
  let remainders = 0;
  input.parties.forEach((p, i) => {
    if (sides.has(p.side)) problems.push({ path: `parties.${i}.side`, message: 'is given twice' });
    sides.add(p.side);
    const kinds = new Set<string>();
    p.mechanisms.forEach((mech, j) => {
      if (kinds.has(mech.kind))
        problems.push({ path: `parties.${i}.mechanisms.${j}.kind`, message: 'is given twice for this party' });
      kinds.add(mech.kind);
      if (mech.kind === 'remainder') remainders += 1;
    });
  });
  if (remainders > 1) problems.push({ path: 'parties', message: 'at most one party keeps the remainder' });
  if (new Set(input.pricePointsBp).size !== input.pricePointsBp.length)
    problems.push({ path: 'pricePointsBp', message: 'must not repeat a price point' });
  if (new Set(input.volumes).size !== input.volumes.length)
    problems.push({ path: 'volumes', message: 'must not repeat a volume' });
  return problems;
}

function claim(mech: Mechanism, unitPrice: bigint, volume: bigint, offering: Offering, pool: bigint): bigint {
  switch (mech.kind) {
    case 'hardware_margin':
      return BigInt(mech.marginPerUnit) * volume;
    case 'subscription_share':
      return roundDiv(unitPrice * volume * BigInt(offering.subscriptionBp) * BigInt(mech.shareBp), 100_000_000n);
    case 'per_event_fee':
      return BigInt(mech.feePerEvent) * BigInt(offering.eventsPerUnit) * volume;
    case 'revenue_share':
      return roundDiv(pool * BigInt(mech.shareBp), 10_000n);
    case 'remainder':
      return 0n;
  }
}

function shareBp(part: bigint, whole: bigint): number | null {
  return whole <= 0n ? null : Number(roundDiv(part * 10_000n, whole));
}

/**
 * Each side's earnings under every price × volume scenario (price points outer, volumes inner).
 * Per scenario: the unit price is the list price at the price point (rounded to a minor unit),
 * the pool is unit price × volume, each mechanism claims its part (rounded once), and the side
 * with `remainder` keeps the rest; without one, the rest is `unallocated`. So the sides'
 * earnings plus `unallocated` are always exactly the pool. Fairness compares each side's share of
 * the grid's total earnings with its share of the joint investment.
 */
export function simulateValueCapture(input: SimulationInput): SimulationResult {
  const cur = input.offering.currency;
  const totals: Record<Side, bigint> = { vendor: 0n, partner: 0n };
  const scenarios: Scenario[] = [];
  for (const priceBp of input.pricePointsBp) {
    const unitPrice = roundDiv(BigInt(input.offering.listPrice) * BigInt(priceBp), 10_000n);
    for (const volume of input.volumes) {
      const v = BigInt(volume);
      const pool = unitPrice * v;
      const earned: Record<Side, bigint> = { vendor: 0n, partner: 0n };
      let claimed = 0n;
      let remainderSide: Side | null = null;
      for (const party of input.parties) {
        for (const mech of party.mechanisms) {
          if (mech.kind === 'remainder') remainderSide = party.side;
          const c = claim(mech, unitPrice, v, input.offering, pool);
          earned[party.side] += c;
          claimed += c;
        }
      }
      const rest = pool - claimed;
      if (remainderSide) earned[remainderSide] += rest;
      totals.vendor += earned.vendor;
      totals.partner += earned.partner;
      scenarios.push({
        priceBp,
        volume,
        unitPrice: m(unitPrice, cur),
        pool: m(pool, cur),
        earnings: { vendor: m(earned.vendor, cur), partner: m(earned.partner, cur) },
        unallocated: m(remainderSide ? 0n : rest, cur),
        overAllocated: rest < 0n,
      });
    }
  }
  return {
    scenarios,
    totals: { vendor: m(totals.vendor, cur), partner: m(totals.partner, cur) },
    fairness: fairnessOf(input.parties, totals),
  };
}

/** Each side's share of the earnings against its share of the investment. */
export function fairnessOf(parties: readonly Party[], earnings: Record<Side, bigint>): Fairness {
  const positive = (x: bigint) => (x > 0n ? x : 0n);
  const whole = positive(earnings.vendor) + positive(earnings.partner);
  const earningsShareBp = {
    vendor: shareBp(positive(earnings.vendor), whole),
    partner: shareBp(positive(earnings.partner), whole),
  };
  const inv = (side: Side) => parties.find((p) => p.side === side)?.investment ?? null;
  const iv = inv('vendor');
  const ip = inv('partner');
  const invested = iv !== null && ip !== null ? BigInt(iv) + BigInt(ip) : 0n;
  const investmentShareBp =
    iv !== null && ip !== null && invested > 0n
      ? { vendor: shareBp(BigInt(iv), invested), partner: shareBp(BigInt(ip), invested) }
      : { vendor: null, partner: null };
  if (earningsShareBp.partner === null || investmentShareBp.partner === null)
    return { earningsShareBp, investmentShareBp, gapPoints: null, verdict: 'unknown' };
  const gapPoints = Math.round((earningsShareBp.partner - investmentShareBp.partner) / 100);
  const verdict: FairnessVerdict =
    Math.abs(gapPoints) <= FAIRNESS_TOLERANCE_POINTS ? 'balanced' : gapPoints > 0 ? 'favours_partner' : 'favours_vendor';
  return { earningsShareBp, investmentShareBp, gapPoints, verdict };
}
