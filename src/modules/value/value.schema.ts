import { sql } from 'drizzle-orm';
import { type AnyPgColumn, bigint, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, partnerIsolation, tstz, updatedAt, vendorOnly } from '../../db/columns.js';
import { partners } from '../partners/partners.schema.js';
import { users } from '../users/users.schema.js';
import type {
  CalculatorInputs,
  CalculatorModel,
  CalculatorResult,
  Offering,
  Party,
  PropositionStatus,
  Side,
} from './value.rules.js';

/**
 * Joint value propositions, one row per version: drafts proposed by either side, the one
 * published version (current), the versions it superseded, withdrawn drafts.
 */
export const valuePropositions = pgTable(
  'value_propositions',
  {
    id: idColumn(),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    /** Numbered when published (1, 2, …); null for drafts. */
    version: integer(),
    status: text().$type<PropositionStatus>().notNull().default('draft'),
    /** The side that proposed it: that side edits the draft; the vendor publishes. */
    proposedBy: text().$type<Side>().notNull(),
    /** The published version this draft started from. */
    basedOnId: uuid().references((): AnyPgColumn => valuePropositions.id, { onDelete: 'set null' }),
    title: text().notNull(),
    outcome: text().notNull(),
    targetCustomer: text().notNull(),
    how: text().notNull(),
    differentiators: text().array().notNull().default([]),
    proofPoints: text().array().notNull().default([]),
    calculator: jsonb().$type<CalculatorModel>().notNull(),
    note: text().notNull().default(''),
    createdById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    publishedAt: tstz(),
    publishedById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('value_propositions_partner_idx').on(t.partnerId, t.createdAt),
    // One current version per alliance.
    uniqueIndex('value_propositions_one_published').on(t.partnerId).where(sql`${t.status} = 'published'`),
    uniqueIndex('value_propositions_version_unique').on(t.partnerId, t.version),
    ...partnerIsolation(t.partnerId),
  ],
).enableRLS();

/**
 * A value calculator session: a customer's numbers run through a published JVP's calculator in
 * a workshop, with the result as it was computed. Shared as a public page through a token whose
 * SHA-256 is kept (the token itself is shown once).
 */
export const valueSessions = pgTable(
  'value_sessions',
  {
    id: idColumn(),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    propositionId: uuid()
      .notNull()
      .references(() => valuePropositions.id, { onDelete: 'cascade' }),
    customerName: text().notNull(),
    inputs: jsonb().$type<CalculatorInputs>().notNull(),
    result: jsonb().$type<CalculatorResult>().notNull(),
    /** The side of the person who ran it. */
    side: text().$type<Side>().notNull(),
    createdById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    tokenHash: text(),
    sharedAt: tstz(),
    shareExpiresAt: tstz(),
    shareRevokedAt: tstz(),
    shareViews: integer().notNull().default(0),
    shareLastViewedAt: tstz(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('value_sessions_partner_idx').on(t.partnerId, t.createdAt),
    uniqueIndex('value_sessions_share_token').on(t.tokenHash),
    ...partnerIsolation(t.partnerId),
  ],
).enableRLS();

/** A value-capture simulation of a joint offering: mechanisms per side and a price × volume grid. */
export const valueSimulations = pgTable(
  'value_simulations',
  {
    id: idColumn(),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    offering: jsonb().$type<Offering>().notNull(),
    parties: jsonb().$type<Party[]>().notNull(),
    pricePointsBp: integer().array().notNull(),
    volumes: bigint({ mode: 'number' }).array().notNull(),
    side: text().$type<Side>().notNull(),
    createdById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('value_simulations_partner_idx').on(t.partnerId, t.createdAt), ...partnerIsolation(t.partnerId)],
).enableRLS();

/** Throttle for the public share page: attempts per client IP in a window. */
export const valueShareThrottle = pgTable(
  'value_share_throttle',
  {
    key: text().primaryKey(),
    attempts: integer().notNull().default(0),
    windowStartedAt: tstz().notNull().defaultNow(),
  },
  () => [...vendorOnly()],
).enableRLS();

export type PropositionRow = typeof valuePropositions.$inferSelect;
export type SessionRow = typeof valueSessions.$inferSelect;
export type SimulationRow = typeof valueSimulations.$inferSelect;
