import pg from 'pg';
import { APP_ROLE } from '../src/db/app-role.js';
import type { Database } from '../src/db/database.js';

/**
 * A plain `pg` connection as the database owner: for loading scale data set-based, and for the
 * raw-SQL floor (no ORM, no transaction wrapper, no row-level security). On PGlite every socket
 * connection shares the one session the app switched to its role, so the role is reset while
 * this connection is open and set back when it closes (as test/support/owner-sql.ts does). The
 * app's own queries are unaffected meanwhile: `withTx` sets the role for each transaction.
 */
export type OwnerConnection = { client: pg.Client; close(): Promise<void> };

export async function openOwner(database: Database): Promise<OwnerConnection> {
  const client = new pg.Client(database.ownerConnection);
  await client.connect();
  if (database.kind === 'pglite') await client.query('RESET ROLE');
  return {
    client,
    async close() {
      try {
        if (database.kind === 'pglite') await client.query(`SET ROLE ${APP_ROLE}`);
      } finally {
        await client.end();
      }
    },
  };
}
