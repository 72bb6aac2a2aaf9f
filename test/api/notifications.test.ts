import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTx } from '../../src/db/scope.js';
import { mailMessages } from '../../src/modules/mail/index.js';
import { notify, sendDailyDigests } from '../../src/modules/notifications/index.js';
import { notifications } from '../../src/modules/notifications/notifications.schema.js';
import { type Client, createSeededApp, type SeededApp } from '../support/harness.js';
import { startTestSmtpServer, type TestSmtpServer } from '../support/smtp.js';
import { actingAs, makePartner, PASSWORD } from '../support/world.js';

let smtp: TestSmtpServer;
let t: SeededApp;
const PUBLIC_URL = 'https://partners.test.example';

beforeAll(async () => {
  // A relay that wants a sign-in, as an organisation's does: SMTP_URL carries the user and password.
  smtp = await startTestSmtpServer({ auth: { user: 'partners@lumen.example', pass: 'relay secret' } });
  t = await createSeededApp({
    env: { SMTP_URL: smtp.url, MAIL_FROM: 'Lumen Partners <partners@lumen.example>', CONSORT_PUBLIC_URL: PUBLIC_URL },
    workers: ['mail'],
  });
  await withTx(t.system(), (c) => c.tx.execute("UPDATE organization_settings SET vendor_name = 'Lumen & Co' WHERE id = 1"));
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

const inboxOf = async (client: Client) => (await client.get('/api/v1/me/notifications')).body;
const setPreference = (client: Client, kind: string, channel: string) =>
  client.put('/api/v1/me/notification-preferences', { preferences: [{ kind, channel }] });

async function mailRowsTo(userId: string) {
  return withTx(t.system(), (c) => c.tx.select().from(mailMessages).where(eq(mailMessages.userId, userId)));
}

describe('notifying people', () => {
  it('a partner manager assigned a partner gets an inbox item and an e-mail with HTML, text, the organisation and a link', async () => {
    const admin = await t.login(t.world.users.admin.email, PASSWORD);
    const partner = await makePartner(t.system(), null, { name: 'Northwind <Traders>' });
    const changed = await admin.patch(`/api/v1/partners/${partner.id}`, { ownerId: t.world.users.pm2.id });
    expect(changed.status).toBe(200);

    const pm2 = await t.login(t.world.users.pm2.email, PASSWORD);
    const inbox = await inboxOf(pm2);
    const item = inbox.data.find((n: { entity: { id: string } | null }) => n.entity?.id === partner.id);
    expect(item).toMatchObject({
      kind: 'partners.owner_assigned',
      title: 'Northwind <Traders> is assigned to you',
      link: `/partners/${partner.id}`,
      readAt: null,
    });
    expect(inbox.unread).toBeGreaterThan(0);

    const mail = await smtp.waitFor((m) => m.subject === 'Northwind <Traders> is assigned to you');
    expect(mail.to).toEqual([t.world.users.pm2.email]);
    expect(mail.from).toBe('partners@lumen.example');
    expect(smtp.signedIn).toContain('partners@lumen.example');
    expect(mail.text).toContain('Lumen & Co');
    expect(mail.text).toContain(`${PUBLIC_URL}/partners/${partner.id}`);
    expect(mail.text).toContain('Ada Admin made you the partner manager of Northwind <Traders>.');
    expect(mail.html).toContain('Lumen &amp; Co');
    expect(mail.html).toContain('Northwind &lt;Traders&gt; is assigned to you');
    expect(mail.html).toContain(`href="${PUBLIC_URL}/partners/${partner.id}"`);
    expect(mail.html).toContain(`${PUBLIC_URL}/unsubscribe#token=`);
    expect(mail.header('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    expect(String(mail.header('list-unsubscribe'))).toMatch(
      new RegExp(`^<${PUBLIC_URL}/api/v1/notifications/unsubscribe\\?token=`),
    );
  });

  it('the unsubscribe link turns that kind into in-app only, for one click from the mail client or the page', async () => {
    const mail = await smtp.waitFor((m) => m.to.includes(t.world.users.pm2.email) && m.subject.endsWith('is assigned to you'));
    const header = String(mail.header('list-unsubscribe')).slice(1, -1);
    const url = header.slice(PUBLIC_URL.length);
    const token = new URL(header).searchParams.get('token') as string;

    // Looking at it changes nothing; a forged token is refused naming it.
    const described = await t.request('GET', `/api/v1/notifications/unsubscribe?token=${encodeURIComponent(token)}`);
    expect(described.body).toEqual({ kind: 'partners.owner_assigned', label: 'A partner is assigned to you' });
    const forged = await t.request('POST', `/api/v1/notifications/unsubscribe?token=${encodeURIComponent(`${token}x`)}`);
    expect(forged.status).toBe(422);
    expect(forged.body.errors).toEqual([{ path: 'token', message: 'is not a valid unsubscribe link' }]);
    const pm2 = await t.login(t.world.users.pm2.email, PASSWORD);
    const kindOf = async () =>
      (await pm2.get('/api/v1/me/notification-preferences')).body.data.find(
        (p: { kind: string }) => p.kind === 'partners.owner_assigned',
      );
    expect((await kindOf()).channel).toBe('email');

    // RFC 8058: the mail client POSTs a form to the List-Unsubscribe URL, without cookies.
    const oneClick = await t.request('POST', url, {
      body: 'List-Unsubscribe=One-Click',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(oneClick.status).toBe(200);
    expect((await kindOf()).channel).toBe('in_app');

    // The next assignment: in the inbox, but no e-mail.
    const before = (await mailRowsTo(t.world.users.pm2.id)).length;
    const admin = await t.login(t.world.users.admin.email, PASSWORD);
    const partner = await makePartner(t.system(), null);
    await admin.patch(`/api/v1/partners/${partner.id}`, { ownerId: t.world.users.pm2.id });
    const inbox = await inboxOf(pm2);
    expect(inbox.data.some((n: { entity: { id: string } | null }) => n.entity?.id === partner.id)).toBe(true);
    expect((await mailRowsTo(t.world.users.pm2.id)).length).toBe(before);

    // Form bodies reach no other route.
    const form = await t.request('POST', '/api/v1/auth/login', {
      body: 'email=a&password=b',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(form.status).toBe(415);
  });

  it('honours each preference: off leaves nothing, in-app no e-mail, digest one daily e-mail', async () => {
    const pm = await t.login(t.world.users.pm.email, PASSWORD);
    const kind = 'users.role_changed';
    const send = (title: string) =>
      notify(t.system(), { to: [t.world.users.pm.id], kind, title, body: 'Body', link: '/account', partnerId: null });
    const mails = async () => (await mailRowsTo(t.world.users.pm.id)).length;
    const before = await mails();

    expect((await setPreference(pm, kind, 'off')).status).toBe(200);
    expect(await send('While off')).toEqual({ inApp: 0, email: 0, digest: 0 });
    expect((await inboxOf(pm)).data.some((n: { title: string }) => n.title === 'While off')).toBe(false);

    await setPreference(pm, kind, 'in_app');
    expect(await send('In the app')).toEqual({ inApp: 1, email: 0, digest: 0 });
    expect((await inboxOf(pm)).data.some((n: { title: string }) => n.title === 'In the app')).toBe(true);
    expect(await mails()).toBe(before);

    await setPreference(pm, kind, 'email');
    expect(await send('By e-mail')).toEqual({ inApp: 1, email: 1, digest: 0 });
    await smtp.waitFor((m) => m.subject === 'By e-mail');

    await setPreference(pm, kind, 'digest');
    expect(await send('Digest one')).toEqual({ inApp: 1, email: 0, digest: 1 });
    expect(await send('Digest <two>')).toEqual({ inApp: 1, email: 0, digest: 1 });
    expect(await mails()).toBe(before + 1);
    const queued = await sendDailyDigests(t.system(), new Date());
    expect(queued).toBeGreaterThanOrEqual(1);
    const digest = await smtp.waitFor((m) => m.to.includes(t.world.users.pm.email) && m.subject.startsWith('Your daily summary'));
    expect(digest.subject).toBe('Your daily summary: 2 notifications');
    expect(digest.text).toContain('Digest one');
    expect(digest.text).toContain('Digest <two>');
    expect(digest.html).toContain('Digest &lt;two&gt;');
    expect(digest.text).toContain(`${PUBLIC_URL}/account`);
    expect(await sendDailyDigests(t.system(), new Date())).toBe(0);

    const preferences = (await pm.get('/api/v1/me/notification-preferences')).body.data;
    expect(preferences.find((p: { kind: string }) => p.kind === kind).channel).toBe('digest');
    const wrong = await pm.put('/api/v1/me/notification-preferences', {
      preferences: [
        { kind: 'no.such_kind', channel: 'email' },
        { kind, channel: 'loud' },
      ],
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors.map((e: { path: string }) => e.path)).toEqual(['preferences.1.channel']);
    const unknown = await pm.put('/api/v1/me/notification-preferences', {
      preferences: [{ kind: 'no.such_kind', channel: 'email' }],
    });
    expect(unknown.body.errors).toEqual([{ path: 'preferences.0.kind', message: 'is not a notification kind you receive' }]);
  });

  it('shows the organisation’s logo in its e-mails, attached inline where the HTML refers to it', async () => {
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    );
    const admin = await t.login(t.world.users.admin.email, PASSWORD);
    const put = await admin.put('/api/v1/settings/logo', { dataUrl: `data:image/png;base64,${png.toString('base64')}` });
    expect(put.status).toBe(200);
    try {
      const title = `With the logo ${Date.now()}`;
      const sent = await notify(t.system(), {
        to: [t.world.users.finance.id],
        kind: 'users.role_changed',
        title,
        partnerId: null,
      });
      expect(sent).toMatchObject({ email: 1 });
      const mail = await smtp.waitFor((m) => m.subject === title);
      expect(mail.html).toContain('src="cid:org-logo"');
      expect(mail.html).toContain('Lumen &amp; Co');
      const logo = mail.attachments.find((a) => a.cid === 'org-logo');
      expect(logo?.contentType).toBe('image/png');
      expect(logo?.content.equals(png)).toBe(true);
    } finally {
      await admin.delete('/api/v1/settings/logo');
    }
  });

  it('a notification in a transaction that rolls back leaves no inbox item and no e-mail', async () => {
    const title = `Rolled back ${Date.now()}`;
    await expect(
      withTx(t.system(), async (c) => {
        await notify(c, { to: [t.world.users.finance.id], kind: 'users.role_changed', title, partnerId: null });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    const rows = await withTx(t.system(), (c) => c.tx.select().from(notifications).where(eq(notifications.title, title)));
    expect(rows).toEqual([]);
    const mails = await withTx(t.system(), (c) => c.tx.select().from(mailMessages).where(eq(mailMessages.subject, title)));
    expect(mails).toEqual([]);
  });

  it("never tells a partner's people about another partner's records, and a partner's action may tell vendor staff", async () => {
    const { partnerUserA, partnerUserB, pm } = t.world.users;
    await expect(
      notify(t.system(), { to: [partnerUserA.id], kind: 'users.role_changed', title: 'x', partnerId: t.world.partnerB.id }),
    ).rejects.toThrow(/another partner/);
    await expect(
      notify(t.system(), { to: [partnerUserA.id], kind: 'users.role_changed', title: 'x', partnerId: null }),
    ).rejects.toThrow(/own company/);
    // A vendor-only kind never reaches a partner user.
    await expect(
      notify(t.system(), { to: [partnerUserA.id], kind: 'partners.owner_assigned', title: 'x', partnerId: t.world.partnerA.id }),
    ).rejects.toThrow(/not for partner_user/);
    // From partner A's own scope: it cannot aim at partner B, and it can tell its partner manager.
    const asA = actingAs(t.system(), partnerUserA);
    await expect(
      notify(asA, { to: [partnerUserB.id], kind: 'users.role_changed', title: 'x', partnerId: t.world.partnerB.id }),
    ).rejects.toThrow(/cannot see the partner/);
    const told = await notify(asA, {
      to: [pm.id, partnerUserA.id],
      kind: 'users.role_changed',
      title: 'From partner A',
      partnerId: t.world.partnerA.id,
    });
    expect(told.inApp).toBe(2);
    const rows = await withTx(t.system(), (c) =>
      c.tx
        .select()
        .from(notifications)
        .where(and(eq(notifications.title, 'From partner A'), eq(notifications.userId, pm.id))),
    );
    expect(rows).toHaveLength(1);
  });

  it("a partner user reads and marks only their own inbox; another's item answers 404", async () => {
    const { partnerUserA, partnerUserB } = t.world.users;
    await notify(t.system(), {
      to: [partnerUserA.id],
      kind: 'auth.api_token_created',
      title: 'For A',
      partnerId: t.world.partnerA.id,
    });
    await notify(t.system(), {
      to: [partnerUserB.id],
      kind: 'auth.api_token_created',
      title: 'For B',
      partnerId: t.world.partnerB.id,
    });
    const a = await t.login(partnerUserA.email, PASSWORD);
    const b = await t.login(partnerUserB.email, PASSWORD);
    const inboxA = await inboxOf(a);
    expect(inboxA.data.map((n: { title: string }) => n.title)).toContain('For A');
    expect(inboxA.data.map((n: { title: string }) => n.title)).not.toContain('For B');
    const itemB = (await inboxOf(b)).data.find((n: { title: string }) => n.title === 'For B');
    expect((await a.post(`/api/v1/me/notifications/${itemB.id}/read`)).status).toBe(404);
    expect((await b.get('/api/v1/me/notifications/unread-count')).body.unread).toBeGreaterThan(0);

    const itemA = inboxA.data.find((n: { title: string }) => n.title === 'For A');
    const before = (await a.get('/api/v1/me/notifications/unread-count')).body.unread;
    const marked = await a.post(`/api/v1/me/notifications/${itemA.id}/read`);
    expect(marked.status).toBe(200);
    expect(marked.body.readAt).not.toBeNull();
    expect((await a.get('/api/v1/me/notifications/unread-count')).body.unread).toBe(before - 1);
    const all = await a.post('/api/v1/me/notifications/read-all');
    expect(all.body.updated).toBe(before - 1);
    expect((await a.get('/api/v1/me/notifications/unread-count')).body.unread).toBe(0);
    expect((await a.get('/api/v1/me/notifications', { query: { unread: true } })).body.data).toEqual([]);
    expect((await b.get('/api/v1/me/notifications/unread-count')).body.unread).toBeGreaterThan(0);
  });

  it('tells a person when an admin changes their role, and when an API token is created for them', async () => {
    const admin = await t.login(t.world.users.admin.email, PASSWORD);
    const { executive } = t.world.users;
    expect((await admin.patch(`/api/v1/users/${executive.id}`, { role: 'finance' })).status).toBe(200);
    const mail = await smtp.waitFor((m) => m.to.includes(executive.email) && m.subject === 'Your role is now Finance');
    expect(mail.text).toContain('Ada Admin changed your role to Finance.');

    const user = await t.login(t.world.users.partnerAdminB.email, PASSWORD);
    expect((await user.post('/api/v1/api-tokens', { name: 'CRM <sync>' })).status).toBe(201);
    const tokenMail = await smtp.waitFor(
      (m) => m.to.includes(t.world.users.partnerAdminB.email) && m.subject === 'A new API token was created for your account',
    );
    expect(tokenMail.text).toContain('The API token “CRM <sync>” can act as you.');
    expect(tokenMail.html).toContain('“CRM &lt;sync&gt;”');
  });
});
