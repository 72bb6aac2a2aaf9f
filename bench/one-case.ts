import os from 'node:os';
import path from 'node:path';
import { type Database, openDatabase } from '../src/db/database.js';
import { prepareDatabase } from '../src/db/prepare.js';
import { type Config, loadConfig } from '../src/server/config.js';
import { type BenchTarget, pgliteTarget, postgresServer, postgresTarget } from './databases.js';
import { log } from './progress.js';

/**
 * Runs one benchmark case alone on a fresh, migrated database of each kind named in `kinds`
 * (`pglite`, `postgres`): the scaffolding of the `*-only.ts` scripts, which are quicker than
 * `npm run bench` when comparing changes to one path.
 */
export async function onEachDatabase(
  kinds: readonly string[],
  bench: (database: Database, config: Config) => Promise<void>,
): Promise<void> {
  async function run(target: BenchTarget): Promise<void> {
    log(`\n${target.label}`);
    const config = loadConfig({ ...target.env, LOG_LEVEL: 'silent', CONSORT_WEB_DIR: path.join(os.tmpdir(), 'none') });
    const database = await openDatabase(config.database);
    try {
      await prepareDatabase(database);
      await bench(database, config);
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
}
