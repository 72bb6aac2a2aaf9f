import type { MetricDef, MetricValue } from '../../server/module.js';
import { latestDiagnostics, latestNps, latestPx } from './surveys.service.js';

const toMap = <T>(source: Map<string, T>, pick: (v: T) => number | null) =>
  new Map<string, MetricValue>([...source].map(([id, v]) => [id, pick(v)]));

/**
 * The survey figures other modules read by key (health, the KPI dashboard, the QBR pack). A
 * partner without answers is absent: "no data yet", never zero.
 */
export const surveyMetrics: readonly MetricDef[] = [
  {
    key: 'surveys.nps',
    label: 'Partner NPS',
    unit: 'count',
    description:
      'Net Promoter Score (−100…100) of the partner’s people: promoters (9–10) minus detractors (0–6) on the latest NPS survey within the 12 months before the date.',
    compute: async (ctx, ids, asOf) => toMap(await latestNps(ctx, ids, asOf), (v) => v.nps),
  },
  {
    key: 'surveys.diagnostic_score',
    label: 'Health diagnostic score',
    unit: 'percent',
    description: 'The latest closed partner health diagnostic, 0–100: each side’s average agreement, the two sides averaged.',
    compute: async (ctx, ids, asOf) => toMap(await latestDiagnostics(ctx, ids, asOf), (v) => v.score),
  },
  {
    key: 'surveys.perception_gap',
    label: 'Perception gap',
    unit: 'percent',
    description: 'Points (0–100) between the vendor’s and the partner’s view on the latest closed health diagnostic.',
    compute: async (ctx, ids, asOf) => toMap(await latestDiagnostics(ctx, ids, asOf), (v) => v.gap),
  },
  {
    key: 'surveys.px_score',
    label: 'Partner experience (PX) score',
    unit: 'percent',
    description: 'The partner’s people’s latest partner-experience survey, 0–100 (1–5 agreement as a percent).',
    compute: async (ctx, ids, asOf) => toMap(await latestPx(ctx, ids, asOf), (v) => v.score),
  },
];
