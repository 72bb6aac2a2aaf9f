import { addDays, daysBetween, type IsoDate } from '../../shared/dates.js';

/**
 * The QBR pack's rules, pure: quarters (`YYYY-Qn`, calendar quarters in the organisation's time
 * zone), the quarter's share of a plan target, and the highlights a vice-president reads first.
 */

export const QUARTER_PATTERN = /^(\d{4})-Q([1-4])$/;

export type Quarter = { key: string; year: number; q: number; start: IsoDate; end: IsoDate };

/** `2026-Q3` → its first and last day; null when it is not a quarter. */
export function parseQuarter(key: string): Quarter | null {
  const m = QUARTER_PATTERN.exec(key);
  if (!m) return null;
  const year = Number(m[1]);
  const q = Number(m[2]);
  if (year < 1970 || year > 2999) return null;
  const month = (q - 1) * 3 + 1;
  const start = `${year}-${String(month).padStart(2, '0')}-01`;
  const next = q === 4 ? `${year + 1}-01-01` : `${year}-${String(month + 3).padStart(2, '0')}-01`;
  return { key, year, q, start, end: addDays(next, -1) };
}

/** The quarter a day falls in. */
export function quarterOf(day: IsoDate): Quarter {
  const year = Number(day.slice(0, 4));
  const q = Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1;
  return parseQuarter(`${year}-Q${q}`) as Quarter;
}

/** The quarter `n` quarters before (negative: after) this one. */
export function shiftQuarter(quarter: Quarter, n: number): Quarter {
  const index = quarter.year * 4 + (quarter.q - 1) - n;
  return parseQuarter(`${Math.floor(index / 4)}-Q${(index % 4) + 1}`) as Quarter;
}

/** The last quarter that has ended by `today` (the default pack). */
export function lastCompleteQuarter(today: IsoDate): Quarter {
  return shiftQuarter(quarterOf(today), 1);
}

/** The quarter and the `count - 1` before it, oldest first (the trend's x axis). */
export function quartersUpTo(quarter: Quarter, count: number): Quarter[] {
  return Array.from({ length: count }, (_, i) => shiftQuarter(quarter, count - 1 - i));
}

/**
 * The quarter's share of a target set for a plan period: in proportion to the days of the period
 * that fall in the quarter (a yearly target of 400 000 gives a full quarter about 100 000). Zero
 * when the quarter and the period do not meet. Minor units, rounded half away from zero.
 */
export function quarterShareOfTarget(target: number, period: { start: IsoDate; end: IsoDate }, quarter: Quarter): number {
  const from = period.start > quarter.start ? period.start : quarter.start;
  const to = period.end < quarter.end ? period.end : quarter.end;
  if (from > to) return 0;
  const periodDays = daysBetween(period.start, period.end) + 1;
  const overlap = daysBetween(from, to) + 1;
  if (periodDays <= 0) return 0;
  return Math.round((target * overlap) / periodDays);
}

/** `actual` as a percentage of `target` (whole points), null without a positive target. */
export function attainmentOf(actual: number, target: number | null): number | null {
  if (target === null || target <= 0) return null;
  return Math.round((100 * actual) / target);
}

/** Change against the previous quarter in percent (whole points); null when there is no base. */
export function changeOf(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null || previous === 0) return null;
  return Math.round((100 * (current - previous)) / Math.abs(previous));
}

export type HighlightTone = 'positive' | 'negative' | 'neutral';
export type Highlight = { key: string; tone: HighlightTone; text: string };

export type HighlightFacts = {
  /** Revenue won in the quarter against the quarter's share of the plan's target (percent), null without a target. */
  revenueAttainment: number | null;
  /** Revenue change against the previous quarter (percent), null without a base. */
  revenueChange: number | null;
  /** Open pipeline at quarter end against the plan's pipeline target (percent). */
  pipelineAttainment: number | null;
  /** Health score at quarter end and at the end of the quarter before (null: not known or not shown). */
  health: number | null;
  healthBefore: number | null;
  healthStatus: 'green' | 'yellow' | 'red' | null;
  /** Fulfilment per side (0–100) and the asymmetry between them (points). */
  fulfilment: { vendor: number | null; partner: number | null; asymmetry: number | null } | null;
  overdueActions: number;
  highRisks: number;
  decisions: number;
  hasPlan: boolean;
};

/** Behind or ahead of the plan by this many points or more is worth saying. */
export const ATTAINMENT_BAND = 10;
/** A health move of this many points or more is worth saying. */
export const HEALTH_MOVE = 5;
/** One side keeping its word this many points less than the other is called out. */
export const ASYMMETRY_CALL_OUT = 20;

/**
 * The highlights rule: the few sentences that open the pack, most important first — revenue
 * against the plan (ahead ≥ 100 + band, on track, behind < 100 − band), revenue momentum without a
 * target, the pipeline against its target, a health move of HEALTH_MOVE points or a red status,
 * commitments one side is not meeting (asymmetry ≥ ASYMMETRY_CALL_OUT), overdue actions, high
 * risks, and no current plan. At most six.
 */
export function highlightsOf(f: HighlightFacts): Highlight[] {
  const out: Highlight[] = [];
  if (f.revenueAttainment !== null) {
    if (f.revenueAttainment >= 100 + ATTAINMENT_BAND)
      out.push({
        key: 'revenue_ahead',
        tone: 'positive',
        text: `Revenue ahead of plan: ${f.revenueAttainment}% of the quarter’s target`,
      });
    else if (f.revenueAttainment >= 100 - ATTAINMENT_BAND)
      out.push({
        key: 'revenue_on_track',
        tone: 'neutral',
        text: `Revenue on plan: ${f.revenueAttainment}% of the quarter’s target`,
      });
    else
      out.push({
        key: 'revenue_behind',
        tone: 'negative',
        text: `Revenue behind plan: ${f.revenueAttainment}% of the quarter’s target`,
      });
  } else if (f.revenueChange !== null && Math.abs(f.revenueChange) >= ATTAINMENT_BAND) {
    out.push(
      f.revenueChange > 0
        ? { key: 'revenue_up', tone: 'positive', text: `Revenue up ${f.revenueChange}% on the previous quarter` }
        : { key: 'revenue_down', tone: 'negative', text: `Revenue down ${-f.revenueChange}% on the previous quarter` },
    );
  }
  if (f.pipelineAttainment !== null && f.pipelineAttainment < 100 - ATTAINMENT_BAND)
    out.push({ key: 'pipeline_short', tone: 'negative', text: `Pipeline at ${f.pipelineAttainment}% of the plan’s target` });
  if (f.health !== null) {
    const move = f.healthBefore === null ? null : f.health - f.healthBefore;
    if (f.healthStatus === 'red') out.push({ key: 'health_red', tone: 'negative', text: `Health is red at ${f.health}/100` });
    else if (move !== null && move >= HEALTH_MOVE)
      out.push({ key: 'health_up', tone: 'positive', text: `Health up ${move} points to ${f.health}/100` });
    else if (move !== null && move <= -HEALTH_MOVE)
      out.push({ key: 'health_down', tone: 'negative', text: `Health down ${-move} points to ${f.health}/100` });
  }
  const ful = f.fulfilment;
  if (ful && ful.asymmetry !== null && ful.asymmetry >= ASYMMETRY_CALL_OUT && ful.vendor !== null && ful.partner !== null) {
    const behind = ful.vendor < ful.partner ? 'Vendor' : 'Partner';
    out.push({
      key: 'commitments_asymmetric',
      tone: 'negative',
      text: `${behind} commitments lag: ${Math.min(ful.vendor, ful.partner)}% kept against ${Math.max(ful.vendor, ful.partner)}%`,
    });
  }
  if (f.overdueActions > 0)
    out.push({
      key: 'actions_overdue',
      tone: 'negative',
      text: `${f.overdueActions} action item${f.overdueActions === 1 ? '' : 's'} overdue`,
    });
  if (f.highRisks > 0)
    out.push({ key: 'risks_high', tone: 'negative', text: `${f.highRisks} high risk${f.highRisks === 1 ? '' : 's'} open` });
  if (f.decisions > 0)
    out.push({
      key: 'decisions',
      tone: 'positive',
      text: `${f.decisions} decision${f.decisions === 1 ? '' : 's'} taken in the quarter`,
    });
  if (!f.hasPlan) out.push({ key: 'no_plan', tone: 'neutral', text: 'No approved joint business plan covers the quarter' });
  return out.slice(0, 6);
}

/** The file name's partner part (an HTTP header is ASCII): a–z and digits, dashes between, at most 60; accents dropped. */
export function slugOf(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return slug || 'partner';
}
