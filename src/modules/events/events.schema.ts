import { index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { idColumn, partnerIsolation, tstz } from '../../db/columns.js';

/**
 * The outbox: one row per domain event, written in the transaction of the change it reports, so
 * a row exists exactly when its change committed. Subscribers in this process are called after
 * the commit; webhook delivery (to come, with retries) will read the rows. `partnerId` is the
 * partner the record belongs to (not a foreign key: events outlive a deleted partner).
 */
export const domainEvents = pgTable(
  'domain_events',
  {
    id: idColumn(),
    name: text().notNull(),
    entityType: text().notNull(),
    entityId: text().notNull(),
    partnerId: uuid(),
    actorId: uuid(),
    changedFields: text().array().notNull().default([]),
    data: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    requestId: text().notNull().default(''),
    occurredAt: tstz().notNull().defaultNow(),
  },
  (t) => [
    index('domain_events_occurred_idx').on(t.occurredAt, t.id),
    index('domain_events_entity_idx').on(t.entityType, t.entityId),
    index('domain_events_name_idx').on(t.name, t.occurredAt),
    ...partnerIsolation(t.partnerId),
  ],
).enableRLS();

export type DomainEventRow = typeof domainEvents.$inferSelect;
