import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { keyset } from '../../db/keyset.js';
import { onCommit, withTx } from '../../db/scope.js';
import type { WebhookConfig } from '../../server/config.js';
import { actorUserId, type Ctx, policyActor, type TxCtx } from '../../shared/context.js';
import { AppError, forbidden, invalidField, notFound } from '../../shared/errors.js';
import { type Page, toPage } from '../../shared/paging.js';
import { recordChange } from '../audit/index.js';
import { eventNamesSeen } from '../events/index.js';
import { blockedTargetReason } from './webhooks.http.js';
import { managesWebhooks, type WebhookPermissions, webhookPermissions } from './webhooks.policy.js';
import { checkWebhookUrl, isEventTypePattern, PREVIOUS_SECRET_HOURS, TEST_EVENT } from './webhooks.rules.js';
import {
  type DeliveryStatus,
  type WebhookAttemptRow,
  type WebhookDeliveryRow,
  type WebhookSubscriptionRow,
  webhookAttempts,
  webhookDeliveries,
  webhookSubscriptions,
} from './webhooks.schema.js';
import { newSigningSecret, sealSecret } from './webhooks.secrets.js';
import { wakeDispatchers } from './webhooks.wake.js';

/** What the service needs from the configuration: the SSRF setting and the at-rest key. */
export type WebhookOptions = Pick<WebhookConfig, 'allowPrivate' | 'secretKey'>;

export type WebhookDto = {
  id: string;
  url: string;
  description: string;
  events: string[];
  enabled: boolean;
  disabledReason: string | null;
  disabledAt: Date | null;
  secretRotatedAt: Date | null;
  previousSecretExpiresAt: Date | null;
  lastSuccessAt: Date | null;
  lastFailureAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  can: WebhookPermissions;
};

/** The subscription as answered and as audited: never its secrets. */
function snapshotOf(row: WebhookSubscriptionRow) {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    events: row.eventTypes,
    enabled: row.enabled,
    disabledReason: row.disabledReason,
    disabledAt: row.disabledAt,
    secretRotatedAt: row.secretRotatedAt,
    previousSecretExpiresAt: row.previousSecretExpiresAt,
    lastSuccessAt: row.lastSuccessAt,
    lastFailureAt: row.lastFailureAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

function toDto(ctx: Ctx, row: WebhookSubscriptionRow): WebhookDto {
  return { ...snapshotOf(row), can: webhookPermissions(policyActor(ctx)) };
}

function assertManages(ctx: Ctx): void {
  if (!managesWebhooks(policyActor(ctx))) throw forbidden('Only admins manage webhooks');
}

/** One audit entry and one event `webhook.<event>` for a change of a subscription. */
async function audit(
  c: TxCtx,
  action: string,
  rows: { before?: WebhookSubscriptionRow; after?: WebhookSubscriptionRow },
  note: { event: string; summary: string; eventData?: Record<string, unknown> },
): Promise<void> {
  const row = rows.after ?? rows.before;
  if (!row) throw new Error('audit needs a row');
  await recordChange(c, {
    action,
    entityType: 'webhook',
    entityId: row.id,
    partnerId: null,
    before: rows.before ? snapshotOf(rows.before) : null,
    after: rows.after ? snapshotOf(rows.after) : null,
    ...note,
  });
}

async function loadSubscription(c: TxCtx, id: string): Promise<WebhookSubscriptionRow> {
  const [row] = await c.tx.select().from(webhookSubscriptions).where(eq(webhookSubscriptions.id, id));
  if (!row) throw notFound('Webhook');
  return row;
}

async function checkedUrl(text: string, options: WebhookOptions): Promise<string> {
  const check = checkWebhookUrl(text);
  if (!check.ok) throw invalidField('url', check.reason);
  const blocked = await blockedTargetReason(check.url, options.allowPrivate);
  if (blocked) throw invalidField('url', `must not be a private or loopback address: ${blocked}`);
  return check.url.toString();
}

function checkedEvents(events: readonly string[]): string[] {
  events.forEach((pattern, i) => {
    if (!isEventTypePattern(pattern)) {
      throw invalidField(`events.${i}`, `"${pattern}" is not an event type: use a name such as partner.created, partner.* or *`);
    }
  });
  return [...new Set(events)];
}

export type WebhookQuery = { limit: number; cursor?: string };

export async function listWebhooks(ctx: Ctx, query: WebhookQuery): Promise<Page<WebhookDto>> {
  return withTx(ctx, async (c) => {
    assertManages(c);
    const ks = keyset(
      'webhooks',
      'createdAt',
      { createdAt: webhookSubscriptions.createdAt },
      webhookSubscriptions.id,
      query.cursor,
    );
    const rows = await c.tx
      .select()
      .from(webhookSubscriptions)
      .where(ks.where)
      .orderBy(...ks.orderBy)
      .limit(query.limit + 1);
    const page = toPage(rows, query.limit, ks.cursorOf);
    return { data: page.data.map((r) => toDto(c, r)), nextCursor: page.nextCursor };
  });
}

export async function getWebhook(ctx: Ctx, id: string): Promise<WebhookDto> {
  return withTx(ctx, async (c) => {
    assertManages(c);
    return toDto(c, await loadSubscription(c, id));
  });
}

export type WebhookInput = { url: string; events: string[]; description?: string; enabled?: boolean };

/** Creates a subscription; the answer carries its signing secret, the only time it is shown. */
export async function createWebhook(
  ctx: Ctx,
  options: WebhookOptions,
  input: WebhookInput,
): Promise<WebhookDto & { secret: string }> {
  return withTx(ctx, async (c) => {
    assertManages(c);
    const url = await checkedUrl(input.url, options);
    const secret = newSigningSecret();
    const [row] = await c.tx
      .insert(webhookSubscriptions)
      .values({
        url,
        description: input.description ?? '',
        eventTypes: checkedEvents(input.events),
        enabled: input.enabled ?? true,
        secret: sealSecret(secret, options.secretKey),
        createdBy: actorUserId(c),
        createdAt: c.now,
        updatedAt: c.now,
      })
      .returning();
    if (!row) throw new Error('insert returned no row');
    await audit(c, 'create', { after: row }, { event: 'webhook.created', summary: `Created webhook to ${url}` });
    onCommit(c, () => wakeDispatchers(true));
    return { ...toDto(c, row), secret };
  });
}

/** Changes the URL, events, description or whether it is on. Turning it on clears why it was off. */
export async function updateWebhook(
  ctx: Ctx,
  options: WebhookOptions,
  id: string,
  input: Partial<WebhookInput>,
): Promise<WebhookDto> {
  return withTx(ctx, async (c) => {
    assertManages(c);
    const before = await loadSubscription(c, id);
    const set: Partial<typeof webhookSubscriptions.$inferInsert> = { updatedAt: c.now };
    if (input.url !== undefined) set.url = await checkedUrl(input.url, options);
    if (input.events !== undefined) set.eventTypes = checkedEvents(input.events);
    if (input.description !== undefined) set.description = input.description;
    if (input.enabled !== undefined && input.enabled !== before.enabled) {
      set.enabled = input.enabled;
      set.disabledAt = input.enabled ? null : c.now;
      set.disabledReason = input.enabled ? null : 'Disabled by an admin';
    }
    const [after] = await c.tx.update(webhookSubscriptions).set(set).where(eq(webhookSubscriptions.id, id)).returning();
    if (!after) throw notFound('Webhook');
    const event = set.enabled === undefined ? 'webhook.updated' : set.enabled ? 'webhook.enabled' : 'webhook.disabled';
    await audit(c, 'update', { before, after }, { event, summary: `Changed webhook to ${after.url}` });
    onCommit(c, () => wakeDispatchers(true));
    return toDto(c, after);
  });
}

/** Deletes a subscription with its deliveries and their log. */
export async function deleteWebhook(ctx: Ctx, id: string): Promise<void> {
  return withTx(ctx, async (c) => {
    assertManages(c);
    const before = await loadSubscription(c, id);
    await c.tx.delete(webhookSubscriptions).where(eq(webhookSubscriptions.id, id));
    await audit(c, 'delete', { before }, { event: 'webhook.deleted', summary: `Deleted webhook to ${before.url}` });
  });
}

/**
 * A new signing secret, shown once in the answer. The previous one keeps signing beside it for
 * 24 hours (two signatures in `webhook-signature`, as the Standard Webhooks spec allows), so a
 * receiver can switch over without losing a delivery.
 */
export async function rotateWebhookSecret(
  ctx: Ctx,
  options: WebhookOptions,
  id: string,
): Promise<WebhookDto & { secret: string }> {
  return withTx(ctx, async (c) => {
    assertManages(c);
    const before = await loadSubscription(c, id);
    const secret = newSigningSecret();
    const [after] = await c.tx
      .update(webhookSubscriptions)
      .set({
        secret: sealSecret(secret, options.secretKey),
        previousSecret: before.secret,
        previousSecretExpiresAt: new Date(c.now.getTime() + PREVIOUS_SECRET_HOURS * 3600_000),
        secretRotatedAt: c.now,
        updatedAt: c.now,
      })
      .where(eq(webhookSubscriptions.id, id))
      .returning();
    if (!after) throw notFound('Webhook');
    await audit(
      c,
      'rotate_secret',
      { before, after },
      { event: 'webhook.secret_rotated', summary: `Rotated the secret of webhook to ${after.url}` },
    );
    return { ...toDto(c, after), secret };
  });
}

export type DeliveryDto = {
  id: string;
  subscriptionId: string;
  eventId: string;
  eventType: string;
  payload: Record<string, unknown>;
  status: DeliveryStatus;
  attempts: number;
  manual: boolean;
  nextAttemptAt: Date | null;
  lastStatus: number | null;
  lastError: string | null;
  completedAt: Date | null;
  createdAt: Date;
  log: AttemptDto[];
};

export type AttemptDto = Omit<WebhookAttemptRow, 'deliveryId'>;

function toDeliveryDto(row: WebhookDeliveryRow, log: WebhookAttemptRow[]): DeliveryDto {
  return {
    id: row.id,
    subscriptionId: row.subscriptionId,
    eventId: row.eventId,
    eventType: row.eventType,
    payload: row.payload,
    status: row.status,
    attempts: row.attempts,
    manual: row.manual,
    nextAttemptAt: row.status === 'pending' ? row.nextAttemptAt : null,
    lastStatus: row.lastStatus,
    lastError: row.lastError,
    completedAt: row.completedAt,
    createdAt: row.createdAt,
    log: log.map(({ deliveryId: _, ...attempt }) => attempt),
  };
}

/** Deliveries with their attempts, in one query each. */
async function withLogs(c: TxCtx, rows: WebhookDeliveryRow[]): Promise<DeliveryDto[]> {
  if (rows.length === 0) return [];
  const attempts = await c.tx
    .select()
    .from(webhookAttempts)
    .where(
      inArray(
        webhookAttempts.deliveryId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(asc(webhookAttempts.attempt), asc(webhookAttempts.startedAt));
  return rows.map((r) =>
    toDeliveryDto(
      r,
      attempts.filter((a) => a.deliveryId === r.id),
    ),
  );
}

/**
 * "Send test event": a `webhook.test` event naming this subscription, written to the outbox like
 * any other, so the fan-out trigger makes its one delivery (to this subscription only, on or off)
 * and the test goes through exactly the path real events take. Answers that delivery.
 */
export async function sendTestEvent(ctx: Ctx, id: string): Promise<DeliveryDto> {
  return withTx(ctx, async (c) => {
    assertManages(c);
    const row = await loadSubscription(c, id);
    await recordChange(c, {
      action: 'test',
      entityType: 'webhook',
      entityId: row.id,
      partnerId: null,
      summary: `Sent a test event to webhook ${row.url}`,
      event: TEST_EVENT,
      eventData: { message: 'A test event from Consort: your endpoint receives and verifies webhooks.' },
    });
    const event = c.pendingEvents.at(-1);
    const [delivery] = await c.tx
      .select()
      .from(webhookDeliveries)
      .where(and(eq(webhookDeliveries.subscriptionId, id), eq(webhookDeliveries.eventId, event?.id ?? row.id)));
    if (!delivery) throw new Error('the test event made no delivery');
    onCommit(c, () => wakeDispatchers(true));
    return toDeliveryDto(delivery, []);
  });
}

export type DeliveryQuery = { limit: number; cursor?: string; status?: DeliveryStatus[] };

/** The delivery log of one subscription, newest first, each delivery with its attempts. */
export async function listDeliveries(ctx: Ctx, id: string, query: DeliveryQuery): Promise<Page<DeliveryDto>> {
  return withTx(ctx, async (c) => {
    assertManages(c);
    await loadSubscription(c, id);
    const ks = keyset(
      'webhook-deliveries',
      '-createdAt',
      { createdAt: webhookDeliveries.createdAt },
      webhookDeliveries.id,
      query.cursor,
    );
    const conditions: (SQL | undefined)[] = [
      eq(webhookDeliveries.subscriptionId, id),
      ks.where,
      query.status?.length ? inArray(webhookDeliveries.status, query.status) : undefined,
    ];
    const rows = await c.tx
      .select()
      .from(webhookDeliveries)
      .where(and(...conditions))
      .orderBy(...ks.orderBy)
      .limit(query.limit + 1);
    const page = toPage(rows, query.limit, ks.cursorOf);
    return { data: await withLogs(c, page.data), nextCursor: page.nextCursor };
  });
}

/**
 * Manual redelivery: one more attempt of a finished delivery, now, with the same `webhook-id`
 * (receivers that deduplicate by it see the same message). It has no retries of its own and never
 * disables the subscription; one still in progress is refused (409).
 */
export async function redeliver(ctx: Ctx, id: string, deliveryId: string): Promise<DeliveryDto> {
  return withTx(ctx, async (c) => {
    assertManages(c);
    const subscription = await loadSubscription(c, id);
    const [before] = await c.tx
      .select()
      .from(webhookDeliveries)
      .where(and(eq(webhookDeliveries.id, deliveryId), eq(webhookDeliveries.subscriptionId, id)));
    if (!before) throw notFound('Delivery');
    if (before.status === 'pending' || before.status === 'delivering') {
      throw new AppError('CONFLICT', 'This delivery is still in progress; it is attempted again on its own');
    }
    const [after] = await c.tx
      .update(webhookDeliveries)
      .set({
        status: 'pending',
        manual: true,
        nextAttemptAt: sql`now()`,
        completedAt: null,
        updatedAt: c.now,
      })
      .where(eq(webhookDeliveries.id, deliveryId))
      .returning();
    if (!after) throw notFound('Delivery');
    await recordChange(c, {
      action: 'redeliver',
      entityType: 'webhook_delivery',
      entityId: deliveryId,
      partnerId: null,
      summary: `Asked for ${before.eventType} to be delivered again to ${subscription.url}`,
      event: 'webhook_delivery.redelivery_requested',
      eventData: { webhookId: id, eventType: before.eventType },
    });
    onCommit(c, () => wakeDispatchers(true));
    const [dto] = await withLogs(c, [after]);
    if (!dto) throw new Error('no delivery');
    return dto;
  });
}

export type EventTypeDto = { name: string; description: string };

/** Event types every installation has, whether or not they happened yet. */
const KNOWN_EVENT_TYPES: EventTypeDto[] = [
  { name: '*', description: 'Every event' },
  { name: TEST_EVENT, description: 'The test event sent from a webhook’s page (to that webhook only)' },
  { name: 'webhook.disabled', description: 'A webhook was switched off, by an admin or after failing for a day' },
];

/**
 * The event types to offer when subscribing: every name that has appeared in the outbox, each
 * record type's `<prefix>.*`, and the known ones above. Names come from the outbox itself, so a new
 * module's events are offered as soon as they happen, with no list to maintain (decision 0055).
 */
export async function listEventTypes(ctx: Ctx): Promise<{ data: EventTypeDto[] }> {
  return withTx(ctx, async (c) => {
    assertManages(c);
    const names = await eventNamesSeen(c);
    const seen = new Map(KNOWN_EVENT_TYPES.map((t) => [t.name, t]));
    for (const name of names) {
      const prefix = `${name.slice(0, name.lastIndexOf('.'))}.*`;
      if (!seen.has(prefix))
        seen.set(prefix, { name: prefix, description: `Every ${prefix.slice(0, -2).replaceAll('_', ' ')} event` });
      if (!seen.has(name)) seen.set(name, { name, description: '' });
    }
    return { data: [...seen.values()].sort((a, b) => (a.name === '*' ? -1 : b.name === '*' ? 1 : a.name.localeCompare(b.name))) };
  });
}

/**
 * Switches a subscription off because its receiver has failed every attempt for longer than the
 * retry schedule (webhooks.rules.ts `shouldDisable`): audited, with the event `webhook.disabled`,
 * in the dispatcher's transaction. Answers the subscription, or null when it was already off.
 */
export async function disableFailingWebhook(c: TxCtx, id: string, reason: string): Promise<WebhookSubscriptionRow | null> {
  const [before] = await c.tx.select().from(webhookSubscriptions).where(eq(webhookSubscriptions.id, id));
  if (!before?.enabled) return null;
  const [after] = await c.tx
    .update(webhookSubscriptions)
    .set({ enabled: false, disabledAt: c.now, disabledReason: reason, updatedAt: c.now })
    .where(eq(webhookSubscriptions.id, id))
    .returning();
  if (!after) return null;
  await audit(
    c,
    'update',
    { before, after },
    { event: 'webhook.disabled', summary: `Disabled webhook to ${after.url}: ${reason}`, eventData: { reason, automatic: true } },
  );
  return after;
}

/** How long a finished delivery (and its attempts) stays in the delivery log. */
export const DELIVERY_RETENTION_DAYS = 30;

/**
 * Deletes deliveries that finished (succeeded or failed for good) before `before`, with their
 * attempts (cascade). Pending and in-flight ones stay whatever their age: a retry still owes them.
 */
export async function purgeFinishedDeliveries(ctx: Ctx, before: Date): Promise<number> {
  return withTx(ctx, async (c) => {
    const deleted = await c.tx
      .delete(webhookDeliveries)
      .where(
        and(
          inArray(webhookDeliveries.status, ['succeeded', 'failed']),
          sql`${webhookDeliveries.completedAt} < ${before.toISOString()}`,
        ),
      )
      .returning({ id: webhookDeliveries.id });
    return deleted.length;
  });
}
