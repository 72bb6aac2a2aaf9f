import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgPolicy, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { STAFF_ROLE } from '../../db/app-role.js';
import { createdAt, idColumn, tstz, updatedAt } from '../../db/columns.js';

/** Vendor staff (and the system) only: a partner-scoped transaction sees no webhook row at all. */
const staffOnly = () => pgPolicy('staff_all', { for: 'all', to: STAFF_ROLE, using: sql`true`, withCheck: sql`true` });

/**
 * Subscriptions: where to send which events, signed with which secret. The secrets are stored so
 * the server can sign (it needs them in the clear), encrypted when CONSORT_WEBHOOK_SECRET_KEY is
 * set (webhooks.secrets.ts, docs/decisions/0057); they never leave the server after the answer
 * that created or rotated them, and never reach the audit log or an event.
 */
export const webhookSubscriptions = pgTable(
  'webhook_subscriptions',
  {
    id: idColumn(),
    url: text().notNull(),
    description: text().notNull().default(''),
    /** Event names, `<entity>.*` or `*` (webhooks.rules.ts). */
    eventTypes: text().array().notNull(),
    enabled: boolean().notNull().default(true),
    disabledReason: text(),
    disabledAt: tstz(),
    secret: text().notNull(),
    /** The secret before the last rotation, still signed with until `previousSecretExpiresAt`. */
    previousSecret: text(),
    previousSecretExpiresAt: tstz(),
    secretRotatedAt: tstz(),
    lastSuccessAt: tstz(),
    lastFailureAt: tstz(),
    createdBy: uuid(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  () => [staffOnly()],
).enableRLS();

/**
 * The delivery queue and its history: one row per (event, subscription), made by the trigger on
 * `domain_events` in the transaction of the change (drizzle/*_webhooks.sql), so a delivery
 * exists exactly when its event does. `payload` is the body as first sent, kept for every retry.
 * A worker claims due rows (`pending` and due, or `delivering` with a lapsed lease) with FOR
 * UPDATE SKIP LOCKED and sets `lockedBy`/`leaseUntil`; `attempts` counts the attempts started.
 */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: uuid().primaryKey().default(sql`gen_random_uuid()`),
    subscriptionId: uuid()
      .notNull()
      .references(() => webhookSubscriptions.id, { onDelete: 'cascade' }),
    eventId: uuid().notNull(),
    eventType: text().notNull(),
    payload: jsonb().$type<Record<string, unknown>>().notNull(),
    /** pending → delivering → succeeded | failed (pending again between retries). */
    status: text().$type<DeliveryStatus>().notNull().default('pending'),
    attempts: integer().notNull().default(0),
    /** An admin asked for it again: one attempt, no retries, no effect on the subscription. */
    manual: boolean().notNull().default(false),
    nextAttemptAt: tstz().notNull().defaultNow(),
    leaseUntil: tstz(),
    lockedBy: text(),
    lastStatus: integer(),
    lastError: text(),
    completedAt: tstz(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('webhook_deliveries_due_idx').on(t.nextAttemptAt).where(sql`status = 'pending'`),
    index('webhook_deliveries_lease_idx').on(t.leaseUntil).where(sql`status = 'delivering'`),
    index('webhook_deliveries_subscription_idx').on(t.subscriptionId, t.createdAt, t.id),
    staffOnly(),
  ],
).enableRLS();

export type DeliveryStatus = 'pending' | 'delivering' | 'succeeded' | 'failed';

/** The delivery log: one row per attempt, what was sent and what came back. */
export const webhookAttempts = pgTable(
  'webhook_attempts',
  {
    id: idColumn(),
    deliveryId: uuid()
      .notNull()
      .references(() => webhookDeliveries.id, { onDelete: 'cascade' }),
    attempt: integer().notNull(),
    url: text().notNull(),
    requestHeaders: jsonb().$type<Record<string, string>>().notNull(),
    requestBody: text().notNull(),
    responseStatus: integer(),
    responseBody: text().notNull().default(''),
    /** Where a 3xx pointed (never followed). */
    location: text(),
    error: text(),
    durationMs: integer().notNull(),
    succeeded: boolean().notNull(),
    /** When the next attempt is due; null when this was the last. */
    nextAttemptAt: tstz(),
    startedAt: tstz().notNull(),
  },
  (t) => [index('webhook_attempts_delivery_idx').on(t.deliveryId, t.attempt), staffOnly()],
).enableRLS();

export type WebhookSubscriptionRow = typeof webhookSubscriptions.$inferSelect;
export type WebhookDeliveryRow = typeof webhookDeliveries.$inferSelect;
export type WebhookAttemptRow = typeof webhookAttempts.$inferSelect;
