/** The colours a tier badge can take; the web app maps each to its palette. */
export const TIER_COLORS = ['gray', 'bronze', 'silver', 'gold', 'platinum', 'blue', 'teal', 'violet', 'red'] as const;
export type TierColor = (typeof TIER_COLORS)[number];

/** Tiers from the lowest rank to the highest: Registered before Silver before Gold. */
export function byRank<T extends { rank: number; name: string }>(tiers: readonly T[]): T[] {
  return [...tiers].sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name));
}

/**
 * The tier one step above `current`, or null at the top: what a partner is promoted to. A
 * partner without a tier starts at the lowest.
 */
export function nextTierUp<T extends { id: string; rank: number; name: string }>(
  tiers: readonly T[],
  currentId: string | null,
): T | null {
  const ordered = byRank(tiers);
  if (currentId === null) return ordered[0] ?? null;
  const index = ordered.findIndex((t) => t.id === currentId);
  return index < 0 ? null : (ordered[index + 1] ?? null);
}

/**
 * What a tier asks of a partner. The first four read product-level metrics: revenue (provided by
 * opportunities), active deals (deal-registrations), certified people and health (answer "no data
 * yet" until their module provides the metric; decision 0220). `metric` names any metric of the metrics port by key; `custom` is a value a
 * person records per partner (a signed business plan, a joint marketing plan).
 */
export const REQUIREMENT_TYPES = ['revenue_t4q', 'certified_people', 'active_deals', 'min_health', 'metric', 'custom'] as const;
export type RequirementType = (typeof REQUIREMENT_TYPES)[number];

/** The metric each built-in requirement type reads (the module that owns it provides it). */
export const REQUIREMENT_METRICS: Readonly<Record<Exclude<RequirementType, 'metric' | 'custom'>, string>> = {
  revenue_t4q: 'revenue.trailing_4q',
  certified_people: 'enablement.certified_people',
  active_deals: 'deals.active',
  min_health: 'health.score',
};

export const REQUIREMENT_LABELS: Readonly<Record<RequirementType, string>> = {
  revenue_t4q: 'Revenue, trailing four quarters',
  certified_people: 'Certified people',
  active_deals: 'Active deals',
  min_health: 'Minimum health score',
  metric: 'Metric',
  custom: 'Custom',
};

export type TierRequirement = {
  /** Stable within the tier: what custom values and evidence are keyed by. */
  key: string;
  type: RequirementType;
  /** The metric key for `metric`; for `custom`, the key of the recorded value. */
  metric?: string;
  label: string;
  /** At least this much (money in minor units of the reporting currency; booleans as 1). */
  min: number;
};

export const SUPPORT_LEVELS = ['standard', 'priority', 'premium', 'dedicated'] as const;
export type SupportLevel = (typeof SUPPORT_LEVELS)[number];

export type TierBenefits = {
  discountPercent?: number;
  mdfAccrualPercent?: number;
  dealProtectionDays?: number;
  supportLevel?: SupportLevel;
  /** Named resources the tier unlocks: "Partner sandbox", "Co-branded campaign kits". */
  resources?: string[];
};

/** The metric key a requirement reads: the built-in type's, the named metric, or `custom.<key>`. */
export function metricKeyOf(requirement: Pick<TierRequirement, 'type' | 'metric' | 'key'>): string {
  if (requirement.type === 'metric') return requirement.metric ?? '';
  if (requirement.type === 'custom') return `custom.${requirement.metric ?? requirement.key}`;
  return REQUIREMENT_METRICS[requirement.type];
}
