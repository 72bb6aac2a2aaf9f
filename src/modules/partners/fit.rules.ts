/**
 * Fit against the Ideal Partner Profile (IPP): weighted criteria over a partner's own
 * attributes. Pure: the profile and the partner in, a score 0–100 and its reasons out. The
 * partners list sorts and filters by the same score computed in SQL (fit.sql.ts); a test holds
 * the two to the same answers.
 */

/** The partner attributes a criterion can look at; list attributes match when any value is shared. */
export const FIT_ATTRIBUTES = ['types', 'regions', 'industries', 'companySize', 'country', 'motion', 'tags', 'segment'] as const;
export type FitAttribute = (typeof FIT_ATTRIBUTES)[number];

export type FitCriterion = {
  /** What the vendor calls it: "Managed service providers", "Mid-sized (51–1000 people)". */
  label: string;
  attribute: FitAttribute;
  /** The partner meets the criterion when its attribute is (or, for lists, includes) one of these. */
  values: string[];
  /** 1–100: how much the criterion counts against the others. */
  weight: number;
};

export type FitPartner = {
  types: readonly string[];
  regions: readonly string[];
  industries: readonly string[];
  companySize: string | null;
  country: string | null;
  motion: string;
  tags: readonly string[];
  segment: string;
};

export type FitReason = { criterion: string; attribute: FitAttribute; weight: number; met: boolean; points: number };
export type Fit = { score: number; reasons: FitReason[] };

function valuesOf(partner: FitPartner, attribute: FitAttribute): readonly string[] {
  const value = partner[attribute];
  if (Array.isArray(value)) return value;
  return typeof value === 'string' && value !== '' ? [value] : [];
}

/**
 * The score is the share of the profile's total weight the partner meets, in whole points
 * (halves round up), so a partner meeting criteria worth 3 of 8 scores 38. An empty profile
 * scores everyone 0 with no reasons.
 */
export function fitOf(criteria: readonly FitCriterion[], partner: FitPartner): Fit {
  const reasons = criteria.map((c) => {
    const has = valuesOf(partner, c.attribute);
    const met = c.values.some((v) => has.includes(v));
    return { criterion: c.label, attribute: c.attribute, weight: c.weight, met, points: met ? c.weight : 0 };
  });
  const total = reasons.reduce((s, r) => s + r.weight, 0);
  const earned = reasons.reduce((s, r) => s + r.points, 0);
  // round(100 · earned / total), half up, in integers.
  const score = total === 0 ? 0 : Math.floor((200 * earned + total) / (2 * total));
  return { score, reasons };
}
