import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  date,
  index,
  integer,
  pgPolicy,
  pgSequence,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { APP_ROLE, STAFF_ROLE } from '../../db/app-role.js';
import { createdAt, idColumn, partnerIsolation, tstz, updatedAt } from '../../db/columns.js';
import { dealRegistrations } from '../deal-registrations/deal-registrations.schema.js';
import { partners } from '../partners/partners.schema.js';
import { users } from '../users/users.schema.js';
import type { CaseStatus, DecisionOutcome, PartyOutcome } from './conflict-cases.rules.js';

/** Case numbers (CC-000123): a sequence, never reused. */
export const conflictCaseNumbers = pgSequence('conflict_case_number_seq', { startWith: 1, increment: 1 });

const currentPartner = sql`nullif(current_setting('consort.partner_id', true), '')::uuid`;

/**
 * A channel conflict the vendor arbitrates: whose customer it is, at which escalation tier, by
 * when (the tier's SLA), the decision and the recorded outcome. It names no partner: the parties
 * are rows of `conflict_case_parties`, each readable only by its own partner. A partner-side
 * transaction sees (and, appealing, changes) a case only while it is one of its parties.
 */
export const conflictCases = pgTable(
  'conflict_cases',
  {
    id: idColumn(),
    number: text().notNull(),
    /** 'registration': opened from a flagged deal registration; 'manual': opened by vendor staff. */
    origin: text().$type<'registration' | 'manual'>().notNull(),
    customerName: text().notNull(),
    customerDomain: text(),
    customerNameKey: text().notNull(),
    customerDomainKey: text(),
    /** What the vendor's staff know about it (vendor-only). */
    summary: text().notNull().default(''),
    status: text().$type<CaseStatus>().notNull().default('open'),
    tier: integer().notNull().default(1),
    /** When the current tier's SLA runs out (open cases). */
    dueAt: tstz().notNull(),
    /** The highest tier whose SLA breach was notified (the daily job tells each tier once). */
    overdueNotifiedTier: integer().notNull().default(0),
    ownerId: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    /** Decisions made so far (an appeal re-opens the case for the next one). */
    round: integer().notNull().default(0),
    outcome: text().$type<DecisionOutcome>(),
    /** Why, as every party reads it. */
    reasons: text().notNull().default(''),
    /** The vendor's own note on the decision (never shown to a partner). */
    internalNote: text().notNull().default(''),
    decidedAt: tstz(),
    decidedById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    /** The last day a party may appeal the decision. */
    appealUntil: date({ mode: 'string' }),
    closedAt: tstz(),
    closedById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    /** What happened in the end (recorded on closing). */
    outcomeNote: text().notNull().default(''),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('conflict_cases_number_unique').on(t.number),
    index('conflict_cases_created_idx').on(t.createdAt, t.id),
    index('conflict_cases_status_idx').on(t.status, t.dueAt),
    index('conflict_cases_name_key_idx').on(t.customerNameKey).where(sql`${t.status} <> 'closed'`),
    check('conflict_cases_tier', sql`${t.tier} between 1 and 3`),
    pgPolicy('staff_all', { for: 'all', to: STAFF_ROLE, using: sql`true`, withCheck: sql`true` }),
    // A partner reads a case it is a party of, and changes it only by appealing (the service).
    pgPolicy('party_read', {
      for: 'select',
      to: APP_ROLE,
      using: sql`exists (select 1 from conflict_case_parties p where p.case_id = ${t.id} and p.partner_id = ${currentPartner})`,
    }),
    pgPolicy('party_update', {
      for: 'update',
      to: APP_ROLE,
      using: sql`exists (select 1 from conflict_case_parties p where p.case_id = ${t.id} and p.partner_id = ${currentPartner})`,
      withCheck: sql`exists (select 1 from conflict_case_parties p where p.case_id = ${t.id} and p.partner_id = ${currentPartner})`,
    }),
  ],
).enableRLS();

/**
 * One side of a case: a partner (with the registration it holds, if any) or the vendor's direct
 * team (no partner). Its statement, the decision as it concerns it and its appeal. Row-level
 * security: a partner reads its own party only — never the others'.
 */
export const conflictCaseParties = pgTable(
  'conflict_case_parties',
  {
    id: idColumn(),
    caseId: uuid()
      .notNull()
      .references(() => conflictCases.id, { onDelete: 'cascade' }),
    /** Null: the vendor's direct team. */
    partnerId: uuid().references(() => partners.id, { onDelete: 'cascade' }),
    registrationId: uuid().references((): AnyPgColumn => dealRegistrations.id, { onDelete: 'set null' }),
    /** The party's own account of the conflict (the latest; earlier ones are in the timeline). */
    statement: text().notNull().default(''),
    statementAt: tstz(),
    /** The decision as it concerns this party. */
    outcome: text().$type<PartyOutcome>(),
    appealedRound: integer(),
    appealStatement: text().notNull().default(''),
    appealedAt: tstz(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('conflict_case_parties_case_idx').on(t.caseId),
    index('conflict_case_parties_partner_idx').on(t.partnerId, t.caseId),
    index('conflict_case_parties_registration_idx').on(t.registrationId),
    uniqueIndex('conflict_case_parties_partner_once').on(t.caseId, t.partnerId).where(sql`${t.partnerId} is not null`),
    uniqueIndex('conflict_case_parties_vendor_once').on(t.caseId).where(sql`${t.partnerId} is null`),
    ...partnerIsolation(t.partnerId),
  ],
).enableRLS();

/**
 * The case's timeline. `partnerId` set: an entry of that party (its statement, appeal, the
 * decision as it concerns it) only it and the vendor read. No partner and `shared`: a neutral
 * entry every party reads (opened, escalated, re-opened, closed). No partner, not shared: the
 * vendor's own notes.
 */
export const conflictCaseEntries = pgTable(
  'conflict_case_entries',
  {
    id: idColumn(),
    caseId: uuid()
      .notNull()
      .references(() => conflictCases.id, { onDelete: 'cascade' }),
    partnerId: uuid().references(() => partners.id, { onDelete: 'cascade' }),
    shared: boolean().notNull().default(false),
    kind: text().notNull(),
    tier: integer().notNull(),
    body: text().notNull().default(''),
    actorId: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    actorLabel: text().notNull().default(''),
    at: tstz().notNull(),
  },
  (t) => [
    index('conflict_case_entries_case_idx').on(t.caseId, t.at),
    pgPolicy('staff_all', { for: 'all', to: STAFF_ROLE, using: sql`true`, withCheck: sql`true` }),
    pgPolicy('party_read', {
      for: 'select',
      to: APP_ROLE,
      using: sql`(${t.partnerId} = ${currentPartner} OR (${t.partnerId} IS NULL AND ${t.shared} AND exists (select 1 from conflict_case_parties p where p.case_id = ${t.caseId} and p.partner_id = ${currentPartner})))`,
    }),
    pgPolicy('party_insert', {
      for: 'insert',
      to: APP_ROLE,
      withCheck: sql`(${t.partnerId} = ${currentPartner} OR (${t.partnerId} IS NULL AND ${t.shared} AND exists (select 1 from conflict_case_parties p where p.case_id = ${t.caseId} and p.partner_id = ${currentPartner})))`,
    }),
  ],
).enableRLS();

/** The module's settings (one row): the appeal window and each tier's SLA. No secrets: every role reads it. */
export const conflictCaseSettings = pgTable(
  'conflict_case_settings',
  {
    id: integer().primaryKey().default(1),
    appealDays: integer().notNull().default(10),
    /** SLA hours of tiers 1, 2 and 3. */
    tierSlaHours: integer().array().notNull().default([72, 120, 168]),
    updatedAt: updatedAt(),
  },
  (t) => [check('conflict_case_settings_singleton', sql`${t.id} = 1`)],
);

export type ConflictCaseRow = typeof conflictCases.$inferSelect;
export type ConflictCasePartyRow = typeof conflictCaseParties.$inferSelect;
export type ConflictCaseEntryRow = typeof conflictCaseEntries.$inferSelect;
export type ConflictCaseSettingsRow = typeof conflictCaseSettings.$inferSelect;
