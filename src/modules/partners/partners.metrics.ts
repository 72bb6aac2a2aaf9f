import { type SQL, sql } from 'drizzle-orm';
import { anyId } from '../../db/any-id.js';
import { partnerFilter, scopeOf } from '../../db/scope.js';
import type { MetricDef, MetricValue } from '../../server/module.js';
import type { TxCtx } from '../../shared/context.js';
import { fitScoreSql, loadCriteria } from './fit.queries.js';
import { partnerContacts, partners } from './partners.schema.js';

/** Partners in `ids` ('all': every one the caller sees), with `value` as a number or null. */
async function perPartner(ctx: TxCtx, ids: readonly string[] | 'all', value: SQL): Promise<Map<string, MetricValue>> {
  if (ids !== 'all' && ids.length === 0) return new Map();
  const rows = await ctx.tx
    .select({ id: partners.id, value: sql<string | number | null>`${value}` })
    .from(partners)
    .where(ids === 'all' ? partnerFilter(ctx, partners.id) : anyId(partners.id, ids));
  return new Map(rows.map((r) => [r.id, r.value === null ? null : Number(r.value)]));
}

const daysSince = (column: SQL | typeof partners.createdAt, asOf: Date) =>
  sql`greatest(0, floor(extract(epoch from (${asOf.toISOString()}::timestamptz - ${column})) / 86400))::int`;

/** What the partners module measures per partner, for tier requirements and milestone rules. */
export const partnerMetrics: readonly MetricDef[] = [
  {
    key: 'partners.age_days',
    label: 'Days since the partner was added',
    unit: 'days',
    compute: (ctx, ids, asOf) => perPartner(ctx, ids, daysSince(partners.createdAt, asOf)),
  },
  {
    key: 'partners.stage_age_days',
    label: 'Days in the current lifecycle stage',
    unit: 'days',
    compute: (ctx, ids, asOf) => perPartner(ctx, ids, daysSince(partners.lifecycleStageChangedAt, asOf)),
  },
  {
    key: 'partners.contacts',
    label: 'Contacts on file',
    unit: 'count',
    description: 'Contacts and stakeholders recorded for the partner.',
    compute: (ctx, ids) =>
      perPartner(
        ctx,
        ids,
        sql`(SELECT count(*) FROM ${partnerContacts} WHERE ${partnerContacts.partnerId} = ${partners.id})::int`,
      ),
  },
  {
    key: 'partners.fit_score',
    label: 'Fit score (Ideal Partner Profile)',
    unit: 'percent',
    description: 'How well the partner matches the Ideal Partner Profile, 0–100 (vendor staff only).',
    // The fit is the vendor's internal view: a partner's own people get no value, not a number.
    compute: async (ctx, ids) =>
      scopeOf(ctx).kind === 'all' ? perPartner(ctx, ids, fitScoreSql(await loadCriteria(ctx))) : new Map(),
  },
];
