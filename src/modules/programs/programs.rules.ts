import type { Money } from '../../shared/money.js';

export const PROGRAM_KINDS = ['reseller', 'referral', 'msp', 'technology', 'oem', 'distributor', 'services', 'other'] as const;
export type ProgramKind = (typeof PROGRAM_KINDS)[number];

export const COMMERCIAL_MODELS = [
  'commission',
  'reseller_discount',
  'flat_fee',
  'subscription',
  'usage_based',
  'value_based',
  'hybrid',
  'white_label',
  'revenue_share',
] as const;
export type CommercialModelName = (typeof COMMERCIAL_MODELS)[number];

export const BILLING_PERIODS = ['month', 'quarter', 'year'] as const;
export type BillingPeriod = (typeof BILLING_PERIODS)[number];

/** One way the vendor and the partner share money, with its parameters. */
export type SimpleCommercialModel =
  | { model: 'commission'; ratePercent: number }
  | { model: 'reseller_discount'; discountPercent: number }
  | { model: 'flat_fee'; fee: Money; per: 'deal' | BillingPeriod }
  | { model: 'subscription'; price: Money; period: BillingPeriod }
  | { model: 'usage_based'; ratePerUnit: Money; unit: string }
  | { model: 'value_based'; percentOfValue: number; basis: string }
  | { model: 'white_label'; wholesaleDiscountPercent: number; brandingFee?: Money }
  | { model: 'revenue_share'; sharePercent: number };

/** A program's commercial model: one of the simple models, or a hybrid of two or more. */
export type CommercialModel = SimpleCommercialModel | { model: 'hybrid'; components: SimpleCommercialModel[] };

// ————— Tier progress —————

/** A requirement as the rules see it: what is asked, in which unit. */
export type RequirementSpec = { key: string; label: string; metric: string; unit: string; min: number };

/** Per requirement: what is asked, what the partner has (null: no data yet), met or not, what is missing. */
export type RequirementProgress = {
  key: string;
  label: string;
  metric: string;
  unit: string;
  required: number;
  actual: number | null;
  /** True: met; false: not met; null: no data yet (the metric's module has not landed or measured nothing). */
  met: boolean | null;
  /** How much more is needed (0 when met; null with no data). */
  missing: number | null;
};

export type Progress = { requirements: RequirementProgress[]; metCount: number; total: number; allMet: boolean };

/**
 * How a partner stands against a tier's requirements: each requirement's required vs actual,
 * met, and what is missing. A requirement without data is neither met nor failed ("no data
 * yet"), and keeps the tier from counting as met.
 */
export function progressTowards(requirements: readonly RequirementSpec[], actuals: ReadonlyMap<string, number | null>): Progress {
  const rows = requirements.map((r): RequirementProgress => {
    const actual = actuals.get(r.metric) ?? null;
    if (actual === null)
      return { key: r.key, label: r.label, metric: r.metric, unit: r.unit, required: r.min, actual, met: null, missing: null };
    const met = actual >= r.min;
    return {
      key: r.key,
      label: r.label,
      metric: r.metric,
      unit: r.unit,
      required: r.min,
      actual,
      met,
      missing: met ? 0 : roundMissing(r.min - actual),
    };
  });
  const metCount = rows.filter((r) => r.met === true).length;
  return { requirements: rows, metCount, total: rows.length, allMet: metCount === rows.length };
}

function roundMissing(n: number): number {
  return Math.round(n * 100) / 100;
}

// ————— Evaluation —————

export type LadderTier = { id: string; name: string; rank: number; requirements: readonly RequirementSpec[] };

export type TierDecision =
  | { outcome: 'promote'; toTierId: string }
  | { outcome: 'keep' }
  /** Below its tier, within the grace period: no proposal; `belowSince` is when it first fell below. */
  | { outcome: 'grace'; belowSince: Date; graceEndsAt: Date }
  | { outcome: 'demote'; toTierId: string | null; belowSince: Date };

/** A tier is earned when every requirement is met with data. */
function earns(progress: Progress): boolean {
  return progress.allMet;
}

/** A tier is held while no requirement fails on data (what has no data yet is no evidence against). */
function holds(progress: Progress): boolean {
  return progress.requirements.every((r) => r.met !== false);
}

/**
 * What a quarterly evaluation proposes for one partner in one program. It is promoted to the
 * highest tier above its own whose requirements it all meets; it keeps its tier while none of
 * that tier's requirements fails; below it, it is demoted — to the highest lower tier it holds,
 * else the lowest — only once it has been below for the program's grace period. A partner
 * without a tier is placed in the highest tier it earns. Missing data never demotes.
 */
export function decideTierMove(input: {
  ladder: readonly LadderTier[];
  currentTierId: string | null;
  actuals: ReadonlyMap<string, number | null>;
  belowSince: Date | null;
  graceDays: number;
  asOf: Date;
}): TierDecision {
  const ladder = [...input.ladder].sort((a, b) => a.rank - b.rank);
  const progress = new Map(ladder.map((t) => [t.id, progressTowards(t.requirements, input.actuals)]));
  const earned = ladder.filter((t) => earns(progress.get(t.id) as Progress));
  const best = earned.at(-1) ?? null;
  const current = ladder.find((t) => t.id === input.currentTierId) ?? null;
  if (!current) return best ? { outcome: 'promote', toTierId: best.id } : { outcome: 'keep' };
  if (best && best.rank > current.rank) return { outcome: 'promote', toTierId: best.id };
  if (holds(progress.get(current.id) as Progress)) return { outcome: 'keep' };
  const belowSince = input.belowSince ?? input.asOf;
  const graceEndsAt = new Date(belowSince.getTime() + input.graceDays * 86_400_000);
  if (input.asOf < graceEndsAt) return { outcome: 'grace', belowSince, graceEndsAt };
  const lower = ladder.filter((t) => t.rank < current.rank);
  const target = [...lower].reverse().find((t) => holds(progress.get(t.id) as Progress)) ?? lower[0] ?? null;
  return { outcome: 'demote', toTierId: target?.id ?? null, belowSince };
}

/** What a proposal keeps as its evidence: each tier's requirements, required vs actual, at the run. */
export type TierEvidence = {
  asOf: string;
  periodLabel: string;
  belowSince: string | null;
  tiers: { tierId: string; name: string; rank: number; requirements: RequirementProgress[] }[];
};

// ————— Lifecycle milestones —————

export const MILESTONE_OPERATORS = ['>=', '>', '<=', '<', '='] as const;
export type MilestoneOperator = (typeof MILESTONE_OPERATORS)[number];

export type MilestoneEvidence = {
  metric: string;
  label: string;
  unit: string;
  operator: MilestoneOperator;
  threshold: number;
  actual: number | null;
  asOf: string;
};

/** A milestone is reached when the metric has a value and it compares to the threshold as the rule says. */
export function milestoneReached(actual: number | null, operator: MilestoneOperator, threshold: number): boolean {
  if (actual === null) return false;
  switch (operator) {
    case '>=':
      return actual >= threshold;
    case '>':
      return actual > threshold;
    case '<=':
      return actual <= threshold;
    case '<':
      return actual < threshold;
    case '=':
      return actual === threshold;
  }
}

/** A rule applies to a partner in one of its `fromStages`, and only moves it somewhere else. */
export function milestoneApplies(rule: { fromStages: readonly string[]; toStage: string }, stage: string): boolean {
  return rule.fromStages.includes(stage) && rule.toStage !== stage;
}

/** The default program's id, fixed by migration 0015 (it holds the ladder partners' `tierId` answers for). */
export const DEFAULT_PROGRAM_ID = '00000000-0000-7000-8000-000000000001';
