import type { FastifyInstance } from 'fastify';
import { analyzeTables } from '../db/analyze.js';
import { type Database, openDatabase } from '../db/database.js';
import { prepareDatabase } from '../db/prepare.js';
import { ensureBootstrapAdmin } from '../modules/users/index.js';
import { systemCtx } from '../shared/context.js';
import { buildApp } from './app.js';
import type { Config } from './config.js';
import { initModules } from './module.js';
import { type RunningWorkers, startWorkers } from './workers.js';

export type RunningServer = { app: FastifyInstance; database: Database; url: string; stop(): Promise<void> };

/** The server could not listen where it was told to; the message says why, in one line. */
export class ListenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ListenError';
  }
}

function listenError(error: unknown, host: string, port: number): unknown {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'EADDRINUSE':
      return new ListenError(`Port ${port} on ${host} is already in use; set PORT to another port`);
    case 'EACCES':
      return new ListenError(`Port ${port} on ${host} needs privileges this process does not have; set PORT to 1024 or above`);
    case 'EADDRNOTAVAIL':
      return new ListenError(`HOST ${host} is not an address of this machine; set HOST to one of its addresses (or 0.0.0.0)`);
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new ListenError(`HOST ${host} is not a name this machine can resolve; set HOST to an address`);
    default:
      return error;
  }
}

/** How long SIGTERM waits for in-flight requests before giving up on them. */
const DRAIN_TIMEOUT_MS = 15_000;

/**
 * Opens the database (taking the data-folder lock for PGlite), applies migrations, runs
 * `beforeListen` (the demo data), creates the first admin if configured and the database has no
 * users, and listens. `stop()` drains in-flight requests, closes the database
 * and releases the lock; `handleSignals` wires it to SIGTERM and SIGINT.
 */
export async function startServer(
  config: Config,
  options: { beforeListen?: (database: Database) => Promise<void> } = {},
): Promise<RunningServer> {
  const database = await openDatabase(config.database);
  let app: FastifyInstance | null = null;
  let workers: RunningWorkers | null = null;
  try {
    await prepareDatabase(database);
    await initModules({ database, config });
    // The app first: the demo's story runs with the event subscribers and e-mail links of the
    // server it will be served by, as in the tests that check it.
    app = await buildApp({ config, database });
    // Before the first admin: `consort demo` must still see an empty database and load the demo
    // (it then adds the configured admin itself).
    await options.beforeListen?.(database);
    // Embedded PGlite has no autovacuum: fresh statistics at every start, and after the demo's
    // load, so the planner does not plan from defaults (a daily job keeps them fresh: system.analyze).
    if (database.kind === 'pglite') await analyzeTables(systemCtx(database.db, 'start'));
    if (config.bootstrapAdmin) {
      const created = await ensureBootstrapAdmin(database.db, config.bootstrapAdmin);
      if (created) console.log(`Created the first admin: ${created.email}`);
    }
    const url = await app.listen({ port: config.port, host: config.host }).catch((error: unknown) => {
      throw listenError(error, config.host, config.port);
    });
    const started = app;
    workers = config.workers ? await startWorkers({ database, config, log: started.log }) : null;
    let stopping: Promise<void> | null = null;
    const running: RunningServer = {
      app,
      database,
      url,
      stop() {
        stopping ??= (async () => {
          await app?.close();
          await workers?.stop();
          await database.close();
        })();
        return stopping;
      },
    };
    return running;
  } catch (error) {
    await app?.close().catch(() => {});
    await workers?.stop().catch(() => {});
    await database.close().catch(() => {});
    throw error;
  }
}

export function handleSignals(server: RunningServer): void {
  let stopping = false;
  const shutdown = (signal: string) => {
    // Signals often come twice (a terminal's Ctrl-C reaches npm, which forwards it, and Consort):
    // a repeat must not fall back to Node's default action and kill the process mid-stop, leaving
    // the data folder locked. The drain timeout bounds the stop.
    if (stopping) {
      server.app.log.info({ signal }, 'already shutting down');
      return;
    }
    stopping = true;
    server.app.log.info({ signal }, 'shutting down: draining requests');
    const timer = setTimeout(() => {
      server.app.log.error('drain timed out; exiting');
      process.exit(1);
    }, DRAIN_TIMEOUT_MS);
    timer.unref();
    server
      .stop()
      .then(() => {
        server.app.log.info('stopped cleanly');
        process.exit(0);
      })
      .catch((error: unknown) => {
        server.app.log.error({ err: error }, 'error while stopping');
        process.exit(1);
      });
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}
