import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { count, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { DataDirLockedError } from '../../src/db/data-dir-lock.js';
import { type Database, openDatabase } from '../../src/db/database.js';
import { MIGRATIONS_DIR, runMigrations } from '../../src/db/migrate.js';
import { prepareDatabase } from '../../src/db/prepare.js';
import { withTx } from '../../src/db/scope.js';
import { users } from '../../src/modules/users/users.schema.js';
import { ensureBootstrapAdmin } from '../../src/modules/users/users.service.js';
import { buildApp } from '../../src/server/app.js';
import { loadConfig } from '../../src/server/config.js';
import { systemCtx } from '../../src/shared/context.js';
import { asOwner } from '../support/owner-sql.js';
import { createTestDatabaseTarget, testDbKind } from '../support/test-database.js';

/**
 * Several identical processes on one PostgreSQL server (docs/operations.md, "Several processes"): each
 * "process" here is its own connection pool and app instance, as separate processes would be.
 */
const onPostgres = testDbKind() === 'postgres';
const cleanup: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const fn of cleanup.reverse()) await fn();
});

describe.runIf(onPostgres)('several processes on one PostgreSQL', () => {
  it('apply migrations exactly once when they start together, and create one first admin', async () => {
    const { target, drop } = await createTestDatabaseTarget({ empty: true });
    const databases: Database[] = await Promise.all([1, 2, 3, 4].map(() => openDatabase(target)));
    cleanup.push(drop, ...databases.map((d) => () => d.close()));
    await Promise.all(databases.map((d) => runMigrations(d)));
    const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_DIR, 'meta/_journal.json'), 'utf8')).entries.length;
    const applied = await asOwner(databases[0] as Database, async (client) => {
      const { rows } = await client.query('SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations');
      return rows[0].n;
    });
    expect(applied).toBe(journal);
    const admin = { email: 'first@test.example', password: 'first admin password', name: 'First' };
    const created = await Promise.all(databases.map((d) => ensureBootstrapAdmin(d.db, admin)));
    expect(created.filter(Boolean)).toHaveLength(1);
    const [row] = await withTx(systemCtx(databases[0]!.db, 'test'), ({ tx }) => tx.select({ n: count() }).from(users));
    expect(row?.n).toBe(1);
  });

  it('share sessions: signed in on one process, recognised by another', async () => {
    const { target, drop } = await createTestDatabaseTarget();
    const [one, two] = await Promise.all([openDatabase(target), openDatabase(target)]);
    cleanup.push(
      drop,
      () => one!.close(),
      () => two!.close(),
    );
    await prepareDatabase(one!);
    await prepareDatabase(two!);
    await ensureBootstrapAdmin(one!.db, { email: 'ops@test.example', password: 'ops admin password', name: 'Ops' });
    // One second of credential cache (CONSORT_CACHE_SECONDS): how long the other process may
    // still trust a session this one ended (docs/decisions/0013).
    const config = loadConfig({
      LOG_LEVEL: 'silent',
      CONSORT_CACHE_SECONDS: '1',
      DATABASE_URL: target.kind === 'postgres' ? target.url : undefined,
    });
    const appOne = await buildApp({ config, database: one!, logger: false });
    const appTwo = await buildApp({ config, database: two!, logger: false });
    cleanup.push(
      () => appOne.close(),
      () => appTwo.close(),
    );
    const login = await appOne.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'ops@test.example', password: 'ops admin password' },
    });
    const cookie = String(login.headers['set-cookie']).split(';')[0] as string;
    const me = await appTwo.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } });
    expect(me.statusCode).toBe(200);
    const csrf = login.json().csrfToken;
    const created = await appTwo.inject({
      method: 'POST',
      url: '/api/v1/partners',
      headers: { cookie, 'x-csrf-token': csrf },
      payload: { name: 'Made on process two', motion: 'channel' },
    });
    expect(created.statusCode).toBe(201);
    const seen = await appOne.inject({ method: 'GET', url: `/api/v1/partners/${created.json().id}`, headers: { cookie } });
    expect(seen.json().name).toBe('Made on process two');
    const logout = await appOne.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie, 'x-csrf-token': csrf } });
    expect(logout.statusCode).toBe(204);
    expect((await appOne.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } })).statusCode).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await appTwo.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } })).statusCode).toBe(401);
  });
});

describe.runIf(!onPostgres)('the embedded database', () => {
  it('refuses a second opener of the same data folder, and persists across a restart', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'consort-pglite-'));
    cleanup.push(async () => fs.rmSync(dir, { recursive: true, force: true }));
    const first = await openDatabase({ kind: 'pglite', dataDir: dir });
    try {
      await prepareDatabase(first);
      await ensureBootstrapAdmin(first.db, { email: 'keep@test.example', password: 'keep me around pls', name: 'Keep' });
      await expect(openDatabase({ kind: 'pglite', dataDir: dir })).rejects.toThrow(DataDirLockedError);
    } finally {
      await first.close();
    }
    const again = await openDatabase({ kind: 'pglite', dataDir: dir });
    try {
      await prepareDatabase(again);
      const rows = await withTx(systemCtx(again.db, 'test'), ({ tx }) =>
        tx.select().from(users).where(eq(users.email, 'keep@test.example')),
      );
      expect(rows).toHaveLength(1);
    } finally {
      await again.close();
    }
  });

  it("starts a throw-away database from the dump of another, with its data and migrations (the suites' template)", async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'consort-dump-')), 'cluster.tar');
    cleanup.push(async () => fs.rmSync(path.dirname(file), { recursive: true, force: true }));
    const source = await openDatabase({ kind: 'pglite', dataDir: 'memory://' });
    try {
      await prepareDatabase(source);
      await ensureBootstrapAdmin(source.db, { email: 'dumped@test.example', password: 'dumped admin pass', name: 'Dumped' });
      await source.dump?.(file);
    } finally {
      await source.close();
    }
    const copy = await openDatabase({ kind: 'pglite', dataDir: 'memory://', from: file });
    try {
      await prepareDatabase(copy);
      const rows = await withTx(systemCtx(copy.db, 'test'), ({ tx }) => tx.select({ email: users.email }).from(users));
      expect(rows).toEqual([{ email: 'dumped@test.example' }]);
      const applied = await asOwner(copy, async (client) => {
        const { rows } = await client.query('SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations');
        return rows[0].n;
      });
      expect(applied).toBe(JSON.parse(fs.readFileSync(path.join(MIGRATIONS_DIR, 'meta/_journal.json'), 'utf8')).entries.length);
    } finally {
      await copy.close();
    }
  }, 60_000);
});
