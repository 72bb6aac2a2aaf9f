/**
 * The pure rules of scorecards and the evidence-backed health score (issue 12): data in, decision
 * out. Decisions 0275–0280 explain the choices.
 */

export const COLOURS = ['green', 'yellow', 'red'] as const;
export type Colour = (typeof COLOURS)[number];

// ---------------------------------------------------------------------------------------------
// Scorecards
// ---------------------------------------------------------------------------------------------

export const DIRECTIONS = ['higher', 'lower'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export type ScorecardMetricDef = {
  /** A key of the metrics registry (`loadMetrics()`), e.g. `opportunities.won_revenue_t4q`. */
  metric: string;
  /** The value that means 100 % attainment, in the metric's unit (money: minor units, reporting currency). */
  target: number;
  /** Relative weight inside its dimension (any positive number; normalised). */
  weight: number;
  direction: Direction;
  /** Attainment % at or above which the metric is green, and yellow (below: red). */
  green: number;
  yellow: number;
};

export type ScorecardDimensionDef = { key: string; label: string; weight: number; metrics: ScorecardMetricDef[] };

export type MetricResult = {
  metric: string;
  value: number | null;
  target: number;
  /** 0–200 (capped), null without a value. */
  attainment: number | null;
  colour: Colour | null;
  weight: number;
};
export type DimensionResult = {
  key: string;
  label: string;
  score: number | null;
  colour: Colour | null;
  metrics: MetricResult[];
};
export type ScorecardResult = { score: number | null; colour: Colour | null; dimensions: DimensionResult[] };

/**
 * The standard partner scorecard every installation starts with (the migration inserts it; admins
 * edit or deactivate it like any other): revenue, pipeline and capability, evaluated per quarter.
 */
export const STANDARD_TEMPLATE_ID = '5c0ecad0-0000-4000-8000-000000000001';

/** Attainment is capped so one runaway metric cannot hide the others (decision 0276). */
export const MAX_ATTAINMENT = 200;

/**
 * Attainment % of one metric: value / target when higher is better, target / value when lower is
 * better (a value of 0 against a lower-is-better target is full marks: 200 %). No value → null.
 */
export function attainment(value: number | null, target: number, direction: Direction): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  let ratio: number;
  if (direction === 'higher') {
    if (target <= 0) ratio = value >= target ? MAX_ATTAINMENT / 100 : 0;
    else ratio = Math.max(0, value) / target;
  } else if (value <= 0) ratio = MAX_ATTAINMENT / 100;
  else ratio = Math.max(0, target) / value;
  return Math.min(MAX_ATTAINMENT, Math.round(ratio * 1000) / 10);
}

/** The colour of an attainment against its thresholds (green ≥ green, yellow ≥ yellow, else red). */
export function colourOf(score: number | null, thresholds: { green: number; yellow: number }): Colour | null {
  if (score === null) return null;
  if (score >= thresholds.green) return 'green';
  if (score >= thresholds.yellow) return 'yellow';
  return 'red';
}

/**
 * Weighted mean of the parts that have a value; parts without one give their weight to the
 * others (decision 0277). Null when no part has a value.
 */
export function weightedScore(parts: readonly { score: number | null; weight: number }[]): number | null {
  const measured = parts.filter((p) => p.score !== null && p.weight > 0);
  const total = measured.reduce((s, p) => s + p.weight, 0);
  if (total <= 0) return null;
  return Math.round((10 * measured.reduce((s, p) => s + (p.score as number) * p.weight, 0)) / total) / 10;
}

/**
 * One partner's scorecard: per metric the value, target, attainment and colour; per dimension and
 * overall the weighted score (attainment capped at 100 when averaged, so overachieving one metric
 * does not cover a missed one) and its colour by the template's overall thresholds.
 */
export function evaluateScorecard(
  dimensions: readonly ScorecardDimensionDef[],
  values: ReadonlyMap<string, number | null>,
  overall: { green: number; yellow: number },
): ScorecardResult {
  const dims: DimensionResult[] = dimensions.map((d) => {
    const metrics = d.metrics.map((m) => {
      const value = values.get(m.metric) ?? null;
      const att = attainment(value, m.target, m.direction);
      return { metric: m.metric, value, target: m.target, attainment: att, colour: colourOf(att, m), weight: m.weight };
    });
    const score = weightedScore(
      metrics.map((m) => ({ score: m.attainment === null ? null : Math.min(100, m.attainment), weight: m.weight })),
    );
    return { key: d.key, label: d.label, score, colour: colourOf(score, overall), metrics };
  });
  const score = weightedScore(dims.map((d, i) => ({ score: d.score, weight: dimensions[i]?.weight ?? 0 })));
  return { score, colour: colourOf(score, overall), dimensions: dims };
}

/** What is wrong with a template's content, as field problems (path → message); empty when fine. */
export function templateProblems(
  dimensions: readonly ScorecardDimensionDef[],
  known: ReadonlySet<string>,
  overall: { green: number; yellow: number },
): { path: string; message: string }[] {
  const out: { path: string; message: string }[] = [];
  if (overall.yellow > overall.green) out.push({ path: 'thresholds.yellow', message: 'must not be above the green threshold' });
  const keys = new Set<string>();
  dimensions.forEach((d, i) => {
    if (keys.has(d.key)) out.push({ path: `dimensions.${i}.key`, message: 'is used by another dimension' });
    keys.add(d.key);
    const seen = new Set<string>();
    d.metrics.forEach((m, j) => {
      const at = `dimensions.${i}.metrics.${j}`;
      if (!known.has(m.metric))
        out.push({ path: `${at}.metric`, message: `no installed module provides the metric ${m.metric}` });
      if (seen.has(m.metric)) out.push({ path: `${at}.metric`, message: 'is already in this dimension' });
      seen.add(m.metric);
      if (m.yellow > m.green) out.push({ path: `${at}.yellow`, message: 'must not be above the green threshold' });
    });
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Periods
// ---------------------------------------------------------------------------------------------

export const PERIOD_PATTERN = /^(\d{4})-(?:(0[1-9]|1[0-2])|Q([1-4]))$/;

/** `2026-11` (a month) or `2026-Q4` (a quarter) → its first day and the day after its last. */
export function periodRange(period: string): { start: string; end: string } | null {
  const m = PERIOD_PATTERN.exec(period);
  if (!m) return null;
  const year = Number(m[1]);
  const firstMonth = m[2] ? Number(m[2]) : (Number(m[3]) - 1) * 3 + 1;
  const months = m[2] ? 1 : 3;
  const endYear = year + Math.floor((firstMonth - 1 + months) / 12);
  const endMonth = ((firstMonth - 1 + months) % 12) + 1;
  const pad = (n: number) => String(n).padStart(2, '0');
  return { start: `${year}-${pad(firstMonth)}-01`, end: `${endYear}-${pad(endMonth)}-01` };
}

/** The month before the one `day` (YYYY-MM-DD) is in, as `YYYY-MM`. */
export function previousMonth(period: string): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

// ---------------------------------------------------------------------------------------------
// Health score
// ---------------------------------------------------------------------------------------------

export const HEALTH_DIMENSIONS = ['strategic', 'operational', 'financial', 'relationship'] as const;
export type HealthDimension = (typeof HEALTH_DIMENSIONS)[number];

export type HealthThresholds = { green: number; yellow: number };
/** Green ≥ 70, yellow ≥ 40, red below (decision 0278). */
export const DEFAULT_HEALTH_THRESHOLDS: HealthThresholds = { green: 70, yellow: 40 };

/** The admin setting: green from `green`, red below `red` (decision 0284). */
export type HealthBands = { green: number; red: number };

/** The status bands the organisation may set: whole points, 0 ≤ red < green ≤ 100 (each problem names its field). */
export function healthBandProblems(bands: HealthBands): { path: 'green' | 'red'; message: string }[] {
  const out: { path: 'green' | 'red'; message: string }[] = [];
  for (const key of ['green', 'red'] as const) {
    const v = bands[key];
    if (!Number.isInteger(v) || v < 0 || v > 100) out.push({ path: key, message: 'must be a whole number from 0 to 100' });
  }
  if (out.length === 0 && bands.red >= bands.green) out.push({ path: 'red', message: 'must be below the green threshold' });
  return out;
}

/** The bands as the score rule's thresholds (yellow starts where red ends). */
export function thresholdsOf(bands: HealthBands): HealthThresholds {
  return { green: bands.green, yellow: bands.red };
}

/** How a value becomes 0–100 points of an indicator. */
export type Scale =
  /** value / full × 100, capped (full = the value that earns every point). */
  | { kind: 'ratio'; full: number }
  /** 100 at or below `good`, 0 at or above `bad`, linear between (days since a review, risks). */
  | { kind: 'falling'; good: number; bad: number }
  /** the value itself, already 0–100 (a percentage). */
  | { kind: 'percent' }
  /** NPS −100..100 → 0..100. */
  | { kind: 'nps' }
  /** Growth %: −50 % or worse → 0, 0 % → 50, +50 % or better → 100. */
  | { kind: 'growth' };

export type Indicator = {
  dimension: HealthDimension;
  /** The metric key the registry provides (or a derived key this module computes). */
  metric: string;
  label: string;
  weight: number;
  /** Leading: moves before revenue does (activity, engagement). Lagging: records outcomes. */
  leading: boolean;
  scale: Scale;
  /**
   * What a partner missing from a provided metric's answer means: 'no_data' (weight given to the
   * others) or 'zero' (absence is the evidence: never reviewed, no sponsor named).
   */
  absent: 'no_data' | 'zero';
};

/** The indicators of each dimension (decision 0275). */
export const HEALTH_INDICATORS: readonly Indicator[] = [
  // Strategic: alignment (the profile fit), plan coverage, sponsors, design explicit, key accounts.
  {
    dimension: 'strategic',
    metric: 'plans.current_plan',
    label: 'Current joint business plan',
    weight: 30,
    leading: true,
    scale: { kind: 'ratio', full: 1 },
    absent: 'zero',
  },
  {
    dimension: 'strategic',
    metric: 'partners.fit_score',
    label: 'Fit with the Ideal Partner Profile',
    weight: 25,
    leading: true,
    scale: { kind: 'percent' },
    absent: 'no_data',
  },
  {
    dimension: 'strategic',
    metric: 'alliances.sponsors_named',
    label: 'Executive sponsors named (of 2)',
    weight: 20,
    leading: true,
    scale: { kind: 'ratio', full: 2 },
    absent: 'no_data',
  },
  {
    dimension: 'strategic',
    metric: 'alliances.design_explicit',
    label: 'Commercial dimensions designed explicitly (of 5)',
    weight: 15,
    leading: true,
    scale: { kind: 'ratio', full: 5 },
    absent: 'no_data',
  },
  {
    dimension: 'strategic',
    metric: 'account_plans.active',
    label: 'Active joint account plans',
    weight: 10,
    leading: true,
    scale: { kind: 'ratio', full: 2 },
    absent: 'no_data',
  },
  // Operational: fulfilment of both sides, review cadence, certification coverage, onboarding, MDF use.
  {
    dimension: 'operational',
    metric: 'plans.fulfilment_vendor',
    label: 'Commitment fulfilment, vendor side',
    weight: 15,
    leading: false,
    scale: { kind: 'percent' },
    absent: 'no_data',
  },
  {
    dimension: 'operational',
    metric: 'plans.fulfilment_partner',
    label: 'Commitment fulfilment, partner side',
    weight: 20,
    leading: false,
    scale: { kind: 'percent' },
    absent: 'no_data',
  },
  {
    dimension: 'operational',
    metric: 'governance.days_since_review',
    label: 'Days since the last governance review',
    weight: 20,
    leading: true,
    scale: { kind: 'falling', good: 120, bad: 365 },
    absent: 'no_data',
  },
  {
    dimension: 'operational',
    metric: 'enablement.certified_people',
    label: 'Certified people (5 is full coverage)',
    weight: 25,
    leading: true,
    scale: { kind: 'ratio', full: 5 },
    absent: 'zero',
  },
  {
    dimension: 'operational',
    metric: 'onboarding.completion',
    label: 'Onboarding completion',
    weight: 10,
    leading: true,
    scale: { kind: 'percent' },
    absent: 'no_data',
  },
  {
    dimension: 'operational',
    metric: 'mdf.utilisation',
    label: 'MDF utilisation',
    weight: 10,
    leading: true,
    scale: { kind: 'percent' },
    absent: 'no_data',
  },
  // Financial: revenue vs target (growth against the year before), pipeline coverage, deals.
  {
    dimension: 'financial',
    metric: 'health.revenue_growth',
    label: 'Won revenue, trailing 4 quarters vs the 4 before (growth %)',
    weight: 35,
    leading: false,
    scale: { kind: 'growth' },
    absent: 'no_data',
  },
  {
    dimension: 'financial',
    metric: 'health.pipeline_coverage',
    label: 'Pipeline coverage (joint pipeline ÷ won revenue, trailing 4 quarters; 3× is full)',
    weight: 30,
    leading: true,
    scale: { kind: 'ratio', full: 300 },
    absent: 'no_data',
  },
  {
    dimension: 'financial',
    metric: 'opportunities.won_deals',
    label: 'Won deals (6 is full)',
    weight: 20,
    leading: false,
    scale: { kind: 'ratio', full: 6 },
    absent: 'zero',
  },
  {
    dimension: 'financial',
    metric: 'deals.active_registrations',
    label: 'Active deal registrations (3 is full)',
    weight: 15,
    leading: true,
    scale: { kind: 'ratio', full: 3 },
    absent: 'zero',
  },
  // Relationship: diagnostic survey, NPS, executive engagement, portal engagement, open high risks.
  {
    dimension: 'relationship',
    metric: 'surveys.diagnostic_score',
    label: 'Health diagnostic score (both sides)',
    weight: 25,
    leading: false,
    scale: { kind: 'percent' },
    absent: 'no_data',
  },
  {
    dimension: 'relationship',
    metric: 'surveys.nps',
    label: 'Partner NPS',
    weight: 20,
    leading: false,
    scale: { kind: 'nps' },
    absent: 'no_data',
  },
  {
    dimension: 'relationship',
    metric: 'governance.sponsor_attendance_vendor',
    label: 'Executive engagement: vendor sponsor attendance',
    weight: 12,
    leading: true,
    scale: { kind: 'percent' },
    absent: 'no_data',
  },
  {
    dimension: 'relationship',
    metric: 'governance.sponsor_attendance_partner',
    label: 'Executive engagement: partner sponsor attendance',
    weight: 13,
    leading: true,
    scale: { kind: 'percent' },
    absent: 'no_data',
  },
  {
    dimension: 'relationship',
    metric: 'resources.downloads_90d',
    label: 'Portal engagement: resource downloads in 90 days (5 is full)',
    weight: 15,
    leading: true,
    scale: { kind: 'ratio', full: 5 },
    absent: 'zero',
  },
  {
    dimension: 'relationship',
    metric: 'risks.high',
    label: 'Open high risks',
    weight: 15,
    leading: true,
    scale: { kind: 'falling', good: 0, bad: 2 },
    absent: 'zero',
  },
];

/** The registry keys the health score reads (derived keys come from these). */
export const HEALTH_INPUT_METRICS = [
  ...new Set([
    ...HEALTH_INDICATORS.map((i) => i.metric).filter((k) => !k.startsWith('health.')),
    'opportunities.won_revenue_t4q',
    'opportunities.joint_pipeline',
  ]),
];

/** One indicator's points (0–100) for a value. */
export function pointsOf(value: number, scale: Scale): number {
  let p: number;
  switch (scale.kind) {
    case 'ratio':
      p = scale.full <= 0 ? 100 : (100 * value) / scale.full;
      break;
    case 'falling':
      p = value <= scale.good ? 100 : value >= scale.bad ? 0 : (100 * (scale.bad - value)) / (scale.bad - scale.good);
      break;
    case 'percent':
      p = value;
      break;
    case 'nps':
      p = (value + 100) / 2;
      break;
    case 'growth':
      p = 50 + value;
      break;
  }
  return Math.round(Math.max(0, Math.min(100, p)) * 10) / 10;
}

/**
 * What an indicator read: `provided` false when no installed module provides the metric (the
 * surveys module not merged yet); `value` null when it answered nothing for this partner.
 */
export type IndicatorInput = { provided: boolean; value: number | null };

export type Evidence = {
  metric: string;
  label: string;
  value: number | null;
  leading: boolean;
  /** False: "no data" — the metric is not provided or has nothing for this partner; its weight went to the others. */
  measured: boolean;
  /** The indicator's own 0–100 points (null without data). */
  points: number | null;
  /** Its share of the dimension after redistribution, 0–100 (%). */
  weight: number;
  /** Points it added to the dimension's score (points × weight). */
  contribution: number;
};

export type DimensionHealth = { key: HealthDimension; score: number | null; status: Colour | null; evidence: Evidence[] };
export type HealthResult = { score: number | null; status: Colour | null; dimensions: DimensionHealth[] };

/**
 * The health rule: each dimension is the weighted mean of its measured indicators (weights of
 * "no data" indicators redistributed over the measured ones); the score is the mean of the
 * dimensions that have any data (equal weights, redistributed the same way); the status is green
 * ≥ thresholds.green, yellow ≥ thresholds.yellow, red below. Without any data: null.
 */
export function healthScore(
  inputs: ReadonlyMap<string, IndicatorInput>,
  thresholds: HealthThresholds = DEFAULT_HEALTH_THRESHOLDS,
  indicators: readonly Indicator[] = HEALTH_INDICATORS,
): HealthResult {
  const dimensions = HEALTH_DIMENSIONS.map((key): DimensionHealth => {
    const mine = indicators.filter((i) => i.dimension === key);
    const read = mine.map((i) => {
      const input = inputs.get(i.metric) ?? { provided: false, value: null };
      const value = input.value ?? (input.provided && i.absent === 'zero' ? 0 : null);
      return { i, value, points: value === null ? null : pointsOf(value, i.scale) };
    });
    const total = read.reduce((s, r) => s + (r.points === null ? 0 : r.i.weight), 0);
    const evidence = read.map(({ i, value, points }): Evidence => {
      const weight = points === null || total === 0 ? 0 : (100 * i.weight) / total;
      return {
        metric: i.metric,
        label: i.label,
        value,
        leading: i.leading,
        measured: points !== null,
        points,
        weight: Math.round(weight * 10) / 10,
        contribution: points === null ? 0 : Math.round(points * weight) / 100,
      };
    });
    const score = total === 0 ? null : Math.round(read.reduce((s, r) => s + (r.points ?? 0) * r.i.weight, 0) / total);
    return { key, score, status: colourOf(score, thresholds), evidence };
  });
  const measured = dimensions.filter((d) => d.score !== null);
  const score = measured.length ? Math.round(measured.reduce((s, d) => s + (d.score as number), 0) / measured.length) : null;
  return { score, status: colourOf(score, thresholds), dimensions };
}

/** Derived financial inputs: growth % of won revenue, and pipeline coverage % (pipeline ÷ revenue). */
export function financialInputs(
  wonNow: number | null,
  wonYearBefore: number | null,
  pipeline: number | null,
): { growth: number | null; coverage: number | null } {
  const growth =
    wonNow === null || wonYearBefore === null || wonYearBefore <= 0
      ? null
      : Math.round((100 * (wonNow - wonYearBefore)) / wonYearBefore);
  let coverage: number | null = null;
  if (pipeline !== null && wonNow !== null)
    coverage = wonNow > 0 ? Math.round((100 * pipeline) / wonNow) : pipeline > 0 ? 300 : 0;
  return { growth, coverage };
}

/**
 * "Turned red": the new snapshot is red and the one of the period before existed and was not
 * (a partner red from its first snapshot is not a transition), and no alert went out for this
 * period yet (once per transition, whatever the number of re-takes).
 */
export function turnedRed(current: Colour | null, previous: Colour | null | undefined, alreadyAlerted: boolean): boolean {
  return current === 'red' && previous !== undefined && previous !== null && previous !== 'red' && !alreadyAlerted;
}

/** The trend between two scores: up / down beyond 3 points, else flat; null without both. */
export function trendOf(now: number | null, before: number | null | undefined): 'up' | 'down' | 'flat' | null {
  if (now === null || before === null || before === undefined) return null;
  if (now - before > 3) return 'up';
  if (before - now > 3) return 'down';
  return 'flat';
}
