import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock.js';

export type PgliteHost = {
  /** Directory holding the Unix socket; `pg` connects with `host: socketDir`. */
  socketDir: string;
  port: number;
  /** Writes the whole cluster to `file`, for a later host to start from (`options.from`). */
  dump(file: string): Promise<void>;
  stop(): Promise<void>;
};

const SOCKET_PORT = 5432;

function workerUrl(): URL {
  // Built code runs from dist/db, sources (tests, tsx) from src/db; the worker is plain JS in both.
  return new URL('./pglite-worker.mjs', import.meta.url);
}

/**
 * Starts PGlite on a worker thread, guarded by the data-folder lock, and serves it on a Unix
 * socket in a fresh 0700 temp folder (so no other local user can connect to it).
 * `dataDir` may be 'memory://' for a throw-away database (tests), which `from` (a file written by
 * `dump`) fills with a copy of another cluster instead of an empty one.
 */
export async function startPgliteHost(
  dataDir: string,
  options: { maxConnections?: number; from?: string } = {},
): Promise<PgliteHost> {
  const lock: DataDirLock | null = dataDir === 'memory://' ? null : acquireDataDirLock(dataDir);
  const socketDir = fs.mkdtempSync(path.join(os.tmpdir(), 'consort-pg-'));
  fs.chmodSync(socketDir, 0o700);
  const socketPath = path.join(socketDir, `.s.PGSQL.${SOCKET_PORT}`);
  const worker = new Worker(workerUrl(), {
    workerData: { dataDir, socketPath, maxConnections: options.maxConnections ?? 8, from: options.from },
  });
  const cleanup = () => {
    fs.rmSync(socketDir, { recursive: true, force: true });
    lock?.release();
  };
  try {
    await new Promise<void>((resolve, reject) => {
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`The embedded database worker exited with code ${code}`)));
      worker.once('message', (message: { type: string; message?: string }) => {
        if (message.type === 'ready') resolve();
        else reject(new Error(`The embedded database in ${dataDir} could not start: ${message.message}`));
      });
    });
  } catch (error) {
    await worker.terminate();
    cleanup();
    throw error;
  }
  worker.removeAllListeners('exit');
  worker.removeAllListeners('error');
  worker.removeAllListeners('message');
  let stopping: Promise<void> | null = null;
  return {
    socketDir,
    port: SOCKET_PORT,
    dump(file) {
      return new Promise<void>((resolve, reject) => {
        worker.once('message', (message: { type: string; message?: string }) =>
          message.type === 'dumped'
            ? resolve()
            : reject(new Error(`Could not write the database to ${file}: ${message.message}`)),
        );
        worker.postMessage({ type: 'dump', path: file });
      });
    },
    stop() {
      stopping ??= (async () => {
        // PGlite flushes its files on close; only then may another process take the folder.
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, 10_000);
          worker.once('message', () => {
            clearTimeout(timer);
            resolve();
          });
          worker.postMessage('stop');
        });
        await worker.terminate();
        cleanup();
      })();
      return stopping;
    },
  };
}
