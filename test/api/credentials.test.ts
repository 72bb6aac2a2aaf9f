import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTx } from '../../src/db/scope.js';
import { apiTokens } from '../../src/modules/auth/auth.schema.js';
import { setEventDispatcher } from '../../src/shared/events.js';
import { type Client, createSeededApp, type TestApp } from '../support/harness.js';
import { makeUser, PASSWORD, type World } from '../support/world.js';

/**
 * What ends a user's sessions and API tokens, end to end through HTTP: an admin's password reset,
 * a deactivation (a later reactivation revives nothing), "sign out everywhere", an admin revoking
 * one token, and the revocation of the token another token was created with.
 */

let t: TestApp & { world: World };
let admin: Client;
beforeAll(async () => {
  t = await createSeededApp();
  admin = await t.login(t.world.users.admin.email, PASSWORD);
});
afterAll(async () => t?.close());

const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });
const meWith = async (token: string) => (await t.request('GET', '/api/v1/me', bearer(token))).status;

/** A user signed in with a session and holding an API token. */
async function userWithCredentials(role: 'executive' | 'partner_user' = 'executive', partnerId: string | null = null) {
  const user = await makeUser(t.system(), role, partnerId);
  const session = await t.login(user.email, PASSWORD);
  const created = await session.post('/api/v1/api-tokens', { name: 'CRM sync' });
  expect(created.status).toBe(201);
  expect(await meWith(created.body.token)).toBe(200);
  return { user, session, token: created.body.token as string, tokenId: created.body.id as string };
}

describe("an admin's password reset or deactivation ends every session and API token", () => {
  it('ends them at a password reset', async () => {
    const { user, session, token } = await userWithCredentials();
    expect((await admin.patch(`/api/v1/users/${user.id}`, { password: 'a brand new passphrase' })).status).toBe(200);
    expect(await meWith(token)).toBe(401);
    expect((await session.get('/api/v1/me')).status).toBe(401);
    const again = await t.login(user.email, 'a brand new passphrase');
    expect((await again.get('/api/v1/me')).status).toBe(200);
    expect((await again.get('/api/v1/api-tokens')).body.data).toEqual([]);
  });

  it('ends them at a deactivation, and a reactivation revives none of them', async () => {
    const { user, session, token } = await userWithCredentials('partner_user', t.world.partnerA.id);
    const partnerAdmin = await t.login(t.world.users.partnerAdminA.email, PASSWORD);
    expect((await partnerAdmin.patch(`/api/v1/users/${user.id}`, { active: false })).status).toBe(200);
    expect(await meWith(token)).toBe(401);
    expect((await partnerAdmin.patch(`/api/v1/users/${user.id}`, { active: true })).status).toBe(200);
    expect(await meWith(token)).toBe(401);
    expect((await session.get('/api/v1/me')).status).toBe(401);
    // What they do after the reactivation works as usual.
    const fresh = await t.login(user.email, PASSWORD);
    const created = await fresh.post('/api/v1/api-tokens', { name: 'new sync' });
    expect(await meWith(created.body.token)).toBe(200);
  });

  it('records the revocation of each token once the change committed', async () => {
    const { user, tokenId } = await userWithCredentials();
    expect((await admin.patch(`/api/v1/users/${user.id}`, { active: false })).status).toBe(200);
    const [row] = await withTx(t.system(), (c) => c.tx.select().from(apiTokens).where(eq(apiTokens.id, tokenId)));
    expect(row?.revokedAt).toBeInstanceOf(Date);
    const audit = await admin.get('/api/v1/audit-events', { query: { entityType: 'user', entityId: user.id, action: 'revoke' } });
    expect(audit.body.data[0].summary).toMatch(/revoked 1 API token/);
  });
});

describe('sign out everywhere', () => {
  it('ends the sessions and the API tokens of the user, and says how many of each', async () => {
    const { user, session, token } = await userWithCredentials('partner_user', t.world.partnerA.id);
    const partnerAdminB = await t.login(t.world.users.partnerAdminB.email, PASSWORD);
    expect((await partnerAdminB.post(`/api/v1/users/${user.id}/revoke-sessions`)).status).toBe(404);
    expect(await meWith(token)).toBe(200);
    const partnerAdminA = await t.login(t.world.users.partnerAdminA.email, PASSWORD);
    const res = await partnerAdminA.post(`/api/v1/users/${user.id}/revoke-sessions`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ revoked: 1, revokedTokens: 1 });
    expect(await meWith(token)).toBe(401);
    expect((await session.get('/api/v1/me')).status).toBe(401);
  });
});

describe("admins see and revoke other people's API tokens", () => {
  it("lets an admin list and revoke anyone's token, audited, never showing a secret", async () => {
    const { user, token, tokenId } = await userWithCredentials();
    const listed = await admin.get(`/api/v1/users/${user.id}/api-tokens`);
    expect(listed.status).toBe(200);
    expect(listed.body.data).toEqual([
      expect.objectContaining({ id: tokenId, name: 'CRM sync', userId: user.id, partnerId: null, parentTokenId: null }),
    ]);
    expect(JSON.stringify(listed.body)).not.toContain(token);
    expect(JSON.stringify(listed.body)).not.toMatch(/tokenHash/);
    // A token of someone else named under this user is not there.
    const other = await userWithCredentials();
    expect((await admin.delete(`/api/v1/users/${user.id}/api-tokens/${other.tokenId}`)).status).toBe(404);
    expect((await admin.delete(`/api/v1/users/${user.id}/api-tokens/${tokenId}`)).status).toBe(204);
    expect(await meWith(token)).toBe(401);
    expect(await meWith(other.token)).toBe(200);
    expect((await admin.delete(`/api/v1/users/${user.id}/api-tokens/${tokenId}`)).status).toBe(404);
    const audit = await admin.get('/api/v1/audit-events', { query: { entityType: 'api_token', entityId: tokenId } });
    expect(audit.body.data.map((e: { action: string; actorId: string }) => [e.action, e.actorId])).toEqual([
      ['update', t.world.users.admin.id],
      ['create', user.id],
    ]);
  });

  it("lets a partner's admin do so for their own company's people only", async () => {
    const own = await userWithCredentials('partner_user', t.world.partnerA.id);
    const foreign = await userWithCredentials('partner_user', t.world.partnerB.id);
    const vendor = await userWithCredentials();
    const partnerAdminA = await t.login(t.world.users.partnerAdminA.email, PASSWORD);
    expect((await partnerAdminA.get(`/api/v1/users/${own.user.id}/api-tokens`)).body.data).toHaveLength(1);
    for (const someone of [foreign, vendor]) {
      expect((await partnerAdminA.get(`/api/v1/users/${someone.user.id}/api-tokens`)).status).toBe(404);
      expect((await partnerAdminA.delete(`/api/v1/users/${someone.user.id}/api-tokens/${someone.tokenId}`)).status).toBe(404);
      expect(await meWith(someone.token)).toBe(200);
    }
    const partnerUser = await t.login(t.world.users.partnerUserA.email, PASSWORD);
    expect((await partnerUser.get(`/api/v1/users/${own.user.id}/api-tokens`)).status).toBe(403);
    expect((await partnerAdminA.delete(`/api/v1/users/${own.user.id}/api-tokens/${own.tokenId}`)).status).toBe(204);
    expect(await meWith(own.token)).toBe(401);
  });
});

describe('API tokens created with an API token', () => {
  it('record their parent, never outlive it and are revoked with it, down the line', async () => {
    const { session } = await userWithCredentials();
    const inAnHour = new Date(Date.now() + 3_600_000);
    const parent = await session.post('/api/v1/api-tokens', { name: 'parent', expiresAt: inAnHour.toISOString() });
    const child = await t.request('POST', '/api/v1/api-tokens', { ...bearer(parent.body.token), body: { name: 'child' } });
    expect(child.status).toBe(201);
    expect(child.body).toMatchObject({ parentTokenId: parent.body.id, expiresAt: parent.body.expiresAt });
    const later = await t.request('POST', '/api/v1/api-tokens', {
      ...bearer(parent.body.token),
      body: { name: 'outliving', expiresAt: new Date(inAnHour.getTime() + 60_000).toISOString() },
    });
    expect(later.status).toBe(422);
    expect(later.body.errors.map((e: { path: string }) => e.path)).toEqual(['expiresAt']);
    const grandchild = await t.request('POST', '/api/v1/api-tokens', {
      ...bearer(child.body.token),
      body: { name: 'grandchild' },
    });
    expect(grandchild.body.parentTokenId).toBe(child.body.id);
    const sibling = await session.post('/api/v1/api-tokens', { name: 'made in the browser' });
    expect(sibling.body.parentTokenId).toBeNull();

    expect((await session.delete(`/api/v1/api-tokens/${parent.body.id}`)).status).toBe(204);
    expect(await meWith(parent.body.token)).toBe(401);
    expect(await meWith(child.body.token)).toBe(401);
    expect(await meWith(grandchild.body.token)).toBe(401);
    expect(await meWith(sibling.body.token)).toBe(200);
    expect((await session.get('/api/v1/api-tokens')).body.data.map((x: { name: string }) => x.name)).toEqual([
      'made in the browser',
      'CRM sync',
    ]);
  });

  it('refuses an expiry in the past, naming expiresAt, and creates nothing', async () => {
    const { session } = await userWithCredentials();
    const before = (await session.get('/api/v1/api-tokens')).body.data.length;
    const res = await session.post('/api/v1/api-tokens', { name: 'stale', expiresAt: '2020-01-01T00:00:00Z' });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([{ path: 'expiresAt', message: 'must be in the future' }]);
    expect((await session.get('/api/v1/api-tokens')).body.data.length).toBe(before);
  });
});

// Last in this file: it switches off the delivery of events to subscribers for the rest of it.
describe('without the subscriber that marks them revoked', () => {
  it('still ends sessions and tokens with the deactivation or reset itself', async () => {
    setEventDispatcher(null);
    const reset = await userWithCredentials();
    expect((await admin.patch(`/api/v1/users/${reset.user.id}`, { password: 'a brand new passphrase' })).status).toBe(200);
    const deactivated = await userWithCredentials();
    expect((await admin.patch(`/api/v1/users/${deactivated.user.id}`, { active: false })).status).toBe(200);
    expect((await admin.patch(`/api/v1/users/${deactivated.user.id}`, { active: true })).status).toBe(200);
    for (const { tokenId, token, session } of [reset, deactivated]) {
      const [row] = await withTx(t.system(), (c) => c.tx.select().from(apiTokens).where(eq(apiTokens.id, tokenId)));
      expect(row?.revokedAt, 'no subscriber marked it').toBeNull();
      expect(await meWith(token)).toBe(401);
      expect((await session.get('/api/v1/me')).status).toBe(401);
    }
  });
});
