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
 * A fresh, empty database for one test file: an in-memory PGlite, or a new database on the
 * PostgreSQL test server owned by a non-superuser role.
 */
export async function createTestDatabaseTarget(): Promise<{ target: DatabaseTarget; drop(): Promise<void> }> {
  if (testDbKind() === 'pglite') return { target: { kind: 'pglite', dataDir: 'memory://' }, drop: async () => {} };
  const adminUrl = inject('pgAdminUrl');
  const name = `consort_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client(adminUrl);
  await admin.connect();
  try {
    await ensureOwnerRole(admin);
    await admin.query(`CREATE DATABASE ${name} OWNER ${OWNER}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.username = OWNER;
  url.password = OWNER;
  url.pathname = `/${name}`;
  return {
    target: { kind: 'postgres', url: url.toString(), poolSize: 5 },
    async drop() {
      const client = new pg.Client(adminUrl);
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
