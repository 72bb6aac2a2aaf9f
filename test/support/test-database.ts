import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import type { DatabaseTarget } from '../../src/db/database.js';

export type TestDbKind = 'pglite' | 'postgres';

export function testDbKind(): TestDbKind {
  return process.env.CONSORT_TEST_DB === 'postgres' ? 'postgres' : 'pglite';
}

const OWNER = 'consort_test_owner';

async function ensureOwnerRole(admin: pg.Client) {
  // The application's database owner on a managed server is not a superuser; it can create roles.
  await admin.query(`
    DO $$ BEGIN
      CREATE ROLE ${OWNER} LOGIN PASSWORD '${OWNER}' CREATEROLE NOSUPERUSER;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
    END $$;`);
}

/**
 * A fresh database for one test file: an in-memory PGlite, or a new database on the PostgreSQL
 * test server owned by a non-superuser role. It starts as a copy of the migrated template the
 * suite's global setup made (pglite-global-setup.ts, pg-global-setup.ts), so `prepareDatabase`
 * finds every migration applied; `{ empty: true }` gives one with nothing in it, for the tests of
 * migrating itself.
 */
export async function createTestDatabaseTarget(
  options: { empty?: boolean } = {},
): Promise<{ target: DatabaseTarget; drop(): Promise<void> }> {
  if (testDbKind() === 'pglite') {
    const from = options.empty ? undefined : inject('pgliteTemplate');
    return { target: { kind: 'pglite', dataDir: 'memory://', from }, drop: async () => {} };
  }
  const adminUrl = inject('pgAdminUrl');
  const template = options.empty ? undefined : inject('pgTemplate');
  const name = await createOwnedDatabase(adminUrl, 'consort_test_', template);
  return {
    target: { kind: 'postgres', url: ownerUrl(adminUrl, name), poolSize: 5 },
    drop: () => dropDatabase(adminUrl, name),
  };
}

/**
 * The migrated template the PostgreSQL suites copy (pg-global-setup.ts): a database owned by the
 * same non-superuser role, with every migration applied once by `migrate`.
 */
export async function createTemplateDatabase(
  adminUrl: string,
  migrate: (url: string) => Promise<void>,
): Promise<{ name: string; drop(): Promise<void> }> {
  const name = await createOwnedDatabase(adminUrl, 'consort_template_');
  await migrate(ownerUrl(adminUrl, name));
  return { name, drop: () => dropDatabase(adminUrl, name) };
}

async function createOwnedDatabase(adminUrl: string, prefix: string, template?: string): Promise<string> {
  const name = `${prefix}${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client(adminUrl);
  await admin.connect();
  try {
    await ensureOwnerRole(admin);
    await admin.query(`CREATE DATABASE ${name} OWNER ${OWNER}${template ? ` TEMPLATE ${template}` : ''}`);
  } finally {
    await admin.end();
  }
  return name;
}

function ownerUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.username = OWNER;
  url.password = OWNER;
  url.pathname = `/${name}`;
  return url.toString();
}

async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client(adminUrl);
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
