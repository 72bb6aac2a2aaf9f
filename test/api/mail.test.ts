import net from 'node:net';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTx } from '../../src/db/scope.js';
import { createMailTransport, deliverDueMail, mailMessages, queueMail, renderEmail } from '../../src/modules/mail/index.js';
import { loadConfig } from '../../src/server/config.js';
import { createTestApp, type TestApp } from '../support/harness.js';

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
});
