import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, idColumn, partnerIsolation, tstz, updatedAt, vendorOnly } from '../../db/columns.js';
import { opportunities } from '../opportunities/opportunities.schema.js';
import { partners } from '../partners/partners.schema.js';
import { programs } from '../programs/programs.schema.js';
import { users } from '../users/users.schema.js';
import type { CostCategory, DealOutcome } from './kpis.rules.js';

/**
 * A month whose KPI snapshot was taken: when, by whom, in which reporting currency, and how many
 * partner and deal facts it holds. Re-taking a month replaces its facts and updates this row.
 */
export const kpiMonths = pgTable(
  'kpi_months',
  {
    id: idColumn(),
    /** The first day of the month. */
    month: date({ mode: 'string' }).notNull(),
    currency: text().notNull(),
    partners: integer().notNull().default(0),
    deals: integer().notNull().default(0),
    takenAt: tstz().notNull(),
    takenById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('kpi_months_month_unique').on(t.month), ...vendorOnly()],
).enableRLS();

/**
 * One partner in one month: who it was then (program, tier, motion, designation, regions,
 * segment, industries) and what it did (revenue sourced and influenced, deals won and lost, open
 * pipeline at the month's end, certified people, NPS, lifecycle events). Dashboards read these,
 * never the live tables. Money in minor units of the month's reporting currency (`kpi_months`).
 */
export const kpiSnapshots = pgTable(
  'kpi_snapshots',
  {
    id: idColumn(),
    month: date({ mode: 'string' }).notNull(),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    /** Its main program then (the default program first): what ROI per program counts it under. */
    programId: uuid().references(() => programs.id, { onDelete: 'set null' }),
    tierId: uuid(),
    /** Every program the partner was a member of at the month's end, with its tier in each (filters). */
    programIds: uuid().array().notNull().default([]),
    tierIds: uuid().array().notNull().default([]),
    motion: text().notNull(),
    designation: text().notNull(),
    regions: text().array().notNull().default([]),
    segment: text().notNull().default(''),
    industries: text().array().notNull().default([]),
    stage: text().notNull(),
    active: boolean().notNull(),
    activeAtStart: boolean().notNull(),
    isNew: boolean().notNull(),
    churned: boolean().notNull(),
    signedOn: date({ mode: 'string' }),
    firstWonOn: date({ mode: 'string' }),
    daysToFirstDeal: integer(),
    sourcedRevenue: bigint({ mode: 'number' }).notNull().default(0),
    influencedRevenue: bigint({ mode: 'number' }).notNull().default(0),
    wonDeals: integer().notNull().default(0),
    sourcedDeals: integer().notNull().default(0),
    lostDeals: integer().notNull().default(0),
    openPipeline: bigint({ mode: 'number' }).notNull().default(0),
    certifiedPeople: integer(),
    nps: integer(),
    currency: text().notNull(),
    takenAt: tstz().notNull(),
  },
  (t) => [
    uniqueIndex('kpi_snapshots_month_partner').on(t.month, t.partnerId),
    index('kpi_snapshots_partner_idx').on(t.partnerId, t.month),
    ...partnerIsolation(t.partnerId),
  ],
).enableRLS();

/**
 * The deals behind a month: won or lost in it (at the close date's rate), or open at its end (at
 * that day's rate), with the partners involved. Portfolio totals count each deal once; the
 * drill-down lists them. Vendor data.
 */
export const kpiDealFacts = pgTable(
  'kpi_deal_facts',
  {
    id: idColumn(),
    month: date({ mode: 'string' }).notNull(),
    opportunityId: uuid()
      .notNull()
      .references(() => opportunities.id, { onDelete: 'cascade' }),
    outcome: text().$type<DealOutcome>().notNull(),
    /** Reporting currency; null when no exchange rate converts it (left out of sums). */
    amount: bigint({ mode: 'number' }),
    joint: boolean().notNull(),
    sourcedPartnerId: uuid(),
    partnerIds: uuid().array().notNull().default([]),
    closeDate: date({ mode: 'string' }).notNull(),
  },
  (t) => [uniqueIndex('kpi_deal_facts_month_opportunity').on(t.month, t.opportunityId), ...vendorOnly()],
).enableRLS();

/**
 * A cost the vendor spent on its ecosystem outside MDF and incentives (enablement, events,
 * people, tools): on one partner, one program or one segment, for ROI.
 */
export const kpiCostEntries = pgTable(
  'kpi_cost_entries',
  {
    id: idColumn(),
    onDate: date({ mode: 'string' }).notNull(),
    partnerId: uuid().references(() => partners.id, { onDelete: 'cascade' }),
    programId: uuid().references(() => programs.id, { onDelete: 'cascade' }),
    segment: text(),
    category: text().$type<CostCategory>().notNull(),
    amount: bigint({ mode: 'number' }).notNull(),
    currency: text().notNull(),
    note: text().notNull().default(''),
    createdById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('kpi_cost_entries_date_idx').on(t.onDate, t.id),
    check('kpi_cost_entries_amount_positive', sql`${t.amount} > 0`),
    check(
      'kpi_cost_entries_one_target',
      sql`(case when ${t.partnerId} is null then 0 else 1 end + case when ${t.programId} is null then 0 else 1 end + case when ${t.segment} is null then 0 else 1 end) = 1`,
    ),
    ...partnerIsolation(t.partnerId),
  ],
).enableRLS();

export type KpiMonthRow = typeof kpiMonths.$inferSelect;
export type KpiSnapshotRow = typeof kpiSnapshots.$inferSelect;
export type KpiCostEntryRow = typeof kpiCostEntries.$inferSelect;
