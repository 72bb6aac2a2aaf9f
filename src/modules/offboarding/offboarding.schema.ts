import { sql } from 'drizzle-orm';
import { type AnyPgColumn, bigint, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, partnerIsolation, tstz, updatedAt } from '../../db/columns.js';
import { partners } from '../partners/partners.schema.js';
import { users } from '../users/users.schema.js';
import type { RunbookItemKind, RunbookStatus } from './offboarding.rules.js';

/** A partner's off-boarding runbook: made when it enters off-boarding, finished before termination. */
export const offboardingRunbooks = pgTable(
  'offboarding_runbooks',
  {
    id: idColumn(),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    status: text().$type<RunbookStatus>().notNull().default('open'),
    /** Why the partner is leaving (the reason of the move into off-boarding). */
    reason: text().notNull().default(''),
    startedAt: tstz().notNull(),
    startedById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    completedAt: tstz(),
    cancelledAt: tstz(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('offboarding_runbooks_partner_idx').on(t.partnerId, t.startedAt),
    uniqueIndex('offboarding_runbooks_one_open').on(t.partnerId).where(sql`${t.status} = 'open'`),
    ...partnerIsolation(t.partnerId),
  ],
).enableRLS();

export const offboardingItems = pgTable(
  'offboarding_items',
  {
    id: idColumn(),
    runbookId: uuid()
      .notNull()
      .references(() => offboardingRunbooks.id, { onDelete: 'cascade' }),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    kind: text().$type<RunbookItemKind>().notNull(),
    title: text().notNull(),
    description: text().notNull().default(''),
    /** The amount settled (the settlement item), in minor units. */
    amount: bigint({ mode: 'number' }),
    currency: text(),
    note: text().notNull().default(''),
    doneAt: tstz(),
    doneById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('offboarding_items_runbook_idx').on(t.runbookId, t.position), ...partnerIsolation(t.partnerId)],
).enableRLS();

export type RunbookRow = typeof offboardingRunbooks.$inferSelect;
export type RunbookItemRow = typeof offboardingItems.$inferSelect;
