import { and, inArray } from 'drizzle-orm';
import { anyId } from '../../db/any-id.js';
import { loadMetrics, type MetricUnit, type MetricValue } from '../../server/module.js';
import type { TxCtx } from '../../shared/context.js';
import { metricKeyOf, REQUIREMENT_LABELS, REQUIREMENT_METRICS, type TierRequirement } from '../tiers/index.js';
import type { RequirementSpec } from './programs.rules.js';
import { customMetricValues } from './programs.schema.js';

export type MetricInfo = {
  key: string;
  label: string;
  unit: MetricUnit;
  description: string;
  /** False: the module that provides it has not landed yet; requirements on it answer "no data yet". */
  available: boolean;
};

/** Metrics the product names before their module exists: declared, with no data until it lands. */
const DECLARED: readonly Omit<MetricInfo, 'available'>[] = [
  {
    key: REQUIREMENT_METRICS.revenue_t4q,
    label: REQUIREMENT_LABELS.revenue_t4q,
    unit: 'money',
    description: 'Partner-sourced and influenced revenue over the trailing four fiscal quarters (reporting currency).',
  },
  {
    key: REQUIREMENT_METRICS.certified_people,
    label: REQUIREMENT_LABELS.certified_people,
    unit: 'count',
    description: 'People at the partner holding a current certification.',
  },
  {
    key: REQUIREMENT_METRICS.active_deals,
    label: REQUIREMENT_LABELS.active_deals,
    unit: 'count',
    description: 'Registered deals that are approved and open.',
  },
  {
    key: REQUIREMENT_METRICS.min_health,
    label: REQUIREMENT_LABELS.min_health,
    unit: 'percent',
    description: 'The partner health score, 0–100.',
  },
  {
    key: 'onboarding.completion',
    label: 'Onboarding completion',
    unit: 'percent',
    description: 'Share of the partner’s onboarding tasks done, 0–100.',
  },
  {
    key: 'deals.joint_pipeline',
    label: 'Joint pipeline',
    unit: 'money',
    description: 'Open co-sell and registered pipeline (reporting currency).',
  },
];

/** Every metric requirements and rules may name: the modules' own, then those still to come. */
export async function metricCatalog(): Promise<MetricInfo[]> {
  const provided = await loadMetrics();
  const out: MetricInfo[] = [...provided.values()].map((m) => ({
    key: m.key,
    label: m.label,
    unit: m.unit,
    description: m.description ?? '',
    available: true,
  }));
  for (const d of DECLARED) if (!provided.has(d.key)) out.push({ ...d, available: false });
  return out.sort((a, b) => a.key.localeCompare(b.key));
}

export async function metricInfo(key: string): Promise<MetricInfo | null> {
  if (key.startsWith('custom.'))
    return {
      key,
      label: key.slice(7).replaceAll('_', ' '),
      unit: 'count',
      description: 'A value recorded per partner',
      available: true,
    };
  return (await metricCatalog()).find((m) => m.key === key) ?? null;
}

/** A tier's requirements as the rules see them: the metric each reads and its unit. */
export async function requirementSpecs(requirements: readonly TierRequirement[]): Promise<RequirementSpec[]> {
  const catalog = new Map((await metricCatalog()).map((m) => [m.key, m]));
  return requirements.map((r) => {
    const metric = metricKeyOf(r);
    const unit = r.type === 'custom' ? 'count' : (catalog.get(metric)?.unit ?? 'count');
    return { key: r.key, label: r.label, metric, unit, min: r.min };
  });
}

/**
 * The values of `keys` for the partners, as of `asOf`: one set-based query per metric (the
 * module's own `compute`), one for every `custom.<key>` together. A metric nobody provides yet
 * answers an empty map: no data, never zero.
 */
export async function metricValues(
  c: TxCtx,
  keys: Iterable<string>,
  partnerIds: readonly string[] | 'all',
  asOf: Date,
): Promise<Map<string, Map<string, MetricValue>>> {
  const provided = await loadMetrics();
  const wanted = [...new Set(keys)];
  const out = new Map<string, Map<string, MetricValue>>();
  const custom = wanted.filter((k) => k.startsWith('custom.'));
  for (const key of wanted) {
    if (key.startsWith('custom.')) continue;
    const metric = provided.get(key);
    out.set(key, metric ? await metric.compute(c, partnerIds, asOf) : new Map());
  }
  if (custom.length > 0) {
    for (const key of custom) out.set(key, new Map());
    const ids = partnerIds === 'all' ? undefined : anyId(customMetricValues.partnerId, partnerIds);
    if (partnerIds === 'all' || partnerIds.length > 0) {
      const rows = await c.tx
        .select({ partnerId: customMetricValues.partnerId, key: customMetricValues.key, value: customMetricValues.value })
        .from(customMetricValues)
        .where(
          and(
            ids,
            inArray(
              customMetricValues.key,
              custom.map((k) => k.slice(7)),
            ),
          ),
        );
      for (const r of rows) out.get(`custom.${r.key}`)?.set(r.partnerId, Number(r.value));
    }
  }
  return out;
}

/** One partner's values out of `metricValues`, by metric key. */
export function valuesFor(all: Map<string, Map<string, MetricValue>>, partnerId: string): Map<string, MetricValue> {
  return new Map([...all].map(([key, values]) => [key, values.get(partnerId) ?? null]));
}
