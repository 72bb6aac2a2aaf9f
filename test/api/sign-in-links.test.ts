import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTx } from '../../src/db/scope.js';
import { signInLinks } from '../../src/modules/auth/auth.schema.js';
import { mailMessages } from '../../src/modules/mail/index.js';
import { createSeededApp, type SeededApp } from '../support/harness.js';
import { type ReceivedMail, startTestSmtpServer, type TestSmtpServer } from '../support/smtp.js';
import { makeUser, PASSWORD } from '../support/world.js';

let smtp: TestSmtpServer;
let t: SeededApp;
const PUBLIC_URL = 'https://partners.test.example';
let ipCounter = 0;

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  t = await createSeededApp({
    env: { SMTP_URL: smtp.url, MAIL_FROM: 'partners@lumen.example', CONSORT_PUBLIC_URL: PUBLIC_URL, CONSORT_TRUST_PROXY: 'true' },
    workers: ['mail'],
  });
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

/** Each case from its own client address, so the per-IP throttle of one case does not reach the next. */
const freshIp = () => {
  ipCounter += 1;
  return `203.0.113.${ipCounter}`;
};

const ask = (email: string, ip = freshIp(), url = '/api/v1/auth/magic-link') =>
  t.request('POST', url, { body: { email }, headers: { 'x-forwarded-for': ip } });
const verify = (token: string) => t.request('POST', '/api/v1/auth/magic-link/verify', { body: { token } });

function tokenOf(mail: ReceivedMail, page = '/sign-in/link'): string {
  const match = new RegExp(`${PUBLIC_URL}${page}#token=([A-Za-z0-9_-]+)`).exec(mail.text);
  if (!match?.[1]) throw new Error(`no link in ${mail.text}`);
  expect(mail.html).toContain(`href="${PUBLIC_URL}${page}#token=${match[1]}"`);
  return match[1];
}

async function linkFor(email: string): Promise<string> {
  const before = smtp.to(email).length;
  const res = await ask(email);
  expect(res.status).toBe(202);
  const mail = await smtp.waitFor((m) => m.to.includes(email) && smtp.to(email).indexOf(m) >= before);
  return tokenOf(mail);
}

describe('magic-link sign-in', () => {
  it('a partner user gets a link by e-mail that signs them in once, like a password sign-in', async () => {
    const user = t.world.users.partnerUserA;
    const token = await linkFor(user.email);
    const mail = smtp.to(user.email).at(-1) as ReceivedMail;
    expect(mail.subject).toBe('Your sign-in link for Consort');
    expect(mail.text).toContain('within 15 minutes');

    const signedIn = await verify(token);
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.user).toMatchObject({ id: user.id, email: user.email, partnerId: t.world.partnerA.id });
    const cookie = String(signedIn.headers['set-cookie']).split(';')[0] as string;
    const me = await t.request('GET', '/api/v1/me', { cookie });
    expect(me.status).toBe(200);
    expect(me.body.user?.id ?? me.body.id).toBe(user.id);

    const again = await verify(token);
    expect(again.status).toBe(404);
    expect(again.body.errors).toEqual([{ path: 'token', message: 'is not a valid link (used, expired or unknown)' }]);

    // Only the hash is stored, and the delivered e-mail's body is erased from the queue.
    const [row] = await withTx(t.system(), (c) => c.tx.select().from(signInLinks).where(eq(signInLinks.userId, user.id)));
    expect(row?.tokenHash).not.toContain(token);
    expect(row?.usedAt).not.toBeNull();
    const queued = await withTx(t.system(), (c) => c.tx.select().from(mailMessages).where(eq(mailMessages.userId, user.id)));
    const sent = queued.filter((m) => m.purpose === 'sign_in_link');
    expect(sent.length).toBeGreaterThan(0);
    for (const m of sent) {
      expect(m.status).toBe('sent');
      expect(m.html + m.text).not.toContain(token);
    }
  });

  it('answers an unknown address, a vendor staff member and a deactivated user exactly the same, and mails none', async () => {
    const known = await ask(t.world.users.partnerAdminB.email);
    const answers = [
      await ask('nobody@nowhere.example'),
      await ask(t.world.users.pm.email),
      await ask(t.world.users.admin.email),
    ];
    const deactivated = await makeUser(t.system(), 'partner_user', t.world.partnerA.id);
    const admin = await t.login(t.world.users.admin.email, PASSWORD);
    await admin.patch(`/api/v1/users/${deactivated.id}`, { active: false });
    answers.push(await ask(deactivated.email));
    for (const answer of answers) {
      expect(answer.status).toBe(known.status);
      expect(answer.body).toEqual(known.body);
    }
    await smtp.waitFor((m) => m.to.includes(t.world.users.partnerAdminB.email));
    // Give the worker time to send anything else it might (wrongly) have queued.
    await new Promise((resolve) => setTimeout(resolve, 300));
    for (const email of ['nobody@nowhere.example', t.world.users.pm.email, t.world.users.admin.email, deactivated.email]) {
      expect(smtp.to(email).filter((m) => m.subject.startsWith('Your sign-in link'))).toEqual([]);
    }
    const links = await withTx(t.system(), (c) =>
      c.tx.select().from(signInLinks).where(eq(signInLinks.userId, t.world.users.pm.id)),
    );
    expect(links).toEqual([]);
  });

  it('refuses an expired link, and one issued before the password changed or the user was deactivated', async () => {
    const user = await makeUser(t.system(), 'partner_user', t.world.partnerB.id);
    const expired = await linkFor(user.email);
    await withTx(t.system(), (c) =>
      c.tx.update(signInLinks).set({ expiresAt: sql`now() - interval '1 second'` }).where(eq(signInLinks.userId, user.id)),
    );
    expect((await verify(expired)).status).toBe(404);

    const beforeChange = await linkFor(user.email);
    const client = await t.login(user.email, PASSWORD);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(
      (await client.post('/api/v1/me/password', { currentPassword: PASSWORD, newPassword: 'another long password 987' })).status,
    ).toBe(200);
    expect((await verify(beforeChange)).status).toBe(404);

    const beforeDeactivation = await linkFor(user.email);
    const admin = await t.login(t.world.users.admin.email, PASSWORD);
    await admin.patch(`/api/v1/users/${user.id}`, { active: false });
    await admin.patch(`/api/v1/users/${user.id}`, { active: true });
    expect((await verify(beforeDeactivation)).status).toBe(404);

    // A fresh link after all that works; a made-up token never does.
    expect((await verify(await linkFor(user.email))).status).toBe(200);
    expect((await verify('made-up-token')).status).toBe(404);
  });

  it('two uses of one link at once: exactly one signs in', async () => {
    const user = t.world.users.partnerAdminA;
    const token = await linkFor(user.email);
    const answers = await Promise.all([verify(token), verify(token), verify(token)]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 404, 404]);
  });

  it('throttles per address (any address, known or not) and per client IP', async () => {
    const address = 'throttled@nowhere.example';
    for (let i = 0; i < 5; i++) expect((await ask(address)).status).toBe(202);
    const refused = await ask(address);
    expect(refused.status).toBe(429);
    expect(refused.body.code).toBe('RATE_LIMITED');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);

    const ip = freshIp();
    for (let i = 0; i < 30; i++) expect((await ask(`spray${i}@nowhere.example`, ip)).status).toBe(202);
    expect((await ask('one-more@nowhere.example', ip)).status).toBe(429);
    expect((await ask('one-more@nowhere.example')).status).toBe(202);
  }, 60_000);
});

describe('forgotten password', () => {
  it('a reset link sets a new password once and ends every session and API token', async () => {
    const user = await makeUser(t.system(), 'partner_admin', t.world.partnerA.id);
    const session = await t.login(user.email, PASSWORD);
    const tokenRes = await session.post('/api/v1/api-tokens', { name: 'integration' });
    expect(tokenRes.status).toBe(201);

    expect((await ask(user.email, freshIp(), '/api/v1/auth/password-reset')).status).toBe(202);
    const mail = await smtp.waitFor((m) => m.to.includes(user.email) && m.subject === 'Set a new password for Consort');
    const token = tokenOf(mail, '/sign-in/reset');

    const weak = await t.request('POST', '/api/v1/auth/password-reset/verify', { body: { token, newPassword: 'short' } });
    expect(weak.status).toBe(422);
    expect(weak.body.errors[0].path).toBe('newPassword');
    const reset = await t.request('POST', '/api/v1/auth/password-reset/verify', {
      body: { token, newPassword: 'a brand new password 4321' },
    });
    expect(reset.status).toBe(204);
    const again = await t.request('POST', '/api/v1/auth/password-reset/verify', {
      body: { token, newPassword: 'yet another password 8765' },
    });
    expect(again.status).toBe(404);

    expect((await session.get('/api/v1/me')).status).toBe(401);
    const bearer = await t.request('GET', '/api/v1/me', { headers: { authorization: `Bearer ${tokenRes.body.token}` } });
    expect(bearer.status).toBe(401);
    await expect(t.login(user.email, PASSWORD)).rejects.toThrow();
    expect((await t.login(user.email, 'a brand new password 4321')).email).toBe(user.email);
    // A magic link is not a reset link.
    expect((await verify(token)).status).toBe(404);
  });
});
