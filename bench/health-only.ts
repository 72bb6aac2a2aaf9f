/**
 * The portfolio health benchmark alone (`listHealth`, what `GET /health` runs) against its raw-SQL
 * floor: `npx tsx bench/health-only.ts [partners] [pglite,postgres] [repetitions] [--profile]`,
 * on a portfolio of `partners` (default 400) with the data the health inputs read (onboarding,
 * directory, plans, governance, alliances, risks, shared and won deals), as `npm run bench`
 * generates it. Quicker than `npm run bench` when comparing changes to the health path;
 * `--profile` also times each input metric of one call, and the call without them.
 */
import { performance } from 'node:perf_hooks';
import { listHealth } from '../src/modules/health/index.js';
import { saveIdealProfile } from '../src/modules/partners/fit.service.js';
import { loadMetrics, type MetricDef } from '../src/server/module.js';
import { systemCtx } from '../src/shared/context.js';
import { generateAlliances } from './alliances-data.js';
import { generateAttribution } from './attribution-data.js';
import { BENCH_PROFILE } from './bench-database.js';
import { generateBusinessPlans } from './business-plans-data.js';
import { generateDirectory } from './directory-data.js';
import { generateEcosystem } from './ecosystem-data.js';
import { compare, userCtx } from './floor-bench.js';
import { generateGovernance } from './governance-data.js';
import { generateOnboardings } from './onboarding-data.js';
import { onEachDatabase } from './one-case.js';
import { openOwner } from './owner.js';
import { log } from './progress.js';
import { generateRisks } from './risk-data.js';
import { generateScaleData } from './scale-data.js';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const partners = Number(args[0] ?? 400);
const kinds = (args[1] ?? 'pglite,postgres').split(',');
const repetitions = Number(args[2] ?? 10);
const profile = process.argv.includes('--profile');

/** The registry with each compute timed (milliseconds summed per key over the calls). */
function timedMetrics(defs: ReadonlyMap<string, MetricDef>, spent: Map<string, number>): ReadonlyMap<string, MetricDef> {
  const out = new Map<string, MetricDef>();
  for (const [key, def] of defs) {
    out.set(key, {
      ...def,
      async compute(ctx, ids, asOf) {
        const started = performance.now();
        try {
          return await def.compute(ctx, ids, asOf);
        } finally {
          spent.set(key, (spent.get(key) ?? 0) + performance.now() - started);
        }
      },
    });
  }
  return out;
}

await onEachDatabase(kinds, async (database) => {
  const scale = await generateScaleData(database, partners);
  const owner = await openOwner(database);
  try {
    await saveIdealProfile(systemCtx(database.db, 'bench'), BENCH_PROFILE);
    await generateOnboardings(owner.client);
    await generateDirectory(owner.client);
    await generateRisks(owner.client);
    await generateGovernance(owner.client);
    await generateBusinessPlans(owner.client);
    await generateAlliances(owner.client);
    await generateEcosystem(owner.client);
    await generateAttribution(owner.client);
    const on = { database, owner: owner.client, person: scale.admin, repetitions };
    await compare('health: every partner in business, live (all input metrics + rule)', on, (ctx) => listHealth(ctx, {}));
    if (!profile) return;
    const defs = await loadMetrics();
    const spent = new Map<string, number>();
    const timed = timedMetrics(defs, spent);
    const runs = Math.max(3, Math.min(repetitions, 5));
    let total = 0;
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      const result = await listHealth(userCtx(database.db, scale.admin), {}, { metrics: timed });
      total += performance.now() - started;
      if (i === 0) log(`  ${result.data.length} partners in business`);
    }
    const inMetrics = [...spent.values()].reduce((s, v) => s + v, 0);
    log(`  one call: ${(total / runs).toFixed(1)} ms, of which the input metrics ${(inMetrics / runs).toFixed(1)} ms`);
    for (const [key, ms] of [...spent].sort((a, b) => b[1] - a[1])) log(`    ${key}: ${(ms / runs).toFixed(1)} ms`);
  } finally {
    await owner.close();
  }
});
