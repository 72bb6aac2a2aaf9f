import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { withTx } from '../../db/scope.js';
import type { RunningWorker, WorkerRuntime } from '../../server/module.js';
import { type Ctx, systemCtx } from '../../shared/context.js';
import { type SendResult, sendWebhook } from './webhooks.http.js';
import { notifyAdminsOfDisabledWebhook } from './webhooks.notify.js';
import { DEFAULT_RETRY_SCHEDULE, isDelivered, retryDelaySeconds, shouldDisable } from './webhooks.rules.js';
import { openSecret, SecretUnavailableError, signatureOf } from './webhooks.secrets.js';
import { disableFailingWebhook } from './webhooks.service.js';
import { registerWaker, setSubscribedPatterns } from './webhooks.wake.js';

/** The channel the fan-out trigger notifies on (drizzle/*_webhook-fanout.sql). */
export const NOTIFY_CHANNEL = 'consort_webhooks';

const POLL_MS = 1000;
/** Reload the subscriptions' event types (for the in-process wake) every this many polls. */
const REFRESH_POLLS = 10;
const CONCURRENCY = 8;
const USER_AGENT = 'Consort-Webhooks/1';

export type DispatcherOptions = {
  /**
   * How often to look for due deliveries without being woken (retries falling due, anything
   * missed); default 1000 ms. Tests set it long to show that the wake on commit alone delivers.
   */
  pollMs?: number;
};

/** A claimed delivery with what sending it needs. */
type Claimed = {
  id: string;
  subscriptionId: string;
  eventId: string;
  eventType: string;
  payload: Record<string, unknown>;
  attempts: number;
  manual: boolean;
  createdAt: Date;
  url: string;
  secret: string;
  previousSecret: string | null;
  previousSecretExpiresAt: Date | null;
  lastSuccessAt: Date | null;
};

/**
 * The webhook dispatcher, one per server process (the `webhooks` worker). The deliveries table is
 * the queue: the fan-out trigger fills it in the transaction of each change; this loop claims due
 * deliveries, sends them and records each attempt.
 *
 * Claiming is one short transaction: `FOR UPDATE SKIP LOCKED` picks due rows no other process is
 * claiming at that moment, and the same statement marks them `delivering` under this process's
 * name with a lease (the timeout plus a minute) and counts the attempt. The HTTP request runs
 * with no transaction open — on PGlite an open transaction would hold the one session for
 * everyone — and the result is written in a second short transaction, only while the row is
 * still ours. Another process can take a delivery over only when the lease has lapsed (this
 * process died or stalled), and its attempt then has a new number: with several processes on one
 * PostgreSQL no attempt is sent twice. A crash after the receiver answered but before the result
 * was written means the next attempt repeats the message — with the same `webhook-id`, which is
 * what receivers deduplicate by (at-least-once delivery, as every webhook system).
 *
 * It wakes when a change that made deliveries commits: in this process through the module's `*`
 * subscriber (webhooks.wake.ts), across processes through LISTEN on PostgreSQL (the trigger's
 * pg_notify); and it polls every second for retries that fall due and for anything missed.
 */
export async function startDispatcher(runtime: WorkerRuntime, options: DispatcherOptions = {}): Promise<RunningWorker> {
  const { database, config, log } = runtime;
  const settings = config.webhooks;
  const schedule = settings.retrySchedule ?? DEFAULT_RETRY_SCHEDULE;
  const leaseSeconds = Math.ceil(settings.timeoutMs / 1000) + 60;
  const me = `${process.pid}:${randomUUID().slice(0, 8)}`;
  const ctx = (): Ctx => systemCtx(database.db, 'webhook delivery');
  const aborter = new AbortController();
  const inFlight = new Set<Promise<void>>();
  let stopped = false;
  let pumping = false;
  let again = false;
  let refreshWanted = true;

  async function refreshPatterns(): Promise<void> {
    const result = await withTx(ctx(), (c) =>
      c.tx.execute<{ event_types: string[] }>(sql`SELECT event_types FROM webhook_subscriptions WHERE enabled`),
    );
    setSubscribedPatterns(result.rows.map((r) => r.event_types));
  }

  async function claim(limit: number): Promise<Claimed[]> {
    const result = await withTx(ctx(), (c) =>
      c.tx.execute<Record<string, unknown>>(sql`
        UPDATE webhook_deliveries d
           SET status = 'delivering', attempts = d.attempts + 1, locked_by = ${me},
               lease_until = now() + make_interval(secs => ${leaseSeconds}), updated_at = now()
          FROM webhook_subscriptions s
         WHERE s.id = d.subscription_id
           AND d.id IN (
             SELECT q.id FROM webhook_deliveries q JOIN webhook_subscriptions qs ON qs.id = q.subscription_id
              WHERE ((q.status = 'pending' AND q.next_attempt_at <= now())
                  OR (q.status = 'delivering' AND q.lease_until < now()))
                AND (qs.enabled OR q.manual OR q.event_type = 'webhook.test')
              ORDER BY q.next_attempt_at
              LIMIT ${limit}
              FOR UPDATE OF q SKIP LOCKED)
        RETURNING d.id, d.subscription_id, d.event_id, d.event_type, d.payload, d.attempts, d.manual, d.created_at,
                  s.url, s.secret, s.previous_secret, s.previous_secret_expires_at, s.last_success_at`),
    );
    return result.rows.map((r) => ({
      id: r.id as string,
      subscriptionId: r.subscription_id as string,
      eventId: r.event_id as string,
      eventType: r.event_type as string,
      payload: r.payload as Record<string, unknown>,
      attempts: r.attempts as number,
      manual: r.manual as boolean,
      createdAt: new Date(r.created_at as string),
      url: r.url as string,
      secret: r.secret as string,
      previousSecret: (r.previous_secret as string | null) ?? null,
      previousSecretExpiresAt: r.previous_secret_expires_at ? new Date(r.previous_secret_expires_at as string) : null,
      lastSuccessAt: r.last_success_at ? new Date(r.last_success_at as string) : null,
    }));
  }

  function signedHeaders(d: Claimed, body: string): Record<string, string> {
    const timestamp = Math.floor(Date.now() / 1000);
    const secrets = [openSecret(d.secret, settings.secretKey)];
    if (d.previousSecret && d.previousSecretExpiresAt && d.previousSecretExpiresAt > new Date()) {
      secrets.push(openSecret(d.previousSecret, settings.secretKey));
    }
    return {
      'content-type': 'application/json',
      'user-agent': USER_AGENT,
      'webhook-id': d.eventId,
      'webhook-timestamp': String(timestamp),
      'webhook-signature': secrets.map((s) => signatureOf(s, d.eventId, timestamp, body)).join(' '),
    };
  }

  async function deliver(d: Claimed): Promise<void> {
    const body = JSON.stringify(d.payload);
    const startedAt = new Date();
    let headers: Record<string, string> = {};
    let result: SendResult;
    try {
      headers = signedHeaders(d, body);
      result = await sendWebhook({
        url: new URL(d.url),
        headers,
        body,
        timeoutMs: settings.timeoutMs,
        allowPrivate: settings.allowPrivate,
        signal: aborter.signal,
      });
    } catch (error) {
      if (!(error instanceof SecretUnavailableError)) throw error;
      result = { status: null, body: '', location: null, error: error.message, durationMs: 0 };
    }
    await record(d, { headers, body, startedAt, result });
  }

  async function record(
    d: Claimed,
    sent: { headers: Record<string, string>; body: string; startedAt: Date; result: SendResult },
  ): Promise<void> {
    const { result } = sent;
    const delivered = isDelivered(result.status);
    const error =
      result.error ??
      (delivered
        ? null
        : result.location
          ? `redirected (${result.status}) to ${result.location}; redirects are not followed`
          : `the receiver answered ${result.status}`);
    const delay = delivered || d.manual ? null : retryDelaySeconds(schedule, d.attempts, Math.random());
    const status = delivered ? 'succeeded' : delay === null ? 'failed' : 'pending';
    const disabled = await withTx(ctx(), async (c) => {
      const updated = await c.tx.execute<{ next_attempt_at: string | null }>(sql`
        UPDATE webhook_deliveries
           SET status = ${status}, last_status = ${result.status}, last_error = ${error},
               next_attempt_at = CASE WHEN ${status} = 'pending' THEN now() + make_interval(secs => ${delay ?? 0}) ELSE next_attempt_at END,
               completed_at = CASE WHEN ${status} = 'pending' THEN NULL ELSE now() END,
               lease_until = NULL, locked_by = NULL, updated_at = now()
         WHERE id = ${d.id} AND locked_by = ${me} AND status = 'delivering'
        RETURNING CASE WHEN status = 'pending' THEN next_attempt_at END AS next_attempt_at`);
      const mine = updated.rows[0];
      if (!mine) {
        // The lease lapsed and another process took the delivery over (or it was deleted with
        // its subscription): log the attempt if the delivery still exists, change nothing else.
        log.warn({ deliveryId: d.id, attempt: d.attempts }, 'a webhook delivery finished after its lease lapsed');
        const exists = await c.tx.execute(sql`SELECT 1 FROM webhook_deliveries WHERE id = ${d.id}`);
        if (exists.rows.length === 0) return null;
      }
      await c.tx.execute(sql`
        INSERT INTO webhook_attempts (id, delivery_id, attempt, url, request_headers, request_body, response_status,
                                      response_body, location, error, duration_ms, succeeded, next_attempt_at, started_at)
        VALUES (${randomUUID()}, ${d.id}, ${d.attempts}, ${d.url}, ${JSON.stringify(sent.headers)}::jsonb, ${sent.body},
                ${result.status}, ${result.body}, ${result.location}, ${error}, ${result.durationMs}, ${delivered},
                ${mine?.next_attempt_at ?? null}, ${sent.startedAt.toISOString()})`);
      if (!mine) return null;
      await c.tx.execute(
        delivered
          ? sql`UPDATE webhook_subscriptions SET last_success_at = now() WHERE id = ${d.subscriptionId}`
          : sql`UPDATE webhook_subscriptions SET last_failure_at = now() WHERE id = ${d.subscriptionId}`,
      );
      if (status !== 'failed') return null;
      const disable = shouldDisable({
        manual: d.manual,
        eventType: d.eventType,
        deliveryCreatedAt: d.createdAt,
        lastSuccessAt: d.lastSuccessAt,
      });
      if (!disable) return null;
      const off = await disableFailingWebhook(
        c,
        d.subscriptionId,
        `Every attempt failed for ${d.attempts} attempts (last: ${error}); switched off automatically`,
      );
      if (off) await notifyAdminsOfDisabledWebhook(c, off);
      return off;
    });
    if (disabled)
      log.warn({ webhookId: disabled.id, url: disabled.url }, 'a webhook was switched off after its deliveries kept failing');
  }

  async function pump(): Promise<void> {
    if (stopped) return;
    if (pumping) {
      again = true;
      return;
    }
    pumping = true;
    try {
      do {
        again = false;
        if (refreshWanted) {
          refreshWanted = false;
          await refreshPatterns();
        }
        const free = CONCURRENCY - inFlight.size;
        if (free <= 0) break;
        const claimed = await claim(free);
        for (const d of claimed) {
          const job: Promise<void> = deliver(d)
            .catch((error: unknown) => log.error({ err: error, deliveryId: d.id }, 'a webhook delivery could not be recorded'))
            .finally(() => {
              inFlight.delete(job);
              if (!stopped) void pump();
            });
          inFlight.add(job);
        }
        if (claimed.length === free) again = true;
      } while (again && !stopped);
    } catch (error) {
      if (!stopped) log.error({ err: error }, 'the webhook dispatcher could not claim deliveries');
    } finally {
      pumping = false;
    }
  }

  const unregister = registerWaker((refresh) => {
    if (refresh) refreshWanted = true;
    void pump();
  });
  let polls = 0;
  const timer = setInterval(() => {
    polls += 1;
    if (polls % REFRESH_POLLS === 0) refreshWanted = true;
    void pump();
  }, options.pollMs ?? POLL_MS);
  timer.unref();

  const listener = database.kind === 'postgres' ? listen(database.ownerConnection, () => void pump(), log) : null;
  void pump();

  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      unregister();
      await listener?.stop();
      // Attempts in flight end now (recorded as failed, retried on schedule by whoever runs next).
      aborter.abort();
      await Promise.allSettled([...inFlight]);
    },
  };
}

/**
 * LISTEN on a connection of its own (a pooled one would be handed to requests), reconnecting
 * after a second when it drops; polling covers the gap.
 */
function listen(connection: pg.ClientConfig, onNotify: () => void, log: WorkerRuntime['log']): { stop(): Promise<void> } {
  let client: pg.Client | null = null;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;
  const connect = async () => {
    if (stopped) return;
    const next = new pg.Client(connection);
    client = next;
    const again = () => {
      if (stopped || client !== next) return;
      client = null;
      next.end().catch(() => {});
      retry = setTimeout(() => void connect(), 1000);
      retry.unref();
    };
    next.on('notification', onNotify);
    next.on('error', again);
    next.on('end', again);
    try {
      await next.connect();
      await next.query(`LISTEN ${NOTIFY_CHANNEL}`);
      // Anything that committed while we were not listening.
      onNotify();
    } catch (error) {
      log.warn({ err: error }, 'the webhook dispatcher cannot LISTEN; it polls until it can');
      again();
    }
  };
  void connect();
  return {
    async stop() {
      stopped = true;
      clearTimeout(retry);
      const last = client;
      client = null;
      await last?.end().catch(() => {});
    },
  };
}
