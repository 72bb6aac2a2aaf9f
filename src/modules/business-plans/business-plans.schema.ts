import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
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
import { partners } from '../partners/partners.schema.js';
import { users } from '../users/users.schema.js';
import type { CommitmentStatus, PlanContent, PlanSnapshot, PlanStatus, Side } from './business-plans.rules.js';

/**
 * A joint business plan of an alliance (a partner) for a fiscal period. Its body (goals, SWOT,
 * market scope, go-to-market playbook, initiatives) is one JSON document both sides edit, each
 * its own parts; every change writes a version (business_plan_versions) with the whole plan.
 */
export const businessPlans = pgTable(
  'business_plans',
  {
    id: idColumn(),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    title: text().notNull(),
    periodStart: date({ mode: 'string' }).notNull(),
    periodEnd: date({ mode: 'string' }).notNull(),
    status: text().$type<PlanStatus>().notNull().default('draft'),
    content: jsonb().$type<PlanContent>().notNull(),
    /** The latest version's number: 1 when created, one more with every change. */
    version: integer().notNull().default(1),
    /** Why it was last sent back or reopened, said by whoever did it. */
    statusComment: text().notNull().default(''),
    createdById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    proposedAt: tstz(),
    approvedAt: tstz(),
    approvedById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    closedAt: tstz(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('business_plans_partner_idx').on(t.partnerId, t.periodStart),
    index('business_plans_status_idx').on(t.status, t.periodStart),
    index('business_plans_period_idx').on(t.periodStart, t.id),
    ...partnerIsolation(t.partnerId),
  ],
).enableRLS();

/** Every state a plan was in, whole, with who changed it and what they said. */
export const businessPlanVersions = pgTable(
  'business_plan_versions',
  {
    id: idColumn(),
    planId: uuid()
      .notNull()
      .references(() => businessPlans.id, { onDelete: 'cascade' }),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    version: integer().notNull(),
    snapshot: jsonb().$type<PlanSnapshot>().notNull(),
    summary: text().notNull(),
    actorId: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    /** vendor | partner | system: which side made the change. */
    actorSide: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('business_plan_versions_unique').on(t.planId, t.version), ...partnerIsolation(t.partnerId)],
).enableRLS();

/** What one side of the alliance promised in a plan, by when, and whether it kept it. */
export const planCommitments = pgTable(
  'plan_commitments',
  {
    id: idColumn(),
    planId: uuid()
      .notNull()
      .references(() => businessPlans.id, { onDelete: 'cascade' }),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    side: text().$type<Side>().notNull(),
    title: text().notNull(),
    description: text().notNull().default(''),
    dueDate: date({ mode: 'string' }).notNull(),
    /** What it is worth when it is an investment (a co-marketing budget): minor units of `currency`; both or neither. */
    amount: bigint({ mode: 'number' }),
    currency: text(),
    /** The person of that side who keeps it; null: the side's managers answer for it. */
    ownerId: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    status: text().$type<CommitmentStatus>().notNull().default('open'),
    evidence: text().notNull().default(''),
    completedAt: tstz(),
    completedById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    /** When its owners were told it is overdue (once; cleared when the due date moves). */
    overdueNotifiedAt: tstz(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('plan_commitments_plan_idx').on(t.planId, t.dueDate),
    index('plan_commitments_partner_idx').on(t.partnerId, t.dueDate),
    // The overdue sweep: open commitments by due date, not yet notified.
    index('plan_commitments_overdue_idx').on(t.dueDate, t.id).where(sql`${t.status} = 'open' and ${t.overdueNotifiedAt} is null`),
    check(
      'plan_commitments_amount_with_currency',
      sql`(${t.amount} is null and ${t.currency} is null) or (${t.amount} >= 0 and ${t.currency} is not null)`,
    ),
    ...partnerIsolation(t.partnerId),
  ],
).enableRLS();

export type BusinessPlanRow = typeof businessPlans.$inferSelect;
export type PlanVersionRow = typeof businessPlanVersions.$inferSelect;
export type CommitmentRow = typeof planCommitments.$inferSelect;
