/**
 * The CSV import benchmark alone, on an empty database of each kind (no scale data, no HTTP
 * load): `npx tsx bench/import-only.ts [rows] [pglite,postgres]`. Quicker than `npm run bench`
 * for comparing changes to the import's write path; the numbers are not the full bench's (there
 * the import runs after 20,000 partners were loaded).
 */
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../src/db/database.js';
import { prepareDatabase } from '../src/db/prepare.js';
import { loadConfig } from '../src/server/config.js';
import { type BenchTarget, pgliteTarget, postgresServer, postgresTarget } from './databases.js';
import { benchImport } from './import-bench.js';
import { log } from './progress.js';

const rows = Number(process.argv[2] ?? 20_000);
const kinds = (process.argv[3] ?? 'pglite,postgres').split(',');

async function run(target: BenchTarget): Promise<void> {
  log(`\n${target.label}`);
  const config = loadConfig({ ...target.env, LOG_LEVEL: 'silent', CONSORT_WEB_DIR: path.join(os.tmpdir(), 'none') });
  const database = await openDatabase(config.database);
  try {
    await prepareDatabase(database);
    await benchImport(database, Math.max(1, Math.round(rows / 10)), 'small');
    await benchImport(database, rows, 'large');
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
