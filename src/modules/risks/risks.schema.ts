import { sql } from 'drizzle-orm';
import { type AnyPgColumn, boolean, date, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, partnerIsolation, tstz, updatedAt } from '../../db/columns.js';
import { partners } from '../partners/partners.schema.js';
import { users } from '../users/users.schema.js';
import type { ActionStatus, RiskCategory, RiskStatus } from './risks.rules.js';

/**
 * One risk of an alliance: what could go wrong, how likely and how bad (1–5 each; the score is
 * their product, kept by the database), who owns it and when it is reviewed next. `shared` risks
 * are visible to the partner's people (decision 0151); a risk the partner raised is always shared.
 */
export const risks = pgTable(
  'risks',
  {
    id: idColumn(),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    title: text().notNull(),
    description: text().notNull().default(''),
    category: text().$type<RiskCategory>().notNull(),
    likelihood: integer().notNull(),
    impact: integer().notNull(),
    score: integer().notNull().generatedAlwaysAs(sql`likelihood * impact`),
    status: text().$type<RiskStatus>().notNull().default('open'),
    ownerId: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    reviewOn: date({ mode: 'string' }),
    shared: boolean().notNull().default(false),
    raisedBy: text().$type<'vendor' | 'partner'>().notNull().default('vendor'),
    createdById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    closedAt: tstz(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('risks_partner_idx').on(t.partnerId, t.status),
    index('risks_created_idx').on(t.createdAt, t.id),
    index('risks_review_idx').on(t.reviewOn),
    ...partnerIsolation(t.partnerId),
  ],
).enableRLS();

/** A mitigation action of a risk: who does what by when. */
export const riskActions = pgTable(
  'risk_actions',
  {
    id: idColumn(),
    riskId: uuid()
      .notNull()
      .references(() => risks.id, { onDelete: 'cascade' }),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    title: text().notNull(),
    ownerId: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    dueOn: date({ mode: 'string' }),
    status: text().$type<ActionStatus>().notNull().default('open'),
    doneAt: tstz(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('risk_actions_risk_idx').on(t.riskId, t.createdAt), ...partnerIsolation(t.partnerId)],
).enableRLS();

/** Review reminders sent: once per risk and review date (the daily job runs at least once). */
export const riskReviewReminders = pgTable(
  'risk_review_reminders',
  {
    id: idColumn(),
    riskId: uuid()
      .notNull()
      .references(() => risks.id, { onDelete: 'cascade' }),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    reviewOn: date({ mode: 'string' }).notNull(),
    sentAt: tstz().notNull(),
  },
  (t) => [uniqueIndex('risk_review_reminders_once').on(t.riskId, t.reviewOn), ...partnerIsolation(t.partnerId)],
).enableRLS();

export type RiskRow = typeof risks.$inferSelect;
export type RiskActionRow = typeof riskActions.$inferSelect;
