import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
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
import { createdAt, idColumn, partnerIsolation, tstz, updatedAt, vendorOnly } from '../../db/columns.js';
import { opportunities } from '../opportunities/index.js';
import { partners } from '../partners/partners.schema.js';
import { programs } from '../programs/index.js';
import { users } from '../users/users.schema.js';
import type { BatchStatus, EarningKind, PlanConfig, PlanKind } from './incentives.rules.js';

/**
 * An incentive plan of a program: one kind (commission, tiered rebate, SPIFF, revenue share), its
 * terms, and the dates it is in force. A change of terms is a new version with new dates; versions
 * of the same program and kind never overlap (checked by the service under a lock). Vendor data.
 */
export const incentivePlans = pgTable(
  'incentive_plans',
  {
    id: idColumn(),
    programId: uuid()
      .notNull()
      .references(() => programs.id, { onDelete: 'restrict' }),
    kind: text().$type<PlanKind>().notNull(),
    name: text().notNull(),
    description: text().notNull().default(''),
    currency: text().notNull(),
    config: jsonb().$type<PlanConfig>().notNull(),
    effectiveFrom: date({ mode: 'string' }).notNull(),
    effectiveTo: date({ mode: 'string' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('incentive_plans_program_idx').on(t.programId, t.kind, t.effectiveFrom),
    check('incentive_plans_dates', sql`${t.effectiveTo} is null or ${t.effectiveTo} >= ${t.effectiveFrom}`),
    ...vendorOnly(),
  ],
).enableRLS();

/**
 * The organisation's payout settings (one row, id 1): above this total, a batch needs two approvers.
 * Readable by every role (a partner's "next payout" estimate uses the payout day), written by finance.
 */
export const incentiveSettings = pgTable(
  'incentive_settings',
  {
    id: integer().primaryKey().default(1),
    /** In minor units of the reporting currency. */
    approvalThreshold: bigint({ mode: 'number' }).notNull().default(5_000_000),
    /** Day of the month payouts are usually made (the partner's "next payout" when no batch is scheduled). */
    payoutDay: integer().notNull().default(15),
    updatedAt: updatedAt(),
  },
  (t) => [check('incentive_settings_singleton', sql`${t.id} = 1`)],
);

/**
 * A partner's credit on a won deal: the share of its revenue the partner earns on (decision 0261),
 * the anchor that makes accrual idempotent (one per deal and partner) and the revenue rebate
 * attainment counts. `cycle` counts wins: a deal reopened and won again accrues afresh.
 */
export const incentiveDealCredits = pgTable(
  'incentive_deal_credits',
  {
    id: idColumn(),
    opportunityId: uuid()
      .notNull()
      .references(() => opportunities.id, { onDelete: 'restrict' }),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    accountId: uuid().notNull(),
    dealNumber: text().notNull(),
    dealTitle: text().notNull(),
    role: text().$type<'sourced' | 'co_sell'>().notNull(),
    amount: bigint({ mode: 'number' }).notNull(),
    currency: text().notNull(),
    closeDate: date({ mode: 'string' }).notNull(),
    status: text().$type<'won' | 'reversed'>().notNull(),
    cycle: integer().notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('incentive_deal_credits_once').on(t.opportunityId, t.partnerId),
    index('incentive_deal_credits_partner_idx').on(t.partnerId, t.closeDate),
    index('incentive_deal_credits_account_idx').on(t.accountId),
    ...partnerIsolation(t.partnerId),
  ],
).enableRLS();

/**
 * The earnings ledger: every accrual, true-up, reversal and adjustment of a partner, in integer
 * minor units of one currency, signed (reversals negative, linked to what they reverse). Never
 * updated but for the batch that pays it. `key` makes each accrual happen once.
 */
export const incentiveEarnings = pgTable(
  'incentive_earnings',
  {
    id: idColumn(),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    key: text().notNull(),
    kind: text().$type<EarningKind>().notNull(),
    opportunityId: uuid().references(() => opportunities.id, { onDelete: 'restrict' }),
    creditId: uuid().references(() => incentiveDealCredits.id, { onDelete: 'restrict' }),
    dealNumber: text().notNull().default(''),
    dealTitle: text().notNull().default(''),
    planId: uuid().references(() => incentivePlans.id, { onDelete: 'restrict' }),
    planName: text().notNull().default(''),
    rule: text().notNull(),
    baseAmount: bigint({ mode: 'number' }),
    amount: bigint({ mode: 'number' }).notNull(),
    currency: text().notNull(),
    closeDate: date({ mode: 'string' }).notNull(),
    /** The rebate period (2026-Q3) or the close date's quarter. */
    period: text().notNull(),
    payableOn: date({ mode: 'string' }).notNull(),
    reversesId: uuid().references((): AnyPgColumn => incentiveEarnings.id, { onDelete: 'restrict' }),
    reason: text().notNull().default(''),
    batchId: uuid().references((): AnyPgColumn => payoutBatches.id, { onDelete: 'set null' }),
    paidAt: tstz(),
    accruedAt: tstz().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('incentive_earnings_key_unique').on(t.key),
    uniqueIndex('incentive_earnings_reversed_once').on(t.reversesId).where(sql`${t.reversesId} is not null`),
    index('incentive_earnings_partner_idx').on(t.partnerId, t.accruedAt),
    index('incentive_earnings_accrued_idx').on(t.accruedAt, t.id),
    index('incentive_earnings_unbatched_idx').on(t.payableOn).where(sql`${t.batchId} is null`),
    index('incentive_earnings_batch_idx').on(t.batchId),
    index('incentive_earnings_opportunity_idx').on(t.opportunityId),
    ...partnerIsolation(t.partnerId),
  ],
).enableRLS();

/** A payout run: the payable earnings up to `periodEnd`, netted per partner and currency. Vendor data. */
export const payoutBatches = pgTable(
  'payout_batches',
  {
    id: idColumn(),
    number: text().notNull(),
    periodEnd: date({ mode: 'string' }).notNull(),
    payDate: date({ mode: 'string' }).notNull(),
    status: text().$type<BatchStatus>().notNull().default('draft'),
    approvalsRequired: integer().notNull(),
    totalReporting: bigint({ mode: 'number' }).notNull(),
    reportingCurrency: text().notNull(),
    note: text().notNull().default(''),
    createdById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    approvedAt: tstz(),
    paidAt: tstz(),
    paidById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    paymentReference: text().notNull().default(''),
    cancelledAt: tstz(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('payout_batches_number_unique').on(t.number),
    index('payout_batches_created_idx').on(t.createdAt, t.id),
    ...vendorOnly(),
  ],
).enableRLS();

/** Who approved a batch (four eyes: never its creator; two different people above the threshold). */
export const payoutApprovals = pgTable(
  'payout_approvals',
  {
    id: idColumn(),
    batchId: uuid()
      .notNull()
      .references(() => payoutBatches.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    approvedAt: tstz().notNull(),
  },
  (t) => [uniqueIndex('payout_approvals_once').on(t.batchId, t.userId), ...vendorOnly()],
).enableRLS();

/**
 * What a batch pays one partner in one currency (or holds, when a compliance item blocks its
 * payouts): the partner's view of its payouts, with the pay date.
 */
export const payoutLines = pgTable(
  'payout_lines',
  {
    id: idColumn(),
    batchId: uuid()
      .notNull()
      .references(() => payoutBatches.id, { onDelete: 'cascade' }),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    currency: text().notNull(),
    amount: bigint({ mode: 'number' }).notNull(),
    entryCount: integer().notNull(),
    held: boolean().notNull().default(false),
    heldReason: text().notNull().default(''),
    status: text().$type<BatchStatus>().notNull().default('draft'),
    payDate: date({ mode: 'string' }).notNull(),
    paidAt: tstz(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('payout_lines_once').on(t.batchId, t.partnerId, t.currency),
    index('payout_lines_partner_idx').on(t.partnerId, t.payDate),
    ...partnerIsolation(t.partnerId),
  ],
).enableRLS();

export type IncentivePlanRow = typeof incentivePlans.$inferSelect;
export type IncentiveSettingsRow = typeof incentiveSettings.$inferSelect;
export type DealCreditRow = typeof incentiveDealCredits.$inferSelect;
export type EarningRow = typeof incentiveEarnings.$inferSelect;
export type PayoutBatchRow = typeof payoutBatches.$inferSelect;
export type PayoutLineRow = typeof payoutLines.$inferSelect;
