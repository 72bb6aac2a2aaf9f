import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { withTx } from '../../db/scope.js';
import { loadMetrics } from '../../server/module.js';
import type { Ctx, TxCtx } from '../../shared/context.js';
import { AppError, notFound } from '../../shared/errors.js';
import type { Money } from '../../shared/money.js';
import { visiblePartner } from '../directory/index.js';
import { convertManyToReporting } from '../fx/index.js';
import { integrationListings } from '../integrations/index.js';
import { accounts, opportunities, opportunityPartners } from '../opportunities/index.js';
import type { Designation, LifecycleStage, Motion, PartnerStatus, Region } from '../partners/index.js';
import { partners } from '../partners/index.js';
import { programMemberships } from '../programs/index.js';
import { getSettings } from '../settings/index.js';
import { tiers } from '../tiers/index.js';
import {
  degreesOf,
  EDGE_KINDS,
  type Edge,
  type EdgeKind,
  mergeEdgeParts,
  opportunityEdgeKind,
  SAMPLE_SIZE,
  VENDOR_NODE,
} from './ecosystem-map.rules.js';

export type MapFilter = {
  segment?: string;
  industry?: string;
  region?: Region[];
  motion?: Motion[];
  designation?: Designation[];
  program?: string;
  /** Opportunities closing on or after this day, integrations listed on or after it. */
  since?: string;
  kinds?: EdgeKind[];
  /** Only the edges touching this partner (its neighbours; the partner 360 card). */
  focus?: string;
};

export type MapNode = {
  id: string;
  kind: 'partner' | 'vendor';
  partnerId: string | null;
  name: string;
  motion: Motion | null;
  designation: Designation | null;
  tier: string | null;
  regions: Region[];
  industries: string[];
  segment: string;
  lifecycleStage: LifecycleStage | null;
  status: PartnerStatus | null;
  /** Won revenue of the trailing four quarters (sourced or co-sold), reporting currency. */
  wonRevenueT4q: Money | null;
  /** Open opportunities the partner is involved in, reporting currency. */
  jointPipeline: Money | null;
  degree: number;
};

export type EcosystemMap = {
  reportingCurrency: string;
  asOf: string;
  nodes: MapNode[];
  edges: Edge[];
};

const dayOf = (d: Date) => d.toISOString().slice(0, 10);

/** The filters as one condition on `partners` (both ends of an edge must meet it). */
function partnerCondition(f: MapFilter): SQL {
  const conditions: SQL[] = [sql`true`];
  if (f.segment) conditions.push(sql`lower(${partners.segment}) = lower(${f.segment})`);
  if (f.industry)
    conditions.push(sql`exists (select 1 from unnest(${partners.industries}) i where lower(i) = lower(${f.industry}))`);
  if (f.region?.length) conditions.push(sql`${partners.regions} && ${sql.param(f.region)}::text[]`);
  if (f.motion?.length) conditions.push(inArray(partners.motion, f.motion) as SQL);
  if (f.designation?.length) conditions.push(inArray(partners.designation, f.designation) as SQL);
  if (f.program)
    conditions.push(
      sql`exists (select 1 from ${programMemberships} m where m.partner_id = ${partners.id} and m.program_id = ${f.program}::uuid and m.left_at is null)`,
    );
  return and(...conditions) as SQL;
}

const wants = (f: MapFilter, kind: EdgeKind) => !f.kinds?.length || f.kinds.includes(kind);

type PartRow = {
  source: string;
  target: string;
  kind: EdgeKind;
  currency: string | null;
  count: number;
  amount: string | null;
  sample: string[];
};

/**
 * Pairs of partners sharing opportunities, one row per pair, kind and currency: a self-join on
 * involvement (a 3-partner opportunity makes three pairs); integrations per partner to the
 * vendor. One query per edge kind, filters in SQL (decision 0294).
 */
async function edgeRows(c: TxCtx, f: MapFilter): Promise<PartRow[]> {
  const filtered = sql`select ${partners.id} as id from ${partners} where ${partnerCondition(f)}`;
  const out: PartRow[] = [];
  const oppKinds = (['joint_opportunity', 'multi_partner_deal'] as const).filter((k) => wants(f, k));
  if (oppKinds.length > 0) {
    const stages =
      oppKinds.length === 2
        ? sql`o.stage <> 'closed_lost'`
        : oppKinds[0] === 'multi_partner_deal'
          ? sql`o.stage = 'closed_won'`
          : sql`o.stage not in ('closed_won', 'closed_lost')`;
    const result = await c.tx.execute<PartRow>(sql`
      with f as (${filtered})
      select a.partner_id as source, b.partner_id as target,
             case when o.stage = 'closed_won' then 'multi_partner_deal' else 'joint_opportunity' end as kind,
             o.currency, count(*)::int as count, sum(o.amount)::text as amount,
             (array_agg(o.id::text order by o.amount desc, o.id))[1:${sql.raw(String(SAMPLE_SIZE))}] as sample
        from ${opportunityPartners} a
        join ${opportunityPartners} b on b.opportunity_id = a.opportunity_id and a.partner_id < b.partner_id
        join ${opportunities} o on o.id = a.opportunity_id
       where a.partner_id in (select id from f) and b.partner_id in (select id from f)
         ${f.focus ? sql`and ${f.focus}::uuid in (a.partner_id, b.partner_id)` : sql``}
         and ${stages}
         ${f.since ? sql`and o.close_date >= ${f.since}::date` : sql``}
       group by 1, 2, 3, 4`);
    out.push(...result.rows);
  }
  if (wants(f, 'integration')) {
    const result = await c.tx.execute<PartRow>(sql`
      with f as (${filtered})
      select l.partner_id as source, ${VENDOR_NODE}::text as target, 'integration' as kind, null as currency,
             count(*)::int as count, null as amount,
             (array_agg(l.id::text order by l.name, l.id))[1:${sql.raw(String(SAMPLE_SIZE))}] as sample
        from ${integrationListings} l
       where l.partner_id in (select id from f)
         ${f.focus ? sql`and l.partner_id = ${f.focus}::uuid` : sql``}
         ${f.since ? sql`and l.created_at >= ${f.since}::date` : sql``}
       group by 1`);
    out.push(...result.rows);
  }
  return out;
}

/**
 * The ecosystem as a network: partners meeting the filters (and the vendor, when integrations
 * connect to it) and the edges between them, with each partner's size metrics (vendor staff only).
 */
export async function ecosystemMap(ctx: Ctx, f: MapFilter): Promise<EcosystemMap> {
  return withTx(ctx, async (c) => {
    const asOf = dayOf(c.now);
    const settings = await getSettings(c);
    const rows = await edgeRows(c, f);
    const converted = await convertManyToReporting(
      c,
      rows.map((r) => ({ amount: r.amount === null ? 0 : Number(r.amount), currency: r.currency ?? settings.reportingCurrency })),
      asOf,
    );
    const edges = mergeEdgeParts(
      rows.map((r, i) => ({
        source: r.source,
        target: r.target,
        kind: r.kind,
        count: Number(r.count),
        sample: r.sample,
        value: r.kind === 'integration' ? null : (converted[i] ?? null),
      })),
    );
    const partnerRows = await c.tx
      .select({
        id: partners.id,
        name: partners.name,
        motion: partners.motion,
        designation: partners.designation,
        tier: tiers.name,
        regions: partners.regions,
        industries: partners.industries,
        segment: partners.segment,
        lifecycleStage: partners.lifecycleStage,
        status: partners.status,
      })
      .from(partners)
      .leftJoin(tiers, eq(tiers.id, partners.tierId))
      .where(partnerCondition(f))
      .orderBy(asc(partners.name), asc(partners.id));
    const ids = partnerRows.map((p) => p.id);
    const metrics = await loadMetrics();
    const measure = async (key: string) => (await metrics.get(key)?.compute(c, ids, c.now)) ?? new Map<string, number | null>();
    const [won, pipeline] = [await measure('opportunities.won_revenue_t4q'), await measure('opportunities.joint_pipeline')];
    const money = (v: number | null | undefined): Money | null =>
      v === null || v === undefined ? null : { amount: Number(v), currency: settings.reportingCurrency };
    const degrees = degreesOf(edges);
    const nodes: MapNode[] = partnerRows.map((p) => ({
      ...p,
      kind: 'partner',
      partnerId: p.id,
      wonRevenueT4q: money(won.get(p.id) as number | null | undefined),
      jointPipeline: money(pipeline.get(p.id) as number | null | undefined),
      degree: degrees.get(p.id) ?? 0,
    }));
    if (degrees.has(VENDOR_NODE)) nodes.unshift(vendorNode(settings.vendorName, degrees.get(VENDOR_NODE) ?? 0));
    return { reportingCurrency: settings.reportingCurrency, asOf, nodes, edges };
  });
}

export type Neighbour = {
  /** The other end: a partner's id, or "vendor" (integrations with the vendor's products). */
  id: string;
  partnerId: string | null;
  name: string;
  kinds: EdgeKind[];
  /** Shared opportunities (open and won) and integrations, together. */
  count: number;
  /** The shared opportunities' value in the reporting currency (null where no rate converts one). */
  value: Money | null;
};

/**
 * A partner's neighbours on the ecosystem map: the partners it shares open or won opportunities
 * with, and the vendor where it has integrations — the map's edges that touch it, most shared
 * first (vendor staff; a partner the caller may not see is a 404).
 */
export async function partnerNeighbours(ctx: Ctx, partnerId: string): Promise<{ partnerId: string; neighbours: Neighbour[] }> {
  return withTx(ctx, async (c) => {
    const partner = await visiblePartner(c, partnerId);
    const settings = await getSettings(c);
    const rows = await edgeRows(c, { focus: partner.id });
    const converted = await convertManyToReporting(
      c,
      rows.map((r) => ({ amount: r.amount === null ? 0 : Number(r.amount), currency: r.currency ?? settings.reportingCurrency })),
      dayOf(c.now),
    );
    const edges = mergeEdgeParts(
      rows.map((r, i) => ({
        source: r.source,
        target: r.target,
        kind: r.kind,
        count: Number(r.count),
        sample: r.sample,
        value: r.kind === 'integration' ? null : (converted[i] ?? null),
      })),
    );
    const byOther = new Map<string, Neighbour>();
    for (const e of edges) {
      const other = e.source === partner.id ? e.target : e.source;
      const n = byOther.get(other) ?? {
        id: other,
        partnerId: other === VENDOR_NODE ? null : other,
        name: other === VENDOR_NODE ? settings.vendorName : '',
        kinds: [],
        count: 0,
        value: other === VENDOR_NODE ? null : { amount: 0, currency: settings.reportingCurrency },
      };
      n.kinds.push(e.kind);
      n.count += e.count;
      // Integrations carry no money; an opportunity edge no rate converts leaves the value unknown.
      if (e.kind !== 'integration')
        n.value =
          e.value === null || n.value === null ? null : { amount: n.value.amount + e.value.amount, currency: n.value.currency };
      byOther.set(other, n);
    }
    const ids = [...byOther.keys()].filter((id) => id !== VENDOR_NODE);
    if (ids.length) {
      const names = await c.tx.select({ id: partners.id, name: partners.name }).from(partners).where(inArray(partners.id, ids));
      for (const r of names) {
        const n = byOther.get(r.id);
        if (n) n.name = r.name;
      }
    }
    const neighbours = [...byOther.values()]
      .filter((n) => n.name !== '')
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
    return { partnerId: partner.id, neighbours };
  });
}

function vendorNode(name: string, degree: number): MapNode {
  return {
    id: VENDOR_NODE,
    kind: 'vendor',
    partnerId: null,
    name,
    motion: null,
    designation: null,
    tier: null,
    regions: [],
    industries: [],
    segment: '',
    lifecycleStage: null,
    status: null,
    wonRevenueT4q: null,
    jointPipeline: null,
    degree,
  };
}

export type EdgeOpportunity = {
  id: string;
  number: string;
  title: string;
  account: string;
  stage: string;
  kind: EdgeKind;
  amount: Money;
  closeDate: string;
  rolesA: string[];
  rolesB: string[];
};

export type EdgeIntegration = {
  id: string;
  partnerId: string;
  name: string;
  category: string;
  certification: string;
  products: string[];
};

export type EdgeDetail = {
  a: { id: string; name: string };
  b: { id: string; name: string };
  opportunities: EdgeOpportunity[];
  integrations: EdgeIntegration[];
};

/** Everything behind an edge, newest close first: the opportunities two partners share, or a partner's integrations with the vendor. */
export async function edgeDetail(
  ctx: Ctx,
  query: { a: string; b: string; since?: string; kinds?: EdgeKind[] },
): Promise<EdgeDetail> {
  if (query.a === query.b)
    throw new AppError('VALIDATION_FAILED', 'b: must differ from a', { errors: [{ path: 'b', message: 'must differ from a' }] });
  return withTx(ctx, async (c) => {
    const settings = await getSettings(c);
    const ends = [query.a, query.b].filter((id) => id !== VENDOR_NODE);
    const found = await c.tx.select({ id: partners.id, name: partners.name }).from(partners).where(inArray(partners.id, ends));
    const nameOf = (id: string) => (id === VENDOR_NODE ? settings.vendorName : found.find((p) => p.id === id)?.name);
    const [a, b] = [query.a, query.b].map((id) => ({ id, name: nameOf(id) }));
    if (!a?.name) throw notFound('Partner a');
    if (!b?.name) throw notFound('Partner b');
    const kinds = query.kinds?.length ? query.kinds : EDGE_KINDS;
    const out: EdgeDetail = { a: { id: a.id, name: a.name }, b: { id: b.id, name: b.name }, opportunities: [], integrations: [] };
    if (query.a === VENDOR_NODE || query.b === VENDOR_NODE) {
      if (!kinds.includes('integration')) return out;
      const partnerId = query.a === VENDOR_NODE ? query.b : query.a;
      const rows = await c.tx
        .select()
        .from(integrationListings)
        .where(
          and(
            eq(integrationListings.partnerId, partnerId),
            query.since ? sql`${integrationListings.createdAt} >= ${query.since}::date` : undefined,
          ),
        )
        .orderBy(asc(integrationListings.name), asc(integrationListings.id));
      out.integrations = rows.map((r) => ({
        id: r.id,
        partnerId: r.partnerId,
        name: r.name,
        category: r.category,
        certification: r.certification,
        products: [...new Set(r.compatibility.map((e) => e.product))],
      }));
      return out;
    }
    const rows = await c.tx.execute<{
      id: string;
      number: string;
      title: string;
      account: string;
      stage: string;
      amount: string;
      currency: string;
      close_date: string;
      roles_a: string[];
      roles_b: string[];
    }>(sql`
      select o.id, o.number, o.title, acc.name as account, o.stage, o.amount::text as amount, o.currency,
             o.close_date::text as close_date, pa.roles as roles_a, pb.roles as roles_b
        from ${opportunities} o
        join ${accounts} acc on acc.id = o.account_id
        join ${opportunityPartners} pa on pa.opportunity_id = o.id and pa.partner_id = ${a.id}::uuid
        join ${opportunityPartners} pb on pb.opportunity_id = o.id and pb.partner_id = ${b.id}::uuid
       where o.stage <> 'closed_lost'
         ${query.since ? sql`and o.close_date >= ${query.since}::date` : sql``}
       order by o.close_date desc, o.id
       limit 500`);
    out.opportunities = rows.rows
      .map((r) => ({
        id: r.id,
        number: r.number,
        title: r.title,
        account: r.account,
        stage: r.stage,
        kind: opportunityEdgeKind(r.stage) as EdgeKind,
        amount: { amount: Number(r.amount), currency: r.currency },
        closeDate: r.close_date,
        rolesA: r.roles_a,
        rolesB: r.roles_b,
      }))
      .filter((o) => kinds.includes(o.kind));
    return out;
  });
}
