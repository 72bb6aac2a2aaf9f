import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import pg from 'pg';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../src/db/database.js';
import { prepareDatabase } from '../../src/db/prepare.js';
import { withTx } from '../../src/db/scope.js';
import { domainEvents } from '../../src/modules/events/events.schema.js';
import { emitEvents } from '../../src/modules/events/events.service.js';
import { createPartner } from '../../src/modules/partners/index.js';
import { startDispatcher } from '../../src/modules/webhooks/webhooks.dispatcher.js';
import { sendWebhook } from '../../src/modules/webhooks/webhooks.http.js';
import { webhookDeliveries } from '../../src/modules/webhooks/webhooks.schema.js';
import { createWebhook, DELIVERY_RETENTION_DAYS, purgeFinishedDeliveries } from '../../src/modules/webhooks/webhooks.service.js';
import { loadConfig } from '../../src/server/config.js';
import { type RunningWorkers, startWorkers } from '../../src/server/workers.js';
import { systemCtx } from '../../src/shared/context.js';
import { createSeededApp, type SeededApp } from '../support/harness.js';
import { createTestDatabaseTarget, testDbKind } from '../support/test-database.js';
import { type Receiver, startReceiver } from '../support/webhook-receiver.js';
import { unique } from '../support/world.js';

/**
 * Webhooks end to end: a real receiver on 127.0.0.1 (so private targets are allowed here), the
 * `webhooks` worker running, signatures checked with the Standard Webhooks reference verifier.
 * Retries wait 1 s, then 1 s, then the delivery has failed (CONSORT_WEBHOOK_RETRY_SCHEDULE).
 */
let t: SeededApp;
let receiver: Receiver;
beforeAll(async () => {
  receiver = await startReceiver();
  t = await createSeededApp({
    env: { CONSORT_WEBHOOK_ALLOW_PRIVATE: 'true', CONSORT_WEBHOOK_RETRY_SCHEDULE: '1,1', CONSORT_WEBHOOK_TIMEOUT_SECONDS: '2' },
    workers: ['webhooks'],
  });
});
afterAll(async () => {
  await t?.close();
  await receiver?.close();
});

async function subscribe(path: string, events: string[]) {
  const admin = await t.asUser('admin');
  const created = await admin.POST('/api/v1/webhooks', { body: { url: receiver.url(path), events } });
  expect(created.response.status, JSON.stringify(created.error)).toBe(201);
  if (!created.data) throw new Error('no webhook');
  return created.data;
}

async function deliveriesOf(id: string) {
  const admin = await t.asUser('admin');
  const { data } = await admin.GET('/api/v1/webhooks/{id}/deliveries', { params: { path: { id }, query: { limit: 100 } } });
  return data?.data ?? [];
}

async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function verify(secret: string, r: { body: string; headers: Record<string, string> }) {
  return new Webhook(secret).verify(r.body, r.headers) as { type: string; timestamp: string; data: Record<string, unknown> };
}

describe('webhooks', () => {
  it('deliver a committed change, signed so the Standard Webhooks verifier accepts it', async () => {
    const hook = await subscribe('/signed', ['partner.created']);
    expect(hook.secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    const pm = await t.asUser('partner_manager');
    const name = `Hooked ${unique()}`;
    const created = await pm.POST('/api/v1/partners', { body: { name, motion: 'channel' } });
    expect(created.response.status).toBe(201);
    const [got] = await receiver.waitFor('/signed', 1);
    const payload = verify(hook.secret, got!);
    expect(payload.type).toBe('partner.created');
    expect(payload.data).toMatchObject({ name: 'partner.created', entityType: 'partner', entityId: created.data?.id });
    const [event] = await withTx(t.system(), ({ tx }) =>
      tx
        .select()
        .from(domainEvents)
        .where(eq(domainEvents.entityId, created.data?.id ?? '')),
    );
    expect(got?.headers['webhook-id']).toBe(event?.id);
    // Signed with this secret only: another one does not verify.
    expect(() => verify('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', got!)).toThrow();
    // The secret is shown once: not in reads, the audit log or the events.
    const admin = await t.asUser('admin');
    const read = await admin.GET('/api/v1/webhooks/{id}', { params: { path: { id: hook.id } } });
    expect(JSON.stringify(read.data)).not.toContain(hook.secret.slice(6));
    const audit = await admin.GET('/api/v1/audit-events', { params: { query: { entityType: 'webhook', entityId: hook.id } } });
    expect(audit.data?.data.length).toBeGreaterThan(0);
    expect(JSON.stringify(audit.data)).not.toContain(hook.secret.slice(6));
    const events = await withTx(t.system(), ({ tx }) => tx.select().from(domainEvents).where(eq(domainEvents.entityId, hook.id)));
    expect(events.map((e) => e.name)).toContain('webhook.created');
    expect(JSON.stringify(events)).not.toContain(hook.secret.slice(6));
  });

  it('purge finished deliveries after the retention period, keeping recent ones and those still owed a retry', async () => {
    const hook = await subscribe('/purge', ['matrix.never_emitted']);
    const day = 24 * 3_600_000;
    const old = new Date(Date.now() - (DELIVERY_RETENTION_DAYS + 5) * day);
    const recent = new Date(Date.now() - day);
    const later = new Date(Date.now() + 30 * day); // no attempt while the test runs
    const row = (status: 'succeeded' | 'failed' | 'pending', completedAt: Date | null, createdAt: Date) => ({
      subscriptionId: hook.id,
      eventId: randomUUID(),
      eventType: 'matrix.never_emitted',
      payload: {},
      status,
      attempts: 1,
      nextAttemptAt: later,
      completedAt,
      createdAt,
    });
    const ids = await withTx(t.system(), ({ tx }) =>
      tx
        .insert(webhookDeliveries)
        .values([row('succeeded', old, old), row('failed', old, old), row('failed', recent, old), row('pending', null, old)])
        .returning({ id: webhookDeliveries.id, status: webhookDeliveries.status, completedAt: webhookDeliveries.completedAt }),
    );
    const deleted = await purgeFinishedDeliveries(t.system(), new Date(Date.now() - DELIVERY_RETENTION_DAYS * day));
    expect(deleted).toBeGreaterThanOrEqual(2);
    const left = await withTx(t.system(), ({ tx }) =>
      tx.select({ id: webhookDeliveries.id }).from(webhookDeliveries).where(eq(webhookDeliveries.subscriptionId, hook.id)),
    );
    expect(left.map((r) => r.id).sort()).toEqual([ids[2]!.id, ids[3]!.id].sort());
  });

  it('deliver nothing for a change that rolled back', async () => {
    const hook = await subscribe('/rollback', ['partner.*']);
    const name = `Rolled back ${unique()}`;
    await expect(
      withTx(t.system(), async (c) => {
        await createPartner(c, { name, motion: 'channel' });
        throw new Error('a later step failed');
      }),
    ).rejects.toThrow('a later step failed');
    // A committed one afterwards arrives, and is the only one.
    const kept = await createPartner(t.system(), { name: `Kept ${unique()}`, motion: 'channel' });
    const [got] = await receiver.waitFor('/rollback', 1);
    expect(verify(hook.secret, got!).data.entityId).toBe(kept.id);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(receiver.on('/rollback')).toHaveLength(1);
    expect(receiver.on('/rollback').some((r) => r.body.includes(name))).toBe(false);
    const deliveries = await deliveriesOf(hook.id);
    expect(deliveries.map((d) => d.payload.data)).toEqual([expect.objectContaining({ entityId: kept.id })]);
  });

  it('retry after a 500 with the same webhook-id, and log every attempt', async () => {
    receiver.script('/flaky', [500, 200]);
    const hook = await subscribe('/flaky', ['partner.created']);
    const partner = await createPartner(t.system(), { name: `Flaky ${unique()}`, motion: 'channel' });
    const [first, second] = await receiver.waitFor('/flaky', 2);
    expect(second!.headers['webhook-id']).toBe(first!.headers['webhook-id']);
    expect(second!.at - first!.at).toBeGreaterThan(900);
    expect(verify(hook.secret, second!).data.entityId).toBe(partner.id);
    const [delivery] = await eventually(
      () => deliveriesOf(hook.id),
      (d) => d[0]?.status === 'succeeded',
    );
    expect(delivery).toMatchObject({ status: 'succeeded', attempts: 2, lastStatus: 200 });
    expect(delivery?.log.map((a) => [a.attempt, a.responseStatus, a.succeeded])).toEqual([
      [1, 500, false],
      [2, 200, true],
    ]);
    expect(delivery?.log[0]).toMatchObject({ error: 'the receiver answered 500', responseBody: 'answer 500' });
    expect(delivery?.log[0]?.nextAttemptAt).not.toBeNull();
    expect(delivery?.log[0]?.requestHeaders['webhook-signature']).toMatch(/^v1,/);
    expect(delivery?.log[1]?.durationMs).toBeGreaterThanOrEqual(0);

    // Delivered again by hand: one more attempt, the same webhook-id.
    const admin = await t.asUser('admin');
    const again = await admin.POST('/api/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver', {
      params: { path: { id: hook.id, deliveryId: delivery?.id ?? '' } },
    });
    expect(again.response.status).toBe(200);
    const third = (await receiver.waitFor('/flaky', 3))[2];
    expect(third?.headers['webhook-id']).toBe(first!.headers['webhook-id']);
    const [after] = await eventually(
      () => deliveriesOf(hook.id),
      (d) => d[0]?.attempts === 3 && d[0]?.status === 'succeeded',
    );
    expect(after?.log.map((a) => a.attempt)).toEqual([1, 2, 3]);
  });

  it('disable a webhook whose receiver keeps failing, with an event another webhook hears', async () => {
    receiver.script('/down', [503]);
    const watcher = await subscribe('/watcher', ['webhook.disabled']);
    const hook = await subscribe('/down', ['partner.created']);
    await createPartner(t.system(), { name: `Down ${unique()}`, motion: 'channel' });
    await receiver.waitFor('/down', 3);
    const [notice] = await receiver.waitFor('/watcher', 1);
    const payload = verify(watcher.secret, notice!);
    expect(payload.type).toBe('webhook.disabled');
    expect(payload.data).toMatchObject({ entityId: hook.id, data: { automatic: true } });
    const admin = await t.asUser('admin');
    const read = await admin.GET('/api/v1/webhooks/{id}', { params: { path: { id: hook.id } } });
    expect(read.data).toMatchObject({ enabled: false });
    expect(read.data?.disabledReason).toMatch(/switched off automatically/);
    // The admins are told, in the app (and by e-mail unless they chose otherwise).
    const inbox = await admin.GET('/api/v1/me/notifications', {});
    expect(inbox.data?.data.find((n) => n.link === `/webhooks/${hook.id}`)).toMatchObject({
      kind: 'webhooks.disabled',
      title: expect.stringMatching(/^The webhook to 127\.0\.0\.1:\d+ was switched off$/),
    });
    const [delivery] = await deliveriesOf(hook.id);
    expect(delivery).toMatchObject({ status: 'failed', attempts: 3, nextAttemptAt: null });
    // Off means off: the next event makes no delivery, and nothing more arrives.
    await createPartner(t.system(), { name: `Ignored ${unique()}`, motion: 'channel' });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(receiver.on('/down')).toHaveLength(3);
    expect(await deliveriesOf(hook.id)).toHaveLength(1);
  });

  it('never follow a redirect: the attempt fails and logs where it pointed', async () => {
    receiver.script('/moved', [{ status: 302, headers: { location: '/elsewhere' } }, 200]);
    const hook = await subscribe('/moved', ['partner.created']);
    await createPartner(t.system(), { name: `Moved ${unique()}`, motion: 'channel' });
    await receiver.waitFor('/moved', 2);
    const [delivery] = await eventually(
      () => deliveriesOf(hook.id),
      (d) => d[0]?.status === 'succeeded',
    );
    expect(delivery?.log[0]).toMatchObject({ responseStatus: 302, location: '/elsewhere', succeeded: false });
    expect(delivery?.log[0]?.error).toMatch(/redirects are not followed/);
    expect(receiver.on('/elsewhere')).toHaveLength(0);
  });

  it('give up on a receiver slower than the timeout, log it, and retry', async () => {
    // CONSORT_WEBHOOK_TIMEOUT_SECONDS is 2 here: the first answer would come after 6 s.
    receiver.script('/slow', [{ status: 200, delayMs: 6000 }, 200]);
    const hook = await subscribe('/slow', ['partner.created']);
    await createPartner(t.system(), { name: `Slow ${unique()}`, motion: 'channel' });
    const [delivery] = await eventually(
      () => deliveriesOf(hook.id),
      (d) => d[0]?.status === 'succeeded',
      15_000,
    );
    expect(delivery?.log.map((a) => [a.attempt, a.responseStatus, a.succeeded])).toEqual([
      [1, null, false],
      [2, 200, true],
    ]);
    expect(delivery?.log[0]?.error).toBe('timed out after 2000 ms');
    expect(delivery?.log[0]?.durationMs).toBeGreaterThanOrEqual(1900);
    expect(delivery?.log[0]?.durationMs).toBeLessThan(5000);
  });

  it('send a test event to one webhook only, even a disabled one', async () => {
    const admin = await t.asUser('admin');
    const other = await subscribe('/everything', ['*']);
    const hook = await subscribe('/test', ['partner.created']);
    await admin.PATCH('/api/v1/webhooks/{id}', { params: { path: { id: hook.id } }, body: { enabled: false } });
    const before = receiver.on('/everything').length;
    const sent = await admin.POST('/api/v1/webhooks/{id}/test', { params: { path: { id: hook.id } } });
    expect(sent.response.status).toBe(201);
    expect(sent.data).toMatchObject({ eventType: 'webhook.test', status: 'pending' });
    const [got] = await receiver.waitFor('/test', 1);
    expect(verify(hook.secret, got!)).toMatchObject({ type: 'webhook.test', data: { entityId: hook.id } });
    await new Promise((resolve) => setTimeout(resolve, 300));
    // The `*` webhook heard the other changes (the PATCH), never the test.
    const seen = receiver
      .on('/everything')
      .slice(before)
      .map((r) => verify(other.secret, r).type);
    expect(seen).not.toContain('webhook.test');
  });

  it('sign with both secrets for a day after a rotation', async () => {
    const hook = await subscribe('/rotated', ['partner.created']);
    const admin = await t.asUser('admin');
    const rotated = await admin.POST('/api/v1/webhooks/{id}/rotate-secret', { params: { path: { id: hook.id } } });
    expect(rotated.response.status).toBe(200);
    const secret = rotated.data?.secret ?? '';
    expect(secret).not.toBe(hook.secret);
    expect(new Date(rotated.data?.previousSecretExpiresAt ?? 0).getTime() - Date.now()).toBeGreaterThan(23 * 3600_000);
    await createPartner(t.system(), { name: `Rotated ${unique()}`, motion: 'channel' });
    const [got] = await receiver.waitFor('/rotated', 1);
    expect(got!.headers['webhook-signature']?.split(' ')).toHaveLength(2);
    expect(verify(secret, got!).type).toBe('partner.created');
    expect(verify(hook.secret, got!).type).toBe('partner.created');
  });

  it('deliver events written by a partner-scoped transaction (row-level security on the writer)', async () => {
    const hook = await subscribe('/tokens', ['api_token.*']);
    const partnerAdmin = await t.asUser('partner_admin');
    const token = await partnerAdmin.POST('/api/v1/api-tokens', { body: { name: `Hooked ${unique()}` } });
    expect(token.response.status).toBe(201);
    const [got] = await receiver.waitFor('/tokens', 1);
    expect(verify(hook.secret, got!)).toMatchObject({ type: 'api_token.created', data: { partnerId: t.world.partnerA.id } });
  });

  it('refuse bad URLs and event types, naming the field', async () => {
    const admin = await t.asUser('admin');
    const cases: [unknown, string][] = [
      [{ url: 'ftp://crm.example/in', events: ['*'] }, 'url'],
      [{ url: 'https://user:secret@crm.example/in', events: ['*'] }, 'url'],
      [{ url: 'https://crm.example/in', events: ['Partner Created'] }, 'events.0'],
      [{ url: 'https://crm.example/in', events: [] }, 'events'],
    ];
    for (const [body, path] of cases) {
      const res = await admin.POST('/api/v1/webhooks', { body: body as never });
      expect(res.response.status, JSON.stringify(body)).toBe(422);
      expect(res.error?.errors?.map((e) => e.path)).toContain(path);
    }
  });

  it('offer the event types seen so far, with prefixes and *', async () => {
    const admin = await t.asUser('admin');
    const { data } = await admin.GET('/api/v1/webhooks/event-types');
    const names = data?.data.map((e) => e.name) ?? [];
    expect(names[0]).toBe('*');
    expect(names).toEqual(expect.arrayContaining(['partner.created', 'partner.*', 'webhook.test', 'webhook.disabled']));
  });

  it('are for admins only', async () => {
    const pm = await t.asUser('partner_manager');
    expect((await pm.GET('/api/v1/webhooks')).response.status).toBe(403);
    const [row] = await withTx(t.system(), ({ tx }) => tx.select().from(webhookDeliveries).limit(1));
    expect(row).toBeDefined();
  });
});

describe('webhook targets without CONSORT_WEBHOOK_ALLOW_PRIVATE', () => {
  let strict: SeededApp;
  beforeAll(async () => {
    strict = await createSeededApp();
  });
  afterAll(async () => strict?.close());

  it.each([
    ['loopback', 'http://127.0.0.1:9/in'],
    ['a name resolving to loopback', 'http://localhost:9/in'],
    ['a private network', 'https://10.0.0.5/in'],
    ['cloud metadata (link-local)', 'http://169.254.169.254/latest/meta-data'],
    ['IPv6 loopback', 'http://[::1]/in'],
    ['IPv4-mapped IPv6 loopback', 'http://[::ffff:127.0.0.1]/in'],
  ])('refuse %s with a 422 naming url', async (_what, url) => {
    const admin = await strict.asUser('admin');
    const res = await admin.POST('/api/v1/webhooks', { body: { url, events: ['*'] } });
    expect(res.response.status).toBe(422);
    expect(res.error?.errors?.[0]?.path).toBe('url');
    expect(res.error?.errors?.[0]?.message).toMatch(/private or loopback/);
  });

  it('refuse a private target when sending too: a saved loopback address, a name that resolves to one', async () => {
    // What the dispatcher does for every attempt, so a URL saved while private targets were
    // allowed, or a name whose DNS answer changed since, never reaches the private address.
    const send = (url: string, allowPrivate: boolean) =>
      sendWebhook({ url: new URL(url), headers: {}, body: '{}', timeoutMs: 2000, allowPrivate });
    for (const url of [receiver.url('/ssrf'), receiver.url('/ssrf').replace('127.0.0.1', 'localhost')]) {
      const refused = await send(url, false);
      expect(refused, url).toMatchObject({ status: null });
      expect(refused.error, url).toMatch(/private, loopback or reserved address/);
    }
    expect(receiver.on('/ssrf')).toHaveLength(0);
    // The operator setting lets the same request through.
    expect(await send(receiver.url('/ssrf'), true)).toMatchObject({ status: 200, error: null });
    expect(receiver.on('/ssrf')).toHaveLength(1);
  });

  it('accept a public name that does not resolve yet (delivery checks again)', async () => {
    const admin = await strict.asUser('admin');
    const res = await admin.POST('/api/v1/webhooks', { body: { url: 'https://hooks.crm-sync.example/in', events: ['*'] } });
    expect(res.response.status).toBe(201);
  });
});

describe.runIf(testDbKind() === 'postgres')('two processes on one PostgreSQL', () => {
  it('deliver each attempt exactly once', async () => {
    const { target, drop } = await createTestDatabaseTarget();
    const databases: Database[] = [];
    const workers: RunningWorkers[] = [];
    const silent = { info() {}, warn() {}, error() {} };
    try {
      for (const _ of [1, 2]) {
        const database = await openDatabase(target);
        databases.push(database);
        await prepareDatabase(database);
      }
      const config = loadConfig({
        LOG_LEVEL: 'silent',
        DATABASE_URL: target.kind === 'postgres' ? target.url : undefined,
        CONSORT_WEBHOOK_ALLOW_PRIVATE: 'true',
        CONSORT_WEBHOOK_RETRY_SCHEDULE: '1,1',
      });
      for (const database of databases) workers.push(await startWorkers({ database, config, log: silent }, ['webhooks']));
      const [one, two] = databases as [Database, Database];
      receiver.script('/scale', [200, 200, 200, 500, 200]);
      const hook = await createWebhook(
        systemCtx(one.db, 'test'),
        { allowPrivate: true, secretKey: null },
        {
          url: receiver.url('/scale'),
          events: ['partner.created'],
        },
      );
      const count = 30;
      await Promise.all(
        Array.from({ length: count }, (_, i) =>
          createPartner(systemCtx((i % 2 ? one : two).db, 'test'), { name: `Scaled ${i} ${unique()}`, motion: 'channel' }),
        ),
      );
      // One of them was answered 500 and retried: count + 1 requests in all.
      await receiver.waitFor('/scale', count + 1, 20_000);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const got = receiver.on('/scale');
      expect(got).toHaveLength(count + 1);
      const perMessage = new Map<string, number>();
      for (const r of got) {
        verify(hook.secret, r);
        perMessage.set(r.headers['webhook-id'] ?? '', (perMessage.get(r.headers['webhook-id'] ?? '') ?? 0) + 1);
      }
      expect(perMessage.size).toBe(count);
      expect([...perMessage.values()].sort()).toEqual([...Array(count - 1).fill(1), 2]);
      const rows = await withTx(systemCtx(one.db, 'test'), ({ tx }) =>
        tx.select().from(webhookDeliveries).where(eq(webhookDeliveries.subscriptionId, hook.id)),
      );
      expect(rows.filter((r) => r.status === 'succeeded')).toHaveLength(count);
      expect(rows.map((r) => r.attempts).sort()).toEqual([...Array(count - 1).fill(1), 2]);
    } finally {
      for (const w of workers) await w.stop();
      for (const d of databases) await d.close();
      await drop();
    }
  });

  it('wake the dispatcher of another process on commit (LISTEN/NOTIFY), not at its next poll', async () => {
    const { target, drop } = await createTestDatabaseTarget();
    const one = await openDatabase(target);
    const two = await openDatabase(target);
    const watcher = new pg.Client(two.ownerConnection);
    let dispatcher: Awaited<ReturnType<typeof startDispatcher>> | null = null;
    try {
      for (const database of [one, two]) await prepareDatabase(database);
      await watcher.connect();
      const hook = await createWebhook(
        systemCtx(one.db, 'test'),
        { allowPrivate: true, secretKey: null },
        { url: receiver.url('/listen'), events: ['partner.created'] },
      );
      const config = loadConfig({
        LOG_LEVEL: 'silent',
        DATABASE_URL: target.kind === 'postgres' ? target.url : undefined,
        CONSORT_WEBHOOK_ALLOW_PRIVATE: 'true',
      });
      const silent = { info() {}, warn() {}, error() {} };
      // Only process two delivers, and it polls once a minute: nothing but the wake can be quick.
      dispatcher = await startDispatcher({ database: two, config, log: silent }, { pollMs: 60_000 });
      const listening = async () =>
        (
          await watcher.query(
            "SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND query = 'LISTEN consort_webhooks'",
          )
        ).rowCount;
      await eventually(listening, (n) => n === 1, 5000);
      expect(await listening()).toBe(1);
      // Its first look (on start and after LISTEN) is over before anything is written.
      await new Promise((resolve) => setTimeout(resolve, 500));
      for (const round of [1, 2]) {
        // Written by process one without telling this process's subscribers (as an import does):
        // only the trigger's NOTIFY at commit reaches process two.
        const entityId = randomUUID();
        const committedAt = performance.now();
        await withTx(systemCtx(one.db, 'test'), (c) =>
          emitEvents(c, [{ name: 'partner.created', entityType: 'partner', entityId, partnerId: null }], { dispatch: 'later' }),
        );
        const got = (await receiver.waitFor('/listen', round, 5000))[round - 1];
        expect(verify(hook.secret, got!).data.entityId).toBe(entityId);
        expect(got!.at - committedAt).toBeLessThan(3000);
      }
    } finally {
      await dispatcher?.stop();
      await watcher.end().catch(() => {});
      for (const d of [one, two]) await d.close();
      await drop();
    }
  });
});
