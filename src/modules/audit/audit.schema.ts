import { index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { idColumn, partnerIsolation, tstz } from '../../db/columns.js';

/**
 * The audit log: one row per change, written in the same transaction as the change itself.
 * Append-only for the application role (UPDATE and DELETE are revoked after every migration).
 * `partnerId` is the partner the changed record belongs to; it is not a foreign key so entries
 * outlive a deleted partner.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: idColumn(),
    occurredAt: tstz().notNull().defaultNow(),
    actorId: uuid(),
    actorLabel: text().notNull(),
    actorRole: text(),
    requestId: text().notNull().default(''),
    action: text().notNull(),
    entityType: text().notNull(),
    entityId: text().notNull(),
    partnerId: uuid(),
    summary: text().notNull().default(''),
    before: jsonb().$type<Record<string, unknown> | null>(),
    after: jsonb().$type<Record<string, unknown> | null>(),
    changedFields: text().array().notNull().default([]),
  },
  (t) => [
    index('audit_events_occurred_idx').on(t.occurredAt, t.id),
    index('audit_events_entity_idx').on(t.entityType, t.entityId),
    index('audit_events_actor_idx').on(t.actorId),
    index('audit_events_partner_idx').on(t.partnerId),
    ...partnerIsolation(t.partnerId, { readVendorRows: false }),
  ],
).enableRLS();

export type AuditEventRow = typeof auditEvents.$inferSelect;
