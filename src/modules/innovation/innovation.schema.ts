import { type AnyPgColumn, index, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, partnerIsolation, tstz, updatedAt } from '../../db/columns.js';
import { partners } from '../partners/partners.schema.js';
import { users } from '../users/users.schema.js';
import type { IdeaStage } from './innovation.rules.js';

/** An idea for joint innovation, submitted by a partner (or for it by the vendor), in the funnel. */
export const innovationIdeas = pgTable(
  'innovation_ideas',
  {
    id: idColumn(),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    title: text().notNull(),
    problem: text().notNull().default(''),
    proposal: text().notNull(),
    expectedValue: text().notNull().default(''),
    stage: text().$type<IdeaStage>().notNull().default('submission'),
    /** Why it was stopped (stage `stopped`). */
    stopReason: text(),
    /** The stage it was stopped at. */
    stoppedAt: text().$type<IdeaStage>(),
    submittedById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    stageChangedAt: tstz().notNull().defaultNow(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('innovation_ideas_partner_idx').on(t.partnerId, t.createdAt),
    index('innovation_ideas_stage_idx').on(t.stage, t.createdAt),
    ...partnerIsolation(t.partnerId),
  ],
).enableRLS();

/** A reviewer assigned to an idea and their score (value and feasibility 1–5) once given. */
export const innovationReviews = pgTable(
  'innovation_reviews',
  {
    ideaId: uuid()
      .notNull()
      .references(() => innovationIdeas.id, { onDelete: 'cascade' }),
    reviewerId: uuid()
      .notNull()
      .references((): AnyPgColumn => users.id, { onDelete: 'cascade' }),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    value: integer(),
    feasibility: integer(),
    comment: text().notNull().default(''),
    scoredAt: tstz(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.ideaId, t.reviewerId] }),
    index('innovation_reviews_reviewer_idx').on(t.reviewerId),
    ...partnerIsolation(t.partnerId),
  ],
).enableRLS();

/** Every stage decision, in order: the idea's history. */
export const innovationDecisions = pgTable(
  'innovation_decisions',
  {
    id: idColumn(),
    ideaId: uuid()
      .notNull()
      .references(() => innovationIdeas.id, { onDelete: 'cascade' }),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    fromStage: text().$type<IdeaStage>().notNull(),
    toStage: text().$type<IdeaStage>().notNull(),
    reason: text().notNull().default(''),
    decidedById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    decidedAt: tstz().notNull(),
  },
  (t) => [index('innovation_decisions_idea_idx').on(t.ideaId, t.decidedAt), ...partnerIsolation(t.partnerId)],
).enableRLS();

export type IdeaRow = typeof innovationIdeas.$inferSelect;
export type ReviewRow = typeof innovationReviews.$inferSelect;
export type DecisionRow = typeof innovationDecisions.$inferSelect;
