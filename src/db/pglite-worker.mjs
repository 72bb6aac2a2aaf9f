// PGlite computes on the thread that calls it, so it lives here, off the HTTP thread, and is
// served over a private Unix socket speaking the PostgreSQL wire protocol. The main thread then
// talks to it with the same `pg` driver it uses for a PostgreSQL server: one code path, the same
// type parsing and transaction semantics on both databases. pglite-socket queues statements from
// all connections onto the one PGlite session and keeps an open transaction exclusive to the
// connection that began it.
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/** @type {{ dataDir: string, socketPath: string, maxConnections: number }} */
const options = workerData;

try {
  // Contrib extensions the migrations create (CREATE EXTENSION) must be loadable into PGlite's
  // WebAssembly build: pg_trgm for partner search. Every start loads them, since an existing
  // database folder already has the extension and its indexes.
  const extensions = { pg_trgm };
  const db = await PGlite.create(options.dataDir === 'memory://' ? undefined : options.dataDir, { extensions });
  const server = new PGLiteSocketServer({ db, path: options.socketPath, maxConnections: options.maxConnections });
  await server.start();
  parentPort?.on('message', async (message) => {
    if (message === 'stop') {
      try {
        await server.stop();
        await db.close();
        parentPort?.postMessage({ type: 'stopped' });
      } catch (error) {
        parentPort?.postMessage({ type: 'error', message: String(error) });
      }
    }
  });
  parentPort?.postMessage({ type: 'ready' });
} catch (error) {
  parentPort?.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) });
}
