import { sql } from 'drizzle-orm';
import { anyId } from '../../db/any-id.js';
import type { MetricDef } from '../../server/module.js';
import { localDateOf } from '../../shared/dates.js';
import { getSettings } from '../settings/index.js';

function scope(ids: readonly string[] | 'all') {
  return ids === 'all' ? sql`true` : anyId(sql`p.partner_id`, ids);
}

/**
 * Joint account plan metrics, one statement each over every requested partner. A partner with no
 * account plan by `asOf` has no value (no data yet), not zero.
 */
export const accountPlanMetrics: readonly MetricDef[] = [
  {
    key: 'account_plans.active',
    label: 'Active joint account plans',
    unit: 'count',
    description: 'Joint account plans with the partner that were active on the day.',
    async compute(ctx, ids, asOf) {
      const result = await ctx.tx.execute<{ partner_id: string; n: number }>(sql`
        select p.partner_id, count(*) filter (
          where p.activated_at <= ${asOf} and (p.status = 'active' or p.closed_at > ${asOf})
        )::int as n
        from account_plans p
        where p.created_at <= ${asOf} and ${scope(ids)}
        group by p.partner_id`);
      return new Map(result.rows.map((r) => [r.partner_id, Number(r.n)]));
    },
  },
  {
    key: 'account_plans.overdue_actions',
    label: 'Overdue account plan actions',
    unit: 'count',
    description: 'Actions of the partner’s joint account plans (either side) open past their due day.',
    async compute(ctx, ids, asOf) {
      const day = localDateOf(asOf, (await getSettings(ctx)).timeZone);
      const result = await ctx.tx.execute<{ partner_id: string; n: number }>(sql`
        select p.partner_id, count(a.id) filter (
          where a.created_at <= ${asOf} and a.due_on < ${day}::date
            and (a.status = 'open' or (a.status = 'done' and a.completed_at > ${asOf}))
            and (p.status <> 'closed' or p.closed_at > ${asOf})
        )::int as n
        from account_plans p
        left join account_plan_actions a on a.plan_id = p.id
        where p.created_at <= ${asOf} and ${scope(ids)}
        group by p.partner_id`);
      return new Map(result.rows.map((r) => [r.partner_id, Number(r.n)]));
    },
  },
];
