import { type Money, minorUnits } from '../../shared/money.js';

export const DEAL_OUTCOMES = ['won', 'lost', 'open'] as const;
export type DealOutcome = (typeof DEAL_OUTCOMES)[number];

export const COST_CATEGORIES = ['enablement', 'events', 'people', 'tools', 'other'] as const;
export type CostCategory = (typeof COST_CATEGORIES)[number];

export const ROI_GROUPS = ['partner', 'program', 'segment'] as const;
export type RoiGroup = (typeof ROI_GROUPS)[number];

/** Lifecycle stages in which a partner counts as active (signed, not leaving). */
export const ACTIVE_STAGES = ['onboarding', 'enabled', 'active', 'strategic'] as const;
/** Stages a partner leaves the ecosystem through: churn. */
export const CHURN_STAGES = ['offboarding', 'terminated'] as const;

/** What the dashboard shows as tiles and drills into. */
export const KPI_MEASURES = [
  'sourced_revenue',
  'influenced_revenue',
  'pipeline_contribution',
  'joint_win_rate',
  'independent_win_rate',
  'joint_deal_size',
  'independent_deal_size',
  'certification_rate',
  'churn_rate',
  'time_to_first_deal',
  'nps',
  'active_partners',
  'new_partners',
] as const;
export type KpiMeasure = (typeof KPI_MEASURES)[number];

/** A ratio in percent (one decimal), or null when there is nothing to divide by. */
export function percentOf(part: number, whole: number): number | null {
  if (whole <= 0) return null;
  return Math.round((1000 * part) / whole) / 10;
}

/** Win rate: won ÷ (won + lost) of the deals closed, in percent; null without a closed deal. */
export function winRate(won: number, lost: number): number | null {
  return percentOf(won, won + lost);
}

/** Partner churn: partners that left in the period ÷ partners active at its start, in percent. */
export function churnRate(churned: number, activeAtStart: number): number | null {
  return percentOf(churned, activeAtStart);
}

/** Average deal size in minor units (rounded), or null without a deal. */
export function averageDealSize(total: number, deals: number): number | null {
  return deals > 0 ? Math.round(total / deals) : null;
}

/** The median of the values (the mean of the middle two for an even count), null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Change from the previous period: absolute and relative (percent, null from zero or none). */
export function periodChange(current: number | null, previous: number | null): { delta: number | null; percent: number | null } {
  if (current === null || previous === null) return { delta: null, percent: null };
  return {
    delta: current - previous,
    percent: previous === 0 ? null : Math.round((1000 * (current - previous)) / Math.abs(previous)) / 10,
  };
}

export type Roi = { value: number | null; label: string };

/**
 * ROI = (revenue − spend) ÷ spend, over amounts already converted into one currency: a ratio
 * (1.5 = 150 %), "n/a" without spend. Amounts in two currencies are refused (convert first).
 */
export function roiOf(revenue: Money, spend: Money): Roi {
  if (revenue.currency !== spend.currency) {
    throw new RangeError(`ROI needs one currency: convert ${revenue.currency} and ${spend.currency} first`);
  }
  if (spend.amount <= 0) return { value: null, label: 'n/a' };
  const value = Math.round((10_000 * (revenue.amount - spend.amount)) / spend.amount) / 10_000;
  return { value, label: `${Math.round(value * 1000) / 10} %` };
}

/** "2026-03-01" for any day of March 2026 ("YYYY-MM" or a date). */
export function monthStart(monthOrDate: string): string {
  return `${monthOrDate.slice(0, 7)}-01`;
}

/** The last day of the month that starts on `start`. */
export function monthEnd(start: string): string {
  const [y, m] = start.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/** The month before. */
export function previousMonth(start: string): string {
  const [y, m] = start.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 2, 1)).toISOString().slice(0, 10);
}

/** Month starts from `from` to `to`, both included. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = monthStart(from).split('-').map(Number) as [number, number];
  const last = monthStart(to);
  for (;;) {
    const start = `${y}-${String(m).padStart(2, '0')}-01`;
    if (start > last) return out;
    out.push(start);
    m += 1;
    if (m === 13) {
      m = 1;
      y += 1;
    }
  }
}

/** "2026-Q1" for a day of January–March 2026. */
export function quarterOf(date: string): string {
  return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

/** A month may be snapshotted once it has begun (a running month shows month-to-date). */
export function snapshotMonthAllowed(month: string, today: string): { allowed: true } | { allowed: false; reason: string } {
  if (monthStart(month) > monthStart(today)) return { allowed: false, reason: 'must not be a future month' };
  return { allowed: true };
}

/** Whether `currency` has minor units we can show (guards the reporting currency). */
export function knownCurrency(currency: string): boolean {
  return minorUnits(currency) !== null;
}
