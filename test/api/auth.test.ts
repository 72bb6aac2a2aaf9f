import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTx } from '../../src/db/scope.js';
import { apiTokens, sessions } from '../../src/modules/auth/auth.schema.js';
import { users } from '../../src/modules/users/users.schema.js';
import { type Client, createSeededApp, type TestApp } from '../support/harness.js';
import { makeUser, PASSWORD, type World } from '../support/world.js';

let t: TestApp & { world: World };
beforeAll(async () => {
  t = await createSeededApp();
});
afterAll(async () => t?.close());

describe('sign-in', () => {
  it('sets an HttpOnly SameSite session cookie and answers the user and a CSRF token (docs/api.md shape)', async () => {
    const u = t.world.users.partnerAdminA;
    const res = await t.request('POST', '/api/v1/auth/login', { body: { email: u.email.toUpperCase(), password: PASSWORD } });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      user: { id: u.id, email: u.email, name: u.name, role: 'partner_admin', partnerId: t.world.partnerA.id },
      csrfToken: expect.any(String),
    });
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/^consort_session=[A-Za-z0-9_-]{40,};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).toContain('Path=/');
  });

  it('answers the same 401 for an unknown address, a wrong password and a deactivated user', async () => {
    const inactive = await makeUser(t.system(), 'executive', null);
    await withTx(t.system(), ({ tx }) => tx.update(users).set({ active: false }).where(eq(users.id, inactive.id)));
    const answers = await Promise.all([
      t.request('POST', '/api/v1/auth/login', { body: { email: 'nobody@test.example', password: PASSWORD } }),
      t.request('POST', '/api/v1/auth/login', { body: { email: t.world.users.finance.email, password: 'wrong password!!' } }),
      t.request('POST', '/api/v1/auth/login', { body: { email: inactive.email, password: PASSWORD } }),
    ]);
    for (const res of answers) {
      expect(res.status).toBe(401);
      expect(res.body).toMatchObject({ code: 'UNAUTHENTICATED', detail: 'Invalid e-mail or password' });
      expect(res.headers['set-cookie']).toBeUndefined();
    }
  });

  it('names missing fields', async () => {
    const res = await t.request('POST', '/api/v1/auth/login', { body: { email: 'a@b.c' } });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([{ path: 'password', message: expect.any(String) }]);
  });

  it('locks an address after 5 failures for 15 minutes, even for the right password, and says when to retry', async () => {
    const victim = await makeUser(t.system(), 'executive', null);
    for (let i = 0; i < 4; i++) {
      const res = await t.request('POST', '/api/v1/auth/login', {
        body: { email: victim.email, password: `wrong-${i}-password` },
      });
      expect(res.status).toBe(401);
    }
    const fifth = await t.request('POST', '/api/v1/auth/login', { body: { email: victim.email, password: 'wrong-5-password' } });
    expect(fifth.status).toBe(429);
    expect(fifth.body.code).toBe('ACCOUNT_LOCKED');
    expect(Number(fifth.headers['retry-after'])).toBeGreaterThan(14 * 60);
    const right = await t.request('POST', '/api/v1/auth/login', { body: { email: victim.email, password: PASSWORD } });
    expect(right.status).toBe(429);
    // The lockout is in the audit log.
    const admin = await t.login(t.world.users.admin.email, PASSWORD);
    const audit = await admin.get('/api/v1/audit-events', { query: { entityId: victim.id, action: 'lockout' } });
    expect(audit.body.data).toHaveLength(1);
  });

  it('locks unknown addresses the same way, so lockouts reveal no accounts', async () => {
    for (let i = 0; i < 4; i++)
      await t.request('POST', '/api/v1/auth/login', { body: { email: 'ghost@test.example', password: 'x-password-1234' } });
    const res = await t.request('POST', '/api/v1/auth/login', {
      body: { email: 'ghost@test.example', password: 'x-password-1234' },
    });
    expect(res.status).toBe(429);
  });
});

describe('sessions', () => {
  it('answers GET /me with the user and the CSRF token; 401 without a session', async () => {
    const client = await t.login(t.world.users.pm.email, PASSWORD);
    const me = await client.get('/api/v1/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({
      user: { id: t.world.users.pm.id, role: 'partner_manager' },
      csrfToken: client.csrfToken,
      authenticatedBy: 'session',
    });
    const anonymous = await t.request('GET', '/api/v1/me');
    expect(anonymous.status).toBe(401);
    expect(String(anonymous.headers['content-type'])).toContain('application/problem+json');
    const forged = await t.request('GET', '/api/v1/me', { cookie: 'consort_session=forged' });
    expect(forged.status).toBe(401);
  });

  it('refuses a cookie-authenticated change without the CSRF token (403) and accepts it with it', async () => {
    const client = await t.login(t.world.users.pm.email, PASSWORD);
    const without = await t.request('PATCH', '/api/v1/me', { cookie: client.cookie, body: { title: 'Lead' } });
    expect(without.status).toBe(403);
    expect(without.body.code).toBe('CSRF_INVALID');
    const wrong = await t.request('PATCH', '/api/v1/me', {
      cookie: client.cookie,
      body: { title: 'Lead' },
      headers: { 'x-csrf-token': 'nope' },
    });
    expect(wrong.status).toBe(403);
    const ok = await client.patch('/api/v1/me', { title: 'Lead' });
    expect(ok.status).toBe(200);
    expect(ok.body.title).toBe('Lead');
  });

  it('ends the session on logout', async () => {
    const client = await t.login(t.world.users.executive.email, PASSWORD);
    expect((await client.post('/api/v1/auth/logout')).status).toBe(204);
    expect((await client.get('/api/v1/me')).status).toBe(401);
  });

  it('lists your sessions and signs one out; others cannot touch it', async () => {
    const first = await t.login(t.world.users.finance.email, PASSWORD);
    const second = await t.login(t.world.users.finance.email, PASSWORD);
    const list = await second.get('/api/v1/me/sessions');
    expect(list.body.data.length).toBeGreaterThanOrEqual(2);
    const firstSession = list.body.data.find((s: { current: boolean }) => !s.current);
    const intruder = await t.login(t.world.users.admin.email, PASSWORD);
    expect((await intruder.delete(`/api/v1/me/sessions/${firstSession.id}`)).status).toBe(404);
    expect((await second.delete(`/api/v1/me/sessions/${firstSession.id}`)).status).toBe(204);
    const remaining = await second.get('/api/v1/me/sessions');
    expect(remaining.body.data.map((s: { id: string }) => s.id)).not.toContain(firstSession.id);
    expect((await second.get('/api/v1/me')).status).toBe(200);
    expect((await first.get('/api/v1/me')).status).toBe(401);
  });

  it("lets an admin sign a user out everywhere; a partner admin only their own company's users", async () => {
    const victim = await makeUser(t.system(), 'partner_user', t.world.partnerA.id);
    const a = await t.login(victim.email, PASSWORD);
    const b = await t.login(victim.email, PASSWORD);
    const partnerAdminB = await t.login(t.world.users.partnerAdminB.email, PASSWORD);
    expect((await partnerAdminB.post(`/api/v1/users/${victim.id}/revoke-sessions`)).status).toBe(404);
    expect((await a.get('/api/v1/me')).status).toBe(200);
    const partnerAdminA = await t.login(t.world.users.partnerAdminA.email, PASSWORD);
    const res = await partnerAdminA.post(`/api/v1/users/${victim.id}/revoke-sessions`);
    expect(res.status).toBe(200);
    expect(res.body.revoked).toBe(2);
    expect((await a.get('/api/v1/me')).status).toBe(401);
    expect((await b.get('/api/v1/me')).status).toBe(401);
  });

  it('ends every session of a user who is deactivated or gets a new password from an admin', async () => {
    const victim = await makeUser(t.system(), 'executive', null);
    const session = await t.login(victim.email, PASSWORD);
    const admin = await t.login(t.world.users.admin.email, PASSWORD);
    expect((await admin.patch(`/api/v1/users/${victim.id}`, { password: 'a brand new password' })).status).toBe(200);
    expect((await session.get('/api/v1/me')).status).toBe(401);
    const again = await t.login(victim.email, 'a brand new password');
    expect((await admin.patch(`/api/v1/users/${victim.id}`, { active: false })).status).toBe(200);
    expect((await again.get('/api/v1/me')).status).toBe(401);
  });

  it('keeps you signed in when you change your own password, and ends your other sessions', async () => {
    const me = await makeUser(t.system(), 'partner_manager', null);
    const other = await t.login(me.email, PASSWORD);
    const current = await t.login(me.email, PASSWORD);
    const wrong = await current.post('/api/v1/me/password', {
      currentPassword: 'not my password',
      newPassword: 'my next password 1',
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors[0].path).toBe('currentPassword');
    const weak = await current.post('/api/v1/me/password', { currentPassword: PASSWORD, newPassword: 'short' });
    expect(weak.status).toBe(422);
    expect(weak.body.errors[0].path).toBe('newPassword');
    const res = await current.post('/api/v1/me/password', { currentPassword: PASSWORD, newPassword: 'my next password 1' });
    expect(res.status).toBe(200);
    const cookie = String(res.headers['set-cookie']).split(';')[0] as string;
    const renewed = { ...current, cookie, csrfToken: res.body.csrfToken };
    expect((await t.request('GET', '/api/v1/me', { cookie: renewed.cookie })).status).toBe(200);
    expect((await other.get('/api/v1/me')).status).toBe(401);
    expect((await t.login(me.email, 'my next password 1')).email).toBe(me.email);
  });
});

describe('checking the current password when changing it', () => {
  const change = (client: Client, currentPassword: string, newPassword = 'a different passphrase') =>
    client.post('/api/v1/me/password', { currentPassword, newPassword });

  it('is throttled per user like sign-in: the fifth wrong password locks changes for 15 minutes, audited', async () => {
    const me = await makeUser(t.system(), 'finance', null);
    const client = await t.login(me.email, PASSWORD);
    for (let attempt = 1; attempt <= 4; attempt++) {
      const wrong = await change(client, `wrong password ${attempt}`);
      expect(wrong.status).toBe(422);
      expect(wrong.body.errors[0].path).toBe('currentPassword');
    }
    const fifth = await change(client, 'wrong password 5');
    expect(fifth.status).toBe(429);
    expect(Number(fifth.headers['retry-after'])).toBeGreaterThan(14 * 60);
    expect(fifth.body).toMatchObject({ code: 'ACCOUNT_LOCKED', errors: [{ path: 'currentPassword' }] });
    // Locked even for the right password; the password stays as it was.
    expect((await change(client, PASSWORD)).status).toBe(429);
    expect((await t.login(me.email, PASSWORD)).email).toBe(me.email);
    // Another user is not affected.
    const other = await t.login((await makeUser(t.system(), 'finance', null)).email, PASSWORD);
    expect((await change(other, 'not it at all')).status).toBe(422);
    const admin = await t.login(t.world.users.admin.email, PASSWORD);
    const audit = await admin.get('/api/v1/audit-events', { query: { entityType: 'user', entityId: me.id, action: 'lockout' } });
    expect(audit.body.data).toHaveLength(1);
    expect(audit.body.data[0].summary).toMatch(/Password changes locked/);
  });

  it('forgets earlier failures once the right password is given', async () => {
    const me = await makeUser(t.system(), 'executive', null);
    let client = await t.login(me.email, PASSWORD);
    for (let attempt = 1; attempt <= 4; attempt++) expect((await change(client, `wrong ${attempt} password`)).status).toBe(422);
    const res = await change(client, PASSWORD, 'my renewed passphrase');
    expect(res.status).toBe(200);
    client = await t.login(me.email, 'my renewed passphrase');
    for (let attempt = 1; attempt <= 4; attempt++) expect((await change(client, `wrong ${attempt} again`)).status).toBe(422);
  });

  it('refuses a common new password, naming newPassword', async () => {
    const me = await makeUser(t.system(), 'executive', null);
    const client = await t.login(me.email, PASSWORD);
    const res = await change(client, PASSWORD, 'Password1234!');
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([{ path: 'newPassword', message: expect.stringMatching(/common/) }]);
  });
});

describe('API tokens', () => {
  it('are shown once, stored hashed, authenticate as their owner without CSRF, and stop when revoked', async () => {
    const client = await t.login(t.world.users.partnerAdminA.email, PASSWORD);
    const created = await client.post('/api/v1/api-tokens', { name: 'CRM sync' });
    expect(created.status).toBe(201);
    const token: string = created.body.token;
    expect(token).toMatch(/^consort_pat_/);
    const [stored] = await withTx(t.system(), ({ tx }) => tx.select().from(apiTokens).where(eq(apiTokens.id, created.body.id)));
    expect(stored?.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain(token);
    const listed = await client.get('/api/v1/api-tokens');
    expect(JSON.stringify(listed.body)).not.toContain(token);
    expect(listed.body.data[0]).toMatchObject({ name: 'CRM sync', prefix: token.slice(0, 18) });

    const bearer = { authorization: `Bearer ${token}` };
    const me = await t.request('GET', '/api/v1/me', { headers: bearer });
    expect(me.body).toMatchObject({ user: { id: t.world.users.partnerAdminA.id }, authenticatedBy: 'token', csrfToken: null });
    // No CSRF token needed with a bearer token, and the token carries the user's scope.
    const patched = await t.request('PATCH', `/api/v1/partners/${t.world.partnerA.id}`, {
      headers: bearer,
      body: { description: 'via token' },
    });
    expect(patched.status).toBe(200);
    expect((await t.request('GET', `/api/v1/partners/${t.world.partnerB.id}`, { headers: bearer })).status).toBe(404);

    expect((await client.delete(`/api/v1/api-tokens/${created.body.id}`)).status).toBe(204);
    const after = await t.request('GET', '/api/v1/me', { headers: bearer });
    expect(after.status).toBe(401);
    expect((await t.request('GET', '/api/v1/me', { headers: { authorization: 'Bearer consort_pat_made-up' } })).status).toBe(401);
  });

  it('stop working when their user is deactivated, and expire', async () => {
    const owner = await makeUser(t.system(), 'finance', null);
    const client = await t.login(owner.email, PASSWORD);
    const expiring = await client.post('/api/v1/api-tokens', {
      name: 'short',
      expiresAt: new Date(Date.now() + 1000).toISOString(),
    });
    const lasting = await client.post('/api/v1/api-tokens', { name: 'long' });
    await withTx(t.system(), ({ tx }) =>
      tx
        .update(apiTokens)
        .set({ expiresAt: new Date(Date.now() - 1000) })
        .where(eq(apiTokens.id, expiring.body.id)),
    );
    const me = (token: string) => t.request('GET', '/api/v1/me', { headers: { authorization: `Bearer ${token}` } });
    expect((await me(expiring.body.token)).status).toBe(401);
    expect((await me(lasting.body.token)).status).toBe(200);
    // Deactivation through the API ends the token at once, although this process had just checked it.
    const admin = await t.login(t.world.users.admin.email, PASSWORD);
    expect((await admin.patch(`/api/v1/users/${owner.id}`, { active: false })).status).toBe(200);
    expect((await me(lasting.body.token)).status).toBe(401);
  });

  it('end within the credential cache time when another process deactivates the user', async () => {
    const other = await createSeededApp({ env: { CONSORT_CACHE_SECONDS: '1' } });
    try {
      const owner = await makeUser(other.system(), 'finance', null);
      const client = await other.login(owner.email, PASSWORD);
      const token = (await client.post('/api/v1/api-tokens', { name: 'integration' })).body.token as string;
      const me = () => other.request('GET', '/api/v1/me', { headers: { authorization: `Bearer ${token}` } });
      expect((await me()).status).toBe(200);
      // Another process's change: straight into the database, no event reaches this process.
      await withTx(other.system(), ({ tx }) => tx.update(users).set({ active: false }).where(eq(users.id, owner.id)));
      await new Promise((resolve) => setTimeout(resolve, 1100));
      expect((await me()).status).toBe(401);
      expect((await client.get('/api/v1/me')).status).toBe(401);
    } finally {
      await other.close();
    }
  }, 120_000); // a second app on a fresh database of its own: more than 30 s on a loaded machine

  it('store no session secret in the clear either', async () => {
    const client = await t.login(t.world.users.executive.email, PASSWORD);
    const secret = client.cookie.split('=')[1] as string;
    const rows = await withTx(t.system(), ({ tx }) => tx.select().from(sessions));
    expect(JSON.stringify(rows)).not.toContain(secret);
  });
});
