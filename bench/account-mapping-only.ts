/**
 * The account-mapping overlap benchmark alone (no HTTP load, no other comparison):
 * `npx tsx bench/account-mapping-only.ts [rows] [pglite,postgres] [repetitions]`, on a small
 * portfolio (200 partners) of each kind. Quicker than `npm run bench` for comparing changes to
 * the matrix's SQL; `npm run bench` runs the same case at 100,000 × 100,000 rows.
 */
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../src/db/database.js';
import { prepareDatabase } from '../src/db/prepare.js';
import { loadConfig } from '../src/server/config.js';
import { benchAccountMapping } from './account-mapping-bench.js';
import { type BenchTarget, pgliteTarget, postgresServer, postgresTarget } from './databases.js';
import { openOwner } from './owner.js';
import { log } from './progress.js';
import { generateScaleData } from './scale-data.js';

const rows = Number(process.argv[2] ?? 20_000);
const kinds = (process.argv[3] ?? 'pglite,postgres').split(',');
const repetitions = Number(process.argv[4] ?? 5);

async function run(target: BenchTarget): Promise<void> {
  log(`\n${target.label}`);
  const config = loadConfig({ ...target.env, LOG_LEVEL: 'silent', CONSORT_WEB_DIR: path.join(os.tmpdir(), 'none') });
  const database = await openDatabase(config.database);
  try {
    await prepareDatabase(database);
    const scale = await generateScaleData(database, 200);
    const owner = await openOwner(database);
    try {
      await benchAccountMapping(database, owner.client, scale, rows, repetitions);
    } finally {
      await owner.close();
    }
  } finally {
    await database.close();
    await target.dispose();
  }
}

if (kinds.includes('pglite')) await run(pgliteTarget());
if (kinds.includes('postgres')) {
  const server = await postgresServer();
  try {
    await run(await postgresTarget(server));
  } finally {
    await server.stop();
  }
}
