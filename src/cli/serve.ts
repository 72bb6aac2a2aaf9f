import type { Database } from '../db/database.js';
import type { Config } from '../server/config.js';
import { handleSignals, startServer } from '../server/start.js';

export async function runServe(config: Config, beforeListen?: (database: Database) => Promise<void>): Promise<void> {
  const server = await startServer(config, { beforeListen });
  handleSignals(server);
  const where =
    config.database.kind === 'pglite' ? `embedded database in ${config.database.dataDir}` : 'PostgreSQL (DATABASE_URL)';
  console.log(`Consort is running at http://${config.host}:${config.port} (${where}). API docs: /api/docs`);
  if (!config.bootstrapAdmin) {
    console.log('Tip: set CONSORT_ADMIN_EMAIL and CONSORT_ADMIN_PASSWORD to create the first admin of an empty database.');
  }
}
