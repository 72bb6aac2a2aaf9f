import { and, sql } from 'drizzle-orm';
import { anyId } from '../../db/any-id.js';
import type { MetricDef, MetricValue } from '../../server/module.js';
import type { TxCtx } from '../../shared/context.js';
import { convertManyToReporting } from '../fx/index.js';
import { mdfAllocations, mdfLedger } from './mdf.schema.js';

const dayOf = (asOf: Date) => asOf.toISOString().slice(0, 10);

/**
 * Per partner and currency, the ledger's sums at `asOf` (entries dated on or before it) over the
 * allocations the filter keeps, converted to the reporting currency at `asOf` in one FX query.
 */
async function perPartner(
  ctx: TxCtx,
  partnerIds: readonly string[] | 'all',
  asOf: Date,
  allocationsWhere: ReturnType<typeof sql>,
  value: ReturnType<typeof sql>,
): Promise<Map<string, number | null>> {
  if (partnerIds !== 'all' && partnerIds.length === 0) return new Map();
  const rows = await ctx.tx
    .select({ id: mdfLedger.partnerId, currency: mdfLedger.currency, value: sql<string>`(${value})::text` })
    .from(mdfLedger)
    .innerJoin(mdfAllocations, sql`${mdfAllocations.id} = ${mdfLedger.allocationId}`)
    .where(
      and(
        partnerIds === 'all' ? undefined : anyId(mdfLedger.partnerId, partnerIds),
        sql`${mdfLedger.onDate} <= ${dayOf(asOf)}::date`,
        allocationsWhere,
      ),
    )
    .groupBy(mdfLedger.partnerId, mdfLedger.currency);
  const converted = await convertManyToReporting(
    ctx,
    rows.map((r) => ({ amount: Number(r.value), currency: r.currency })),
    dayOf(asOf),
  );
  const out = new Map<string, number | null>();
  rows.forEach((r, i) => {
    const v = converted[i];
    if (!v || out.get(r.id) === null) out.set(r.id, null);
    else out.set(r.id, (out.get(r.id) ?? 0) + v.amount);
  });
  return out;
}

const k = (kind: string) => sql`coalesce(sum(${mdfLedger.amount}) filter (where ${mdfLedger.kind} = ${kind}), 0)`;

/** The metrics MDF gives tier requirements, milestone rules and the partner page (decision 0257). */
export const mdfMetrics: readonly MetricDef[] = [
  {
    key: 'mdf.available',
    label: 'MDF available',
    unit: 'money',
    description:
      'Market development funds the partner may still request at the day: allocated − committed − claimed − expired (reporting currency).',
    async compute(ctx, ids, asOf) {
      const values = await perPartner(
        ctx,
        ids,
        asOf,
        sql`${mdfAllocations.periodStart} <= ${dayOf(asOf)}::date`,
        sql`${k('allocation')} - ${k('commitment')} + ${k('release')} - ${k('expiry')}`,
      );
      return values as Map<string, MetricValue>;
    },
  },
  {
    key: 'mdf.utilisation',
    label: 'MDF utilisation',
    unit: 'percent',
    description: 'Approved claims as a share of the funds allocated for the last four quarters (0–100).',
    async compute(ctx, ids, asOf) {
      const window = sql`${mdfAllocations.periodStart} <= ${dayOf(asOf)}::date and ${mdfAllocations.periodEnd} > ${dayOf(asOf)}::date - 365`;
      const allocated = await perPartner(ctx, ids, asOf, window, k('allocation'));
      const claimed = await perPartner(ctx, ids, asOf, window, k('claim'));
      const out = new Map<string, MetricValue>();
      for (const [id, a] of allocated) {
        if (a === null || a <= 0) continue;
        const c = claimed.get(id);
        if (c === null) continue;
        out.set(id, Math.min(100, Math.round(((c ?? 0) * 1000) / a) / 10));
      }
      return out;
    },
  },
];
