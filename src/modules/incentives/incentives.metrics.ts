import { and, type SQL, sql } from 'drizzle-orm';
import { anyId } from '../../db/any-id.js';
import type { MetricDef, MetricValue } from '../../server/module.js';
import type { TxCtx } from '../../shared/context.js';
import { addDays } from '../../shared/dates.js';
import { convertManyToReporting } from '../fx/index.js';
import { incentiveEarnings as e } from './incentives.schema.js';

const dayOf = (asOf: Date) => asOf.toISOString().slice(0, 10);

/** Net ledger sums per partner and currency under `where`, converted at `asOf` in one FX query. */
async function netPerPartner(
  ctx: TxCtx,
  partnerIds: readonly string[] | 'all',
  asOf: Date,
  where: SQL,
): Promise<Map<string, MetricValue>> {
  if (partnerIds !== 'all' && partnerIds.length === 0) return new Map();
  const sums = await ctx.tx
    .select({ id: e.partnerId, currency: e.currency, amount: sql<string>`sum(${e.amount})::text` })
    .from(e)
    .where(and(partnerIds === 'all' ? undefined : anyId(e.partnerId, partnerIds), where))
    .groupBy(e.partnerId, e.currency);
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

/** What the incentives module measures per partner (money in the reporting currency, at `asOf`). */
export const incentiveMetrics: readonly MetricDef[] = [
  {
    key: 'incentives.earned_t4q',
    label: 'Incentives earned (trailing four quarters)',
    unit: 'money',
    description: 'Net earnings (accruals less reversals) on deals closed in the last 365 days (reporting currency).',
    compute: (ctx, ids, asOf) =>
      netPerPartner(
        ctx,
        ids,
        asOf,
        sql`${e.closeDate} > ${addDays(dayOf(asOf), -365)}::date and ${e.closeDate} <= ${dayOf(asOf)}::date and ${e.accruedAt} <= ${asOf}`,
      ),
  },
  {
    key: 'incentives.pending',
    label: 'Incentives pending payout',
    unit: 'money',
    description: 'Earnings accrued and not yet paid at the date (reporting currency).',
    compute: (ctx, ids, asOf) =>
      netPerPartner(ctx, ids, asOf, sql`${e.accruedAt} <= ${asOf} and (${e.paidAt} is null or ${e.paidAt} > ${asOf})`),
  },
];
