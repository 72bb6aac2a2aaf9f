import { and, eq, sql } from 'drizzle-orm';
import { anyId } from '../../db/any-id.js';
import { partnerFilter, scopeOf } from '../../db/scope.js';
import type { MetricDef, MetricValue } from '../../server/module.js';
import type { TxCtx } from '../../shared/context.js';
import { partners } from '../partners/index.js';
import { HIGH_SCORE } from './risks.rules.js';
import { risks } from './risks.schema.js';

/**
 * Live (open or mitigating) risks per partner as of `asOf` (today's status of the risks raised by
 * then), one grouped query over the partners. A partner-side
 * caller counts only what is shared with it. Partners without a risk answer 0: the register is
 * kept for every partner, so "none recorded" is a count, not missing data.
 */
async function liveRisks(ctx: TxCtx, ids: readonly string[] | 'all', asOf: Date, minScore: number) {
  if (ids !== 'all' && ids.length === 0) return new Map<string, MetricValue>();
  const rows = await ctx.tx
    .select({
      id: partners.id,
      value: sql<number>`count(${risks.id}) FILTER (WHERE ${risks.status} IN ('open', 'mitigating') AND ${risks.score} >= ${minScore})::int`,
    })
    .from(partners)
    .leftJoin(
      risks,
      and(
        eq(risks.partnerId, partners.id),
        scopeOf(ctx).kind === 'partner' ? sql`${risks.shared}` : undefined,
        sql`${risks.createdAt} <= ${asOf.toISOString()}::timestamptz`,
      ),
    )
    .where(ids === 'all' ? partnerFilter(ctx, partners.id) : anyId(partners.id, ids))
    .groupBy(partners.id);
  return new Map<string, MetricValue>(rows.map((r) => [r.id, Number(r.value)]));
}

export const riskMetrics: readonly MetricDef[] = [
  {
    key: 'risks.open',
    label: 'Open risks',
    unit: 'count',
    description: 'Risks in the register that are open or being mitigated.',
    compute: (ctx, ids, asOf) => liveRisks(ctx, ids, asOf, 0),
  },
  {
    key: 'risks.high',
    label: 'High risks',
    unit: 'count',
    description: `Open or mitigating risks scoring ${HIGH_SCORE} or more (likelihood × impact).`,
    compute: (ctx, ids, asOf) => liveRisks(ctx, ids, asOf, HIGH_SCORE),
  },
];
