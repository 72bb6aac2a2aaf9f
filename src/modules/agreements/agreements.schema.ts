import { sql } from 'drizzle-orm';
import { type AnyPgColumn, date, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, partnerIsolation, tstz, updatedAt } from '../../db/columns.js';
import { partners } from '../partners/partners.schema.js';
import { users } from '../users/users.schema.js';
import type { AgreementStatus, AgreementType, Exclusivity, RenewalType } from './agreements.rules.js';

/** A contract with one partner: its type and term, renewal, scope, exclusivity, IP and signatures. */
export const agreements = pgTable(
  'agreements',
  {
    id: idColumn(),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    title: text().notNull(),
    type: text().$type<AgreementType>().notNull(),
    status: text().$type<AgreementStatus>().notNull().default('draft'),
    startOn: date({ mode: 'string' }).notNull(),
    /** Null: no fixed end (an evergreen NDA). */
    endOn: date({ mode: 'string' }),
    renewalType: text().$type<RenewalType>().notNull().default('manual'),
    renewalTermMonths: integer().notNull().default(12),
    noticeDays: integer().notNull().default(30),
    noticeGivenOn: date({ mode: 'string' }),
    noticeGivenById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    commercialTerms: text().notNull().default(''),
    exclusivity: text().$type<Exclusivity>().notNull().default('none'),
    exclusivityScope: text().notNull().default(''),
    segments: text().array().notNull().default([]),
    territories: text().array().notNull().default([]),
    solutionCategories: text().array().notNull().default([]),
    jointIpGovernance: text().notNull().default(''),
    terminationProvisions: text().notNull().default(''),
    sentAt: tstz(),
    partnerSignedAt: tstz(),
    partnerSignedById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    countersignedAt: tstz(),
    countersignedById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    terminatedAt: tstz(),
    terminationReason: text().notNull().default(''),
    renewalCount: integer().notNull().default(0),
    lastRenewedAt: tstz(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('agreements_partner_idx').on(t.partnerId, t.createdAt),
    index('agreements_created_idx').on(t.createdAt, t.id),
    // The renewals list and the daily job: agreements in force by end day.
    index('agreements_end_idx').on(t.endOn).where(sql`${t.status} in ('active', 'countersigned')`),
    ...partnerIsolation(t.partnerId),
  ],
).enableRLS();

/**
 * Reminders the daily jobs sent, one row per record, kind, date and threshold: a job that runs
 * twice (at least once) sends each reminder once. Shared by agreements (notice, end) and, in its
 * own table, compliance items.
 */
export const agreementReminders = pgTable(
  'agreement_reminders',
  {
    id: idColumn(),
    agreementId: uuid()
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    kind: text().$type<'notice' | 'end'>().notNull(),
    targetOn: date({ mode: 'string' }).notNull(),
    days: integer().notNull(),
    sentAt: tstz().notNull(),
  },
  (t) => [
    uniqueIndex('agreement_reminders_once').on(t.agreementId, t.kind, t.targetOn, t.days),
    ...partnerIsolation(t.partnerId),
  ],
).enableRLS();

export type AgreementRow = typeof agreements.$inferSelect;
