import { and, asc, desc, eq, inArray, ne, type SQL, sql } from 'drizzle-orm';
import { insertFromJson } from '../../db/bulk-insert.js';
import { loadSingleton } from '../../db/load.js';
import { scopeOf, withTx } from '../../db/scope.js';
import { actorUserId, type Ctx, policyActor, type TxCtx } from '../../shared/context.js';
import { AppError, forbidden, invalidField, notFound } from '../../shared/errors.js';
import { type Money, money } from '../../shared/money.js';
import { type AuditedKind, insertAudited, updateAudited } from '../audit/index.js';
import { convertEachToReporting } from '../fx/index.js';
import { getOpportunity, type InvolvementRole } from '../opportunities/index.js';
import { partners } from '../partners/index.js';
import { getSettings } from '../settings/index.js';
import { mayManageAttribution } from './attribution.policy.js';
import {
  type AttributionModel,
  attributionWeights,
  checkRoleWeights,
  creditOpportunity,
  creditsFromWeights,
  DEFAULT_HALF_LIFE_DAYS,
  MODEL_LABELS,
  type ModelSpec,
  mayLockPeriod,
  type OpportunityInput,
  type PartnerWeight,
  parsePeriod,
  periodsOverlap,
  type RoleWeights,
} from './attribution.rules.js';
import {
  type AttributionPeriodRow,
  type AttributionPolicyRow,
  attributionLockedDeals,
  attributionLockedTouches,
  attributionPeriods,
  attributionPolicies,
  attributionSettings,
} from './attribution.schema.js';

// ---------------------------------------------------------------------------------------------
// Audited kinds

export const POLICY: AuditedKind<AttributionPolicyRow> = {
  entityType: 'attribution_policy',
  partnerIdOf: () => null,
  labelOf: (r) => r.name,
  conflicts: { attribution_policies_name_unique: { path: 'name', message: 'is the name of another policy' } },
};
const PERIOD: AuditedKind<AttributionPeriodRow> = {
  entityType: 'attribution_period',
  partnerIdOf: () => null,
  labelOf: (r) => `Attribution ${r.period}`,
  conflicts: {
    attribution_periods_period_unique: { path: 'period', message: 'was locked by another request at the same moment' },
  },
};
const SETTINGS: AuditedKind<typeof attributionSettings.$inferSelect> = {
  entityType: 'attribution_settings',
  partnerIdOf: () => null,
  labelOf: () => 'Attribution settings',
};

// ---------------------------------------------------------------------------------------------
// Settings

export type AttributionSettingsDto = {
  defaultModel: AttributionModel;
  defaultPolicyId: string | null;
  halfLifeDays: number;
  reportingCurrency: string;
  can: { edit: boolean };
};

export async function getAttributionSettings(ctx: Ctx): Promise<AttributionSettingsDto> {
  return withTx(ctx, async (c) => {
    const row = await loadSingleton(c, attributionSettings);
    return {
      defaultModel: row.defaultModel,
      defaultPolicyId: row.defaultPolicyId,
      halfLifeDays: row.halfLifeDays,
      reportingCurrency: (await getSettings(c)).reportingCurrency,
      can: { edit: mayManageAttribution(policyActor(c)) },
    };
  });
}

export async function updateAttributionSettings(
  ctx: Ctx,
  patch: {
    defaultModel?: AttributionModel | undefined;
    defaultPolicyId?: string | null | undefined;
    halfLifeDays?: number | undefined;
  },
): Promise<AttributionSettingsDto> {
  return withTx(ctx, async (c) => {
    if (!mayManageAttribution(policyActor(c))) throw forbidden('Only an admin or finance sets the attribution model');
    const before = await loadSingleton(c, attributionSettings);
    const defaultModel = patch.defaultModel ?? before.defaultModel;
    const defaultPolicyId = patch.defaultPolicyId === undefined ? before.defaultPolicyId : patch.defaultPolicyId;
    if (defaultModel === 'custom') {
      if (!defaultPolicyId) throw invalidField('defaultPolicyId', 'is required when the default model is a custom policy');
      await loadPolicy(c, defaultPolicyId, 'defaultPolicyId');
    }
    await updateAudited(
      c,
      attributionSettings,
      before,
      {
        defaultModel,
        defaultPolicyId: defaultModel === 'custom' ? defaultPolicyId : null,
        halfLifeDays: patch.halfLifeDays ?? before.halfLifeDays,
        updatedAt: c.now,
      },
      SETTINGS,
    );
    return getAttributionSettings(c);
  });
}

// ---------------------------------------------------------------------------------------------
// Policies

export type AttributionPolicyDto = {
  id: string;
  name: string;
  description: string;
  roleWeights: RoleWeights;
  archived: boolean;
  createdAt: Date;
  updatedAt: Date;
  can: { edit: boolean };
};

function toPolicyDto(c: TxCtx, r: AttributionPolicyRow): AttributionPolicyDto {
  return { ...r, can: { edit: mayManageAttribution(policyActor(c)) } };
}

async function loadPolicy(c: TxCtx, id: string, path = 'policyId'): Promise<AttributionPolicyRow> {
  const [row] = await c.tx.select().from(attributionPolicies).where(eq(attributionPolicies.id, id));
  if (!row) {
    if (path === 'id') throw notFound('Attribution policy');
    throw invalidField(path, 'is not an attribution policy');
  }
  return row;
}

export async function listPolicies(ctx: Ctx): Promise<AttributionPolicyDto[]> {
  return withTx(ctx, async (c) => {
    const rows = await c.tx
      .select()
      .from(attributionPolicies)
      .orderBy(asc(attributionPolicies.archived), asc(attributionPolicies.name));
    return rows.map((r) => toPolicyDto(c, r));
  });
}

export async function getPolicy(ctx: Ctx, id: string): Promise<AttributionPolicyDto> {
  return withTx(ctx, async (c) => toPolicyDto(c, await loadPolicy(c, id, 'id')));
}

function checkWeights(weights: Record<string, number>) {
  const check = checkRoleWeights(weights);
  if (!check.ok) throw invalidField(check.path, check.reason);
}

export type PolicyInput = { name: string; description?: string | undefined; roleWeights: RoleWeights };

export async function createPolicy(ctx: Ctx, input: PolicyInput): Promise<AttributionPolicyDto> {
  return withTx(ctx, async (c) => {
    if (!mayManageAttribution(policyActor(c))) throw forbidden('Only an admin or finance edits attribution policies');
    checkWeights(input.roleWeights as Record<string, number>);
    const row = await insertAudited(
      c,
      attributionPolicies,
      {
        name: input.name,
        description: input.description ?? '',
        roleWeights: input.roleWeights,
        createdAt: c.now,
        updatedAt: c.now,
      },
      POLICY,
    );
    return toPolicyDto(c, row);
  });
}

export async function updatePolicy(
  ctx: Ctx,
  id: string,
  patch: {
    name?: string | undefined;
    description?: string | undefined;
    roleWeights?: RoleWeights | undefined;
    archived?: boolean | undefined;
  },
): Promise<AttributionPolicyDto> {
  return withTx(ctx, async (c) => {
    const before = await loadPolicy(c, id, 'id');
    if (!mayManageAttribution(policyActor(c))) throw forbidden('Only an admin or finance edits attribution policies');
    if (patch.roleWeights) checkWeights(patch.roleWeights as Record<string, number>);
    const row = await updateAudited(
      c,
      attributionPolicies,
      before,
      {
        name: patch.name ?? before.name,
        description: patch.description ?? before.description,
        roleWeights: patch.roleWeights ?? before.roleWeights,
        archived: patch.archived ?? before.archived,
        updatedAt: c.now,
      },
      POLICY,
    );
    return toPolicyDto(c, row);
  });
}

// ---------------------------------------------------------------------------------------------
// The computation

export type ModelQuery = {
  model?: AttributionModel | undefined;
  halfLifeDays?: number | undefined;
  policyId?: string | undefined;
};

export type ResolvedModel = {
  spec: ModelSpec;
  model: AttributionModel;
  label: string;
  policyId: string | null;
  halfLifeDays: number;
};

/** The model a query names, or the organisation's default; a custom model needs its policy. */
export async function resolveModel(c: TxCtx, query: ModelQuery): Promise<ResolvedModel> {
  const settings = await loadSingleton(c, attributionSettings);
  const model = query.model ?? settings.defaultModel;
  const halfLifeDays = query.halfLifeDays ?? settings.halfLifeDays ?? DEFAULT_HALF_LIFE_DAYS;
  if (model === 'custom') {
    const policyId = query.policyId ?? (query.model ? undefined : (settings.defaultPolicyId ?? undefined));
    if (!policyId) throw invalidField('policyId', 'is required with the custom model');
    const policy = await loadPolicy(c, policyId);
    return { spec: { model, roleWeights: policy.roleWeights, halfLifeDays }, model, label: policy.name, policyId, halfLifeDays };
  }
  return { spec: { model, halfLifeDays }, model, label: MODEL_LABELS[model], policyId: null, halfLifeDays };
}

/** The inputs function of the caller's side (the partner side reads other partners pseudonymously). */
function inputsOf(c: TxCtx, from: string, to: string, opportunityId?: string): SQL {
  const fn = scopeOf(c).kind === 'partner' ? sql`attribution_partner_inputs` : sql`attribution_inputs`;
  return sql`${fn}(${from}::date, ${to}::date, ${opportunityId ?? null}::uuid)`;
}

/**
 * Each partner's weight on each deal under the model, set-based (docs/decisions/0267): per deal
 * and partner the first and last touch, the sourced flag, the time-decay sum and the roles held,
 * then window functions for first/last/position and role holders for custom policies — the same
 * numbers attribution.rules.ts `attributionWeights` gives, in the order it lists the partners (by
 * first touch, ties by id), so rounding them with `creditsFromWeights` splits alike.
 */
function weightsQuery(c: TxCtx, spec: ModelSpec, from: string, to: string, opportunityId?: string): SQL {
  const half = spec.halfLifeDays ?? DEFAULT_HALF_LIFE_DAYS;
  const weights = spec.model === 'custom' ? JSON.stringify(spec.roleWeights) : '{}';
  const weight = {
    sourced: sql`case when r.sourced then 1 else 0 end`,
    first_touch: sql`case when r.pos_first = 1 then 1 else 0 end`,
    last_touch: sql`case when r.pos_last = 1 then 1 else 0 end`,
    linear: sql`1`,
    time_decay: sql`r.decay`,
    position_based: sql`case when r.n <= 2 then 1 when r.pos_first = 1 or r.pos_first = r.n then 2 * (r.n - 2) else 1 end`,
    custom: sql`coalesce(cw.weight, 0)`,
  }[spec.model];
  return sql`
    with i as (select * from ${inputsOf(c, from, to, opportunityId)}),
    pp as (
      select opportunity_id, partner_id, min(partner_rank) as rnk,
             min(occurred_at) as first_at, max(occurred_at) as last_at,
             bool_or(sourced or role = 'sourced' or 'sourced' = any(roles)) as sourced,
             sum(power(2::float8, -(greatest(0, close_date - (occurred_at at time zone 'UTC')::date))::float8 / ${half}::float8)
                 order by occurred_at, role collate "C") as decay
        from i group by opportunity_id, partner_id
    ),
    r as (
      select pp.*,
             row_number() over (partition by opportunity_id order by first_at, rnk) as pos_first,
             row_number() over (partition by opportunity_id order by last_at desc, rnk) as pos_last,
             count(*) over (partition by opportunity_id) as n
        from pp
    ),
    rp as (
      select distinct i.opportunity_id, i.partner_id, x.role
        from i, unnest(i.roles || i.role || case when i.sourced then array['sourced'] else array[]::text[] end) as x(role)
    ),
    holders as (select opportunity_id, role, count(*) as h from rp group by opportunity_id, role),
    cw as (
      select rp.opportunity_id, rp.partner_id,
             sum(coalesce((${weights}::jsonb ->> rp.role)::float8, 0) / h.h order by rp.role collate "C") as weight
        from rp join holders h on h.opportunity_id = rp.opportunity_id and h.role = rp.role
       group by rp.opportunity_id, rp.partner_id
    ),
    deals as (
      select distinct on (opportunity_id) opportunity_id, number, title, close_date, amount, currency, reporting_amount, locked_period
        from i order by opportunity_id
    )
    select d.opportunity_id as "opportunityId", d.number, d.title, d.close_date::text as "closeDate", d.amount::text as amount,
           d.currency, d.reporting_amount::text as "reportingAmount", d.locked_period as "lockedPeriod",
           r.partner_id as "partnerId", (${weight})::float8 as weight
      from r
      join deals d on d.opportunity_id = r.opportunity_id
      left join cw on cw.opportunity_id = r.opportunity_id and cw.partner_id = r.partner_id
     where (${weight}) > 0
     order by d.close_date, d.opportunity_id, r.first_at, r.rnk`;
}

type WeightRow = {
  opportunityId: string;
  number: string;
  title: string;
  closeDate: string;
  amount: string;
  currency: string;
  reportingAmount: string | null;
  lockedPeriod: string | null;
  partnerId: string;
  weight: number;
};

export type DealCredit = {
  opportunityId: string;
  number: string;
  title: string;
  closeDate: string;
  amount: Money;
  /** The deal's amount at its close date's rate; null when no rate converts it. */
  reporting: Money | null;
  lockedPeriod: string | null;
  /** Each partner's credit in the reporting currency (they add up to `reporting` exactly; none when unconverted). */
  lines: { partnerId: string; credit: Money; share: number }[];
  /** The partners the model credits on this deal (converted or not). */
  partnerIds: string[];
};

/**
 * Every won deal closed in [from, to] credited under the model, in the reporting currency at the
 * close date's rate (frozen for locked periods). A partner-side caller gets only its own lines.
 */
export async function creditedDeals(
  c: TxCtx,
  spec: ModelSpec,
  from: string,
  to: string,
): Promise<{ currency: string; deals: DealCredit[] }> {
  const rows = (await c.tx.execute(weightsQuery(c, spec, from, to))).rows as unknown as WeightRow[];
  const reporting = (await getSettings(c)).reportingCurrency;
  const byDeal = new Map<string, WeightRow[]>();
  for (const r of rows) {
    const list = byDeal.get(r.opportunityId);
    if (list) list.push(r);
    else byDeal.set(r.opportunityId, [r]);
  }
  const deals = [...byDeal.values()];
  const live = deals.filter((d) => d[0]?.lockedPeriod === null);
  const converted = await convertEachToReporting(
    c,
    live.map((d) => ({ value: money(Number(d[0]?.amount), d[0]?.currency ?? reporting), date: d[0]?.closeDate ?? from })),
  );
  const liveValue = new Map(live.map((d, i) => [d[0]?.opportunityId ?? '', converted[i] ?? null]));
  const scope = scopeOf(c);
  const out: DealCredit[] = [];
  for (const d of deals) {
    const head = d[0];
    if (!head) continue;
    const reportingValue =
      head.lockedPeriod === null
        ? (liveValue.get(head.opportunityId) ?? null)
        : head.reportingAmount === null
          ? null
          : money(Number(head.reportingAmount), reporting);
    const weights: PartnerWeight[] = d.map((r) => ({ partnerId: r.partnerId, weight: Number(r.weight) }));
    const lines = reportingValue ? creditsFromWeights(reportingValue, weights) : [];
    out.push({
      opportunityId: head.opportunityId,
      number: head.number,
      title: head.title,
      closeDate: head.closeDate,
      amount: money(Number(head.amount), head.currency),
      reporting: reportingValue,
      lockedPeriod: head.lockedPeriod,
      lines: scope.kind === 'partner' ? lines.filter((l) => l.partnerId === scope.partnerId) : lines,
      partnerIds: weights.map((w) => w.partnerId).filter((id) => scope.kind !== 'partner' || id === scope.partnerId),
    });
  }
  return { currency: reporting, deals: scope.kind === 'partner' ? out.filter((d) => d.partnerIds.length > 0) : out };
}

export type PartnerCreditDto = { partnerId: string; partnerName: string; credited: Money; opportunities: number };
export type UnconvertedDto = { opportunityId: string; number: string; title: string; closeDate: string; amount: Money };

export type AttributionReportDto = {
  model: AttributionModel;
  modelLabel: string;
  policyId: string | null;
  halfLifeDays: number;
  from: string;
  to: string;
  currency: string;
  data: PartnerCreditDto[];
  /** Won deals with partners that no exchange rate converted at their close date (left out of `data`). */
  unconverted: UnconvertedDto[];
  /** The locked periods the range reads frozen figures from. */
  lockedPeriods: string[];
};

/** Which partners' lines a report shows: by id, program, tier, segment, region or country (any of each list). */
export type PartnerFilters = {
  partnerId?: string[] | undefined;
  programId?: string[] | undefined;
  tierId?: string[] | undefined;
  segment?: string[] | undefined;
  region?: string[] | undefined;
  country?: string[] | undefined;
};

export type RangeQuery = { from: string; to: string } & PartnerFilters;

/**
 * The partners among `ids` that pass the filters, in one query (null: no filter asked, all pass).
 * A program or tier is a current membership (a tier also the partner's own tier); a segment
 * matches case-insensitively; a region is one of the partner's regions.
 */
async function filteredPartners(c: TxCtx, ids: readonly string[], f: PartnerFilters): Promise<Set<string> | null> {
  const where: SQL[] = [];
  const list = (values: readonly string[]) =>
    sql.join(
      values.map((v) => sql`${v}`),
      sql`, `,
    );
  if (f.partnerId?.length) where.push(sql`${partners.id}::text in (${list(f.partnerId.map((p) => p.toLowerCase()))})`);
  if (f.programId?.length)
    where.push(
      sql`exists (select 1 from program_memberships m where m.partner_id = ${partners.id} and m.left_at is null and m.program_id::text in (${list(f.programId.map((p) => p.toLowerCase()))}))`,
    );
  if (f.tierId?.length) {
    const tiers = list(f.tierId.map((p) => p.toLowerCase()));
    where.push(
      sql`(${partners.tierId}::text in (${tiers}) or exists (select 1 from program_memberships m where m.partner_id = ${partners.id} and m.left_at is null and m.tier_id::text in (${tiers})))`,
    );
  }
  if (f.segment?.length) where.push(sql`lower(${partners.segment}) in (${list(f.segment.map((v) => v.toLowerCase()))})`);
  if (f.region?.length) where.push(sql`${partners.regions} && array[${list(f.region)}]::text[]`);
  if (f.country?.length) where.push(sql`${partners.country} in (${list(f.country)})`);
  if (where.length === 0) return null;
  if (ids.length === 0) return new Set();
  const rows = await c.tx
    .select({ id: partners.id })
    .from(partners)
    .where(and(inArray(partners.id, [...ids]), ...where));
  return new Set(rows.map((r) => r.id));
}

function checkRange(q: RangeQuery) {
  if (q.from > q.to) throw invalidField('from', 'must be on or before `to`');
}

async function partnerNames(c: TxCtx, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await c.tx
    .select({ id: partners.id, name: partners.name })
    .from(partners)
    .where(inArray(partners.id, [...ids]));
  return new Map(rows.map((r) => [r.id, r.name]));
}

function unconvertedOf(deals: readonly DealCredit[]): UnconvertedDto[] {
  return deals
    .filter((d) => d.reporting === null)
    .map((d) => ({ opportunityId: d.opportunityId, number: d.number, title: d.title, closeDate: d.closeDate, amount: d.amount }));
}

async function lockedPeriodsIn(c: TxCtx, from: string, to: string): Promise<string[]> {
  if (scopeOf(c).kind === 'partner') return [];
  const rows = await c.tx
    .select({ period: attributionPeriods.period })
    .from(attributionPeriods)
    .where(
      and(
        eq(attributionPeriods.status, 'locked'),
        sql`${attributionPeriods.startsOn} <= ${to}::date and ${attributionPeriods.endsOn} >= ${from}::date`,
      ),
    )
    .orderBy(asc(attributionPeriods.startsOn));
  return rows.map((r) => r.period);
}

function sortByAmount<T extends { partnerName: string }>(rows: T[], amountOf: (r: T) => number): T[] {
  return rows.sort((a, b) => amountOf(b) - amountOf(a) || a.partnerName.localeCompare(b.partnerName));
}

/** Credited revenue per partner for won deals closed in [from, to], by one model (GET /attribution). */
export async function attributionReport(ctx: Ctx, query: RangeQuery & ModelQuery): Promise<AttributionReportDto> {
  return withTx(ctx, async (c) => {
    checkRange(query);
    const resolved = await resolveModel(c, query);
    const { currency, deals } = await creditedDeals(c, resolved.spec, query.from, query.to);
    const totals = new Map<string, { amount: number; opportunities: number }>();
    for (const d of deals)
      for (const l of d.lines) {
        const t = totals.get(l.partnerId) ?? { amount: 0, opportunities: 0 };
        t.amount += l.credit.amount;
        t.opportunities += 1;
        totals.set(l.partnerId, t);
      }
    const wanted = await filteredPartners(c, [...totals.keys()], query);
    const ids = [...totals.keys()].filter((id) => !wanted || wanted.has(id));
    const names = await partnerNames(c, ids);
    const data = sortByAmount(
      ids
        .filter((id) => names.has(id))
        .map((id) => ({
          partnerId: id,
          partnerName: names.get(id) ?? '',
          credited: money(totals.get(id)?.amount ?? 0, currency),
          opportunities: totals.get(id)?.opportunities ?? 0,
        })),
      (r) => r.credited.amount,
    );
    return {
      model: resolved.model,
      modelLabel: resolved.label,
      policyId: resolved.policyId,
      halfLifeDays: resolved.halfLifeDays,
      from: query.from,
      to: query.to,
      currency,
      data,
      unconverted: unconvertedOf(deals),
      lockedPeriods: await lockedPeriodsIn(c, query.from, query.to),
    };
  });
}

export type InfluencedDto = { partnerId: string; partnerName: string; influenced: Money; opportunities: number };

export type InfluencedReportDto = {
  from: string;
  to: string;
  currency: string;
  /** Each partner's full revenue of the won deals it touched: never add these up across partners. */
  data: InfluencedDto[];
  unconverted: UnconvertedDto[];
  lockedPeriods: string[];
};

/**
 * Influenced revenue: every won deal's whole amount (reporting currency, close date's rate) for
 * each partner that touched it in any role. A deal with three partners counts three times, so the
 * figures are never summed across partners (the answer has no total on purpose).
 */
export async function influencedReport(ctx: Ctx, query: RangeQuery): Promise<InfluencedReportDto> {
  return withTx(ctx, async (c) => {
    checkRange(query);
    // Linear gives every touching partner a positive weight: the deals each partner touched.
    const { currency, deals } = await creditedDeals(c, { model: 'linear' }, query.from, query.to);
    const totals = new Map<string, { amount: number; opportunities: number }>();
    for (const d of deals) {
      if (!d.reporting) continue;
      for (const l of d.lines) {
        const t = totals.get(l.partnerId) ?? { amount: 0, opportunities: 0 };
        t.amount += d.reporting.amount;
        t.opportunities += 1;
        totals.set(l.partnerId, t);
      }
    }
    const wanted = await filteredPartners(c, [...totals.keys()], query);
    const ids = [...totals.keys()].filter((id) => !wanted || wanted.has(id));
    const names = await partnerNames(c, ids);
    return {
      from: query.from,
      to: query.to,
      currency,
      data: sortByAmount(
        ids
          .filter((id) => names.has(id))
          .map((id) => ({
            partnerId: id,
            partnerName: names.get(id) ?? '',
            influenced: money(totals.get(id)?.amount ?? 0, currency),
            opportunities: totals.get(id)?.opportunities ?? 0,
          })),
        (r) => r.influenced.amount,
      ),
      unconverted: unconvertedOf(deals),
      lockedPeriods: await lockedPeriodsIn(c, query.from, query.to),
    };
  });
}

// ---------------------------------------------------------------------------------------------
// One opportunity

type InputRow = {
  opportunityId: string;
  closeDate: string;
  amount: string;
  currency: string;
  reportingAmount: string | null;
  lockedPeriod: string | null;
  partnerId: string;
  role: InvolvementRole;
  roles: InvolvementRole[];
  sourced: boolean;
  occurredAt: string | Date;
};

export type OpportunityAttributionDto = {
  opportunityId: string;
  number: string;
  won: boolean;
  closeDate: string | null;
  model: AttributionModel;
  modelLabel: string;
  /** The deal's amount (null for a partner the vendor does not share it with). */
  amount: Money | null;
  /** At the close date's rate (frozen when locked); null if no rate, or not shared. */
  reporting: Money | null;
  lockedPeriod: string | null;
  lines: {
    partnerId: string;
    partnerName: string;
    share: number;
    credit: Money | null;
    reportingCredit: Money | null;
    touches: { role: InvolvementRole; occurredAt: Date; weight: number }[];
  }[];
};

/**
 * How one opportunity is credited under a model and why: each partner's share, credit, and its
 * touches (with their weights under time decay). An open deal shows what it would credit if it
 * closed as it stands. A partner-side caller sees only its own line.
 */
export async function opportunityAttribution(
  ctx: Ctx,
  opportunityId: string,
  query: ModelQuery,
): Promise<OpportunityAttributionDto> {
  return withTx(ctx, async (c) => {
    const opp = await getOpportunity(c, opportunityId);
    const resolved = await resolveModel(c, query);
    const rows = (
      await c.tx.execute(sql`
        select opportunity_id as "opportunityId", close_date::text as "closeDate", amount::text as amount, currency,
               reporting_amount::text as "reportingAmount", locked_period as "lockedPeriod", partner_id as "partnerId",
               role, roles, sourced, occurred_at as "occurredAt"
          from ${inputsOf(c, '1900-01-01', '1900-01-01', opp.id)}`)
    ).rows as unknown as InputRow[];
    const head = rows[0];
    const reportingCurrency = (await getSettings(c)).reportingCurrency;
    const base: Omit<OpportunityAttributionDto, 'lines' | 'reporting' | 'lockedPeriod'> = {
      opportunityId: opp.id,
      number: opp.number,
      won: opp.stage === 'closed_won',
      closeDate: opp.closeDate,
      model: resolved.model,
      modelLabel: resolved.label,
      amount: opp.amount !== null && opp.currency ? money(opp.amount, opp.currency) : null,
    };
    if (!head) return { ...base, reporting: null, lockedPeriod: null, lines: [] };
    const input: OpportunityInput = {
      amount: money(Number(head.amount), head.currency),
      closeDate: head.closeDate,
      touches: rows.map((r) => ({ partnerId: r.partnerId, role: r.role, occurredAt: new Date(r.occurredAt) })),
      involvements: rows.map((r) => ({ partnerId: r.partnerId, roles: r.roles, sourced: r.sourced })),
    };
    const [converted] =
      head.lockedPeriod === null
        ? await convertEachToReporting(c, [{ value: input.amount, date: input.closeDate }])
        : [head.reportingAmount === null ? null : money(Number(head.reportingAmount), reportingCurrency)];
    const reporting = converted ?? null;
    const lines = creditOpportunity(resolved.spec, input);
    const weights = attributionWeights(resolved.spec, input);
    const reportingLines = reporting ? creditsFromWeights(reporting, weights) : [];
    const scope = scopeOf(c);
    const visible = scope.kind === 'partner' ? lines.filter((l) => l.partnerId === scope.partnerId) : lines;
    const names = await partnerNames(
      c,
      visible.map((l) => l.partnerId),
    );
    const amountShared = base.amount !== null;
    return {
      ...base,
      reporting: amountShared ? reporting : null,
      lockedPeriod: head.lockedPeriod,
      lines: visible.map((l) => ({
        partnerId: l.partnerId,
        partnerName: names.get(l.partnerId) ?? '',
        share: l.share,
        credit: amountShared ? l.credit : null,
        reportingCredit: amountShared ? (reportingLines.find((r) => r.partnerId === l.partnerId)?.credit ?? null) : null,
        touches: l.touches,
      })),
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Period locks

export type AttributionPeriodDto = {
  id: string;
  period: string;
  kind: 'quarter' | 'month';
  startsOn: string;
  endsOn: string;
  status: 'locked' | 'unlocked';
  reportingCurrency: string;
  opportunities: number;
  lockedAt: Date;
  lockedById: string | null;
  unlockedAt: Date | null;
  unlockedById: string | null;
  reason: string;
  can: { unlock: boolean; lock: boolean };
};

function toPeriodDto(c: TxCtx, r: AttributionPeriodRow): AttributionPeriodDto {
  const manage = mayManageAttribution(policyActor(c));
  return {
    id: r.id,
    period: r.period,
    kind: r.kind,
    startsOn: r.startsOn,
    endsOn: r.endsOn,
    status: r.status,
    reportingCurrency: r.reportingCurrency,
    opportunities: r.opportunities,
    lockedAt: r.lockedAt,
    lockedById: r.lockedById,
    unlockedAt: r.unlockedAt,
    unlockedById: r.unlockedById,
    reason: r.reason,
    can: { unlock: manage && r.status === 'locked', lock: manage && r.status === 'unlocked' },
  };
}

export async function listPeriods(ctx: Ctx): Promise<AttributionPeriodDto[]> {
  return withTx(ctx, async (c) => {
    const rows = await c.tx
      .select()
      .from(attributionPeriods)
      .orderBy(desc(attributionPeriods.startsOn), asc(attributionPeriods.period));
    return rows.map((r) => toPeriodDto(c, r));
  });
}

async function loadPeriod(c: TxCtx, id: string, lock = false): Promise<AttributionPeriodRow> {
  const q = c.tx.select().from(attributionPeriods).where(eq(attributionPeriods.id, id));
  const [row] = lock ? await q.for('update') : await q;
  if (!row) throw notFound('Attribution period');
  return row;
}

export async function getPeriod(ctx: Ctx, id: string): Promise<AttributionPeriodDto> {
  return withTx(ctx, async (c) => toPeriodDto(c, await loadPeriod(c, id)));
}

type RawInput = {
  opportunityId: string;
  number: string;
  title: string;
  closeDate: string;
  amount: string;
  currency: string;
  partnerId: string;
  role: InvolvementRole;
  roles: InvolvementRole[];
  sourced: boolean;
  occurredAt: string | Date;
};

/**
 * Locks a closed quarter ("2026-Q1") or month ("2026-03"): its won deals' amounts at their close
 * date's rate and their partners' touches are copied, and from then on every attribution query
 * over it reads the copy (decision 0268). A period locked before and unlocked is locked afresh.
 */
export async function lockPeriod(ctx: Ctx, periodKey: string): Promise<AttributionPeriodDto> {
  return withTx(ctx, async (c) => {
    if (!mayManageAttribution(policyActor(c))) throw forbidden('Only an admin or finance locks attribution periods');
    const period = parsePeriod(periodKey);
    if (!period) throw invalidField('period', 'must be a quarter (2026-Q1) or a month (2026-03)');
    const today = c.now.toISOString().slice(0, 10);
    const may = mayLockPeriod(period, today);
    if (!may.allowed) throw new AppError('INVALID_TRANSITION', may.reason, { errors: [{ path: 'period', message: may.reason }] });
    // One lock at a time: the periods table is small, and two locks must not overlap.
    await c.tx.execute(sql`lock table attribution_periods in share row exclusive mode`);
    const others = await c.tx
      .select()
      .from(attributionPeriods)
      .where(and(eq(attributionPeriods.status, 'locked'), ne(attributionPeriods.period, period.key)));
    const overlapping = others.find((o) => periodsOverlap(o, period));
    if (overlapping) {
      const message = `overlaps ${overlapping.period}, which is locked`;
      throw new AppError('CONFLICT', message, { errors: [{ path: 'period', message }] });
    }
    const [existing] = await c.tx.select().from(attributionPeriods).where(eq(attributionPeriods.period, period.key));
    if (existing?.status === 'locked') {
      throw new AppError('CONFLICT', `${period.key} is already locked`, {
        errors: [{ path: 'period', message: 'is already locked' }],
      });
    }
    const inputs = (
      await c.tx.execute(sql`
        select opportunity_id as "opportunityId", number, title, close_date::text as "closeDate", amount::text as amount, currency,
               partner_id as "partnerId", role, roles, sourced, occurred_at as "occurredAt"
          from attribution_inputs(${period.startsOn}::date, ${period.endsOn}::date)`)
    ).rows as unknown as RawInput[];
    const deals = [...new Map(inputs.map((r) => [r.opportunityId, r])).values()];
    const converted = await convertEachToReporting(
      c,
      deals.map((d) => ({ value: money(Number(d.amount), d.currency), date: d.closeDate })),
    );
    const reportingCurrency = (await getSettings(c)).reportingCurrency;
    const values = {
      status: 'locked' as const,
      reportingCurrency,
      opportunities: deals.length,
      lockedAt: c.now,
      lockedById: actorUserId(c),
      updatedAt: c.now,
    };
    const note = { event: 'attribution_period.locked', eventData: { period: period.key, opportunities: deals.length } };
    const row = existing
      ? await updateAudited(c, attributionPeriods, existing, values, PERIOD, note)
      : await insertAudited(
          c,
          attributionPeriods,
          {
            period: period.key,
            kind: period.kind,
            startsOn: period.startsOn,
            endsOn: period.endsOn,
            createdAt: c.now,
            ...values,
          },
          PERIOD,
          note,
        );
    // A period without won deals is locked all the same (nothing to copy).
    if (deals.length === 0) return toPeriodDto(c, row);
    await insertFromJson(
      c.tx,
      attributionLockedDeals,
      deals.map((d, i) => ({
        periodId: row.id,
        opportunityId: d.opportunityId,
        number: d.number,
        title: d.title,
        closeDate: d.closeDate,
        amount: Number(d.amount),
        currency: d.currency,
        reportingAmount: converted[i]?.amount ?? null,
      })),
      { returning: false },
    );
    await insertFromJson(
      c.tx,
      attributionLockedTouches,
      inputs.map((t) => ({
        periodId: row.id,
        opportunityId: t.opportunityId,
        partnerId: t.partnerId,
        role: t.role,
        roles: t.roles,
        sourced: t.sourced,
        occurredAt: new Date(t.occurredAt),
      })),
      { returning: false },
    );
    return toPeriodDto(c, row);
  });
}

/** Unlocks a period (with a reason, audited): its figures follow the live data again. */
export async function unlockPeriod(ctx: Ctx, id: string, reason: string): Promise<AttributionPeriodDto> {
  return withTx(ctx, async (c) => {
    const before = await loadPeriod(c, id, true);
    if (!mayManageAttribution(policyActor(c))) throw forbidden('Only an admin or finance unlocks attribution periods');
    if (before.status !== 'locked') {
      throw new AppError('INVALID_TRANSITION', `${before.period} is not locked`, {
        errors: [{ path: 'id', message: 'is not locked' }],
      });
    }
    if (!reason.trim()) throw invalidField('reason', 'is required');
    await c.tx.delete(attributionLockedTouches).where(eq(attributionLockedTouches.periodId, id));
    await c.tx.delete(attributionLockedDeals).where(eq(attributionLockedDeals.periodId, id));
    const row = await updateAudited(
      c,
      attributionPeriods,
      before,
      { status: 'unlocked', unlockedAt: c.now, unlockedById: actorUserId(c), reason, updatedAt: c.now },
      PERIOD,
      { event: 'attribution_period.unlocked', eventData: { period: before.period, reason } },
    );
    return toPeriodDto(c, row);
  });
}
