import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { APP_ROLES } from './app-role.js';
import { type Database, DRIZZLE_CASING } from './database.js';

/** Both src/db and dist/db sit two levels below the project root, where drizzle/ lives. */
export const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../drizzle');

/** Arbitrary constant: the advisory-lock key that serialises migrations across processes. */
const MIGRATION_LOCK_KEY = 727_001;

/**
 * Applies pending migrations exactly once, even when several processes start together against
 * one PostgreSQL server: each takes a session-level advisory lock on a dedicated owner
 * connection, and the ones that wait find the journal already up to date when they get it.
 * Afterwards the application roles are (re)granted access to every table, so a migration never
 * needs to remember grants.
 */
export async function runMigrations(database: Database): Promise<void> {
  const client = new pg.Client(database.ownerConnection);
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      await ensureAppRoles(client);
      await migrate(drizzle({ client, casing: DRIZZLE_CASING }), { migrationsFolder: MIGRATIONS_DIR });
      await grantAppRoles(client);
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await client.end();
  }
}

async function ensureAppRoles(client: pg.Client): Promise<void> {
  for (const role of APP_ROLES) {
    // Roles are cluster-wide: another database on the same server may create one at the same
    // moment, which surfaces as duplicate_object or unique_violation; either way it exists after.
    await client.query(`
      DO $$ BEGIN
        CREATE ROLE ${role} NOLOGIN;
      EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
      END $$;`);
    // A non-superuser owner must be a member of the role to SET ROLE to it.
    await client.query(`
      DO $$ BEGIN
        IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
          EXECUTE format('GRANT ${role} TO %I', current_user);
        END IF;
      END $$;`);
  }
}

async function grantAppRoles(client: pg.Client): Promise<void> {
  for (const role of APP_ROLES) {
    await client.query(`
      GRANT USAGE ON SCHEMA public TO ${role};
      GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role};
      GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role};
      REVOKE UPDATE, DELETE ON audit_events FROM ${role};`);
  }
}
