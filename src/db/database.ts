import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { Config } from '../server/config.js';
import { APP_ROLE } from './app-role.js';
import { startPgliteHost } from './pglite-host.js';

export type Db = NodePgDatabase & { $client: pg.Pool };
/** A transaction: the ORM bound to the one pooled connection the transaction runs on (scope.ts). */
export type Tx = NodePgDatabase;
/** A query runner: the database itself or an open transaction. */
export type Runner = Db | Tx;

/**
 * Where the data lives: the configured database, or a throw-away PGlite in memory (tests), empty or
 * a copy of the cluster in `from` (a file written by `Database.dump`).
 */
export type DatabaseTarget = Config['database'] | { kind: 'pglite'; dataDir: 'memory://'; from?: string };

export type Database = {
  kind: 'pglite' | 'postgres';
  db: Db;
  pool: pg.Pool;
  /** Connection settings for a dedicated owner connection (migrations). */
  ownerConnection: pg.ClientConfig;
  /** After migrations: make the application's connections run as the non-owner role. */
  enterAppRole(): Promise<void>;
  /** PGlite only: writes the whole cluster to a file a throw-away database can start from. */
  dump?(file: string): Promise<void>;
  close(): Promise<void>;
};

export const DRIZZLE_CASING = 'snake_case' as const;

/**
 * Opens the database named by the configuration: PGlite in `dataDir` (embedded, the default) or
 * a PostgreSQL server at `url`. Application connections run as the non-owner role `consort_app`,
 * so row-level security applies to every query they make; only migrations use the owner.
 */
export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.kind === 'postgres') {
    const ownerConnection: pg.ClientConfig = { connectionString: target.url };
    // The role is a startup parameter, so a connection that cannot take it fails loudly instead
    // of silently running as the owner.
    const pool = new pg.Pool({ connectionString: target.url, max: target.poolSize, options: `-c role=${APP_ROLE}` });
    pool.on('error', () => {
      // An idle client lost its connection (server restart); the pool replaces it on next use.
    });
    return {
      kind: 'postgres',
      db: drizzle({ client: pool, casing: DRIZZLE_CASING }),
      pool,
      ownerConnection,
      async enterAppRole() {
        // Nothing to do: every pool connection starts as the application role.
      },
      async close() {
        await pool.end();
      },
    };
  }
  const host = await startPgliteHost(target.dataDir, { from: 'from' in target ? target.from : undefined });
  const connection = { host: host.socketDir, port: host.port, user: 'postgres', database: 'postgres' };
  // Every pglite-socket connection shares PGlite's one session; more pool connections than a
  // few only queue inside the worker.
  const pool = guardExtendedProtocol(new pg.Pool({ ...connection, max: 4 }));
  pool.on('error', () => {});
  return {
    kind: 'pglite',
    db: drizzle({ client: pool, casing: DRIZZLE_CASING }),
    pool,
    ownerConnection: connection,
    async enterAppRole() {
      // All socket connections share PGlite's single session, so one SET ROLE covers them all.
      // It must come after migrations, which run as the owner on that same session.
      await pool.query(`SET ROLE ${APP_ROLE}`);
    },
    dump: (file) => host.dump(file),
    async close() {
      await pool.end();
      await host.stop();
    },
  };
}

/**
 * pglite-socket keeps an open transaction to the connection that began it, but outside a
 * transaction it queues the messages of all connections onto PGlite's one session one by one: a
 * parameterised statement (parse, bind, execute) of one connection can then interleave with
 * another's and fail ("portal does not exist") or answer the wrong caller. So on PGlite the pool
 * itself refuses parameterised statements; they run inside `withTx` (a pooled connection, in a
 * transaction), and what must run outside one uses the simple protocol, one message.
 */
function guardExtendedProtocol(pool: pg.Pool): pg.Pool {
  const query = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  pool.query = ((...args: unknown[]) => {
    const [config, values] = args as [string | { values?: unknown[]; name?: string }, unknown[] | undefined];
    const parameters = typeof config === 'string' ? values : (config.values ?? values);
    if ((parameters && parameters.length > 0) || (typeof config === 'object' && config.name)) {
      throw new Error('On PGlite, run parameterised statements inside withTx (a transaction), not on the pool');
    }
    return query(...args);
  }) as typeof pool.query;
  return pool;
}
