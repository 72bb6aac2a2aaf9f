import type { Database } from '../db/database.js';
import { hasUsers } from '../modules/users/index.js';
import type { Config } from '../server/config.js';
import { handleSignals, startServer } from '../server/start.js';

export async function runServe(config: Config, beforeListen?: (database: Database) => Promise<void>): Promise<void> {
  const server = await startServer(config, { beforeListen });
  handleSignals(server);
  const where =
    config.database.kind === 'pglite' ? `embedded database in ${config.database.dataDir}` : 'PostgreSQL (DATABASE_URL)';
  console.log(`Consort is running at http://${config.host}:${config.port} (${where}). API docs: /api/docs`);
  if (!(await hasUsers(server.database.db))) {
    console.log(
      'Nobody can sign in yet. Stop Consort and start it again with CONSORT_ADMIN_EMAIL and CONSORT_ADMIN_PASSWORD ' +
        'set, or run `npm run create-admin -- --email you@example.com` while it is stopped, to create the first admin.',
    );
  }
}
