import type { MetricDef, MetricValue } from '../../server/module.js';
import type { TxCtx } from '../../shared/context.js';
import { trailingFourQuarters } from './attribution.rules.js';
import { creditedDeals, resolveModel } from './attribution.service.js';

const dayOf = (asOf: Date) => asOf.toISOString().slice(0, 10);

/**
 * Per partner over the four quarters up to asOf: the credit under the default model, or the
 * influenced revenue. A partner touching a deal no rate converts has no value ("no data"), never
 * a partial sum (as decision 0164).
 */
async function perPartner(
  ctx: TxCtx,
  partnerIds: readonly string[] | 'all',
  asOf: Date,
  kind: 'credited' | 'influenced',
): Promise<Map<string, MetricValue>> {
  if (partnerIds !== 'all' && partnerIds.length === 0) return new Map();
  const { from, to } = trailingFourQuarters(dayOf(asOf));
  const spec = kind === 'credited' ? (await resolveModel(ctx, {})).spec : { model: 'linear' as const };
  const { deals } = await creditedDeals(ctx, spec, from, to);
  const wanted = partnerIds === 'all' ? null : new Set(partnerIds);
  const out = new Map<string, MetricValue>();
  const broken = new Set<string>();
  for (const d of deals) {
    if (!d.reporting) {
      for (const id of d.partnerIds) broken.add(id);
      continue;
    }
    for (const l of d.lines) {
      if (wanted && !wanted.has(l.partnerId)) continue;
      out.set(l.partnerId, (out.get(l.partnerId) ?? 0) + (kind === 'credited' ? l.credit.amount : d.reporting.amount));
    }
  }
  for (const id of broken) out.delete(id);
  return out;
}

/** What KPI dashboards, health scores and QBR packs read (the shared metric contract of issue 12). */
export const attributionMetrics: readonly MetricDef[] = [
  {
    key: 'attribution.credited_t4q',
    label: 'Attributed revenue, trailing four quarters',
    unit: 'money',
    description:
      'Revenue credited to the partner by the organisation’s default attribution model, won deals of the last 365 days (reporting currency at each close date).',
    compute: (ctx, ids, asOf) => perPartner(ctx, ids, asOf, 'credited'),
  },
  {
    key: 'attribution.influenced_t4q',
    label: 'Influenced revenue, trailing four quarters',
    unit: 'money',
    description:
      'The full amount of every won deal of the last 365 days the partner touched, any role (not additive across partners).',
    compute: (ctx, ids, asOf) => perPartner(ctx, ids, asOf, 'influenced'),
  },
];
