/**
 * The risk register's rules: pure, data in and decision out (table-tested in risks.rules.test.ts).
 * A risk is scored likelihood × impact on the 5 × 5 grid alliance managers use; the band follows
 * from the score alone, so the heat map, the list and the `risks.high` metric always agree.
 */

export const RISK_CATEGORIES = ['financial', 'security', 'legal_compliance', 'strategic', 'operational', 'reputational'] as const;
export type RiskCategory = (typeof RISK_CATEGORIES)[number];

export const RISK_STATUSES = ['open', 'mitigating', 'closed', 'accepted'] as const;
export type RiskStatus = (typeof RISK_STATUSES)[number];

export const ACTION_STATUSES = ['open', 'in_progress', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const RISK_BANDS = ['low', 'medium', 'significant', 'high'] as const;
export type RiskBand = (typeof RISK_BANDS)[number];

/** The lowest score of the `high` band: what `risks.high` counts. */
export const HIGH_SCORE = 15;

/** Likelihood and impact are whole numbers 1 (rare / negligible) to 5 (almost certain / severe). */
export function isRating(value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= 5;
}

export function riskScore(likelihood: number, impact: number): number {
  if (!isRating(likelihood) || !isRating(impact)) throw new RangeError('likelihood and impact are 1–5');
  return likelihood * impact;
}

/** 1–4 low, 5–9 medium, 10–14 significant, 15–25 high (decision 0150). */
export function riskBand(score: number): RiskBand {
  if (score >= HIGH_SCORE) return 'high';
  if (score >= 10) return 'significant';
  if (score >= 5) return 'medium';
  return 'low';
}

/** Open and mitigating risks are live: they count, show on the heat map and get reviewed. */
export function isLive(status: RiskStatus): boolean {
  return status === 'open' || status === 'mitigating';
}

/** A live risk whose review date has passed (the review date itself is still on time). */
export function reviewOverdue(risk: { status: RiskStatus; reviewOn: string | null }, today: string): boolean {
  return isLive(risk.status) && risk.reviewOn !== null && risk.reviewOn < today;
}

/** An unfinished mitigation action past its due date. */
export function actionOverdue(action: { status: ActionStatus; dueOn: string | null }, today: string): boolean {
  return (action.status === 'open' || action.status === 'in_progress') && action.dueOn !== null && action.dueOn < today;
}

export type HeatCell = { likelihood: number; impact: number; count: number; band: RiskBand };

/** The 5 × 5 grid, every cell present (zero where no risk sits), likelihood 5 first, impact 1 first. */
export function heatMap(risks: readonly { likelihood: number; impact: number }[]): HeatCell[] {
  const counts = new Map<string, number>();
  for (const r of risks) counts.set(`${r.likelihood}:${r.impact}`, (counts.get(`${r.likelihood}:${r.impact}`) ?? 0) + 1);
  const cells: HeatCell[] = [];
  for (let likelihood = 5; likelihood >= 1; likelihood -= 1) {
    for (let impact = 1; impact <= 5; impact += 1) {
      cells.push({
        likelihood,
        impact,
        count: counts.get(`${likelihood}:${impact}`) ?? 0,
        band: riskBand(likelihood * impact),
      });
    }
  }
  return cells;
}

export function categoryName(category: RiskCategory): string {
  return category === 'legal_compliance' ? 'legal/compliance' : category;
}
