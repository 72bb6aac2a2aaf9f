import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTx } from '../../src/db/scope.js';
import { users } from '../../src/modules/users/users.schema.js';
import { type Client, createSeededApp, type TestApp } from '../support/harness.js';
import { PASSWORD, unique, type World } from '../support/world.js';

let t: TestApp & { world: World };
let admin: Client;
beforeAll(async () => {
  t = await createSeededApp();
  admin = await t.login(t.world.users.admin.email, PASSWORD);
});
afterAll(async () => t?.close());

const userCount = () => withTx(t.system(), async ({ tx }) => (await tx.select({ n: count() }).from(users))[0]?.n ?? 0);

describe('users', () => {
  it('admins create vendor staff and partner users; never is a password or its hash returned', async () => {
    const email = `Finance.${unique()}@Test.Example`;
    const res = await admin.post('/api/v1/users', {
      email,
      name: 'Fiona Ledger',
      role: 'finance',
      password: 'ledger password 1',
      title: 'Controller',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      email: email.toLowerCase(),
      role: 'finance',
      partnerId: null,
      partnerName: null,
      active: true,
      title: 'Controller',
    });
    expect(JSON.stringify(res.body)).not.toMatch(/password|argon/i);
    const partnerUser = await admin.post('/api/v1/users', {
      email: `pu.${unique()}@test.example`,
      name: 'Pia User',
      role: 'partner_user',
      partnerId: t.world.partnerB.id,
      password: 'pia password 123',
    });
    expect(partnerUser.body).toMatchObject({ partnerId: t.world.partnerB.id, partnerName: t.world.partnerB.name });
    expect((await t.login(partnerUser.body.email, 'pia password 123')).email).toBe(partnerUser.body.email);
  });

  it.each([
    [{ name: 'No Mail', role: 'finance', password: 'a fine password' }, 'email', 422],
    [{ email: 'bad', name: 'X', role: 'finance', password: 'a fine password' }, 'email', 422],
    [{ email: 'x@y.io', name: 'X', role: 'wizard', password: 'a fine password' }, 'role', 422],
    [{ email: 'x@y.io', name: 'X', role: 'finance', password: 'short' }, 'password', 422],
    [{ email: 'x@y.io', name: 'X', role: 'finance', password: 'iloveyou1234' }, 'password', 422],
    [{ email: 'x@y.io', name: 'X', role: 'partner_user', password: 'a fine password' }, 'partnerId', 422],
    [
      {
        email: 'x@y.io',
        name: 'X',
        role: 'executive',
        partnerId: '01a20000-0000-7000-8000-000000000001',
        password: 'a fine password',
      },
      'partnerId',
      422,
    ],
  ])('refuses %j naming %s', async (body, path, status) => {
    const before = await userCount();
    const res = await admin.post('/api/v1/users', body);
    expect(res.status).toBe(status);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path);
    expect(await userCount()).toBe(before);
  });

  it('refuses a second account with the same e-mail (409 naming email), whatever its case', async () => {
    const res = await admin.post('/api/v1/users', {
      email: t.world.users.pm.email.toUpperCase(),
      name: 'Dup',
      role: 'executive',
      password: 'a fine password',
    });
    expect(res.status).toBe(409);
    expect(res.body.errors).toEqual([{ path: 'email', message: 'is already in use' }]);
  });

  it("lets a partner admin create only partner users of its own company; another company's id creates nothing", async () => {
    const partnerAdmin = await t.login(t.world.users.partnerAdminA.email, PASSWORD);
    const alpha = t.world.partnerA.domains[0];
    const own = await partnerAdmin.post('/api/v1/users', {
      email: `colleague.${unique()}@${alpha}`,
      name: 'Colleague',
      role: 'partner_user',
      partnerId: t.world.partnerA.id,
      password: 'colleague pass 1',
    });
    expect(own.status).toBe(201);
    const before = await userCount();
    const other = await partnerAdmin.post('/api/v1/users', {
      email: `spy.${unique()}@${alpha}`,
      name: 'Spy',
      role: 'partner_user',
      partnerId: t.world.partnerB.id,
      password: 'spy password 12',
    });
    const missing = await partnerAdmin.post('/api/v1/users', {
      email: `ghost.${unique()}@${alpha}`,
      name: 'Ghost',
      role: 'partner_user',
      partnerId: '01a20000-0000-7000-8000-00000000f00d',
      password: 'ghost password 1',
    });
    expect(other.status).toBe(422);
    expect(other.body).toEqual({ ...missing.body, requestId: other.body.requestId });
    const vendor = await partnerAdmin.post('/api/v1/users', {
      email: `v.${unique()}@${alpha}`,
      name: 'V',
      role: 'admin',
      password: 'vendor password 1',
    });
    expect(vendor.status).toBe(403);
    expect(vendor.body.errors[0].path).toBe('role');
    expect(await userCount()).toBe(before);
  });

  it("lets a partner admin add people only at its company's domains, revealing nothing about addresses elsewhere", async () => {
    const partnerAdmin = await t.login(t.world.users.partnerAdminA.email, PASSWORD);
    const [alpha] = t.world.partnerA.domains;
    const [bravo] = t.world.partnerB.domains;
    const create = (email: string) =>
      partnerAdmin.post('/api/v1/users', { email, name: 'New Colleague', role: 'partner_user', password: 'colleague pass 12' });
    expect((await create(`new.${unique()}@${alpha}`)).status).toBe(201);
    expect((await create(`new.${unique()}@emea.${alpha}`)).status).toBe(201);

    // An address elsewhere that has an account answers exactly like one that has none.
    const before = await userCount();
    const existingAtVendor = await create(t.world.users.admin.email);
    const freshAtVendor = await create(`nobody.${unique()}@test.example`);
    const bravoAccount = await admin.post('/api/v1/users', {
      email: `bea.${unique()}@${bravo}`,
      name: 'Bea Bravo',
      role: 'partner_user',
      partnerId: t.world.partnerB.id,
      password: 'bravo pass 1234',
    });
    const before2 = await userCount();
    const existingAtBravo = await create(bravoAccount.body.email);
    const freshAtBravo = await create(`nobody.${unique()}@${bravo}`);
    for (const [existing, fresh] of [
      [existingAtVendor, freshAtVendor],
      [existingAtBravo, freshAtBravo],
    ]) {
      expect(existing?.status).toBe(422);
      expect(existing?.body.errors).toEqual([{ path: 'email', message: expect.stringContaining(alpha as string) }]);
      expect({ ...existing?.body, requestId: null }).toEqual({ ...fresh?.body, requestId: null });
    }
    expect(before2 - before).toBe(1);
    expect(await userCount()).toBe(before2);

    // At its own domains the company speaks for its addresses: one in use is named as such.
    const colleague = await create(`dup.${unique()}@${alpha}`);
    const again = await create(colleague.body.email);
    expect(again.status).toBe(409);
    expect(again.body.errors).toEqual([{ path: 'email', message: 'is already in use' }]);

    // Admins add anyone anywhere.
    const byAdmin = await admin.post('/api/v1/users', {
      email: `contractor.${unique()}@gmail.example`,
      name: 'Contractor',
      role: 'partner_user',
      partnerId: t.world.partnerA.id,
      password: 'contractor pass 1',
    });
    expect(byAdmin.status).toBe(201);
  });

  it("lists everyone for vendor staff and only one's own company for partner users", async () => {
    const all = await admin.get('/api/v1/users', { query: { limit: 500 } });
    const partnerIds = new Set(all.body.data.map((u: { partnerId: string | null }) => u.partnerId));
    expect(partnerIds).toEqual(new Set([null, t.world.partnerA.id, t.world.partnerB.id]));
    const partnerUser = await t.login(t.world.users.partnerUserA.email, PASSWORD);
    const mine = await partnerUser.get('/api/v1/users', { query: { limit: 500 } });
    expect(mine.body.data.length).toBeGreaterThan(1);
    expect(mine.body.data.every((u: { partnerId: string }) => u.partnerId === t.world.partnerA.id)).toBe(true);
    expect((await partnerUser.get(`/api/v1/users/${t.world.users.admin.id}`)).status).toBe(404);
    const vendorOnly = await admin.get('/api/v1/users', { query: { side: 'vendor', role: 'partner_manager', sort: '-name' } });
    expect(vendorOnly.body.data.map((u: { name: string }) => u.name)).toEqual(['Quinn Manager', 'Pat Manager']);
    const search = await admin.get('/api/v1/users', { query: { q: 'eve exec' } });
    expect(search.body.data.map((u: { id: string }) => u.id)).toEqual([t.world.users.executive.id]);
    expect((await admin.get('/api/v1/users', { query: { q: 'nobody by that name' } })).body.data).toEqual([]);
  });

  it('filters by several partners or sides at once, comma-separated or repeated (docs/api.md, Lists)', async () => {
    const { partnerA, partnerB } = t.world;
    const both = await admin.get('/api/v1/users', { query: { partnerId: `${partnerA.id},${partnerB.id}`, limit: 500 } });
    expect(both.status).toBe(200);
    expect(new Set(both.body.data.map((u: { partnerId: string }) => u.partnerId))).toEqual(new Set([partnerA.id, partnerB.id]));
    const repeated = await admin.get(`/api/v1/users?partnerId=${partnerA.id}&partnerId=${partnerB.id}&limit=500`);
    expect(repeated.body.data.length).toBe(both.body.data.length);
    const one = await admin.get('/api/v1/users', { query: { partnerId: partnerA.id, limit: 500 } });
    expect(one.body.data.every((u: { partnerId: string }) => u.partnerId === partnerA.id)).toBe(true);
    const sides = await admin.get('/api/v1/users', { query: { side: 'vendor,partner', limit: 500 } });
    const all = await admin.get('/api/v1/users', { query: { limit: 500 } });
    expect(sides.body.data.length).toBe(all.body.data.length);
    const bad = await admin.get('/api/v1/users', { query: { partnerId: `${partnerA.id},nope` } });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].path).toBe('partnerId');
  });

  it('never leaves the organisation without an active admin, and nobody deactivates themselves', async () => {
    const self = await admin.patch(`/api/v1/users/${t.world.users.admin.id}`, { active: false });
    expect(self.status).toBe(409);
    const demote = await admin.patch(`/api/v1/users/${t.world.users.admin.id}`, { role: 'executive' });
    expect(demote.status).toBe(409);
    expect(demote.body.errors[0].path).toBe('role');
    const second = await admin.post('/api/v1/users', {
      email: `admin2.${unique()}@test.example`,
      name: 'Second Admin',
      role: 'admin',
      password: 'second admin pass',
    });
    expect((await admin.patch(`/api/v1/users/${second.body.id}`, { role: 'executive' })).status).toBe(200);
  });

  it('does not move users between the vendor and a partner, and partner admins cannot promote to vendor roles', async () => {
    const crossing = await admin.patch(`/api/v1/users/${t.world.users.partnerUserB.id}`, { role: 'finance' });
    expect(crossing.status).toBe(422);
    const partnerAdmin = await t.login(t.world.users.partnerAdminA.email, PASSWORD);
    const promote = await partnerAdmin.patch(`/api/v1/users/${t.world.users.partnerUserA.id}`, { role: 'admin' });
    expect(promote.status).toBe(403);
    const ok = await partnerAdmin.patch(`/api/v1/users/${t.world.users.partnerUserA.id}`, {
      role: 'partner_admin',
      title: 'Co-admin',
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ role: 'partner_admin', title: 'Co-admin' });
  });

  it('lets everyone edit their own name, title and phone but not their role', async () => {
    const me = await t.login(t.world.users.partnerUserB.email, PASSWORD);
    const res = await me.patch('/api/v1/me', { name: 'Bea Bravo', phone: '+49 30 1234' });
    expect(res.body).toMatchObject({ name: 'Bea Bravo', phone: '+49 30 1234', role: 'partner_user' });
    const sneaky = await me.patch('/api/v1/me', { role: 'admin' });
    expect(sneaky.status).toBe(422);
    expect(sneaky.body.errors[0]).toEqual({ path: 'role', message: 'is not a known field' });
  });
});
