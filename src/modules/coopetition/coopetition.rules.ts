/**
 * Coopetition: a partner that also competes with the vendor somewhere — in a market segment, with
 * a product, in a solution category. Pure rules over recorded areas.
 */
export const COOPETITION_KINDS = ['segment', 'product', 'solution_category'] as const;
export type CoopetitionKind = (typeof COOPETITION_KINDS)[number];

export type CoopetitionArea = { kind: CoopetitionKind; name: string };

function key(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, ' ');
}

/**
 * Whether sharing something about `subject` (an account's segment, a deal's products) with the
 * partner touches an area where it competes: the areas that match by kind and name (case and
 * spacing aside). Modules that share data with partners (account mapping, co-sell) ask this
 * before they share, and hold back or warn on a match.
 */
export function competingAreas(
  areas: readonly CoopetitionArea[],
  subject: { segments?: readonly string[]; products?: readonly string[]; solutionCategories?: readonly string[] },
): CoopetitionArea[] {
  const wanted: Record<CoopetitionKind, Set<string>> = {
    segment: new Set((subject.segments ?? []).map(key)),
    product: new Set((subject.products ?? []).map(key)),
    solution_category: new Set((subject.solutionCategories ?? []).map(key)),
  };
  return areas.filter((a) => wanted[a.kind].has(key(a.name)));
}

/** An area is recorded once per partner, kind and name (case and spacing aside). */
export function isDuplicateArea(
  existing: readonly (CoopetitionArea & { id: string })[],
  area: CoopetitionArea,
  exceptId?: string,
): boolean {
  return existing.some((a) => a.id !== exceptId && a.kind === area.kind && key(a.name) === key(area.name));
}
