// PGlite computes on the thread that calls it, so it lives here, off the HTTP thread, and is
// served over a private Unix socket speaking the PostgreSQL wire protocol. The main thread then
// talks to it with the same `pg` driver it uses for a PostgreSQL server: one code path, the same
// type parsing and transaction semantics on both databases. pglite-socket queues statements from
// all connections onto the one PGlite session and keeps an open transaction exclusive to the
// connection that began it.
import fs from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/** @type {{ dataDir: string, socketPath: string, maxConnections: number, from?: string }} */
const options = workerData;

try {
  // Contrib extensions the migrations create (CREATE EXTENSION) must be loadable into PGlite's
  // WebAssembly build: pg_trgm for partner search. Every start loads them, since an existing
  // database folder already has the extension and its indexes.
  const extensions = { pg_trgm };
  // `from`: a cluster written by `dump` below, so a throw-away database starts migrated instead of
  // running initdb and every migration again (the test suites' template).
  const loadDataDir = options.from ? new Blob([fs.readFileSync(options.from)]) : undefined;
  const db = await PGlite.create(options.dataDir === 'memory://' ? undefined : options.dataDir, { extensions, loadDataDir });
  const server = new PGLiteSocketServer({ db, path: options.socketPath, maxConnections: options.maxConnections });
  await server.start();
  parentPort?.on('message', async (message) => {
    if (message?.type === 'dump') {
      try {
        const tarball = await db.dumpDataDir('none');
        fs.writeFileSync(message.path, Buffer.from(await tarball.arrayBuffer()));
        parentPort?.postMessage({ type: 'dumped' });
      } catch (error) {
        parentPort?.postMessage({ type: 'error', message: String(error) });
      }
    }
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
