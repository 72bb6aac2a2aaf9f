import type pg from 'pg';
import type { Database } from '../src/db/database.js';
import { getAccountMapping } from '../src/modules/account-mapping/index.js';
import type { Comparison } from './floor-bench.js';
import { userCtx } from './floor-bench.js';
import { log, status } from './progress.js';
import type { ScaleData } from './scale-data.js';

/**
 * The account-mapping overlap at scale: `rows` vendor accounts against `rows` accounts of one
 * partner (a third of them the vendor's too, 2 % without a domain so the name join runs), loaded
 * set-based as the owner. The service is `getAccountMapping` as an admin calls it (GET
 * /partners/:id/account-mapping: sharing, both list sizes, the 3 × 3 matrix of distinct
 * companies); the floor is the matrix alone as one plain statement on the owner connection — the
 * two equi-joins on the tables, no function, no scope, no row-level security.
 */
export async function benchAccountMapping(
  database: Database,
  owner: pg.Client,
  scale: ScaleData,
  rows: number,
  repetitions: number,
): Promise<Comparison> {
  const partnerId = scale.samplePartnerId;
  const overlapFrom = Math.round(rows * (2 / 3));
  status(`  account mapping: loading ${rows} × ${rows} accounts…`);
  await owner.query(
    `INSERT INTO vendor_mapping_accounts (id, population, name, domain, name_key, domain_key, source)
     SELECT gen_random_uuid(), (ARRAY['customer','prospect','opportunity'])[1 + i % 3], 'Bench Account ' || i,
            CASE WHEN i % 50 = 7 THEN NULL ELSE 'bench-' || i || '.example' END, 'bench account ' || i,
            CASE WHEN i % 50 = 7 THEN NULL ELSE 'bench-' || i || '.example' END, 'bench'
       FROM generate_series(1, $1::int) i`,
    [rows],
  );
  await owner.query(
    `INSERT INTO partner_mapping_accounts (id, partner_id, population, name, domain, name_key, domain_key)
     SELECT gen_random_uuid(), $1::uuid, (ARRAY['customer','prospect','opportunity'])[1 + (i / 7) % 3], 'Bench Account ' || i,
            CASE WHEN i % 50 = 8 THEN NULL ELSE 'bench-' || i || '.example' END, 'bench account ' || i,
            CASE WHEN i % 50 = 8 THEN NULL ELSE 'bench-' || i || '.example' END
       FROM generate_series($2::int + 1, $2::int + $3::int) i`,
    [partnerId, overlapFrom, rows],
  );
  await owner.query(
    `INSERT INTO account_mapping_sharing (partner_id, side, population, level)
     SELECT $1::uuid, side, pop, 'full' FROM unnest(ARRAY['vendor','partner']) side, unnest(ARRAY['customer','prospect','opportunity']) pop
     ON CONFLICT DO NOTHING`,
    [partnerId],
  );
  await owner.query('ANALYZE vendor_mapping_accounts');
  await owner.query('ANALYZE partner_mapping_accounts');
  const floorSql = `
    SELECT vpop, ppop, count(DISTINCT k)::int FROM (
      SELECT v.population AS vpop, p.population AS ppop, p.domain_key AS k
        FROM partner_mapping_accounts p JOIN vendor_mapping_accounts v ON v.domain_key = p.domain_key
       WHERE p.partner_id = $1 AND p.domain_key IS NOT NULL
      UNION ALL
      SELECT v.population, p.population, coalesce(p.domain_key, 'name:' || p.name_key)
        FROM partner_mapping_accounts p JOIN vendor_mapping_accounts v ON v.name_key = p.name_key
       WHERE p.partner_id = $1 AND (p.domain_key IS NULL OR v.domain_key IS NULL)) x
     GROUP BY 1, 2`;
  const ctx = () => userCtx(database.db, scale.admin);
  const time = async (fn: () => Promise<unknown>) => {
    const started = performance.now();
    await fn();
    return performance.now() - started;
  };
  let overlap = 0;
  const service = async () => {
    const m = await getAccountMapping(ctx(), partnerId);
    overlap = m.overlapTotal ?? 0;
  };
  const floor = () => owner.query(floorSql, [partnerId]);
  await service();
  await floor();
  const serviceMs: number[] = [];
  const floorMs: number[] = [];
  for (let i = 0; i < repetitions; i++) {
    status(`  account mapping: run ${i + 1} of ${repetitions}…`);
    serviceMs.push(await time(service));
    floorMs.push(await time(floor));
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
  const result: Comparison = {
    name: `account-mapping overlap matrix, ${rows.toLocaleString('en')} × ${rows.toLocaleString('en')} accounts (${overlap.toLocaleString('en')} overlapping)`,
    statements: 1,
    serviceTransactions: 1,
    repetitions,
    serviceMedianMs: median(serviceMs),
    floorMedianMs: median(floorMs),
    ratio: median(serviceMs) / median(floorMs),
  };
  log(`  ${result.name}: ${result.serviceMedianMs.toFixed(0)} ms, floor ${result.floorMedianMs.toFixed(0)} ms`);
  return result;
}
