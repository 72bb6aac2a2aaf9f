import { sql } from 'drizzle-orm';
import { type AnyPgColumn, bigint, check, date, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, partnerIsolation, tstz, updatedAt } from '../../db/columns.js';
import { accounts } from '../opportunities/opportunities.schema.js';
import { partners } from '../partners/partners.schema.js';
import { users } from '../users/users.schema.js';
import type { ActionStatus, CellStatus, GoalStatus, PlanStatus, Side, TeamRole } from './account-plans.rules.js';

/**
 * A joint account plan: one key account (an `accounts` row of the opportunities module) worked with
 * one partner. A partner's people read and write only their company's plans; the account row is
 * readable to them through the plan (a policy on `accounts` in the migration), nothing more of it.
 */
export const accountPlans = pgTable(
  'account_plans',
  {
    id: idColumn(),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: 'restrict' }),
    title: text().notNull(),
    status: text().$type<PlanStatus>().notNull().default('draft'),
    periodStart: date({ mode: 'string' }).notNull(),
    periodEnd: date({ mode: 'string' }).notNull(),
    /** Executive summary (the vendor's). */
    summary: text().notNull().default(''),
    /** The account's situation: what is installed, the customer's initiatives (the vendor's). */
    footprint: text().notNull().default(''),
    /** Who knows whom at the customer, each side its own. */
    vendorRelationships: text().notNull().default(''),
    partnerRelationships: text().notNull().default(''),
    /** The partner's own notes on the account. */
    partnerNotes: text().notNull().default(''),
    /** The whitespace matrix's rows (buying centres) and columns (solution areas). */
    businessUnits: text().array().notNull().default([]),
    solutionAreas: text().array().notNull().default([]),
    createdById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    activatedAt: tstz(),
    closedAt: tstz(),
    statusReason: text().notNull().default(''),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // One open (draft or active) plan per account and partner; closed ones stay as history.
    uniqueIndex('account_plans_open_unique').on(t.accountId, t.partnerId).where(sql`${t.status} <> 'closed'`),
    index('account_plans_partner_idx').on(t.partnerId, t.status),
    index('account_plans_account_idx').on(t.accountId),
    index('account_plans_created_idx').on(t.createdAt, t.id),
    check('account_plans_period', sql`${t.periodEnd} >= ${t.periodStart}`),
    ...partnerIsolation(t.partnerId),
  ],
).enableRLS();

/** A named person of either side with their role on the account. */
export const accountPlanMembers = pgTable(
  'account_plan_members',
  {
    id: idColumn(),
    planId: uuid()
      .notNull()
      .references(() => accountPlans.id, { onDelete: 'cascade' }),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    side: text().$type<Side>().notNull(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text().$type<TeamRole>().notNull(),
    note: text().notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('account_plan_members_once').on(t.planId, t.userId, t.role), ...partnerIsolation(t.partnerId)],
).enableRLS();

/** A measurable goal: target revenue (money), what is achieved so far, by a date. */
export const accountPlanGoals = pgTable(
  'account_plan_goals',
  {
    id: idColumn(),
    planId: uuid()
      .notNull()
      .references(() => accountPlans.id, { onDelete: 'cascade' }),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    title: text().notNull(),
    targetAmount: bigint({ mode: 'number' }).notNull(),
    achievedAmount: bigint({ mode: 'number' }).notNull().default(0),
    currency: text().notNull(),
    targetDate: date({ mode: 'string' }).notNull(),
    status: text().$type<GoalStatus>().notNull().default('open'),
    notes: text().notNull().default(''),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('account_plan_goals_plan_idx').on(t.planId, t.targetDate),
    check('account_plan_goals_amounts', sql`${t.targetAmount} >= 0 and ${t.achievedAmount} >= 0`),
    ...partnerIsolation(t.partnerId),
  ],
).enableRLS();

/** One cell of the whitespace matrix: a business unit × a solution area. */
export const accountPlanCells = pgTable(
  'account_plan_cells',
  {
    id: idColumn(),
    planId: uuid()
      .notNull()
      .references(() => accountPlans.id, { onDelete: 'cascade' }),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    unit: text().notNull(),
    area: text().notNull(),
    status: text().$type<CellStatus>().notNull(),
    vendorNotes: text().notNull().default(''),
    partnerNotes: text().notNull().default(''),
    updatedById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('account_plan_cells_once').on(t.planId, t.unit, t.area), ...partnerIsolation(t.partnerId)],
).enableRLS();

/** Something one side does for the account, by a date; reminded when due. */
export const accountPlanActions = pgTable(
  'account_plan_actions',
  {
    id: idColumn(),
    planId: uuid()
      .notNull()
      .references(() => accountPlans.id, { onDelete: 'cascade' }),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    side: text().$type<Side>().notNull(),
    title: text().notNull(),
    ownerId: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    dueOn: date({ mode: 'string' }).notNull(),
    status: text().$type<ActionStatus>().notNull().default('open'),
    notes: text().notNull().default(''),
    completedAt: tstz(),
    completedById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    /** The due date its owner was last reminded of (one reminder per due date). */
    remindedFor: date({ mode: 'string' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('account_plan_actions_plan_idx').on(t.planId, t.dueOn),
    index('account_plan_actions_due_idx').on(t.dueOn, t.id).where(sql`${t.status} = 'open'`),
    ...partnerIsolation(t.partnerId),
  ],
).enableRLS();

export type AccountPlanRow = typeof accountPlans.$inferSelect;
export type MemberRow = typeof accountPlanMembers.$inferSelect;
export type GoalRow = typeof accountPlanGoals.$inferSelect;
export type CellRow = typeof accountPlanCells.$inferSelect;
export type ActionRow = typeof accountPlanActions.$inferSelect;
