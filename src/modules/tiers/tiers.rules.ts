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
