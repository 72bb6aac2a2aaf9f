import pg from 'pg';
import { APP_ROLE } from '../../src/db/app-role.js';
import type { Database } from '../../src/db/database.js';

/**
 * Runs SQL as the database owner, bypassing the application role. On PGlite every connection
 * shares one session that the app switched to the application role, so it is reset for the
 * statement and set back afterwards.
 */
export async function asOwner<T>(database: Database, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(database.ownerConnection);
  await client.connect();
  try {
    if (database.kind === 'pglite') await client.query('RESET ROLE');
    return await fn(client);
  } finally {
    if (database.kind === 'pglite') await client.query(`SET ROLE ${APP_ROLE}`);
    await client.end();
  }
}

/** Tables with row-level security policies (the partner-scoped ones). */
export async function rlsTables(database: Database): Promise<string[]> {
  return asOwner(database, async (client) => {
    const { rows } = await client.query<{ relname: string }>(
      "SELECT relname FROM pg_class WHERE relrowsecurity AND relnamespace = 'public'::regnamespace ORDER BY relname",
    );
    return rows.map((r) => r.relname);
  });
}

export async function setRowLevelSecurity(database: Database, enabled: boolean, tables?: string[]): Promise<void> {
  const names = tables ?? (await rlsTables(database));
  await asOwner(database, async (client) => {
    for (const table of names) {
      await client.query(`ALTER TABLE ${table} ${enabled ? 'ENABLE' : 'DISABLE'} ROW LEVEL SECURITY`);
    }
  });
}
