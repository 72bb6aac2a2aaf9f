import { type SQL, sql } from 'drizzle-orm';
import { withTx } from '../../db/scope.js';
import { loadMetrics } from '../../server/module.js';
import type { Ctx, TxCtx } from '../../shared/context.js';
import { actorUserId } from '../../shared/context.js';
import { AppError } from '../../shared/errors.js';
import { type AuditedKind, insertAudited, updateAudited } from '../audit/index.js';
import { type ConversionFactor, conversionFactors } from '../fx/index.js';
import { getSettings } from '../settings/index.js';
import { ACTIVE_STAGES, CHURN_STAGES, monthEnd, monthStart, snapshotMonthAllowed } from './kpis.rules.js';
import { type KpiMonthRow, kpiMonths } from './kpis.schema.js';

export const KPI_SNAPSHOT: AuditedKind<KpiMonthRow> = {
  entityType: 'kpi_snapshot',
  partnerIdOf: () => null,
  labelOf: (r) => `KPI snapshot ${r.month.slice(0, 7)}`,
  conflicts: { kpi_months_month_unique: { path: 'month', message: 'is being taken by another request; try again' } },
};

export type KpiMonthDto = { month: string; currency: string; partners: number; deals: number; takenAt: Date };

const list = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));

/** `amount × num ÷ den` rounded half to even — exactly fx.rules.ts `convertThrough`. */
export function convertedSql(amount: SQL, num: SQL, den: SQL): SQL {
  const product = sql`(${amount}::numeric * ${num})`;
  const q = sql`div(${product}, ${den})`;
  const r = sql`mod(${product}, ${den})`;
  return sql`(${q} + case when 2 * ${r} > ${den} or (2 * ${r} = ${den} and mod(${q}, 2) = 1) then 1 else 0 end)::bigint`;
}

/** The factors as a relation `fx(currency, on_date, num, den)` for a CTE. */
export function factorsSql(factors: readonly ConversionFactor[]): SQL {
  return sql`select x.currency, x.on_date, x.num, x.den from jsonb_to_recordset(${JSON.stringify(
    factors.map((f) => ({ currency: f.currency, on_date: f.date, num: f.num, den: f.den })),
  )}::jsonb) as x(currency text, on_date date, num numeric, den numeric)`;
}

/**
 * Takes the KPI snapshot of one month (first day `month`), replacing any earlier one: the deals
 * of the month (won or lost in it at the close date's rate, open at its end at that day's rate)
 * and one row per partner that existed by its end. Set-based: a handful of statements whatever
 * the number of partners and deals. Audited; emits `kpi_snapshot.taken`.
 */
export async function takeSnapshot(ctx: Ctx, monthInput: string): Promise<KpiMonthDto> {
  return withTx(ctx, async (c) => {
    const month = monthStart(monthInput);
    const { reporting, partners, deals } = await writeSnapshotFacts(c, month);
    const values = {
      currency: reporting,
      partners,
      deals,
      takenAt: c.now,
      takenById: actorUserId(c),
      updatedAt: c.now,
    };
    const [existing] = await c.tx.select().from(kpiMonths).where(sql`${kpiMonths.month} = ${month}::date`).for('update');
    const note = {
      event: 'kpi_snapshot.taken',
      eventData: { month: month.slice(0, 7), partners: values.partners, deals: values.deals },
    };
    const saved = existing
      ? await updateAudited(c, kpiMonths, existing, values, KPI_SNAPSHOT, note)
      : await insertAudited(c, kpiMonths, { ...values, month, createdAt: c.now }, KPI_SNAPSHOT, note);
    return toMonthDto(saved);
  });
}

/**
 * The month's facts, replacing any earlier ones (the set-based part of `takeSnapshot`, without its
 * audited bookkeeping row; the bench times this against its raw-SQL floor).
 */
export async function writeSnapshotFacts(
  c: TxCtx,
  month: string,
): Promise<{ reporting: string; partners: number; deals: number }> {
  const allowed = snapshotMonthAllowed(month, c.now.toISOString().slice(0, 10));
  if (!allowed.allowed)
    throw new AppError('VALIDATION_FAILED', allowed.reason, { errors: [{ path: 'month', message: allowed.reason }] });
  const last = monthEnd(month);
  const settings = await getSettings(c);
  const tz = settings.timeZone;
  const startTs = sql`(${month}::date)::timestamp at time zone ${tz}`;
  const endTs = sql`(${last}::date + 1)::timestamp at time zone ${tz}`;
  const closedIn = sql`o.stage in ('closed_won', 'closed_lost') and o.close_date between ${month}::date and ${last}::date`;
  const openAtEnd = sql`o.created_at < ${endTs} and (o.stage not in ('closed_won', 'closed_lost') or o.close_date > ${last}::date)`;

  // 1. The exchange rates the month's deals need: each closed deal at its close date, open ones at the month's end.
  const pairs = await c.tx.execute<{ currency: string; on_date: string }>(sql`
      select distinct o.currency, (case when ${closedIn} then o.close_date else ${last}::date end)::text as on_date
      from opportunities o where (${closedIn}) or (${openAtEnd})`);
  const { reporting, factors } = await conversionFactors(
    c,
    pairs.rows.map((p) => ({ currency: p.currency, date: p.on_date })),
  );

  await c.tx.execute(sql`delete from kpi_deal_facts where month = ${month}::date`);
  await c.tx.execute(sql`delete from kpi_snapshots where month = ${month}::date`);

  // 2. The deals behind the month, with the partners involved (the sourcing one apart).
  const deals = await c.tx.execute(sql`
      with fx as (${factorsSql(factors)}),
      d as (
        select o.id, o.amount, o.currency, o.close_date,
          case when ${closedIn} then (case when o.stage = 'closed_won' then 'won' else 'lost' end) else 'open' end as outcome,
          case when ${closedIn} then o.close_date else ${last}::date end as rate_date
        from opportunities o where (${closedIn}) or (${openAtEnd})
      )
      insert into kpi_deal_facts (id, month, opportunity_id, outcome, amount, joint, sourced_partner_id, partner_ids, close_date)
      select gen_random_uuid(), ${month}::date, d.id, d.outcome,
        ${convertedSql(sql`d.amount`, sql`fx.num`, sql`fx.den`)},
        ps.ids is not null, ps.sourced, coalesce(ps.ids, '{}'), d.close_date
      from d
      left join fx on fx.currency = d.currency and fx.on_date = d.rate_date
      left join lateral (
        select array_agg(p.partner_id order by p.partner_id) as ids, (array_agg(p.partner_id) filter (where p.sourced))[1] as sourced
        from opportunity_partners p where p.opportunity_id = d.id
      ) ps on true`);

  // 3. One row per partner: who it was at the month's end and what it did in the month.
  const active = list(ACTIVE_STAGES);
  const churn = list(CHURN_STAGES);
  const rows = await c.tx.execute(sql`
      with stage_end as (
        select distinct on (partner_id) partner_id, to_stage from partner_stage_transitions
        where occurred_at < ${endTs} order by partner_id, occurred_at desc, id desc
      ), stage_start as (
        select distinct on (partner_id) partner_id, to_stage from partner_stage_transitions
        where occurred_at < ${startTs} order by partner_id, occurred_at desc, id desc
      ), signed as (
        select partner_id, (min(occurred_at) at time zone ${tz})::date as signed_on from partner_stage_transitions
        where to_stage in (${active}) and occurred_at < ${endTs} group by partner_id
      ), left_in as (
        select distinct partner_id from partner_stage_transitions
        where to_stage in (${churn}) and occurred_at >= ${startTs} and occurred_at < ${endTs}
      ), member as (
        select distinct on (m.partner_id) m.partner_id, m.program_id, m.tier_id
        from program_memberships m join programs pr on pr.id = m.program_id
        where m.joined_at < ${endTs} and (m.left_at is null or m.left_at >= ${endTs})
        order by m.partner_id, pr.is_default desc, m.joined_at, m.id
      ), members as (
        select m.partner_id, array_agg(m.program_id order by m.program_id) as program_ids,
          coalesce(array_agg(m.tier_id order by m.tier_id) filter (where m.tier_id is not null), '{}') as tier_ids
        from program_memberships m
        where m.joined_at < ${endTs} and (m.left_at is null or m.left_at >= ${endTs})
        group by m.partner_id
      ), first_won as (
        select p.partner_id, min(o.close_date) as first_won_on
        from opportunity_partners p join opportunities o on o.id = p.opportunity_id
        where o.stage = 'closed_won' and o.close_date <= ${last}::date group by p.partner_id
      ), agg as (
        select u.pid,
          coalesce(sum(f.amount) filter (where f.outcome = 'won' and f.sourced_partner_id = u.pid), 0) as sourced,
          coalesce(sum(f.amount) filter (where f.outcome = 'won'), 0) as influenced,
          count(*) filter (where f.outcome = 'won') as won,
          count(*) filter (where f.outcome = 'won' and f.sourced_partner_id = u.pid) as sourced_deals,
          count(*) filter (where f.outcome = 'lost') as lost,
          coalesce(sum(f.amount) filter (where f.outcome = 'open'), 0) as pipeline
        from kpi_deal_facts f cross join lateral unnest(f.partner_ids) as u(pid)
        where f.month = ${month}::date group by u.pid
      )
      insert into kpi_snapshots (id, month, partner_id, program_id, tier_id, program_ids, tier_ids, motion, designation, regions, segment, industries,
        stage, active, active_at_start, is_new, churned, signed_on, first_won_on, days_to_first_deal,
        sourced_revenue, influenced_revenue, won_deals, sourced_deals, lost_deals, open_pipeline, currency, taken_at)
      select gen_random_uuid(), ${month}::date, pa.id, m.program_id, coalesce(m.tier_id, pa.tier_id),
        coalesce(ms.program_ids, '{}'), coalesce(ms.tier_ids, case when pa.tier_id is null then '{}' else array[pa.tier_id] end), pa.motion, pa.designation,
        pa.regions, pa.segment, pa.industries,
        coalesce(se.to_stage, pa.lifecycle_stage),
        coalesce(se.to_stage, pa.lifecycle_stage) in (${active}),
        coalesce(ss.to_stage in (${active}), false),
        coalesce(s.signed_on between ${month}::date and ${last}::date, false),
        coalesce(ss.to_stage in (${active}), false) and l.partner_id is not null,
        s.signed_on, fw.first_won_on,
        case when fw.first_won_on is not null and s.signed_on is not null then greatest(0, fw.first_won_on - s.signed_on) end,
        coalesce(a.sourced, 0), coalesce(a.influenced, 0), coalesce(a.won, 0), coalesce(a.sourced_deals, 0), coalesce(a.lost, 0),
        coalesce(a.pipeline, 0), ${reporting}, ${c.now.toISOString()}::timestamptz
      from partners pa
      left join stage_end se on se.partner_id = pa.id
      left join stage_start ss on ss.partner_id = pa.id
      left join signed s on s.partner_id = pa.id
      left join left_in l on l.partner_id = pa.id
      left join member m on m.partner_id = pa.id
      left join members ms on ms.partner_id = pa.id
      left join first_won fw on fw.partner_id = pa.id
      left join agg a on a.pid = pa.id
      where pa.created_at < ${endTs}`);

  // 4. Measures other modules own, read by key through the metrics registry (absent: no data).
  await applyRegistryMeasures(c, month, last);

  return { reporting, partners: rows.rowCount ?? 0, deals: deals.rowCount ?? 0 };
}

export function toMonthDto(r: KpiMonthRow): KpiMonthDto {
  return { month: r.month.slice(0, 7), currency: r.currency, partners: r.partners, deals: r.deals, takenAt: r.takenAt };
}

/** Certified people (`enablement.certified_people`) and NPS (`surveys.nps`) per partner at the month's end. */
async function applyRegistryMeasures(c: TxCtx, month: string, last: string): Promise<void> {
  const metrics = await loadMetrics();
  const asOf = new Date(`${last}T23:59:59.999Z`);
  const read = async (key: string) => (await metrics.get(key)?.compute(c, 'all', asOf)) ?? new Map<string, number | null>();
  const certified = await read('enablement.certified_people');
  const nps = await read('surveys.nps');
  const ids = new Set([...certified.keys(), ...nps.keys()]);
  if (ids.size === 0) return;
  const values = [...ids].map((id) => ({
    id,
    certified: certified.get(id) ?? null,
    nps: nps.has(id) && nps.get(id) !== null ? Math.round(nps.get(id) as number) : null,
  }));
  await c.tx.execute(sql`
    update kpi_snapshots s set certified_people = x.certified, nps = x.nps
    from jsonb_to_recordset(${JSON.stringify(values)}::jsonb) as x(id uuid, certified int, nps int)
    where s.month = ${month}::date and s.partner_id = x.id`);
}
