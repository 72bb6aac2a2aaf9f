import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgSequence,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, idColumn, partnerIsolation, tstz, updatedAt } from '../../db/columns.js';
import { partners } from '../partners/partners.schema.js';
import { users } from '../users/users.schema.js';
import { valuePropositions } from '../value/value.schema.js';
import type { ConflictReason, DealStatus } from './deal-registrations.rules.js';

/** Registration numbers (DR-000123): a sequence, so never reused and distinct under concurrency. */
export const dealRegistrationNumbers = pgSequence('deal_registration_number_seq', { startWith: 1, increment: 1 });

/**
 * A partner's claim on a customer deal: what, for whom, how much, when it should close; its
 * approval, protection period and outcome. The customer's normalised domain and name are stored
 * beside what was typed, indexed, so the conflict check is one indexed lookup.
 */
export const dealRegistrations = pgTable(
  'deal_registrations',
  {
    id: idColumn(),
    number: text().notNull(),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    title: text().notNull(),
    customerName: text().notNull(),
    customerDomain: text(),
    /** normaliseCompanyName(customerName) */
    customerNameKey: text().notNull(),
    /** normaliseDomain(customerDomain), null without a domain */
    customerDomainKey: text(),
    /** Where the customer sits, as the coverage model segments it (decision 0222); all optional. */
    customerCountry: text(),
    customerRegion: text(),
    customerIndustry: text(),
    customerSize: text(),
    amount: bigint({ mode: 'number' }).notNull(),
    currency: text().notNull(),
    expectedCloseDate: date({ mode: 'string' }).notNull(),
    products: text().array().notNull().default([]),
    notes: text().notNull().default(''),
    status: text().$type<DealStatus>().notNull().default('submitted'),
    /** When it was registered: immutable, what "first" means in a conflict. */
    submittedAt: tstz().notNull(),
    submittedById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    approvalDueAt: tstz().notNull(),
    /** When the approvers were told it passed its approval SLA (once per registration). */
    approvalOverdueNotifiedAt: tstz(),
    conflictFlagged: boolean().notNull().default(false),
    /** Full reasons (the other registration and partner); partners see them redacted. */
    conflictReasons: jsonb().$type<ConflictReason[]>().notNull().default([]),
    decidedAt: tstz(),
    decidedById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    rejectionReason: text().notNull().default(''),
    protectionDays: integer(),
    /** The last protected day (approval day + protection days, extensions move it). */
    expiresOn: date({ mode: 'string' }),
    extensionRequestedOn: date({ mode: 'string' }),
    extensionRequestedUntil: date({ mode: 'string' }),
    extensionReason: text().notNull().default(''),
    extensionCount: integer().notNull().default(0),
    closedAt: tstz(),
    closedById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    closeReason: text().notNull().default(''),
    /** The joint value proposition (a published version) this record uses, decision 0344; null: none. */
    valuePropositionId: uuid().references((): AnyPgColumn => valuePropositions.id, { onDelete: 'set null' }),
    /** When it was named: deployment counts from then (`value.jvp_uses_90d`). */
    valuePropositionLinkedAt: tstz(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('deal_registrations_value_proposition_idx').on(t.valuePropositionId).where(sql`${t.valuePropositionId} is not null`),
    uniqueIndex('deal_registrations_number_unique').on(t.number),
    index('deal_registrations_partner_idx').on(t.partnerId, t.createdAt),
    index('deal_registrations_created_idx').on(t.createdAt, t.id),
    index('deal_registrations_status_idx').on(t.status, t.createdAt),
    // The conflict check: active claims by normalised domain and by normalised name.
    index('deal_registrations_domain_key_idx')
      .on(t.customerDomainKey)
      .where(sql`${t.status} in ('submitted', 'approved') and ${t.customerDomainKey} is not null`),
    index('deal_registrations_name_key_idx').on(t.customerNameKey).where(sql`${t.status} in ('submitted', 'approved')`),
    // The expiry job and the "expiring soon" filter.
    index('deal_registrations_expires_idx').on(t.expiresOn).where(sql`${t.status} = 'approved'`),
    index('deal_registrations_due_idx').on(t.approvalDueAt).where(sql`${t.status} = 'submitted'`),
    check('deal_registrations_amount_nonnegative', sql`${t.amount} >= 0`),
    ...partnerIsolation(t.partnerId),
  ],
).enableRLS();

/** Expiry reminders sent, one per registration, expiry day and threshold: the job sends each once. */
export const dealRegistrationReminders = pgTable(
  'deal_registration_reminders',
  {
    id: idColumn(),
    registrationId: uuid()
      .notNull()
      .references(() => dealRegistrations.id, { onDelete: 'cascade' }),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    expiresOn: date({ mode: 'string' }).notNull(),
    days: integer().notNull(),
    sentAt: tstz().notNull(),
  },
  (t) => [
    uniqueIndex('deal_registration_reminders_once').on(t.registrationId, t.expiresOn, t.days),
    ...partnerIsolation(t.partnerId),
  ],
).enableRLS();

/**
 * The module's settings (one row, id = 1): the approval SLA, reminder thresholds and the
 * protection a partner gets when no tier names one. Readable by every role (no secrets): a
 * partner's registration reads them in its own scope.
 */
export const dealRegistrationSettings = pgTable(
  'deal_registration_settings',
  {
    id: integer().primaryKey().default(1),
    approvalSlaHours: integer().notNull().default(48),
    reminderDays: integer().array().notNull().default([14, 3]),
    defaultProtectionDays: integer().notNull().default(90),
    updatedAt: updatedAt(),
  },
  (t) => [check('deal_registration_settings_singleton', sql`${t.id} = 1`)],
);

export type DealRegistrationRow = typeof dealRegistrations.$inferSelect;
export type DealRegistrationSettingsRow = typeof dealRegistrationSettings.$inferSelect;
