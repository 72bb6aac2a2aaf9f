import { and, asc, desc, eq, gte, ilike, inArray, lt, lte, type SQL, sql } from 'drizzle-orm';
import { insertFromJson, excluded as sqlExcluded } from '../../db/bulk-insert.js';
import { loadSingleton } from '../../db/load.js';
import { partnerFilter, withTx } from '../../db/scope.js';
import { sharingReads } from '../../db/shared-reads.js';
import { loadMetrics, type MetricDef, type MetricValue } from '../../server/module.js';
import { type Ctx, policyActor, type TxCtx } from '../../shared/context.js';
import { localDateOf } from '../../shared/dates.js';
import { forbidden, invalidField, notFound } from '../../shared/errors.js';
import { type AuditedKind, recordChange, updateAudited } from '../audit/index.js';
import { currentPlanFulfilment } from '../business-plans/index.js';
import { type PersonSummary, personSummaries, visiblePartner } from '../directory/index.js';
import { notify } from '../notifications/index.js';
import { partnerStageTransitions, partners } from '../partners/index.js';
import { getSettings } from '../settings/index.js';
import {
  type Colour,
  type Evidence,
  financialInputs,
  HEALTH_DIMENSIONS,
  HEALTH_INPUT_METRICS,
  type HealthBands,
  type HealthDimension,
  type HealthResult,
  type HealthThresholds,
  healthBandProblems,
  healthScore,
  type IndicatorInput,
  periodRange,
  previousMonth,
  thresholdsOf,
  trendOf,
  turnedRed,
} from './health.rules.js';
import { type HealthSettingsRow, type HealthSnapshotRow, healthSettings, healthSnapshots } from './health.schema.js';

/** Partners in business have a health score: enabled, active and strategic (decision 0279). */
export const HEALTH_STAGES = ['enabled', 'active', 'strategic'] as const;

export type Metrics = ReadonlyMap<string, MetricDef>;

export type EvidenceRecord = { type: string; id: string; label: string; link: string };
export type EvidenceDto = Evidence & { unit: string; link: string | null; records: EvidenceRecord[] };
export type DimensionDto = { key: HealthDimension; score: number | null; status: Colour | null; evidence: EvidenceDto[] };

type Computed = { result: HealthResult; inputs: Map<string, IndicatorInput>; planId: string | null };

// ---------------------------------------------------------------------------------------------
// Settings: the status bands (decision 0284)

const SETTINGS: AuditedKind<HealthSettingsRow> = {
  entityType: 'health_settings',
  partnerIdOf: () => null,
  labelOf: () => 'Health status thresholds',
};

export type HealthSettingsDto = HealthBands & { can: { edit: boolean } };

/** The organisation's thresholds as the score rule takes them (green from, yellow from). */
export async function healthThresholds(c: TxCtx): Promise<HealthThresholds> {
  return thresholdsOf(await loadSingleton(c, healthSettings));
}

export async function getHealthSettings(ctx: Ctx): Promise<HealthSettingsDto> {
  return withTx(ctx, async (c) => {
    const row = await loadSingleton(c, healthSettings);
    return { green: row.green, red: row.red, can: { edit: policyActor(c).role === 'admin' } };
  });
}

/**
 * An admin sets the bands (0 ≤ red < green ≤ 100; 422 naming the field). Live scores, the
 * portfolio, snapshots taken from now on and the red alert use them; stored snapshots keep the
 * status they were taken with. Audited as `health_settings` (event `health_settings.updated`).
 */
export async function updateHealthSettings(ctx: Ctx, patch: Partial<HealthBands>): Promise<HealthSettingsDto> {
  return withTx(ctx, async (c) => {
    if (policyActor(c).role !== 'admin') throw forbidden('Only an admin sets the health thresholds');
    const before = await loadSingleton(c, healthSettings);
    const next = { green: patch.green ?? before.green, red: patch.red ?? before.red };
    const [problem] = healthBandProblems(next);
    if (problem) throw invalidField(problem.path, problem.message);
    await updateAudited(c, healthSettings, before, { ...next, updatedAt: c.now }, SETTINGS);
    return getHealthSettings(c);
  });
}

const YEAR_MS = 365 * 24 * 3600 * 1000;

/**
 * Every requested partner's health as of `asOf`, set-based: one call per input metric for all of
 * them (each is one query, decision 0081), then the pure rule per partner. A metric no installed
 * module provides is "no data" for everyone; one that answers nothing for a partner is "no data"
 * for it (or zero, where absence is the evidence — see HEALTH_INDICATORS).
 */
export async function computeHealth(
  c: TxCtx,
  ids: readonly string[],
  asOf: Date,
  options: { metrics?: Metrics; withRecords?: boolean } = {},
): Promise<Map<string, Computed>> {
  if (ids.length === 0) return new Map();
  // The metrics share their underlying reads (the plans, governance and alliance figures, the settings): decision 0323.
  return sharingReads(c, () => computeHealthShared(c, ids, asOf, options));
}

async function computeHealthShared(
  c: TxCtx,
  ids: readonly string[],
  asOf: Date,
  options: { metrics?: Metrics; withRecords?: boolean },
): Promise<Map<string, Computed>> {
  const out = new Map<string, Computed>();
  const defs = options.metrics ?? (await loadMetrics());
  const values = new Map<string, Map<string, MetricValue> | null>();
  for (const key of HEALTH_INPUT_METRICS) {
    const def = defs.get(key);
    values.set(key, def ? await def.compute(c, ids, asOf) : null);
  }
  const revenue = defs.get('opportunities.won_revenue_t4q');
  const yearBefore = revenue ? await revenue.compute(c, ids, new Date(asOf.getTime() - YEAR_MS)) : null;
  const plans = options.withRecords ? await currentPlanFulfilment(c, ids, asOf) : new Map();
  const thresholds = await healthThresholds(c);
  for (const id of ids) {
    const inputs = new Map<string, IndicatorInput>();
    for (const [key, map] of values) inputs.set(key, { provided: map !== null, value: map?.get(id) ?? null });
    const won = values.get('opportunities.won_revenue_t4q');
    const pipeline = values.get('opportunities.joint_pipeline');
    const fin = financialInputs(
      won?.get(id) ?? (won ? 0 : null),
      yearBefore ? (yearBefore.get(id) ?? 0) : null,
      pipeline?.get(id) ?? (pipeline ? 0 : null),
    );
    inputs.set('health.revenue_growth', { provided: Boolean(won), value: fin.growth });
    inputs.set('health.pipeline_coverage', { provided: Boolean(won && pipeline), value: fin.coverage });
    out.set(id, { result: healthScore(inputs, thresholds), inputs, planId: plans.get(id)?.planId ?? null });
  }
  return out;
}

/** Where each input is seen in the app (the evidence's link). */
function linkOf(metric: string, partnerId: string, planId: string | null): string | null {
  const [module] = metric.split('.');
  switch (module) {
    case 'plans':
      return planId ? `/business-plans/${planId}` : `/business-plans?partnerId=${partnerId}`;
    case 'alliances':
      return `/alliances/${partnerId}`;
    case 'governance':
      return `/governance?partnerId=${partnerId}`;
    case 'enablement':
      return `/enablement`;
    case 'opportunities':
    case 'health':
      return `/opportunities?partnerId=${partnerId}`;
    case 'deals':
      return `/deal-registrations?partnerId=${partnerId}`;
    case 'risks':
      return `/risks?partnerId=${partnerId}`;
    case 'surveys':
      return `/surveys`;
    default:
      return `/partners/${partnerId}`;
  }
}

const DERIVED_UNITS: Record<string, string> = { 'health.revenue_growth': 'percent', 'health.pipeline_coverage': 'percent' };

function dimensionsDto(partnerId: string, computed: Computed, defs: Metrics): DimensionDto[] {
  return computed.result.dimensions.map((d) => ({
    key: d.key,
    score: d.score,
    status: d.status,
    evidence: d.evidence.map((e) => ({
      ...e,
      unit: DERIVED_UNITS[e.metric] ?? defs.get(e.metric)?.unit ?? 'count',
      link: linkOf(e.metric, partnerId, computed.planId),
      records:
        e.metric.startsWith('plans.') && computed.planId
          ? [
              {
                type: 'business_plan',
                id: computed.planId,
                label: 'Current joint business plan',
                link: `/business-plans/${computed.planId}`,
              },
            ]
          : [],
    })),
  }));
}

export type PartnerHealthDto = {
  partnerId: string;
  partnerName: string;
  score: number | null;
  status: Colour | null;
  dimensions: DimensionDto[];
  computedAt: Date;
  thresholds: { green: number; yellow: number };
  /** Against the latest snapshot of an earlier month. */
  trend: 'up' | 'down' | 'flat' | null;
  previous: { period: string; score: number | null; status: Colour | null } | null;
  /** Money evidence is minor units of this currency (the reporting currency). */
  currency: string;
};

async function currentPeriod(c: Ctx): Promise<string> {
  return localDateOf(c.now, (await getSettings(c)).timeZone).slice(0, 7);
}

/** One partner's live health with its evidence (vendor staff; another partner's id is a 404). */
export async function getPartnerHealth(
  ctx: Ctx,
  partnerId: string,
  options: { metrics?: Metrics } = {},
): Promise<PartnerHealthDto> {
  return withTx(ctx, async (c) => {
    const partner = await visiblePartner(c, partnerId);
    const defs = options.metrics ?? (await loadMetrics());
    const computed = (await computeHealth(c, [partner.id], c.now, { metrics: defs, withRecords: true })).get(partner.id);
    if (!computed) throw notFound('Partner');
    const period = await currentPeriod(c);
    const [previous] = await c.tx
      .select()
      .from(healthSnapshots)
      .where(and(eq(healthSnapshots.partnerId, partner.id), lt(healthSnapshots.period, period)))
      .orderBy(desc(healthSnapshots.period))
      .limit(1);
    return {
      partnerId: partner.id,
      partnerName: partner.name,
      score: computed.result.score,
      status: computed.result.status,
      dimensions: dimensionsDto(partner.id, computed, defs),
      computedAt: c.now,
      thresholds: await healthThresholds(c),
      trend: trendOf(computed.result.score, previous?.score),
      previous: previous ? { period: previous.period, score: previous.score, status: previous.status } : null,
      currency: (await getSettings(c)).reportingCurrency,
    };
  });
}

export type SnapshotDto = {
  period: string;
  asOf: Date;
  score: number | null;
  status: Colour | null;
  dimensions: Record<HealthDimension, number | null>;
};

function snapshotDto(s: HealthSnapshotRow): SnapshotDto {
  return {
    period: s.period,
    asOf: s.asOf,
    score: s.score,
    status: s.status,
    dimensions: { strategic: s.strategic, operational: s.operational, financial: s.financial, relationship: s.relationship },
  };
}

/** A partner's monthly snapshots, oldest first (the last 36 months). */
export async function getHealthHistory(ctx: Ctx, partnerId: string): Promise<SnapshotDto[]> {
  return withTx(ctx, async (c) => {
    const partner = await visiblePartner(c, partnerId);
    const rows = await c.tx
      .select()
      .from(healthSnapshots)
      .where(eq(healthSnapshots.partnerId, partner.id))
      .orderBy(desc(healthSnapshots.period))
      .limit(36);
    return rows.reverse().map(snapshotDto);
  });
}

export type PortfolioHealthRow = {
  partnerId: string;
  partnerName: string;
  lifecycleStage: string;
  owner: PersonSummary | null;
  score: number | null;
  status: Colour | null;
  dimensions: Record<HealthDimension, number | null>;
  trend: 'up' | 'down' | 'flat' | null;
  /** Scores of the last 12 monthly snapshots, oldest first (the sparkline). */
  history: { period: string; score: number | null }[];
};

export type PortfolioHealthQuery = { status?: Colour[]; q?: string; ownerId?: string };

/**
 * Every partner in business with its live health, set-based (each input metric once for all),
 * the last 12 snapshots for the sparkline, filtered by status; worst first.
 */
export async function listHealth(
  ctx: Ctx,
  query: PortfolioHealthQuery,
  options: { metrics?: Metrics } = {},
): Promise<{ asOf: Date; counts: Record<Colour | 'none', number>; data: PortfolioHealthRow[] }> {
  return withTx(ctx, (c) => sharingReads(c, () => portfolioHealth(c, query, options)));
}

async function portfolioHealth(
  c: TxCtx,
  query: PortfolioHealthQuery,
  options: { metrics?: Metrics },
): Promise<{ asOf: Date; counts: Record<Colour | 'none', number>; data: PortfolioHealthRow[] }> {
  const where: (SQL | undefined)[] = [partnerFilter(c, partners.id), inArray(partners.lifecycleStage, [...HEALTH_STAGES])];
  if (query.q) where.push(ilike(partners.name, `%${query.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`));
  if (query.ownerId) where.push(eq(partners.ownerId, query.ownerId));
  const rows = await c.tx
    .select({ id: partners.id, name: partners.name, stage: partners.lifecycleStage, ownerId: partners.ownerId })
    .from(partners)
    .where(and(...where))
    .orderBy(asc(partners.name), asc(partners.id));
  const ids = rows.map((r) => r.id);
  const computed = await computeHealth(c, ids, c.now, options);
  const period = await currentPeriod(c);
  const since = `${Number(period.slice(0, 4)) - 1}-${period.slice(5)}`;
  const snaps = ids.length
    ? await c.tx
        .select({ partnerId: healthSnapshots.partnerId, period: healthSnapshots.period, score: healthSnapshots.score })
        .from(healthSnapshots)
        .where(and(inArray(healthSnapshots.partnerId, ids), gte(healthSnapshots.period, since)))
        .orderBy(asc(healthSnapshots.period))
    : [];
  const history = new Map<string, { period: string; score: number | null }[]>();
  for (const s of snaps) {
    const list = history.get(s.partnerId) ?? [];
    list.push({ period: s.period, score: s.score });
    history.set(s.partnerId, list);
  }
  const people = await personSummaries(
    c,
    rows.map((r) => r.ownerId),
  );
  const counts = { green: 0, yellow: 0, red: 0, none: 0 };
  const all = rows.map((r): PortfolioHealthRow => {
    const h = computed.get(r.id)?.result;
    const dims = Object.fromEntries(
      HEALTH_DIMENSIONS.map((k) => [k, h?.dimensions.find((d) => d.key === k)?.score ?? null]),
    ) as Record<HealthDimension, number | null>;
    const past = (history.get(r.id) ?? []).slice(-12);
    counts[h?.status ?? 'none'] += 1;
    return {
      partnerId: r.id,
      partnerName: r.name,
      lifecycleStage: r.stage,
      owner: r.ownerId ? (people.get(r.ownerId) ?? null) : null,
      score: h?.score ?? null,
      status: h?.status ?? null,
      dimensions: dims,
      trend: trendOf(h?.score ?? null, past.at(-1)?.score),
      history: past,
    };
  });
  const data = all
    .filter((r) => !query.status?.length || (r.status !== null && query.status.includes(r.status)))
    .sort((a, b) => (a.score ?? 101) - (b.score ?? 101) || a.partnerName.localeCompare(b.partnerName));
  return { asOf: c.now, counts, data };
}

export type SnapshotRun = { period: string; asOf: Date; partners: number; red: number; turnedRed: number };

/**
 * Stores each partner's health for a month (`YYYY-MM`) as of `asOf` (the month's end, or now for
 * the running month): one row per partner and month, replaced when taken again, so the job is
 * idempotent per period. A partner whose snapshot is red while the previous month's was not turns
 * red: its owner is told (notification + e-mail) and `partner_health.turned_red` is emitted, once
 * per transition (the row remembers the alert). The run itself is `health_snapshot.taken`.
 */
export async function takeSnapshots(
  ctx: Ctx,
  input: { period: string; asOf?: Date },
  options: { metrics?: Metrics } = {},
): Promise<SnapshotRun> {
  const range = periodRange(input.period);
  if (!range || input.period.includes('Q')) throw invalidField('period', 'must be a month such as 2026-11');
  return withTx(ctx, async (c) => {
    const today = localDateOf(c.now, (await getSettings(c)).timeZone);
    if (range.start > today) throw invalidField('period', 'must not be a month still to come');
    const end = new Date(`${range.end}T00:00:00Z`);
    const asOf = input.asOf ?? (end < c.now ? end : c.now);
    const periodStart = `${range.start}T00:00:00Z`;
    const periodEnd = end.toISOString();
    const firstEnabled = c.tx
      .select({ at: sql`min(${partnerStageTransitions.occurredAt})` })
      .from(partnerStageTransitions)
      .where(
        and(eq(partnerStageTransitions.partnerId, partners.id), inArray(partnerStageTransitions.toStage, [...HEALTH_STAGES])),
      );
    const rows = await c.tx
      .select({ id: partners.id, name: partners.name, ownerId: partners.ownerId })
      .from(partners)
      .where(
        and(
          partnerFilter(c, partners.id),
          inArray(partners.lifecycleStage, [...HEALTH_STAGES]),
          lte(partners.createdAt, asOf),
          // From its first full month as an enabled partner: a prospect, a partner still onboarding or
          // one enabled during the month has no health for it yet (decision 0339).
          sql`(${firstEnabled}) <= ${asOf.toISOString()}::timestamptz and not ((${firstEnabled}) >= ${periodStart}::timestamptz and (${firstEnabled}) < ${periodEnd}::timestamptz)`,
        ),
      );
    const ids = rows.map((r) => r.id);
    const computed = await computeHealth(c, ids, asOf, options);
    const before = ids.length
      ? await c.tx
          .select()
          .from(healthSnapshots)
          .where(
            and(
              inArray(healthSnapshots.partnerId, ids),
              inArray(healthSnapshots.period, [input.period, previousMonth(input.period)]),
            ),
          )
      : [];
    const existing = new Map(before.filter((s) => s.period === input.period).map((s) => [s.partnerId, s]));
    const previous = new Map(before.filter((s) => s.period !== input.period).map((s) => [s.partnerId, s]));
    const run: SnapshotRun = { period: input.period, asOf, partners: rows.length, red: 0, turnedRed: 0 };
    const values = rows.map((r) => {
      const h = computed.get(r.id)?.result;
      const dim = (k: HealthDimension) => h?.dimensions.find((d) => d.key === k)?.score ?? null;
      return {
        partnerId: r.id,
        period: input.period,
        asOf,
        score: h?.score ?? null,
        status: h?.status ?? null,
        strategic: dim('strategic'),
        operational: dim('operational'),
        financial: dim('financial'),
        relationship: dim('relationship'),
        takenAt: c.now,
      };
    });
    if (values.length) {
      // One statement and one parameter for every partner (values() breaks at 20,000 rows).
      await insertFromJson(c.tx, healthSnapshots, values, {
        returning: false,
        onConflictDoUpdate: {
          target: [healthSnapshots.partnerId, healthSnapshots.period],
          set: {
            asOf,
            score: sqlExcluded('score'),
            status: sqlExcluded('status'),
            strategic: sqlExcluded('strategic'),
            operational: sqlExcluded('operational'),
            financial: sqlExcluded('financial'),
            relationship: sqlExcluded('relationship'),
            takenAt: c.now,
          },
        },
      });
    }
    for (const r of rows) {
      const h = computed.get(r.id)?.result;
      if (h?.status === 'red') run.red += 1;
      const prior = previous.get(r.id);
      const already = existing.get(r.id)?.alertedAt ?? null;
      if (!turnedRed(h?.status ?? null, prior ? prior.status : undefined, already !== null)) continue;
      run.turnedRed += 1;
      await c.tx
        .update(healthSnapshots)
        .set({ alertedAt: c.now })
        .where(and(eq(healthSnapshots.partnerId, r.id), eq(healthSnapshots.period, input.period)));
      const weakest = [...(h?.dimensions ?? [])]
        .filter((d) => d.score !== null)
        .sort((a, b) => (a.score ?? 0) - (b.score ?? 0))[0];
      await recordChange(c, {
        action: 'turn_red',
        entityType: 'partner_health',
        entityId: r.id,
        partnerId: r.id,
        before: { status: prior?.status ?? null, score: prior?.score ?? null, period: prior?.period ?? null },
        after: { status: 'red', score: h?.score ?? null, period: input.period },
        summary: `${r.name}'s health turned red (${h?.score ?? '–'}/100 in ${input.period}, ${prior?.status} before)`,
        event: 'partner_health.turned_red',
        eventData: {
          period: input.period,
          score: h?.score ?? null,
          previous: { period: prior?.period ?? null, status: prior?.status ?? null, score: prior?.score ?? null },
          dimensions: Object.fromEntries((h?.dimensions ?? []).map((d) => [d.key, d.score])),
        },
      });
      if (r.ownerId) {
        await notify(c, {
          to: [r.ownerId],
          kind: 'health.turned_red',
          title: `${r.name}'s health turned red`,
          body:
            `Health score ${h?.score ?? '–'}/100 in ${input.period} (was ${prior?.score ?? '–'}, ${prior?.status}).` +
            (weakest ? ` Weakest dimension: ${weakest.key} at ${weakest.score}.` : '') +
            ' Open the partner to see the evidence behind each dimension.',
          link: `/partners/${r.id}`,
          entity: { type: 'partner', id: r.id },
          partnerId: null,
        });
      }
    }
    await recordChange(c, {
      action: 'take',
      entityType: 'health_snapshot',
      entityId: input.period,
      partnerId: null,
      after: { period: input.period, asOf: asOf.toISOString(), partners: run.partners, red: run.red, turnedRed: run.turnedRed },
      summary: `Health snapshots for ${input.period}: ${run.partners} partners, ${run.red} red, ${run.turnedRed} turned red`,
      event: 'health_snapshot.taken',
      eventData: { period: input.period, partners: run.partners, red: run.red, turnedRed: run.turnedRed },
    });
    return run;
  });
}

/** The scheduled run on the 1st: the month that just ended, as of its end. */
export async function snapshotLastMonth(ctx: Ctx): Promise<SnapshotRun> {
  const period = previousMonth(await currentPeriod(ctx));
  return takeSnapshots(ctx, { period });
}

/** Latest snapshot score per partner as of a moment (the `health.score` metric; decision 0280). */
export async function latestSnapshotScores(
  c: TxCtx,
  ids: readonly string[] | 'all',
  asOf: Date,
): Promise<Map<string, MetricValue>> {
  if (ids !== 'all' && ids.length === 0) return new Map();
  const rows = await c.tx
    .selectDistinctOn([healthSnapshots.partnerId], { partnerId: healthSnapshots.partnerId, score: healthSnapshots.score })
    .from(healthSnapshots)
    .where(
      and(
        ids === 'all' ? undefined : inArray(healthSnapshots.partnerId, [...ids]),
        lt(healthSnapshots.asOf, new Date(asOf.getTime() + 1)),
      ),
    )
    .orderBy(healthSnapshots.partnerId, desc(healthSnapshots.asOf));
  return new Map(rows.map((r) => [r.partnerId, r.score]));
}
