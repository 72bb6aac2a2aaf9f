import { and, type SQL, sql } from 'drizzle-orm';
import { anyId } from '../../db/any-id.js';
import type { MetricDef, MetricValue } from '../../server/module.js';
import type { TxCtx } from '../../shared/context.js';
import { convertManyToReporting } from '../fx/index.js';
import { partners } from '../partners/index.js';
import { REQUIREMENT_METRICS } from '../tiers/index.js';
import { dealRegistrations as t } from './deal-registrations.schema.js';

const dayOf = (asOf: Date) => asOf.toISOString().slice(0, 10);

function forPartners(partnerIds: readonly string[] | 'all'): SQL | undefined {
  return partnerIds === 'all' ? undefined : anyId(t.partnerId, partnerIds);
}

/**
 * Approved and open at `asOf`: approved by then, protected through that day, and not yet won,
 * lost or expired at that moment (a registration closed later was still open then).
 */
function activeAt(asOf: Date): SQL {
  return sql`${t.decidedAt} <= ${asOf} and ${t.expiresOn} >= ${dayOf(asOf)}::date and (${t.status} = 'approved' or (${t.status} in ('won', 'lost', 'expired') and ${t.closedAt} > ${asOf}))`;
}

async function countActive(ctx: TxCtx, partnerIds: readonly string[] | 'all', asOf: Date): Promise<Map<string, MetricValue>> {
  if (partnerIds !== 'all' && partnerIds.length === 0) return new Map();
  const rows = await ctx.tx
    .select({ id: t.partnerId, value: sql<number>`count(*)::int` })
    .from(t)
    .where(and(forPartners(partnerIds), activeAt(asOf)))
    .groupBy(t.partnerId);
  return new Map(rows.map((r) => [r.id, Number(r.value)]));
}

/**
 * Open registered pipeline per partner in the reporting currency: the active registrations'
 * amounts summed per currency in SQL, each sum converted at `asOf` with one query for all the
 * rates (fx `convertManyToReporting`). A partner with an amount no rate converts has no value.
 */
export async function jointPipeline(
  ctx: TxCtx,
  partnerIds: readonly string[] | 'all',
  asOf: Date,
): Promise<Map<string, MetricValue>> {
  if (partnerIds !== 'all' && partnerIds.length === 0) return new Map();
  const sums = await ctx.tx
    .select({ id: t.partnerId, currency: t.currency, amount: sql<string>`sum(${t.amount})::text` })
    .from(t)
    .where(and(forPartners(partnerIds), activeAt(asOf)))
    .groupBy(t.partnerId, t.currency);
  const converted = await convertManyToReporting(
    ctx,
    sums.map((s) => ({ amount: Number(s.amount), currency: s.currency })),
    dayOf(asOf),
  );
  const out = new Map<string, MetricValue>();
  const missing = new Set<string>();
  sums.forEach((s, i) => {
    const value = converted[i];
    if (!value) missing.add(s.id);
    else out.set(s.id, (out.get(s.id) ?? 0) + value.amount);
  });
  for (const id of missing) out.delete(id);
  return out;
}

/** The metrics this module provides to tier requirements and lifecycle milestone rules. */
export const dealRegistrationMetrics: readonly MetricDef[] = [
  {
    key: 'deals.active_registrations',
    label: 'Active deal registrations',
    unit: 'count',
    description: 'Registrations approved and open (not won, lost or expired).',
    compute: countActive,
  },
  {
    // The tier requirement "active deals" reads this key (tiers REQUIREMENT_METRICS.active_deals).
    key: REQUIREMENT_METRICS.active_deals,
    label: 'Active deals',
    unit: 'count',
    description: 'Registered deals that are approved and open.',
    compute: countActive,
  },
  {
    key: 'deals.won_registrations',
    label: 'Won deal registrations',
    unit: 'count',
    description: 'Registrations recorded as won.',
    async compute(ctx, partnerIds, asOf) {
      if (partnerIds !== 'all' && partnerIds.length === 0) return new Map();
      const rows = await ctx.tx
        .select({ id: t.partnerId, value: sql<number>`count(*)::int` })
        .from(t)
        .where(and(forPartners(partnerIds), sql`${t.status} = 'won' and ${t.closedAt} <= ${asOf}`))
        .groupBy(t.partnerId);
      return new Map(rows.map((r) => [r.id, Number(r.value)]));
    },
  },
  {
    key: 'deals.days_to_first_deal',
    label: 'Days to first deal',
    unit: 'days',
    description: 'Days from the partner joining to its first approved deal registration; none until one is approved.',
    async compute(ctx, partnerIds, asOf) {
      if (partnerIds !== 'all' && partnerIds.length === 0) return new Map();
      const rows = await ctx.tx
        .select({
          id: t.partnerId,
          value: sql<number>`floor(extract(epoch from (min(${t.decidedAt}) - min(${partners.createdAt}))) / 86400)::int`,
        })
        .from(t)
        .innerJoin(partners, sql`${partners.id} = ${t.partnerId}`)
        .where(
          and(forPartners(partnerIds), sql`${t.status} in ('approved', 'won', 'lost', 'expired') and ${t.decidedAt} <= ${asOf}`),
        )
        .groupBy(t.partnerId);
      return new Map(rows.map((r) => [r.id, Math.max(0, Number(r.value))]));
    },
  },
  {
    key: 'deals.joint_pipeline',
    label: 'Joint pipeline',
    unit: 'money',
    description: 'Open registered pipeline: approved, protected registrations (reporting currency, converted at the day).',
    compute: jointPipeline,
  },
];
