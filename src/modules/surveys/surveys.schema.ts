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
  real,
  smallint,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, idColumn, partnerIsolation, tstz, updatedAt, vendorOnly } from '../../db/columns.js';
import { partners } from '../partners/partners.schema.js';
import { users } from '../users/users.schema.js';
import type { Cadence, Question, RoundStatus, Side, SurveyKind } from './surveys.rules.js';

/**
 * A survey template: the questions of a health diagnostic, an NPS or a PX survey, each with its
 * dimension and scale. The three built-in ones are written by the migration; the vendor edits
 * them or adds its own. Partners never read templates: a round keeps its own copy of the questions.
 */
export const surveyTemplates = pgTable(
  'survey_templates',
  {
    id: idColumn(),
    kind: text().$type<SurveyKind>().notNull(),
    name: text().notNull(),
    description: text().notNull().default(''),
    questions: jsonb().$type<Question[]>().notNull(),
    builtIn: boolean().notNull().default(false),
    active: boolean().notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  () => [...vendorOnly()],
).enableRLS();

/**
 * One partner's round of a survey: the questions as sent, who was asked, when it opens and closes.
 * A survey sent to many partners at once (NPS, PX) is one round per partner sharing a `waveId`, so
 * each partner's people only ever read their own company's round.
 */
export const surveyRounds = pgTable(
  'survey_rounds',
  {
    id: idColumn(),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    templateId: uuid().references((): AnyPgColumn => surveyTemplates.id, { onDelete: 'set null' }),
    kind: text().$type<SurveyKind>().notNull(),
    title: text().notNull(),
    questions: jsonb().$type<Question[]>().notNull(),
    /** `2026-Q4` (diagnostic, PX) or `2026-H2` (NPS), from the opening day: what trends group by. */
    period: text().notNull(),
    opensOn: date({ mode: 'string' }).notNull(),
    closesOn: date({ mode: 'string' }).notNull(),
    status: text().$type<RoundStatus>().notNull(),
    waveId: uuid(),
    /** Opened by the recurring schedule (the `surveys.daily` job), not by a person. */
    recurring: boolean().notNull().default(false),
    createdById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    closedAt: tstz(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('survey_rounds_partner_idx').on(t.partnerId, t.kind, t.closesOn),
    index('survey_rounds_created_idx').on(t.createdAt, t.id),
    index('survey_rounds_kind_period_idx').on(t.kind, t.period),
    check('survey_rounds_dates', sql`${t.closesOn} >= ${t.opensOn}`),
    ...partnerIsolation(t.partnerId),
  ],
).enableRLS();

/** The people asked to answer a round, of either side; each is reminded at most once. */
export const surveyRecipients = pgTable(
  'survey_recipients',
  {
    id: idColumn(),
    roundId: uuid()
      .notNull()
      .references(() => surveyRounds.id, { onDelete: 'cascade' }),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references((): AnyPgColumn => users.id, { onDelete: 'cascade' }),
    side: text().$type<Side>().notNull(),
    notifiedAt: tstz(),
    remindedAt: tstz(),
  },
  (t) => [
    uniqueIndex('survey_recipients_once').on(t.roundId, t.userId),
    index('survey_recipients_user_idx').on(t.userId),
    ...partnerIsolation(t.partnerId),
  ],
).enableRLS();

/** One person's answer to a round (one per person; changed until the round closes). */
export const surveyResponses = pgTable(
  'survey_responses',
  {
    id: idColumn(),
    roundId: uuid()
      .notNull()
      .references(() => surveyRounds.id, { onDelete: 'cascade' }),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references((): AnyPgColumn => users.id, { onDelete: 'cascade' }),
    side: text().$type<Side>().notNull(),
    submittedAt: tstz().notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('survey_responses_once').on(t.roundId, t.userId), ...partnerIsolation(t.partnerId)],
).enableRLS();

/** The scores of a response, one row per question: what the set-based aggregations read. */
export const surveyAnswers = pgTable(
  'survey_answers',
  {
    id: idColumn(),
    responseId: uuid()
      .notNull()
      .references(() => surveyResponses.id, { onDelete: 'cascade' }),
    roundId: uuid()
      .notNull()
      .references(() => surveyRounds.id, { onDelete: 'cascade' }),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    questionId: text().notNull(),
    dimension: text().notNull(),
    side: text().$type<Side>().notNull(),
    score: smallint().notNull(),
    comment: text(),
  },
  (t) => [
    index('survey_answers_round_idx').on(t.roundId, t.questionId),
    index('survey_answers_response_idx').on(t.responseId),
    ...partnerIsolation(t.partnerId),
  ],
).enableRLS();

/** The organisation's survey settings (one row, id = 1; none: the defaults). Vendor only. */
export const surveySettings = pgTable(
  'survey_settings',
  {
    id: integer().primaryKey().default(1),
    pxCadence: text().$type<Cadence>().notNull().default('quarterly'),
    npsCadence: text().$type<Cadence>().notNull().default('half_yearly'),
    /** Days a recurring round stays open. */
    responseDays: integer().notNull().default(21),
    /** Recipients who have not answered are reminded this many days before a round closes. */
    reminderDays: integer().notNull().default(3),
    /** A perception gap is flagged from this many points on the 1–5 scale. */
    gapThreshold: real().notNull().default(1),
    updatedAt: tstz().notNull().defaultNow(),
  },
  (t) => [check('survey_settings_singleton', sql`${t.id} = 1`), ...vendorOnly()],
).enableRLS();

export type SurveyTemplateRow = typeof surveyTemplates.$inferSelect;
export type SurveyRoundRow = typeof surveyRounds.$inferSelect;
export type SurveyResponseRow = typeof surveyResponses.$inferSelect;
export type SurveySettingsRow = typeof surveySettings.$inferSelect;
