import type pg from 'pg';
import type { Database } from '../src/db/database.js';
import { withTx } from '../src/db/scope.js';
import { type Candidate, type CoverageDecision, type RoutingRule, routeLead } from '../src/modules/leads/leads.rules.js';
import { decideRouting, loadRoutingWorld } from '../src/modules/leads/leads.service.js';
import { userCtx } from './floor-bench.js';
import { log } from './progress.js';
import type { ScaleData } from './scale-data.js';

/**
 * Lead routing throughput: (1) the pure engine, `rules` ordered rules over `partners` candidates
 * (most leads fall through a few rules before one matches), leads per second; (2) the service as
 * routing runs it for a batch (an import): the routing world loaded once, set-based, over the
 * scale portfolio (its routable partners, tiers, open-lead counts), then a decision per lead with
 * the compliance and coopetition checks of the chosen partner — against the floor of the world's
 * load, the same three reads as plain SQL on the owner connection.
 */
export type LeadRoutingBenchResult = {
  rules: number;
  partners: number;
  engineLeads: number;
  engineLeadsPerSecond: number;
  worldPartners: number;
  worldLoadMs: number;
  worldFloorMs: number;
  serviceLeads: number;
  serviceLeadsPerSecond: number;
};

const COUNTRIES = ['DE', 'FR', 'US', 'GB', 'NL', 'JP', 'AU', 'BR', 'CA', 'SE'];
const REGIONS = ['europe', 'north_america', 'asia_pacific', 'latin_america'];
const INDUSTRIES = ['Banking', 'Retail', 'Manufacturing', 'Healthcare', 'Energy'];
const STRATEGIES = ['tier_weight', 'performance', 'round_robin', 'capacity'] as const;

function leadOf(i: number) {
  return {
    country: COUNTRIES[i % COUNTRIES.length] as string,
    region: REGIONS[i % REGIONS.length] as string,
    industry: INDUSTRIES[(i * 7) % INDUSTRIES.length] as string,
    size: '201-1000',
    products: [i % 3 === 0 ? 'Security' : 'Analytics'],
  };
}

export function benchEngine(rules = 20, partners = 2000, leads = 5000): { leadsPerSecond: number } {
  const candidates: Candidate[] = Array.from({ length: partners }, (_, i) => ({
    id: `00000000-0000-7000-8000-${String(i).padStart(12, '0')}`,
    name: `Partner ${i}`,
    regions: [REGIONS[i % REGIONS.length] as string],
    tierName: `Tier ${i % 4}`,
    tierRank: (i % 4) + 1,
    openLeads: i % 9,
    blockedBy: [],
    competesIn: [],
    metrics: { 'bench.score': (i * 37) % 100 },
  }));
  const ruleList: RoutingRule[] = Array.from({ length: rules }, (_, r) => ({
    id: `rule-${r}`,
    name: `Rule ${r}`,
    countries: r < rules - 1 ? [COUNTRIES[r % COUNTRIES.length] as string] : [],
    regions: [],
    industries: r % 2 ? [INDUSTRIES[r % INDUSTRIES.length] as string] : [],
    sizes: [],
    products: [],
    partnerIds: [],
    strategy: STRATEGIES[r % STRATEGIES.length] as RoutingRule['strategy'],
    metricKey: 'bench.score',
    maxOpenLeads: 8,
    lastPartnerId: null,
  }));
  const coverage: CoverageDecision = { motion: 'hybrid', segment: null, reason: 'default' };
  const excluded = new Map<string, string>();
  const started = performance.now();
  for (let i = 0; i < leads; i++) routeLead({ lead: leadOf(i), coverage, rules: ruleList, candidates, excluded });
  return { leadsPerSecond: leads / ((performance.now() - started) / 1000) };
}

export async function benchLeadRouting(
  database: Database,
  owner: pg.Client,
  scale: ScaleData,
  serviceLeads = 300,
): Promise<LeadRoutingBenchResult> {
  const rules = 20;
  const partners = 2000;
  const engineLeads = 5000;
  const engine = benchEngine(rules, partners, engineLeads);
  log(`  lead routing engine: ${engine.leadsPerSecond.toFixed(0)} leads/s (${rules} rules × ${partners} partners)`);
  const ctx = userCtx(database.db, scale.admin);
  // Rules the scale portfolio is routed by (no writes: decisions only, rolled back).
  let worldLoadMs = 0;
  let worldPartners = 0;
  let serviceSeconds = 0;
  await withTx(ctx, async (c) => {
    for (let r = 0; r < rules; r++)
      await c.tx.execute(
        `INSERT INTO lead_routing_rules (id, name, position, countries, strategy, max_open_leads) VALUES (gen_random_uuid(), 'Bench ${r}', ${1000 + r}, ARRAY['${r < rules - 1 ? COUNTRIES[r % COUNTRIES.length] : 'ZZ'}'], '${STRATEGIES[r % 3]}', 50)` as never,
      );
    const t0 = performance.now();
    const world = await loadRoutingWorld(c);
    worldLoadMs = performance.now() - t0;
    worldPartners = world.candidates.length;
    const t1 = performance.now();
    for (let i = 0; i < serviceLeads; i++) await decideRouting(c, world, leadOf(i), new Map());
    serviceSeconds = (performance.now() - t1) / 1000;
    throw new RollBack();
  }).catch((e) => {
    if (!(e instanceof RollBack)) throw e;
  });
  const f0 = performance.now();
  await owner.query(
    "SELECT id, name, owner_id, regions, tier_id FROM partners WHERE status = 'active' AND lifecycle_stage IN ('enabled','active','strategic')",
  );
  await owner.query('SELECT id, name, rank FROM tiers');
  await owner.query("SELECT partner_id, count(*) FROM leads WHERE status IN ('assigned','accepted') GROUP BY partner_id");
  const worldFloorMs = performance.now() - f0;
  const result = {
    rules,
    partners,
    engineLeads,
    engineLeadsPerSecond: engine.leadsPerSecond,
    worldPartners,
    worldLoadMs,
    worldFloorMs,
    serviceLeads,
    serviceLeadsPerSecond: serviceLeads / serviceSeconds,
  };
  log(
    `  lead routing service: world of ${worldPartners} partners in ${worldLoadMs.toFixed(0)} ms (floor ${worldFloorMs.toFixed(0)} ms), ${result.serviceLeadsPerSecond.toFixed(0)} decisions/s`,
  );
  return result;
}

class RollBack extends Error {}
