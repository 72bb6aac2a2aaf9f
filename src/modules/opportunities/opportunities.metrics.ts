import { and, type SQL, sql } from 'drizzle-orm';
import { anyId } from '../../db/any-id.js';
import type { MetricDef, MetricValue } from '../../server/module.js';
import type { TxCtx } from '../../shared/context.js';
import { convertManyToReporting } from '../fx/index.js';
import { partners } from '../partners/index.js';
import { REQUIREMENT_METRICS } from '../tiers/index.js';
import { trailingYearStart } from './opportunities.rules.js';
import { opportunities as o, opportunityPartners as p } from './opportunities.schema.js';

const dayOf = (asOf: Date) => asOf.toISOString().slice(0, 10);

function forPartners(partnerIds: readonly string[] | 'all'): SQL | undefined {
  return partnerIds === 'all' ? undefined : anyId(p.partnerId, partnerIds);
}

/** Open at `asOf`: created by then, and either still open or closing after that day. */
function openAt(asOf: Date): SQL {
  return sql`${o.createdAt} <= ${asOf} and (${o.stage} not in ('closed_won', 'closed_lost') or ${o.closeDate} > ${dayOf(asOf)}::date)`;
}

/** Won by `asOf` (close date on or before that day), optionally from `from` on. */
function wonBy(asOf: Date, from?: string): SQL {
  return sql`${o.stage} = 'closed_won' and ${o.closeDate} <= ${dayOf(asOf)}::date${from ? sql` and ${o.closeDate} >= ${from}::date` : sql``}`;
}

/** Sums of `amount` per partner and currency, converted at `asOf` in one FX query; a partner with an unconvertible sum has no value. */
async function moneyPerPartner(
  ctx: TxCtx,
  partnerIds: readonly string[] | 'all',
  asOf: Date,
  where: SQL,
): Promise<Map<string, MetricValue>> {
  if (partnerIds !== 'all' && partnerIds.length === 0) return new Map();
  const sums = await ctx.tx
    .select({ id: p.partnerId, currency: o.currency, amount: sql<string>`sum(${o.amount})::text` })
    .from(p)
    .innerJoin(o, sql`${o.id} = ${p.opportunityId}`)
    .where(and(forPartners(partnerIds), where))
    .groupBy(p.partnerId, o.currency);
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

const sourcedOrCoSell = sql`${p.roles} && array['sourced', 'co_sell']::text[]`;

/** Won revenue of the trailing four quarters (rolling 365 days) where the partner sourced or co-sold. */
function wonRevenueT4q(ctx: TxCtx, partnerIds: readonly string[] | 'all', asOf: Date) {
  return moneyPerPartner(ctx, partnerIds, asOf, sql`${wonBy(asOf, trailingYearStart(dayOf(asOf)))} and ${sourcedOrCoSell}`);
}

async function countPerPartner(ctx: TxCtx, partnerIds: readonly string[] | 'all', where: SQL): Promise<Map<string, MetricValue>> {
  if (partnerIds !== 'all' && partnerIds.length === 0) return new Map();
  const rows = await ctx.tx
    .select({ id: p.partnerId, value: sql<number>`count(*)::int` })
    .from(p)
    .innerJoin(o, sql`${o.id} = ${p.opportunityId}`)
    .where(and(forPartners(partnerIds), where))
    .groupBy(p.partnerId);
  return new Map(rows.map((r) => [r.id, Number(r.value)]));
}

/** The metrics this module gives tier requirements and lifecycle milestone rules (decision 0184). */
export const opportunityMetrics: readonly MetricDef[] = [
  {
    key: 'opportunities.joint_pipeline',
    label: 'Joint pipeline (opportunities)',
    unit: 'money',
    description: 'Open opportunities the partner is involved in, any role (reporting currency, converted at the day).',
    compute: (ctx, ids, asOf) => moneyPerPartner(ctx, ids, asOf, openAt(asOf)),
  },
  {
    key: 'opportunities.won_revenue_t4q',
    label: 'Won revenue, trailing four quarters',
    unit: 'money',
    description: 'Closed-won opportunities of the last 365 days the partner sourced or co-sold (reporting currency).',
    compute: wonRevenueT4q,
  },
  {
    // The tier requirement "revenue, trailing four quarters" reads this key (tiers REQUIREMENT_METRICS.revenue_t4q).
    key: REQUIREMENT_METRICS.revenue_t4q,
    label: 'Revenue, trailing four quarters',
    unit: 'money',
    description: 'Partner-sourced and co-sold won revenue of the last 365 days (reporting currency).',
    compute: wonRevenueT4q,
  },
  {
    key: 'opportunities.won_deals',
    label: 'Won deals',
    unit: 'count',
    description: 'Closed-won opportunities the partner was involved in, any role.',
    compute: (ctx, ids, asOf) => countPerPartner(ctx, ids, wonBy(asOf)),
  },
  {
    key: 'opportunities.days_to_first_deal',
    label: 'Days to first won deal',
    unit: 'days',
    description:
      'Days from the partner joining to the close of the first won opportunity it was involved in; none until one is won.',
    async compute(ctx, partnerIds, asOf) {
      if (partnerIds !== 'all' && partnerIds.length === 0) return new Map();
      const rows = await ctx.tx
        .select({
          id: p.partnerId,
          value: sql<number>`(min(${o.closeDate}) - min(${partners.createdAt})::date)::int`,
        })
        .from(p)
        .innerJoin(o, sql`${o.id} = ${p.opportunityId}`)
        .innerJoin(partners, sql`${partners.id} = ${p.partnerId}`)
        .where(and(forPartners(partnerIds), wonBy(asOf)))
        .groupBy(p.partnerId);
      return new Map(rows.map((r) => [r.id, Math.max(0, Number(r.value))]));
    },
  },
];
