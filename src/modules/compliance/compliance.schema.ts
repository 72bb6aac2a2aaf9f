import { type AnyPgColumn, boolean, date, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, partnerIsolation, tstz, updatedAt } from '../../db/columns.js';
import { partners } from '../partners/partners.schema.js';
import { users } from '../users/users.schema.js';
import type { BlockableAction, ComplianceType, ItemStatus } from './compliance.rules.js';

/**
 * The vendor's settings per compliance type: required or not, what a lapsed item blocks, when to
 * remind. A type without a row has the defaults (compliance.rules.ts). No row-level security: a
 * partner-side request (registering a deal) reads them to learn whether it is blocked; only
 * admins write them, through the service.
 */
export const complianceRequirements = pgTable('compliance_requirements', {
  type: text().$type<ComplianceType>().primaryKey(),
  required: boolean().notNull().default(false),
  blocks: text().array().$type<BlockableAction[]>().notNull().default([]),
  reminderDays: integer().array().notNull().default([60, 30, 7]),
  updatedAt: updatedAt(),
});

/** One piece of compliance evidence of a partner: a DPA, a SOC 2 report, an insurance certificate. */
export const complianceItems = pgTable(
  'compliance_items',
  {
    id: idColumn(),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    type: text().$type<ComplianceType>().notNull(),
    /** What it is, in words ("Cyber liability insurance, USD 5M"); required for custom items. */
    name: text().notNull().default(''),
    reference: text().notNull().default(''),
    status: text().$type<ItemStatus>().notNull().default('pending'),
    issuedOn: date({ mode: 'string' }),
    expiresOn: date({ mode: 'string' }),
    notes: text().notNull().default(''),
    reviewedAt: tstz(),
    reviewedById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    rejectionReason: text().notNull().default(''),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('compliance_items_partner_idx').on(t.partnerId, t.type, t.createdAt),
    index('compliance_items_created_idx').on(t.createdAt, t.id),
    index('compliance_items_expires_idx').on(t.expiresOn),
    ...partnerIsolation(t.partnerId),
  ],
).enableRLS();

/** Expiry reminders sent, once per item, expiry day and threshold (the daily job runs at least once). */
export const complianceReminders = pgTable(
  'compliance_reminders',
  {
    id: idColumn(),
    itemId: uuid()
      .notNull()
      .references(() => complianceItems.id, { onDelete: 'cascade' }),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    targetOn: date({ mode: 'string' }).notNull(),
    days: integer().notNull(),
    sentAt: tstz().notNull(),
  },
  (t) => [uniqueIndex('compliance_reminders_once').on(t.itemId, t.targetOn, t.days), ...partnerIsolation(t.partnerId)],
).enableRLS();

export type ComplianceItemRow = typeof complianceItems.$inferSelect;
export type ComplianceRequirementRow = typeof complianceRequirements.$inferSelect;
