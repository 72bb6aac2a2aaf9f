import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgErrorOf } from '../../src/db/pg-error.js';
import { withTx } from '../../src/db/scope.js';
import { createApiToken } from '../../src/modules/auth/auth.service.js';
import type { Ctx } from '../../src/shared/context.js';
import { createSeededApp, type TestApp } from '../support/harness.js';
import { asOwner, rlsTables } from '../support/owner-sql.js';
import { actingAs, PASSWORD, type World } from '../support/world.js';

/**
 * The database wall alone: raw SQL that forgets every filter, run inside a transaction scoped to
 * partner A, must still see and change only partner A's rows. (The service wall alone is
 * checked by the api-service-wall project, see vitest.config.ts.)
 */
let t: TestApp & { world: World };
let asPartnerA: Ctx;

beforeAll(async () => {
  t = await createSeededApp();
  const u = t.world.users.partnerAdminA;
  asPartnerA = actingAs(t.system(), u);
  const b = t.world.users.partnerUserB;
  await createApiToken(actingAs(t.system(), b), { name: 'B token' });
  // Rows of both partners in every table the checks below read, so no check is over nothing.
  await createApiToken(asPartnerA, { name: 'A token' });
  await t.login(t.world.users.partnerAdminA.email, PASSWORD);
  await t.login(b.email, PASSWORD);
});
afterAll(async () => t?.close());

async function rows<T>(ctx: Ctx, query: ReturnType<typeof sql>): Promise<T[]> {
  try {
    return await withTx(ctx, async ({ tx }) => (await tx.execute(query)).rows as T[]);
  } catch (error) {
    // Surface PostgreSQL's own message (Drizzle wraps it).
    throw pgErrorOf(error) ?? error;
  }
}

describe('row-level security', () => {
  it('protects every table that has a partner_id column', async () => {
    const partnerTables = await asOwner(t.database, async (client) => {
      const { rows: r } = await client.query<{ table_name: string }>(
        "SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'partner_id' ORDER BY 1",
      );
      return r.map((x) => x.table_name);
    });
    expect(partnerTables).toContain('sessions');
    const protectedTables = await rlsTables(t.database);
    expect(protectedTables).toEqual(expect.arrayContaining([...partnerTables, 'partners']));
    const policies = await asOwner(t.database, async (client) => {
      const { rows: r } = await client.query<{ tablename: string }>(
        "SELECT DISTINCT tablename FROM pg_policies WHERE schemaname = 'public'",
      );
      return r.map((x) => x.tablename);
    });
    for (const table of protectedTables) expect(policies, `policy on ${table}`).toContain(table);
  });

  it("lets a partner's transaction read only its own rows, whatever the query forgets", async () => {
    const { partnerA, partnerB } = t.world;
    const partners = await rows<{ id: string }>(asPartnerA, sql`SELECT id FROM partners`);
    expect(partners.map((p) => p.id)).toEqual([partnerA.id]);
    const contacts = await rows<{ partner_id: string }>(asPartnerA, sql`SELECT partner_id FROM partner_contacts`);
    expect(contacts.length).toBeGreaterThan(0);
    expect(new Set(contacts.map((c) => c.partner_id))).toEqual(new Set([partnerA.id]));
    const history = await rows<{ partner_id: string }>(asPartnerA, sql`SELECT partner_id FROM partner_stage_transitions`);
    expect(new Set(history.map((h) => h.partner_id))).toEqual(new Set([partnerA.id]));
    const audit = await rows<{ partner_id: string | null }>(asPartnerA, sql`SELECT partner_id FROM audit_events`);
    expect(audit.length).toBeGreaterThan(0);
    expect(new Set(audit.map((a) => a.partner_id))).toEqual(new Set([partnerA.id]));
    const tokens = await rows<{ partner_id: string }>(asPartnerA, sql`SELECT partner_id FROM api_tokens`);
    expect(tokens.length).toBeGreaterThan(0);
    expect(new Set(tokens.map((x) => x.partner_id))).toEqual(new Set([partnerA.id]));
    const sessions = await rows<{ partner_id: string }>(asPartnerA, sql`SELECT partner_id FROM sessions`);
    expect(sessions.length).toBeGreaterThan(0);
    expect(new Set(sessions.map((x) => x.partner_id))).toEqual(new Set([partnerA.id]));
    // Users: their own company, plus vendor staff (to name their partner manager), never B's.
    const users = await rows<{ partner_id: string | null }>(asPartnerA, sql`SELECT partner_id FROM users`);
    expect(users.some((u) => u.partner_id === partnerB.id)).toBe(false);
    expect(users.some((u) => u.partner_id === partnerA.id)).toBe(true);
    // The vendor's view of the same tables holds both partners.
    const all = await rows<{ id: string }>(t.system(), sql`SELECT id FROM partners`);
    expect(all.map((p) => p.id)).toEqual(expect.arrayContaining([partnerA.id, partnerB.id]));
  });

  it("refuses a partner's writes to another partner's rows", async () => {
    const { partnerB, contactB } = t.world;
    await expect(
      rows(
        asPartnerA,
        sql`INSERT INTO partner_contacts (id, partner_id, name) VALUES (gen_random_uuid(), ${partnerB.id}, 'Intruder')`,
      ),
    ).rejects.toThrow(/row-level security/);
    const updated = await rows(asPartnerA, sql`UPDATE partners SET name = 'Hijacked' WHERE id = ${partnerB.id} RETURNING id`);
    expect(updated).toEqual([]);
    const deleted = await rows(asPartnerA, sql`DELETE FROM partner_contacts WHERE id = ${contactB} RETURNING id`);
    expect(deleted).toEqual([]);
    // Moving one's own row into another partner is refused too (WITH CHECK).
    await expect(
      rows(asPartnerA, sql`UPDATE partner_contacts SET partner_id = ${partnerB.id} WHERE partner_id = ${t.world.partnerA.id}`),
    ).rejects.toThrow(/row-level security/);
    const [b] = await rows<{ name: string }>(t.system(), sql`SELECT name FROM partners WHERE id = ${partnerB.id}`);
    expect(b?.name).toBe(partnerB.name);
  });

  it("keeps the vendor's account-mapping sharing choices out of a partner's reach, even for its own partner", async () => {
    const partnerA = t.world.partnerA.id;
    await rows(
      t.system(),
      sql`INSERT INTO account_mapping_sharing (partner_id, side, population, level) VALUES (${partnerA}, 'vendor', 'customer', 'counts')
          ON CONFLICT (partner_id, side, population) DO UPDATE SET level = 'counts'`,
    );
    await expect(
      rows(
        asPartnerA,
        sql`INSERT INTO account_mapping_sharing (partner_id, side, population, level) VALUES (${partnerA}, 'vendor', 'prospect', 'full')`,
      ),
    ).rejects.toThrow(/row-level security/);
    const raised = await rows(
      asPartnerA,
      sql`UPDATE account_mapping_sharing SET level = 'full' WHERE partner_id = ${partnerA} AND side = 'vendor' RETURNING level`,
    );
    expect(raised).toEqual([]);
    await expect(
      rows(
        asPartnerA,
        sql`UPDATE account_mapping_sharing SET side = 'vendor' WHERE partner_id = ${partnerA} AND side = 'partner'`,
      ),
    ).resolves.toEqual([]);
    expect(
      await rows(
        asPartnerA,
        sql`DELETE FROM account_mapping_sharing WHERE partner_id = ${partnerA} AND side = 'vendor' RETURNING 1`,
      ),
    ).toEqual([]);
    // Its own side it writes; the vendor's it still reads.
    const own = await rows(
      asPartnerA,
      sql`INSERT INTO account_mapping_sharing (partner_id, side, population, level) VALUES (${partnerA}, 'partner', 'prospect', 'overlap')
          ON CONFLICT (partner_id, side, population) DO UPDATE SET level = 'overlap' RETURNING level`,
    );
    expect(own).toEqual([{ level: 'overlap' }]);
    const vendor = await rows<{ level: string }>(
      asPartnerA,
      sql`SELECT level FROM account_mapping_sharing WHERE partner_id = ${partnerA} AND side = 'vendor'`,
    );
    expect(vendor).toEqual([{ level: 'counts' }]);
  });

  it('shows nothing to a query run outside a scoped transaction', async () => {
    // The pool's connections run as the application role; without a scope no policy matches.
    const result = await t.database.pool.query('SELECT count(*)::int AS n FROM partners');
    expect(result.rows[0].n).toBe(0);
    const contacts = await t.database.pool.query('SELECT count(*)::int AS n FROM partner_contacts');
    expect(contacts.rows[0].n).toBe(0);
  });

  it('keeps the audit log append-only for the application', async () => {
    await expect(rows(t.system(), sql`UPDATE audit_events SET summary = 'rewritten'`)).rejects.toThrow(/permission denied/);
    await expect(rows(t.system(), sql`DELETE FROM audit_events`)).rejects.toThrow(/permission denied/);
  });
});
