import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import { keyset } from '../../db/keyset.js';
import { withTx } from '../../db/scope.js';
import { actorUserId, type Ctx, effectiveRole } from '../../shared/context.js';
import { invalidField, notFound } from '../../shared/errors.js';
import type { Money } from '../../shared/money.js';
import { type Page, toPage } from '../../shared/paging.js';
import { type AuditedKind, deleteAudited, insertAudited, updateAudited } from '../audit/index.js';
import { visiblePartner } from '../directory/index.js';
import { getSettings } from '../settings/index.js';
import {
  averageDealSize,
  type CostCategory,
  churnRate,
  type KpiMeasure,
  median,
  monthStart,
  monthsBetween,
  percentOf,
  periodChange,
  previousMonth,
  quarterOf,
  winRate,
} from './kpis.rules.js';
import { type KpiCostEntryRow, kpiCostEntries, kpiMonths } from './kpis.schema.js';
import { type KpiMonthDto, toMonthDto } from './kpis.snapshot.js';

export type KpiFilters = {
  from?: string;
  to?: string;
  programId?: string[];
  tierId?: string[];
  segment?: string[];
  industry?: string[];
  region?: string[];
  motion?: string[];
};

/** The months taken, newest first. */
export async function listSnapshotMonths(ctx: Ctx): Promise<KpiMonthDto[]> {
  return withTx(ctx, async (c) => (await c.tx.select().from(kpiMonths).orderBy(desc(kpiMonths.month))).map(toMonthDto));
}

const uuidArray = (ids: readonly string[]) =>
  sql`array[${sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  )}]::uuid[]`;
const textArray = (values: readonly string[]) =>
  sql`array[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;

/** The slice of partner rows (alias `s`) the filters ask for. */
function sliceOf(f: KpiFilters): SQL {
  const parts: SQL[] = [sql`true`];
  if (f.programId?.length) parts.push(sql`s.program_ids && ${uuidArray(f.programId)}`);
  if (f.tierId?.length) parts.push(sql`s.tier_ids && ${uuidArray(f.tierId)}`);
  if (f.segment?.length) parts.push(sql`s.segment = any(${textArray(f.segment)})`);
  if (f.industry?.length) parts.push(sql`s.industries && ${textArray(f.industry)}`);
  if (f.region?.length) parts.push(sql`s.regions && ${textArray(f.region)}`);
  if (f.motion?.length) parts.push(sql`s.motion = any(${textArray(f.motion)})`);
  return sql.join(parts, sql` and `);
}

const filtered = (f: KpiFilters) =>
  Boolean(
    f.programId?.length || f.tierId?.length || f.segment?.length || f.industry?.length || f.region?.length || f.motion?.length,
  );

export type KpiPoint = {
  month: string;
  sourcedRevenue: number;
  influencedRevenue: number;
  jointPipeline: number;
  totalPipeline: number;
  pipelineContribution: number | null;
  jointWinRate: number | null;
  independentWinRate: number | null;
  jointDealSize: number | null;
  independentDealSize: number | null;
  jointWon: number;
  jointLost: number;
  independentWon: number;
  independentLost: number;
  activePartners: number;
  newPartners: number;
  churnedPartners: number;
  churnRate: number | null;
  certifiedPartners: number;
  certificationRate: number | null;
  timeToFirstDeal: number | null;
  nps: number | null;
};

export type KpiTile = {
  measure: KpiMeasure;
  value: number | null;
  previous: number | null;
  delta: number | null;
  percent: number | null;
  unit: 'money' | 'percent' | 'count' | 'days' | 'score';
};

export type KpiDashboard = {
  currency: string;
  from: string;
  to: string;
  months: string[];
  series: KpiPoint[];
  tiles: KpiTile[];
  cohorts: { cohort: string; partners: number; withFirstDeal: number; medianDays: number | null }[];
  filtered: boolean;
};

const TILE_UNITS: Record<KpiMeasure, KpiTile['unit']> = {
  sourced_revenue: 'money',
  influenced_revenue: 'money',
  pipeline_contribution: 'percent',
  joint_win_rate: 'percent',
  independent_win_rate: 'percent',
  joint_deal_size: 'money',
  independent_deal_size: 'money',
  certification_rate: 'percent',
  churn_rate: 'percent',
  time_to_first_deal: 'days',
  nps: 'score',
  active_partners: 'count',
  new_partners: 'count',
};

const TILE_VALUE: Record<KpiMeasure, (p: KpiPoint) => number | null> = {
  sourced_revenue: (p) => p.sourcedRevenue,
  influenced_revenue: (p) => p.influencedRevenue,
  pipeline_contribution: (p) => p.pipelineContribution,
  joint_win_rate: (p) => p.jointWinRate,
  independent_win_rate: (p) => p.independentWinRate,
  joint_deal_size: (p) => p.jointDealSize,
  independent_deal_size: (p) => p.independentDealSize,
  certification_rate: (p) => p.certificationRate,
  churn_rate: (p) => p.churnRate,
  time_to_first_deal: (p) => p.timeToFirstDeal,
  nps: (p) => p.nps,
  active_partners: (p) => p.activePartners,
  new_partners: (p) => p.newPartners,
};

/** The default range: the twelve months up to the latest snapshot (or this month). */
function rangeOf(latest: string | null, f: KpiFilters, today: string): { from: string; to: string } {
  const to = monthStart(f.to ?? latest ?? today);
  let from = f.from ? monthStart(f.from) : to;
  if (!f.from) for (let i = 0; i < 11; i++) from = previousMonth(from);
  if (from > to) throw invalidField('from', 'must not be after to');
  if (monthsBetween(from, to).length > 60) throw invalidField('from', 'must be at most 60 months before to');
  return { from, to };
}

const n = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));
const nn = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/**
 * The ecosystem dashboard from snapshots only: per month of the range, the slice's measures;
 * tiles with the last month against the one before. Two set-based reads whatever the portfolio.
 */
export async function kpiDashboard(ctx: Ctx, f: KpiFilters): Promise<KpiDashboard> {
  return withTx(ctx, async (c) => {
    const [latest] = await c.tx.select({ month: kpiMonths.month }).from(kpiMonths).orderBy(desc(kpiMonths.month)).limit(1);
    const today = c.now.toISOString().slice(0, 10);
    const { from, to } = rangeOf(latest?.month ?? null, f, today);
    const before = previousMonth(from);
    const slice = sliceOf(f);
    const partnerRows = await c.tx.execute<Record<string, unknown>>(sql`
      select s.month::text as month,
        count(*) filter (where s.active) as active, count(*) filter (where s.is_new) as new,
        count(*) filter (where s.churned) as churned, count(*) filter (where s.active_at_start) as active_at_start,
        count(*) filter (where s.active and s.certified_people >= 1) as certified,
        coalesce(sum(s.sourced_revenue), 0) as sourced,
        round(avg(s.nps) filter (where s.nps is not null)) as nps,
        percentile_cont(0.5) within group (order by s.days_to_first_deal) filter (where s.days_to_first_deal is not null) as ttfd
      from kpi_snapshots s
      where s.month between ${before}::date and ${to}::date and ${slice}
      group by s.month`);
    const dealRows = await c.tx.execute<Record<string, unknown>>(sql`
      with f as (
        select f.*, ${
          filtered(f)
            ? sql`exists (select 1 from kpi_snapshots s where s.month = f.month and s.partner_id = any(f.partner_ids) and ${slice})`
            : sql`f.joint`
        } as in_slice
        from kpi_deal_facts f where f.month between ${before}::date and ${to}::date
      )
      select f.month::text as month,
        coalesce(sum(f.amount) filter (where f.outcome = 'won' and f.in_slice), 0) as influenced,
        count(*) filter (where f.outcome = 'won' and f.in_slice) as joint_won,
        count(*) filter (where f.outcome = 'lost' and f.in_slice) as joint_lost,
        coalesce(sum(f.amount) filter (where f.outcome = 'won' and f.in_slice), 0) as joint_won_amount,
        count(*) filter (where f.outcome = 'won' and f.amount is not null and f.in_slice) as joint_won_priced,
        count(*) filter (where f.outcome = 'won' and not f.joint) as independent_won,
        count(*) filter (where f.outcome = 'lost' and not f.joint) as independent_lost,
        coalesce(sum(f.amount) filter (where f.outcome = 'won' and not f.joint), 0) as independent_won_amount,
        count(*) filter (where f.outcome = 'won' and f.amount is not null and not f.joint) as independent_won_priced,
        coalesce(sum(f.amount) filter (where f.outcome = 'open' and f.in_slice), 0) as joint_open,
        coalesce(sum(f.amount) filter (where f.outcome = 'open'), 0) as total_open
      from f group by f.month`);
    const byMonthP = new Map(partnerRows.rows.map((r) => [String(r.month).slice(0, 10), r]));
    const byMonthD = new Map(dealRows.rows.map((r) => [String(r.month).slice(0, 10), r]));
    const point = (month: string): KpiPoint => {
      const p = byMonthP.get(month) ?? {};
      const d = byMonthD.get(month) ?? {};
      return {
        month: month.slice(0, 7),
        sourcedRevenue: n(p.sourced),
        influencedRevenue: n(d.influenced),
        jointPipeline: n(d.joint_open),
        totalPipeline: n(d.total_open),
        pipelineContribution: percentOf(n(d.joint_open), n(d.total_open)),
        jointWinRate: winRate(n(d.joint_won), n(d.joint_lost)),
        independentWinRate: winRate(n(d.independent_won), n(d.independent_lost)),
        jointDealSize: averageDealSize(n(d.joint_won_amount), n(d.joint_won_priced)),
        independentDealSize: averageDealSize(n(d.independent_won_amount), n(d.independent_won_priced)),
        jointWon: n(d.joint_won),
        jointLost: n(d.joint_lost),
        independentWon: n(d.independent_won),
        independentLost: n(d.independent_lost),
        activePartners: n(p.active),
        newPartners: n(p.new),
        churnedPartners: n(p.churned),
        churnRate: churnRate(n(p.churned), n(p.active_at_start)),
        certifiedPartners: n(p.certified),
        certificationRate: percentOf(n(p.certified), n(p.active)),
        timeToFirstDeal: nn(p.ttfd) === null ? null : Math.round(Number(p.ttfd)),
        nps: nn(p.nps),
      };
    };
    const months = monthsBetween(from, to);
    const series = months.map(point);
    const last = series[series.length - 1] as KpiPoint;
    const prev = point(months.length > 1 ? (months[months.length - 2] as string) : before);
    const tiles = (Object.keys(TILE_VALUE) as KpiMeasure[]).map((measure) => {
      const value = TILE_VALUE[measure](last);
      const previous = TILE_VALUE[measure](prev);
      return { measure, value, previous, ...periodChange(value, previous), unit: TILE_UNITS[measure] };
    });
    const cohortRows = await c.tx.execute<{ signed_on: string; days: number | null }>(sql`
      select s.signed_on::text as signed_on, s.days_to_first_deal as days from kpi_snapshots s
      where s.month = ${to}::date and s.signed_on is not null and ${slice}`);
    const cohorts = new Map<string, number[]>();
    const sizes = new Map<string, number>();
    for (const r of cohortRows.rows) {
      const q = quarterOf(r.signed_on);
      sizes.set(q, (sizes.get(q) ?? 0) + 1);
      if (!cohorts.has(q)) cohorts.set(q, []);
      if (r.days !== null) cohorts.get(q)?.push(Number(r.days));
    }
    const currency = (await getSettings(c)).reportingCurrency;
    return {
      currency,
      from: from.slice(0, 7),
      to: to.slice(0, 7),
      months: months.map((m) => m.slice(0, 7)),
      series,
      tiles,
      cohorts: [...sizes.keys()].sort().map((cohort) => ({
        cohort,
        partners: sizes.get(cohort) ?? 0,
        withFirstDeal: cohorts.get(cohort)?.length ?? 0,
        medianDays: median(cohorts.get(cohort) ?? []),
      })),
      filtered: filtered(f),
    };
  });
}

export type DrillRow = {
  kind: 'partner' | 'opportunity';
  id: string;
  name: string;
  link: string;
  value: number | null;
  amount: Money | null;
  detail: string;
  partners: { id: string; name: string }[];
};

const PARTNER_MEASURES: Partial<Record<KpiMeasure, { where: SQL; value: SQL; detail: SQL }>> = {
  active_partners: { where: sql`s.active`, value: sql`null::int`, detail: sql`s.stage` },
  new_partners: { where: sql`s.is_new`, value: sql`null::int`, detail: sql`'signed ' || s.signed_on::text` },
  churn_rate: { where: sql`s.churned`, value: sql`null::int`, detail: sql`s.stage` },
  certification_rate: {
    where: sql`s.active`,
    value: sql`coalesce(s.certified_people, 0)`,
    detail: sql`case when coalesce(s.certified_people, 0) >= 1 then 'certified' else 'no certified people' end`,
  },
  time_to_first_deal: {
    where: sql`s.days_to_first_deal is not null`,
    value: sql`s.days_to_first_deal`,
    detail: sql`'first deal ' || s.first_won_on::text`,
  },
  nps: { where: sql`s.nps is not null`, value: sql`s.nps`, detail: sql`'NPS'` },
};

const DEAL_MEASURES: Partial<Record<KpiMeasure, SQL>> = {
  sourced_revenue: sql`f.outcome = 'won' and f.sourced_partner_id = any(slice.ids)`,
  influenced_revenue: sql`f.outcome = 'won' and f.partner_ids && slice.ids`,
  pipeline_contribution: sql`f.outcome = 'open' and f.partner_ids && slice.ids`,
  joint_win_rate: sql`f.outcome in ('won', 'lost') and f.partner_ids && slice.ids`,
  joint_deal_size: sql`f.outcome = 'won' and f.partner_ids && slice.ids`,
  independent_win_rate: sql`f.outcome in ('won', 'lost') and not f.joint`,
  independent_deal_size: sql`f.outcome = 'won' and not f.joint`,
};

/** The records behind one tile or chart point: partners of the slice, or the month's deals. */
export async function kpiDrillDown(ctx: Ctx, month: string, measure: KpiMeasure, f: KpiFilters): Promise<{ data: DrillRow[] }> {
  return withTx(ctx, async (c) => {
    const m = monthStart(month);
    const slice = sliceOf(f);
    const currency = (await getSettings(c)).reportingCurrency;
    const pm = PARTNER_MEASURES[measure];
    if (pm) {
      const rows = await c.tx.execute<{ id: string; name: string; value: number | null; detail: string }>(sql`
        select s.partner_id as id, p.name, ${pm.value} as value, ${pm.detail} as detail
        from kpi_snapshots s join partners p on p.id = s.partner_id
        where s.month = ${m}::date and ${slice} and ${pm.where}
        order by p.name limit 500`);
      return {
        data: rows.rows.map((r) => ({
          kind: 'partner' as const,
          id: r.id,
          name: r.name,
          link: `/partners/${r.id}`,
          value: r.value === null ? null : Number(r.value),
          amount: null,
          detail: r.detail ?? '',
          partners: [],
        })),
      };
    }
    const dm = DEAL_MEASURES[measure] as SQL;
    const rows = await c.tx.execute<{
      id: string;
      title: string;
      number: string;
      amount: string | null;
      outcome: string;
      close_date: string;
      partners: { id: string; name: string }[] | null;
    }>(sql`
      with slice as (select coalesce(array_agg(s.partner_id), '{}') as ids from kpi_snapshots s where s.month = ${m}::date and ${slice})
      select o.id, o.title, o.number, f.amount::text as amount, f.outcome, f.close_date::text as close_date,
        (select json_agg(json_build_object('id', p.id, 'name', p.name) order by p.name) from partners p where p.id = any(f.partner_ids)) as partners
      from kpi_deal_facts f cross join slice join opportunities o on o.id = f.opportunity_id
      where f.month = ${m}::date and ${dm}
      order by f.amount desc nulls last, o.number limit 500`);
    return {
      data: rows.rows.map((r) => ({
        kind: 'opportunity' as const,
        id: r.id,
        name: `${r.number} ${r.title}`,
        link: `/opportunities/${r.id}`,
        value: null,
        amount: r.amount === null ? null : { amount: Number(r.amount), currency },
        detail: `${r.outcome === 'open' ? 'open, closing' : r.outcome} ${r.close_date}`,
        partners: r.partners ?? [],
      })),
    };
  });
}

export type PartnerKpis = {
  partnerId: string;
  currency: string;
  signedOn: string | null;
  firstWonOn: string | null;
  daysToFirstDeal: number | null;
  months: {
    month: string;
    sourcedRevenue: number;
    influencedRevenue: number;
    wonDeals: number;
    lostDeals: number;
    openPipeline: number;
  }[];
  quarters: {
    quarter: string;
    sourcedRevenue: number;
    influencedRevenue: number;
    wonDeals: number;
    lostDeals: number;
    winRate: number | null;
  }[];
};

/** One partner's own KPIs from its snapshots (the last 24 months): what its people and its manager see. */
export async function partnerKpis(ctx: Ctx, partnerId: string): Promise<PartnerKpis> {
  await visiblePartner(ctx, partnerId);
  return withTx(ctx, async (c) => {
    const rows = await c.tx.execute<Record<string, unknown>>(sql`
      select month::text as month, sourced_revenue, influenced_revenue, won_deals, lost_deals, open_pipeline,
        signed_on::text as signed_on, first_won_on::text as first_won_on, days_to_first_deal
      from kpi_snapshots where partner_id = ${partnerId} order by month desc limit 24`);
    const ordered = [...rows.rows].reverse();
    const latest = rows.rows[0];
    const quarters = new Map<string, PartnerKpis['quarters'][number]>();
    for (const r of ordered) {
      const q = quarterOf(String(r.month));
      const acc = quarters.get(q) ?? {
        quarter: q,
        sourcedRevenue: 0,
        influencedRevenue: 0,
        wonDeals: 0,
        lostDeals: 0,
        winRate: null,
      };
      acc.sourcedRevenue += n(r.sourced_revenue);
      acc.influencedRevenue += n(r.influenced_revenue);
      acc.wonDeals += n(r.won_deals);
      acc.lostDeals += n(r.lost_deals);
      acc.winRate = winRate(acc.wonDeals, acc.lostDeals);
      quarters.set(q, acc);
    }
    return {
      partnerId,
      currency: (await getSettings(c)).reportingCurrency,
      signedOn: (latest?.signed_on as string | null) ?? null,
      firstWonOn: (latest?.first_won_on as string | null) ?? null,
      daysToFirstDeal: nn(latest?.days_to_first_deal),
      months: ordered.map((r) => ({
        month: String(r.month).slice(0, 7),
        sourcedRevenue: n(r.sourced_revenue),
        influencedRevenue: n(r.influenced_revenue),
        wonDeals: n(r.won_deals),
        lostDeals: n(r.lost_deals),
        openPipeline: n(r.open_pipeline),
      })),
      quarters: [...quarters.values()],
    };
  });
}

// ---- Cost entries ----

export const COST_ENTRY: AuditedKind<KpiCostEntryRow> = {
  entityType: 'cost_entry',
  partnerIdOf: () => null,
  labelOf: (r) => `${r.category} cost on ${r.onDate}`,
};

export type CostEntryInput = {
  onDate: string;
  partnerId?: string | null;
  programId?: string | null;
  segment?: string | null;
  category: CostCategory;
  amount: Money;
  note?: string;
};

export type CostEntryDto = {
  id: string;
  onDate: string;
  partnerId: string | null;
  partnerName: string | null;
  programId: string | null;
  programName: string | null;
  segment: string | null;
  category: CostCategory;
  amount: Money;
  note: string;
  can: { edit: boolean; delete: boolean };
  createdAt: Date;
  updatedAt: Date;
};

function targetOf(input: Pick<CostEntryInput, 'partnerId' | 'programId' | 'segment'>) {
  const given = [
    input.partnerId ? 'partnerId' : null,
    input.programId ? 'programId' : null,
    input.segment ? 'segment' : null,
  ].filter(Boolean);
  if (given.length !== 1) {
    throw invalidField(given[1] ?? 'partnerId', 'name exactly one of partnerId, programId or segment');
  }
  return { partnerId: input.partnerId ?? null, programId: input.programId ?? null, segment: input.segment ?? null };
}

async function checkTarget(c: Parameters<Parameters<typeof withTx>[1]>[0], t: ReturnType<typeof targetOf>) {
  if (t.partnerId) {
    const [p] = await c.tx.execute<{ id: string }>(sql`select id from partners where id = ${t.partnerId}`).then((r) => r.rows);
    if (!p) throw invalidField('partnerId', 'no such partner');
  }
  if (t.programId) {
    const [p] = await c.tx.execute<{ id: string }>(sql`select id from programs where id = ${t.programId}`).then((r) => r.rows);
    if (!p) throw invalidField('programId', 'no such program');
  }
}

const mayKeepCosts = (ctx: Ctx) => {
  const role = effectiveRole(ctx);
  return role === 'admin' || role === 'finance';
};

async function toCostDtos(c: Parameters<Parameters<typeof withTx>[1]>[0], rows: KpiCostEntryRow[]): Promise<CostEntryDto[]> {
  const partnerIds = [...new Set(rows.flatMap((r) => (r.partnerId ? [r.partnerId] : [])))];
  const programIds = [...new Set(rows.flatMap((r) => (r.programId ? [r.programId] : [])))];
  const names = new Map<string, string>();
  if (partnerIds.length) {
    for (const r of (
      await c.tx.execute<{ id: string; name: string }>(
        sql`select id, name from partners where id = any(${uuidArray(partnerIds)})`,
      )
    ).rows)
      names.set(r.id, r.name);
  }
  if (programIds.length) {
    for (const r of (
      await c.tx.execute<{ id: string; name: string }>(
        sql`select id, name from programs where id = any(${uuidArray(programIds)})`,
      )
    ).rows)
      names.set(r.id, r.name);
  }
  const keep = mayKeepCosts(c);
  return rows.map((r) => ({
    id: r.id,
    onDate: r.onDate,
    partnerId: r.partnerId,
    partnerName: r.partnerId ? (names.get(r.partnerId) ?? null) : null,
    programId: r.programId,
    programName: r.programId ? (names.get(r.programId) ?? null) : null,
    segment: r.segment,
    category: r.category,
    amount: { amount: r.amount, currency: r.currency },
    note: r.note,
    can: { edit: keep, delete: keep },
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  }));
}

export type CostEntryQuery = { limit: number; cursor?: string; from?: string; to?: string; category?: CostCategory[] };

/** Newest first. */
export async function listCostEntries(ctx: Ctx, q: CostEntryQuery): Promise<Page<CostEntryDto>> {
  return withTx(ctx, async (c) => {
    const ks = keyset('cost-entries', '-onDate', { onDate: kpiCostEntries.onDate }, kpiCostEntries.id, q.cursor);
    const rows = await c.tx
      .select()
      .from(kpiCostEntries)
      .where(
        and(
          ks.where,
          q.from ? sql`${kpiCostEntries.onDate} >= ${q.from}::date` : undefined,
          q.to ? sql`${kpiCostEntries.onDate} <= ${q.to}::date` : undefined,
          q.category?.length ? sql`${kpiCostEntries.category} = any(${textArray(q.category)})` : undefined,
        ),
      )
      .orderBy(...ks.orderBy)
      .limit(q.limit + 1);
    const page = toPage(rows, q.limit, ks.cursorOf);
    return { data: await toCostDtos(c, page.data), nextCursor: page.nextCursor };
  });
}

export async function createCostEntry(ctx: Ctx, input: CostEntryInput): Promise<CostEntryDto> {
  return withTx(ctx, async (c) => {
    const target = targetOf(input);
    await checkTarget(c, target);
    const row = await insertAudited(
      c,
      kpiCostEntries,
      {
        ...target,
        onDate: input.onDate,
        category: input.category,
        amount: input.amount.amount,
        currency: input.amount.currency,
        note: input.note ?? '',
        createdById: actorUserId(c),
        createdAt: c.now,
        updatedAt: c.now,
      },
      COST_ENTRY,
    );
    return (await toCostDtos(c, [row]))[0] as CostEntryDto;
  });
}

async function loadCost(c: Parameters<Parameters<typeof withTx>[1]>[0], id: string): Promise<KpiCostEntryRow> {
  const [row] = await c.tx.select().from(kpiCostEntries).where(eq(kpiCostEntries.id, id)).for('update');
  if (!row) throw notFound('Cost entry');
  return row;
}

export async function updateCostEntry(ctx: Ctx, id: string, patch: Partial<CostEntryInput>): Promise<CostEntryDto> {
  return withTx(ctx, async (c) => {
    const before = await loadCost(c, id);
    const retarget = 'partnerId' in patch || 'programId' in patch || 'segment' in patch;
    const target = retarget ? targetOf(patch) : null;
    if (target) await checkTarget(c, target);
    const row = await updateAudited(
      c,
      kpiCostEntries,
      before,
      {
        ...(target ?? {}),
        ...(patch.onDate ? { onDate: patch.onDate } : {}),
        ...(patch.category ? { category: patch.category } : {}),
        ...(patch.amount ? { amount: patch.amount.amount, currency: patch.amount.currency } : {}),
        ...(patch.note !== undefined ? { note: patch.note } : {}),
        updatedAt: c.now,
      },
      COST_ENTRY,
    );
    return (await toCostDtos(c, [row]))[0] as CostEntryDto;
  });
}

export async function deleteCostEntry(ctx: Ctx, id: string): Promise<void> {
  await withTx(ctx, async (c) => {
    await deleteAudited(c, kpiCostEntries, await loadCost(c, id), COST_ENTRY);
  });
}
