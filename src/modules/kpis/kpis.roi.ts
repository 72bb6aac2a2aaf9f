import { type SQL, sql } from 'drizzle-orm';
import { withTx } from '../../db/scope.js';
import type { Ctx } from '../../shared/context.js';
import { invalidField } from '../../shared/errors.js';
import type { Money } from '../../shared/money.js';
import { creditedDeals, resolveModel } from '../attribution/index.js';
import { conversionFactors } from '../fx/index.js';
import { getSettings } from '../settings/index.js';
import { COST_CATEGORIES, type RoiGroup, roiOf } from './kpis.rules.js';
import { convertedSql, factorsSql } from './kpis.snapshot.js';

export const SPEND_KINDS = ['mdf', 'incentives', ...COST_CATEGORIES] as const;
export type SpendKind = (typeof SPEND_KINDS)[number];

export type RoiFigures = {
  spend: Money;
  revenue: Money;
  roi: number | null;
  roiLabel: string;
  spendBy: Record<SpendKind, number>;
};

export type RoiRow = RoiFigures & {
  key: string | null;
  name: string;
  quarters: (RoiFigures & { quarter: string })[];
};

export type RoiReport = {
  groupBy: RoiGroup;
  from: string;
  to: string;
  currency: string;
  /** What "revenue" is: the partners' credited revenue by the organisation's default attribution model (decision 0283). */
  revenueMeasure: 'attributed';
  /** The attribution model the revenue is credited by (the organisation's default) and its label. */
  model: string;
  modelLabel: string;
  /** Spend amounts no exchange rate converts (left out). */
  unconverted: number;
  /** Won deals with partners no exchange rate converts at their close date (their credit is left out). */
  unconvertedDeals: number;
  groups: RoiRow[];
  total: RoiFigures;
};

/** Every spend in the range with its partner, program or segment: MDF paid, incentives paid, cost entries. */
function spendSql(from: string, to: string, tz: string): SQL {
  return sql`
    select c.partner_id, null::uuid as program_id, null::text as segment, 'mdf' as kind,
      coalesce(c.approved_amount, c.claimed_amount) as amount, c.currency, (c.paid_at at time zone ${tz})::date as d
    from mdf_claims c where c.status = 'paid' and c.paid_at is not null
      and (c.paid_at at time zone ${tz})::date between ${from}::date and ${to}::date
    union all
    select l.partner_id, null, null, 'incentives', l.amount, l.currency, (l.paid_at at time zone ${tz})::date
    from payout_lines l where l.status = 'paid' and l.paid_at is not null and l.amount > 0
      and (l.paid_at at time zone ${tz})::date between ${from}::date and ${to}::date
    union all
    select e.partner_id, e.program_id, e.segment, e.category, e.amount, e.currency, e.on_date
    from kpi_cost_entries e where e.on_date between ${from}::date and ${to}::date`;
}

const KEY_OF: Record<RoiGroup, { spend: SQL; revenue: SQL }> = {
  partner: { spend: sql`sp.partner_id::text`, revenue: sql`rv.partner_id::text` },
  program: { spend: sql`coalesce(sp.program_id, snap.program_id)::text`, revenue: sql`s.program_id::text` },
  segment: { spend: sql`coalesce(sp.segment, nullif(snap.segment, ''))`, revenue: sql`nullif(s.segment, '')` },
};

/**
 * Return on the ecosystem's spend per partner, program or segment and quarter: spend (MDF paid,
 * incentives paid, cost entries; each converted at its own date) against the partners' credited
 * revenue by the organisation's default attribution model (won deals closed in the range, in the
 * reporting currency at each close date, as attribution converts; decision 0283). A partner's spend
 * and credit count for the program and segment it had that month (its KPI snapshot).
 */
export async function roiReport(ctx: Ctx, q: { groupBy: RoiGroup; from?: string; to?: string }): Promise<RoiReport> {
  return withTx(ctx, async (c) => {
    const settings = await getSettings(c);
    const tz = settings.timeZone;
    const today = c.now.toISOString().slice(0, 10);
    const to = q.to ?? today;
    const from = q.from ?? `${Number(to.slice(0, 4)) - 1}${to.slice(4, 8)}01`;
    if (from > to) throw invalidField('from', 'must not be after to');
    const spend = spendSql(from, to, tz);
    const pairs = await c.tx.execute<{ currency: string; d: string }>(
      sql`select distinct currency, d::text as d from (${spend}) x`,
    );
    const { reporting, factors } = await conversionFactors(
      c,
      pairs.rows.map((p) => ({ currency: p.currency, date: p.d })),
    );
    const key = KEY_OF[q.groupBy];
    const resolved = await resolveModel(c, {});
    const credited = await creditedDeals(c, resolved.spec, from, to);
    const credit = credited.deals.flatMap((d) =>
      d.lines.map((l) => ({ partner_id: l.partnerId, d: d.closeDate, amount: l.credit.amount })),
    );
    const unconvertedDeals = credited.deals.filter((d) => d.reporting === null).length;
    const rows = await c.tx.execute<{
      key: string | null;
      quarter: string;
      kind: string;
      amount: string | null;
      missing: string;
    }>(sql`
      with fx as (${factorsSql(factors)}),
      sp as (${spend}),
      conv as (
        select ${key.spend} as key, to_char(sp.d, 'YYYY') || '-Q' || extract(quarter from sp.d)::int as quarter, sp.kind,
          ${convertedSql(sql`sp.amount`, sql`fx.num`, sql`fx.den`)} as amount, fx.num is null as missing
        from sp
        left join fx on fx.currency = sp.currency and fx.on_date = sp.d
        left join kpi_snapshots snap on sp.partner_id is not null and snap.partner_id = sp.partner_id
          and snap.month = date_trunc('month', sp.d)::date
      )
      select key, quarter, kind, sum(amount)::text as amount, count(*) filter (where missing)::text as missing
      from conv group by key, quarter, kind
      union all
      select ${key.revenue}, to_char(rv.d, 'YYYY') || '-Q' || extract(quarter from rv.d)::int, 'revenue',
        sum(rv.amount)::text, '0'
      from jsonb_to_recordset(${JSON.stringify(credit)}::jsonb) as rv(partner_id uuid, d date, amount bigint)
      left join kpi_snapshots s on s.partner_id = rv.partner_id and s.month = date_trunc('month', rv.d)::date
      where rv.amount <> 0
      group by 1, 2`);
    const names = await namesOf(
      c,
      q.groupBy,
      rows.rows.map((r) => r.key),
    );
    const empty = (): { spend: number; revenue: number; spendBy: Record<SpendKind, number> } => ({
      spend: 0,
      revenue: 0,
      spendBy: Object.fromEntries(SPEND_KINDS.map((k) => [k, 0])) as Record<SpendKind, number>,
    });
    const groups = new Map<string, { all: ReturnType<typeof empty>; quarters: Map<string, ReturnType<typeof empty>> }>();
    const total = empty();
    let unconverted = 0;
    for (const r of rows.rows) {
      const k = r.key ?? '';
      const g = groups.get(k) ?? { all: empty(), quarters: new Map() };
      groups.set(k, g);
      const qa = g.quarters.get(r.quarter) ?? empty();
      g.quarters.set(r.quarter, qa);
      const amount = Number(r.amount ?? 0);
      unconverted += Number(r.missing ?? 0);
      for (const acc of [g.all, qa, total]) {
        if (r.kind === 'revenue') acc.revenue += amount;
        else {
          acc.spend += amount;
          acc.spendBy[r.kind as SpendKind] += amount;
        }
      }
    }
    const figures = (a: ReturnType<typeof empty>): RoiFigures => {
      const revenue = { amount: a.revenue, currency: reporting };
      const spent = { amount: a.spend, currency: reporting };
      const roi = roiOf(revenue, spent);
      return { spend: spent, revenue, roi: roi.value, roiLabel: roi.label, spendBy: a.spendBy };
    };
    const out: RoiRow[] = [...groups.entries()].map(([k, g]) => ({
      key: k || null,
      name: k ? (names.get(k) ?? k) : q.groupBy === 'partner' ? 'Not assigned to one partner' : `No ${q.groupBy}`,
      ...figures(g.all),
      quarters: [...g.quarters.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([quarter, a]) => ({ quarter, ...figures(a) })),
    }));
    out.sort((a, b) =>
      a.key === null ? 1 : b.key === null ? -1 : b.revenue.amount - a.revenue.amount || a.name.localeCompare(b.name),
    );
    return {
      groupBy: q.groupBy,
      from,
      to,
      currency: reporting,
      revenueMeasure: 'attributed',
      model: resolved.model,
      modelLabel: resolved.label,
      unconverted,
      unconvertedDeals,
      groups: out,
      total: figures(total),
    };
  });
}

async function namesOf(c: Parameters<Parameters<typeof withTx>[1]>[0], groupBy: RoiGroup, keys: (string | null)[]) {
  const ids = [...new Set(keys.filter((k): k is string => Boolean(k)))];
  const names = new Map<string, string>();
  if (groupBy === 'segment' || ids.length === 0) return names;
  const table = groupBy === 'partner' ? sql`partners` : sql`programs`;
  const rows = await c.tx.execute<{ id: string; name: string }>(
    sql`select id::text, name from ${table} where id::text = any(array[${sql.join(
      ids.map((i) => sql`${i}`),
      sql`, `,
    )}]::text[])`,
  );
  for (const r of rows.rows) names.set(r.id, r.name);
  return names;
}
