import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import type pg from 'pg';
import { type Database, openDatabase } from '../src/db/database.js';
import { prepareDatabase } from '../src/db/prepare.js';
import { withTx } from '../src/db/scope.js';
import { listAlerts, portfolio } from '../src/modules/alliance-alerts/index.js';
import { attributionReport, BUILT_IN_MODELS } from '../src/modules/attribution/index.js';
import { currentPlanFulfilment } from '../src/modules/business-plans/index.js';
import { searchDirectory } from '../src/modules/directory-listings/directory-listings.service.js';
import { ecosystemMap } from '../src/modules/ecosystem-map/index.js';
import { governanceFigures } from '../src/modules/governance/index.js';
import { evaluateTemplate, listHealth, STANDARD_TEMPLATE_ID } from '../src/modules/health/index.js';
import {
  kpiDashboard,
  monthStart,
  previousMonth,
  roiReport,
  takeSnapshot,
  writeSnapshotFacts,
} from '../src/modules/kpis/index.js';
import { onboardingCompletion, onboardingStats } from '../src/modules/onboarding/index.js';
import type { FitCriterion } from '../src/modules/partners/fit.rules.js';
import { saveIdealProfile } from '../src/modules/partners/fit.service.js';
import { partners } from '../src/modules/partners/partners.schema.js';
import { getPartner, listPartners, type PartnerListQuery, partnerStats } from '../src/modules/partners/partners.service.js';
import { previewEvaluation } from '../src/modules/programs/index.js';
import { jvpPublished } from '../src/modules/value/index.js';
import { jvpUses90d } from '../src/modules/value-uses/index.js';
import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/config.js';
import { loadMetrics, loadRoutes } from '../src/server/module.js';
import { type AnyRouteDef, access, defineRoute } from '../src/server/route.js';
import { systemCtx } from '../src/shared/context.js';
import { benchAccountMapping } from './account-mapping-bench.js';
import { generateAlliances } from './alliances-data.js';
import { generateAttribution } from './attribution-data.js';
import { generateBusinessPlans } from './business-plans-data.js';
import type { BenchTarget } from './databases.js';
import { benchDealRegistrations, type DealBenchResult } from './deal-registration-bench.js';
import { generateDirectory } from './directory-data.js';
import { generateEcosystem } from './ecosystem-data.js';
import { type Comparison, captureStatements, compare, rolledBack } from './floor-bench.js';
import { generateGovernance } from './governance-data.js';
import { type Caller, type HttpResult, type HttpScenario, middleCursor, runScenario, signIn } from './http-bench.js';
import { benchImport, type ImportResult } from './import-bench.js';
import { benchLeadRouting, type LeadRoutingBenchResult } from './lead-routing-bench.js';
import { generateOnboardings } from './onboarding-data.js';
import type { BenchOptions } from './options.js';
import { openOwner } from './owner.js';
import { explainMain, type PlanSummary } from './plans.js';
import { log } from './progress.js';
import { generateRisks } from './risk-data.js';
import { BENCH_PASSWORD, generateScaleData, type ScaleData } from './scale-data.js';
import { generateValue } from './value-data.js';
import { benchWebhookLatency, type WebhookLatency } from './webhook-bench.js';

export type DatabaseResult = {
  kind: 'pglite' | 'postgres';
  label: string;
  serverVersion: string;
  scaleData: { seconds: number } & ScaleData['sizes'];
  http: HttpResult[];
  computations: Comparison[];
  plans: PlanSummary[];
  /** Commit → received by a local receiver (webhook-bench.ts). */
  webhooks: WebhookLatency;
  /** CSV imports of a tenth of `importRows`, then of all: throughput and whether memory stays flat. */
  imports: ImportResult[];
  /** Deal registration with its conflict check, under concurrency, against its SQL floor. */
  deals?: DealBenchResult;
  leadRouting?: LeadRoutingBenchResult;
};

/** A search word that matches a few per cent of the generated names ("… Cloud …", "Relecloud …"). */
const SEARCH = 'cloud';
const PAGE = 50;

/** An Ideal Partner Profile of the usual size, so sorting by fit scores every row against it. */
export const BENCH_PROFILE: FitCriterion[] = [
  { label: 'Service-led', attribute: 'types', values: ['msp', 'si', 'gsi', 'var'], weight: 30 },
  { label: 'Builds on us', attribute: 'types', values: ['isv', 'technology'], weight: 20 },
  { label: 'Europe or North America', attribute: 'regions', values: ['europe', 'north_america'], weight: 20 },
  { label: 'Mid-sized', attribute: 'companySize', values: ['51-200', '201-1000'], weight: 15 },
  { label: 'Core industries', attribute: 'industries', values: ['Software', 'Healthcare'], weight: 15 },
];

const LIST_QUERIES = {
  firstPage: { limit: PAGE, sort: 'name' },
  filtered: { limit: PAGE, sort: '-createdAt', q: SEARCH, lifecycleStage: ['active'] },
  // The recruitment board's column: every prospect scored against the Ideal Partner Profile, best first.
  byFit: { limit: PAGE, sort: '-fit', lifecycleStage: ['prospect', 'qualified'] },
} satisfies Record<string, PartnerListQuery>;

function scenarios(scale: ScaleData, cursor: string): HttpScenario[] {
  return [
    { name: 'health check (baseline)', as: 'anonymous', path: '/healthz' },
    {
      name: BARE,
      as: 'anonymous',
      path: `${BARE_PATH}/${scale.sampleTierId}`,
      display: `${BARE_PATH}/<tier id>`,
    },
    {
      name: CEILING,
      as: 'anonymous',
      path: `${CEILING_PATH}/${scale.samplePartnerId}`,
      display: `${CEILING_PATH}/<partner id>`,
    },
    { name: 'partners: first page', as: 'admin', path: `/api/v1/partners?limit=${PAGE}`, expectRows: 'some' },
    {
      name: 'partners: filter + search',
      as: 'admin',
      path: `/api/v1/partners?limit=${PAGE}&q=${SEARCH}&lifecycleStage=active&sort=-createdAt`,
      expectRows: 'some',
    },
    {
      name: 'partners: deep page (middle cursor)',
      as: 'admin',
      path: `/api/v1/partners?limit=${PAGE}&cursor=${encodeURIComponent(cursor)}`,
      display: `/api/v1/partners?limit=${PAGE}&cursor=<middle>`,
      expectRows: 'some',
    },
    {
      name: 'partner by id',
      as: 'admin',
      path: `/api/v1/partners/${scale.samplePartnerId}`,
      // Ids carry the generation time, so the report names the route, not today's id.
      display: '/api/v1/partners/<id>',
    },
    {
      name: 'partner by id, as its partner admin',
      as: 'partner',
      path: `/api/v1/partners/${scale.partnerAdmin.partnerId}`,
      display: '/api/v1/partners/<own id>',
    },
    { name: 'partners as a partner user', as: 'partner', path: '/api/v1/partners', expectRows: 1 },
  ];
}

/**
 * Reads of records the comparisons' generators load (after the first HTTP round): the opportunity
 * list's first page (the ecosystem and attribution data's deals), read as a share of the ceiling.
 */
function lateScenarios(): HttpScenario[] {
  return [{ name: 'opportunities: first page', as: 'admin', path: `/api/v1/opportunities?limit=${PAGE}`, expectRows: 'some' }];
}

export const CEILING = 'ceiling: one indexed read by id in a transaction, no session, no RLS';
const CEILING_PATH = '/bench/ceiling';
const BARE = 'bare: one query on the pool, no transaction';
const BARE_PATH = '/bench/bare';

/**
 * Two reference routes, registered only in the bench, that the signed-in reads are measured
 * against in the same run:
 * - the ceiling: the same stack doing one indexed read by id — Fastify, a transaction opened as
 *   every request's is (one round trip), one Drizzle select of the partner, commit, the row as
 *   JSON — with no session and as the system, whose row-level security policy is a plain `true`;
 * - the bare floor of the stack: one simple-protocol query of a tier on the pool, no transaction.
 */
function referenceRoutes(database: Database): AnyRouteDef[] {
  return [
    defineRoute({
      method: 'GET',
      url: `${CEILING_PATH}/:id`,
      summary: 'Bench ceiling',
      tags: ['bench'],
      access: access.public(),
      handler: async ({ req }) => {
        const { id } = req.params as { id: string };
        const [row] = await withTx(systemCtx(database.db, 'bench ceiling'), (c) =>
          c.tx.select().from(partners).where(eq(partners.id, id)),
        );
        if (!row) throw new Error('ceiling row missing');
        return row;
      },
    }),
    defineRoute({
      method: 'GET',
      url: `${BARE_PATH}/:id`,
      summary: 'Bench bare read',
      tags: ['bench'],
      access: access.public(),
      handler: async ({ req }) => {
        const { id } = req.params as { id: string };
        // The simple protocol, as PGlite needs outside a transaction (src/db/database.ts).
        if (!/^[0-9a-f-]{36}$/.test(id)) throw new Error('not an id');
        const { rows } = await database.pool.query(`SELECT * FROM tiers WHERE id = '${id}'`);
        if (!rows[0]) throw new Error('bare row missing');
        return rows[0];
      },
    }),
  ];
}

/** The real app on a real port: `buildApp` + `listen`, as `consort serve` runs it, logger off. */
async function runHttp(
  database: Database,
  config: ReturnType<typeof loadConfig>,
  scale: ScaleData,
  options: BenchOptions,
  which: (scale: ScaleData, cursor: string) => HttpScenario[] = scenarios,
) {
  const routes = [...(await loadRoutes()), ...referenceRoutes(database)];
  const app = await buildApp({ config, database, logger: false, routes });
  try {
    const baseUrl = await app.listen({ host: '127.0.0.1', port: 0 });
    const cookies: Record<Caller, string | undefined> = {
      anonymous: undefined,
      admin: await signIn(baseUrl, scale.admin, BENCH_PASSWORD),
      partner: await signIn(baseUrl, scale.partnerAdmin, BENCH_PASSWORD),
    };
    const cursor = await middleCursor(baseUrl, cookies.admin ?? '', scale.sizes.partners);
    const results: HttpResult[] = [];
    for (const scenario of which(scale, cursor)) results.push(await runScenario(baseUrl, scenario, cookies, options));
    return { results, cursor };
  } finally {
    await app.close();
  }
}

async function runComparisons(database: Database, owner: pg.Client, scale: ScaleData, repetitions: number) {
  const on = { database, owner, person: scale.admin, repetitions };
  await saveIdealProfile(systemCtx(database.db, 'bench'), BENCH_PROFILE);
  const made = await generateOnboardings(owner);
  log(`  onboardings: ${made.onboardings} with ${made.tasks} tasks`);
  const directory = await generateDirectory(owner);
  log(`  directory: ${directory.listings} listings, ${directory.memberships} program memberships`);
  const value = await generateValue(owner);
  log(`  joint value propositions: ${value.propositions} with ${value.sessions} calculator sessions`);
  log(`  risks: ${(await generateRisks(owner)).risks}`);
  const governance = await generateGovernance(owner);
  log(`  governance: ${governance.meetings} meetings, ${governance.actions} action items`);
  const plans = await generateBusinessPlans(owner);
  log(`  business plans: ${plans.plans} with ${plans.commitments} commitments`);
  const alliances = await generateAlliances(owner);
  log(`  alliances: ${alliances.alliances} with ${alliances.auditEntries} audit entries of their history`);
  const ecosystem = await generateEcosystem(owner);
  log(
    `  ecosystem: ${ecosystem.opportunities} shared opportunities, ${ecosystem.involvements} involvements, ${ecosystem.listings} integrations`,
  );
  const attribution = await generateAttribution(owner);
  log(`  attribution: ${attribution.deals} won deals with ${attribution.touches} touches`);
  const twoYears = {
    from: new Date(Date.now() - 730 * 86_400_000).toISOString().slice(0, 10),
    to: new Date().toISOString().slice(0, 10),
  };
  const metrics = await loadMetrics();
  const allianceMetrics = (asOf: () => Date) => (ctx: Parameters<typeof partnerStats>[0]) =>
    withTx(ctx, async (c) =>
      Promise.all(
        ['alliances.sponsors_named', 'alliances.design_explicit'].map((key) => metrics.get(key)?.compute(c, 'all', asOf())),
      ),
    );
  // Twelve monthly KPI snapshots for the dashboard reads (the job's work, set-based per month).
  const kpiMonths: string[] = [];
  for (let m = previousMonth(monthStart(new Date().toISOString().slice(0, 10))); kpiMonths.length < 12; m = previousMonth(m)) {
    kpiMonths.unshift(m);
  }
  const snapshotStarted = Date.now();
  for (const m of kpiMonths) await takeSnapshot(systemCtx(database.db, 'bench KPI snapshots'), m);
  const dealFacts = await owner.query<{ n: string }>('select count(*)::text as n from kpi_deal_facts');
  log(
    `  KPI snapshots: 12 months in ${((Date.now() - snapshotStarted) / 1000).toFixed(1)} s (${dealFacts.rows[0]?.n ?? 0} deal facts)`,
  );
  const lastKpiMonth = kpiMonths.at(-1) as string;
  // The last finished quarter: what the scorecard job evaluates on the 1st of a quarter.
  const today = new Date().toISOString().slice(0, 10);
  const q = Math.floor((Number(today.slice(5, 7)) - 1) / 3);
  const lastQuarter = q === 0 ? `${Number(today.slice(0, 4)) - 1}-Q4` : `${today.slice(0, 4)}-Q${q}`;
  return [
    await compare('partnerStats (portfolio GROUP BYs)', on, (ctx) => partnerStats(ctx)),
    // The KPI snapshot of one month for every partner (its facts; the audited month row aside) and the dashboard reads.
    await compare('KPI snapshot: every partner, one month (set-based)', on, (ctx) =>
      withTx(ctx, (c) => writeSnapshotFacts(c, lastKpiMonth)),
    ),
    await compare('KPI dashboard: 12 months from snapshots (whole ecosystem)', on, (ctx) => kpiDashboard(ctx, {})),
    await compare('KPI dashboard: 12 months from snapshots (segment + region)', on, (ctx) =>
      kpiDashboard(ctx, { segment: ['Enterprise'], region: ['europe'] }),
    ),
    // GET /roi: spend against credited revenue by the default attribution model, per program and quarter, a year.
    await compare('ROI per program and quarter (credited revenue, a year)', on, (ctx) => roiReport(ctx, { groupBy: 'program' })),
    // GET /health: every partner in business, each health input metric once for all, then the rule per partner.
    await compare('health: every partner in business, live (all input metrics + rule)', on, (ctx) => listHealth(ctx, {})),
    // POST /scorecards/evaluate: the standard scorecard for every partner it applies to, one quarter (upsert + an
    // audit entry and event per partner, written set-based by recordChanges: two statements), rolled back after each
    // run on both sides so the runs stay alike.
    await compare(
      `scorecard evaluation: standard template, every partner, ${lastQuarter} (rolled back)`,
      { ...on, repetitions: Math.min(on.repetitions, 5), rollback: true },
      (ctx) => rolledBack(ctx, (c) => evaluateTemplate(c, { templateId: STANDARD_TEMPLATE_ID, period: lastQuarter })),
    ),
    await compare('list partners: first page', on, (ctx) => listPartners(ctx, LIST_QUERIES.firstPage)),
    await compare('list partners: filter + search', on, (ctx) => listPartners(ctx, LIST_QUERIES.filtered)),
    await compare('list partners: best fit first (prospects)', on, (ctx) => listPartners(ctx, LIST_QUERIES.byFit)),
    // The whole portfolio's tier evaluation for the current quarter (proposals only; nothing changes).
    await compare('tier evaluation: every member, one quarter (reads + decisions)', on, (ctx) =>
      previewEvaluation(ctx, { date: ctx.now.toISOString().slice(0, 10) }),
    ),
    await compare('onboardingStats (time to onboard, portfolio)', on, (ctx) => onboardingStats(ctx)),
    await compare('onboardingCompletion (every partner, set-based)', on, (ctx) => onboardingCompletion(ctx, 'all', new Date())),
    // The public directory (no sign-in): first page, then a region and a tier name across programs.
    await compare('public directory: first page', on, (ctx) => searchDirectory(ctx.db, { limit: 24 })),
    await compare('public directory: region + tier name (any program)', on, (ctx) =>
      searchDirectory(ctx.db, { limit: 24, region: ['europe'], tierName: ['Gold'] }),
    ),
    await compare('value metrics: JVP published + uses in 90 days (every partner)', on, (ctx) =>
      withTx(ctx, async (c) => [await jvpPublished(c, 'all', c.now), await jvpUses90d(c, 'all', c.now)]),
    ),
    // Every strategic partner with each installed portfolio metric (one query per metric) and the alert rules.
    await compare('alliance portfolio (strategic partners, metrics + flags)', on, (ctx) => portfolio(ctx)),
    // All six governance.* metrics (days since review, next meeting, sponsor attendance, actions) in one statement.
    await compare('governance metrics (every partner, set-based)', on, (ctx) =>
      withTx(ctx, (c) => governanceFigures(c, 'all', new Date())),
    ),
    await compare('currentPlanFulfilment (every alliance, set-based)', on, (ctx) =>
      currentPlanFulfilment(ctx, 'all', new Date()),
    ),
    // The alliances metrics today (the rows themselves) and 90 days ago (each alliance's audit snapshot then).
    await compare(
      'alliances metrics: sponsors named + design explicit (every alliance, today)',
      on,
      allianceMetrics(() => new Date()),
    ),
    await compare(
      'alliances metrics: sponsors named + design explicit (every alliance, asOf 90 days ago)',
      on,
      allianceMetrics(() => new Date(Date.now() - 90 * 86_400_000)),
    ),
    // GET /alliances/alerts: every strategic partner's metrics, the organisation's thresholds and the rules.
    await compare('alliance alerts (every strategic partner, live)', on, (ctx) => listAlerts(ctx)),
    // GET /ecosystem-map: every partner and every pair sharing an opportunity or an integration, with node sizes.
    await compare('ecosystem map (every partner, edges by self-join)', on, (ctx) => ecosystemMap(ctx, {})),
    await compare('ecosystem map: one region', on, (ctx) => ecosystemMap(ctx, { region: ['europe'] })),
    // The pipeline and won-revenue metrics of every partner (partner 360, tier progress, KPIs), set-based.
    await compare('opportunities metrics: joint pipeline + won revenue t4q (every partner)', on, (ctx) =>
      withTx(ctx, async (c) =>
        Promise.all(
          ['opportunities.joint_pipeline', 'opportunities.won_revenue_t4q'].map((key) =>
            metrics.get(key)?.compute(c, 'all', c.now),
          ),
        ),
      ),
    ),
    // GET /attribution per model: every won deal of two years weighted in SQL, converted at its close date, split exactly.
    ...(await (async () => {
      const out = [];
      for (const model of BUILT_IN_MODELS)
        out.push(
          await compare(`attribution: ${model} (every won deal, two years)`, on, (ctx) =>
            attributionReport(ctx, { model, ...twoYears }),
          ),
        );
      return out;
    })()),
  ];
}

async function runPlans(database: Database, owner: pg.Client, scale: ScaleData, cursor: string) {
  const plan = async (name: string, person: ScaleData['admin'], fn: Parameters<typeof captureStatements>[2]) =>
    explainMain(owner, name, await captureStatements(database, person, fn));
  return [
    await plan('list: first page', scale.admin, (ctx) => listPartners(ctx, LIST_QUERIES.firstPage)),
    await plan('list: filter + search', scale.admin, (ctx) => listPartners(ctx, LIST_QUERIES.filtered)),
    await plan('list: deep page', scale.admin, (ctx) => listPartners(ctx, { ...LIST_QUERIES.firstPage, cursor })),
    await plan('partner by id', scale.admin, (ctx) => getPartner(ctx, scale.samplePartnerId)),
    await plan('list as a partner user', scale.partnerAdmin, (ctx) => listPartners(ctx, LIST_QUERIES.firstPage)),
  ];
}

async function serverVersion(owner: pg.Client): Promise<string> {
  const { rows } = await owner.query<{ server_version: string }>('SHOW server_version');
  return rows[0]?.server_version ?? 'unknown';
}

/** Everything for one database: fresh schema, scale data, HTTP load, service vs floor, plans. */
export async function benchDatabase(target: BenchTarget, options: BenchOptions): Promise<DatabaseResult> {
  log(`\n${target.label}`);
  const config = loadConfig({
    ...target.env,
    LOG_LEVEL: 'silent',
    // No web app: the bench measures the API, and a missing folder serves a small placeholder.
    CONSORT_WEB_DIR: path.join(os.tmpdir(), 'consort-bench-no-web'),
  });
  const database = await openDatabase(config.database);
  try {
    await prepareDatabase(database);
    const scale = await generateScaleData(database, options.partners);
    log(`  loaded ${JSON.stringify(scale.sizes)} in ${scale.seconds.toFixed(1)} s`);
    const http = await runHttp(database, config, scale, options);
    const webhooks = await benchWebhookLatency(database, config);
    log(`  webhook latency p50 ${webhooks.p50Ms.toFixed(1)} ms, p99 ${webhooks.p99Ms.toFixed(1)} ms`);
    const owner = await openOwner(database);
    try {
      const comparisons = await runComparisons(database, owner.client, scale, options.repetitions);
      // 100,000 × 100,000 at the default 20,000 partners; smaller for a quick run. Before the late
      // HTTP scenarios: on PGlite, the owner connection's first statement right after a closed app
      // once failed ("unnamed prepared statement does not exist"), twice on 2026-12-02 at about 03:05.
      const accountMapping = await benchAccountMapping(
        database,
        owner.client,
        scale,
        Math.min(100_000, Math.max(1_000, options.partners * 5)),
        Math.min(5, options.repetitions),
      );
      const late = await runHttp(database, config, scale, options, lateScenarios);
      return {
        kind: target.kind,
        label: target.label,
        serverVersion: await serverVersion(owner.client),
        scaleData: { seconds: scale.seconds, ...scale.sizes },
        http: [...http.results, ...late.results],
        computations: [...comparisons, accountMapping],
        plans: await runPlans(database, owner.client, scale, http.cursor),
        webhooks,
        deals: await benchDealRegistrations(database, owner.client, scale),
        leadRouting: await benchLeadRouting(database, owner.client, scale),
        imports: [
          await benchImport(database, Math.max(1, Math.round(options.importRows / 10)), 'small'),
          await benchImport(database, options.importRows, 'large'),
        ],
      };
    } finally {
      await owner.close();
    }
  } finally {
    await database.close();
  }
}
