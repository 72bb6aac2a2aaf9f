import net from 'node:net';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTx } from '../../src/db/scope.js';
import { createMailTransport, deliverDueMail, mailMessages, queueMail, renderEmail } from '../../src/modules/mail/index.js';
import { loadConfig } from '../../src/server/config.js';
import { createTestApp, type TestApp } from '../support/harness.js';
import { startTestSmtpServer } from '../support/smtp.js';

/** A port nothing listens on: connections are refused at once. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ env: { SMTP_URL: `smtp://127.0.0.1:${await closedPort()}`, MAIL_FROM: 'consort@test.example' } });
});
afterAll(async () => t?.close());

const lines: { msg: string; mail?: { to: string; text: string } }[] = [];
const log = {
  info: (details: object, msg: string) => lines.push({ ...(details as object), msg }),
  warn: (details: object, msg: string) => lines.push({ ...(details as object), msg }),
  error: (details: object, msg: string) => lines.push({ ...(details as object), msg }),
};

async function queued(subject: string) {
  const message = renderEmail({
    organization: { name: 'Consort', hasLogo: false },
    subject,
    heading: subject,
    paragraphs: ['Hello'],
  });
  const id = await queueMail(t.system(), { to: { address: 'someone@test.example' }, message, purpose: 'test' });
  const row = async () => (await withTx(t.system(), (c) => c.tx.select().from(mailMessages).where(eq(mailMessages.id, id))))[0];
  return { id, row };
}

describe('the mail queue', () => {
  it('keeps a message whose server cannot be reached, and tries again later', async () => {
    const { row } = await queued('Unreachable');
    const transport = createMailTransport(t.config, log);
    const now = new Date();
    expect(await deliverDueMail(t.database.db, transport, log, now)).toBe(1);
    const after = await row();
    expect(after?.status).toBe('queued');
    expect(after?.attempts).toBe(1);
    expect(after?.lastError).toMatch(/ECONNREFUSED|connect/i);
    expect(after?.nextAttemptAt.getTime()).toBeGreaterThan(now.getTime() + 50_000);
    // Not due yet: nothing to do now.
    expect(await deliverDueMail(t.database.db, transport, log, new Date(now.getTime() + 1000))).toBe(0);
    transport.close();
  });

  it('without SMTP_URL, writes each message to the log and marks it logged', async () => {
    const { row } = await queued('To the log');
    const transport = createMailTransport(loadConfig({}), log);
    // Two minutes on: the earlier message is due again too.
    expect(await deliverDueMail(t.database.db, transport, log, new Date(Date.now() + 120_000))).toBe(2);
    expect((await row())?.status).toBe('logged');
    const line = lines.find((l) => l.msg.includes('written to the log') && l.mail?.text.includes('To the log'));
    expect(line?.mail?.to).toBe('someone@test.example');
  });

  it('signs in to the relay with the user and password of SMTP_URL; a wrong password keeps the message queued', async () => {
    const relay = await startTestSmtpServer({ auth: { user: 'consort@lumen.example', pass: 'relay p@ss:word' } });
    try {
      expect(relay.url).toMatch(/^smtp:\/\/consort%40lumen\.example:relay%20p%40ss%3Aword@127\.0\.0\.1:\d+$/);
      const { id, row } = await queued('Through the relay');
      const transportWith = (url: string) =>
        createMailTransport(loadConfig({ SMTP_URL: url, MAIL_FROM: 'consort@test.example' }), log);
      const later = (minutes: number) => new Date(Date.now() + minutes * 60_000);

      const wrong = transportWith(relay.url.replace('relay%20p%40ss', 'guessed'));
      await deliverDueMail(t.database.db, wrong, log, later(10));
      wrong.close();
      expect(await row()).toMatchObject({ id, status: 'queued', attempts: 1 });
      expect((await row())?.lastError).toMatch(/Invalid username or password/);
      expect(relay.received).toHaveLength(0);

      const right = transportWith(relay.url);
      await deliverDueMail(t.database.db, right, log, later(60));
      right.close();
      expect((await row())?.status).toBe('sent');
      const mail = await relay.waitFor((m) => m.subject === 'Through the relay');
      expect(mail.to).toEqual(['someone@test.example']);
      expect(mail.from).toBe('consort@test.example');
      expect(relay.signedIn).toContain('consort@lumen.example');
    } finally {
      await relay.close();
    }
  });
});
