import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, idColumn, partnerIsolation, tstz, updatedAt } from '../../db/columns.js';
import { partnerContacts, partners } from '../partners/partners.schema.js';
import { users } from '../users/users.schema.js';
import type {
  AlliancePhase,
  AllianceType,
  CommercialDesign,
  DevelopmentStage,
  QualificationDimension,
  Recommendation,
  Side,
} from './alliances.rules.js';

/**
 * The alliance record: one per partner (an alliance is a partner relationship), started by its
 * manager. The commercial design is saved whole as JSON (it is read and written as one form);
 * `design_explicit` is what the explicitness rule said at the last save, so the portfolio's
 * metric is one indexed read instead of the rule in SQL.
 */
export const alliances = pgTable(
  'alliances',
  {
    id: idColumn(),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    type: text().$type<AllianceType>().notNull(),
    phase: text().$type<AlliancePhase>().notNull(),
    stage: text().$type<DevelopmentStage>().notNull().default('strategic_fit'),
    vendorSponsorId: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    /** The partner's sponsor: one of its portal users, or a contact without an account. */
    partnerSponsorUserId: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    partnerSponsorContactId: uuid().references((): AnyPgColumn => partnerContacts.id, { onDelete: 'set null' }),
    design: jsonb().$type<CommercialDesign>().notNull(),
    designExplicit: integer().notNull().default(0),
    startedAt: tstz().notNull(),
    startedById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    /** The last annual re-run reminder (one per due period). */
    qualificationRemindedOn: date({ mode: 'string' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('alliances_partner_unique').on(t.partnerId),
    check('alliances_one_partner_sponsor', sql`${t.partnerSponsorUserId} is null or ${t.partnerSponsorContactId} is null`),
    ...partnerIsolation(t.partnerId),
  ],
).enableRLS();

/** Every move of the alliance's ASAP life-cycle phase; the first row (from = null) is the phase at the start. */
export const alliancePhaseChanges = pgTable(
  'alliance_phase_changes',
  {
    id: idColumn(),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    fromPhase: text().$type<AlliancePhase>(),
    toPhase: text().$type<AlliancePhase>().notNull(),
    note: text().notNull().default(''),
    actorId: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    occurredAt: tstz().notNull(),
  },
  (t) => [index('alliance_phase_changes_partner_idx').on(t.partnerId, t.occurredAt), ...partnerIsolation(t.partnerId)],
).enableRLS();

/** One side's tick of one development-stage checklist item, with its note: the evidence that side took part. */
export const allianceChecklistTicks = pgTable(
  'alliance_checklist_ticks',
  {
    id: idColumn(),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    itemKey: text().notNull(),
    side: text().$type<Side>().notNull(),
    done: boolean().notNull().default(true),
    note: text().notNull().default(''),
    byId: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    at: tstz().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('alliance_checklist_ticks_unique').on(t.partnerId, t.itemKey, t.side), ...partnerIsolation(t.partnerId)],
).enableRLS();

export type DimensionScore = { score: number; notes: string };

/**
 * One run of the strategic qualification test by one side. The combined result (with the other
 * side's latest run at that moment) is kept with it, so the history reads as it was.
 */
export const allianceQualifications = pgTable(
  'alliance_qualifications',
  {
    id: idColumn(),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    side: text().$type<Side>().notNull(),
    scores: jsonb().$type<Record<QualificationDimension, DimensionScore>>().notNull(),
    summary: text().notNull().default(''),
    assessedById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    assessedAt: tstz().notNull(),
    recommendation: text().$type<Recommendation>().notNull(),
    provisional: boolean().notNull(),
    scorePercent: integer().notNull(),
    reasons: jsonb().$type<string[]>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('alliance_qualifications_partner_idx').on(t.partnerId, t.assessedAt), ...partnerIsolation(t.partnerId)],
).enableRLS();

export type AllianceRow = typeof alliances.$inferSelect;
export type PhaseChangeRow = typeof alliancePhaseChanges.$inferSelect;
export type TickRow = typeof allianceChecklistTicks.$inferSelect;
export type QualificationRow = typeof allianceQualifications.$inferSelect;
