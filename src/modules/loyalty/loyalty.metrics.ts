import { and, lte, sql } from 'drizzle-orm';
import { anyId } from '../../db/any-id.js';
import { partnerFilter } from '../../db/scope.js';
import type { MetricDef } from '../../server/module.js';
import { loyaltyEntries } from './loyalty.schema.js';

export const loyaltyMetrics: readonly MetricDef[] = [
  {
    key: 'loyalty.points_balance',
    label: 'Loyalty points balance',
    unit: 'count',
    description: 'Points to spend: the sum of the partner’s points ledger up to the date (no entry: no data).',
    async compute(ctx, partnerIds, asOf) {
      if (partnerIds !== 'all' && partnerIds.length === 0) return new Map();
      const rows = await ctx.tx
        .select({ id: loyaltyEntries.partnerId, value: sql<number>`sum(${loyaltyEntries.points})`.mapWith(Number) })
        .from(loyaltyEntries)
        .where(
          and(
            lte(loyaltyEntries.occurredAt, asOf),
            partnerIds === 'all' ? partnerFilter(ctx, loyaltyEntries.partnerId) : anyId(loyaltyEntries.partnerId, partnerIds),
          ),
        )
        .groupBy(loyaltyEntries.partnerId);
      return new Map(rows.map((r) => [r.id, r.value]));
    },
  },
];
