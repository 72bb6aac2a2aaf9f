import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, idColumn, partnerIsolation, tstz, updatedAt } from '../../db/columns.js';
import { partners } from '../partners/partners.schema.js';
import { users } from '../users/users.schema.js';
import type { ActivityType, AllocationKind, ClaimStatus, EntryKind, LeadListRow, RequestStatus } from './mdf.rules.js';

/**
 * The vendor's MDF settings (one row, id 1): the claim window, the caps, when to remind before
 * funds expire. No row-level security: a partner-side request reads the claim window; only an
 * admin writes it, through the service. A missing row means the defaults.
 */
export const mdfSettings = pgTable('mdf_settings', {
  id: integer().primaryKey().default(1),
  claimWindowDays: integer().notNull().default(60),
  expiryReminderDays: integer().notNull().default(30),
  /** Per partner per quarter, all its allocations together (reporting currency); null: no cap. */
  partnerCap: bigint({ mode: 'number' }),
  /** The program-wide pool per quarter, every partner together (reporting currency); null: no pool. */
  periodPool: bigint({ mode: 'number' }),
  updatedAt: updatedAt(),
});

/** Funds granted to one partner for one quarter: fixed by an admin, or accrued from its revenue. */
export const mdfAllocations = pgTable(
  'mdf_allocations',
  {
    id: idColumn(),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    period: text().notNull(),
    periodStart: date({ mode: 'string' }).notNull(),
    periodEnd: date({ mode: 'string' }).notNull(),
    kind: text().$type<AllocationKind>().notNull(),
    amount: bigint({ mode: 'number' }).notNull(),
    currency: text().notNull(),
    expiresOn: date({ mode: 'string' }).notNull(),
    /** Accrued: the revenue it was computed from and the percent (tier benefit). */
    basisRevenue: bigint({ mode: 'number' }),
    accrualPercent: numeric({ precision: 5, scale: 2 }),
    notes: text().notNull().default(''),
    createdById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    /** The expiry reminder was sent (once). */
    remindedAt: tstz(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('mdf_allocations_partner_idx').on(t.partnerId, t.periodStart),
    index('mdf_allocations_created_idx').on(t.createdAt, t.id),
    index('mdf_allocations_expires_idx').on(t.expiresOn),
    // One accrual per partner and quarter: the job may run twice.
    uniqueIndex('mdf_allocations_accrued_once').on(t.partnerId, t.period).where(sql`kind = 'accrued'`),
    check('mdf_allocations_amount_positive', sql`amount > 0`),
    ...partnerIsolation(t.partnerId),
  ],
).enableRLS();

/** A partner's request for funds for one marketing activity, and the vendor's decision. */
export const mdfRequests = pgTable(
  'mdf_requests',
  {
    id: idColumn(),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    allocationId: uuid()
      .notNull()
      .references(() => mdfAllocations.id, { onDelete: 'cascade' }),
    activityType: text().$type<ActivityType>().notNull(),
    title: text().notNull(),
    description: text().notNull().default(''),
    startsOn: date({ mode: 'string' }).notNull(),
    endsOn: date({ mode: 'string' }).notNull(),
    requestedAmount: bigint({ mode: 'number' }).notNull(),
    approvedAmount: bigint({ mode: 'number' }),
    currency: text().notNull(),
    expectedLeads: integer().notNull().default(0),
    expectedPipeline: bigint({ mode: 'number' }).notNull().default(0),
    status: text().$type<RequestStatus>().notNull().default('submitted'),
    decisionReason: text().notNull().default(''),
    decidedById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    decidedAt: tstz(),
    createdById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('mdf_requests_partner_idx').on(t.partnerId, t.status),
    index('mdf_requests_created_idx').on(t.createdAt, t.id),
    index('mdf_requests_allocation_idx').on(t.allocationId),
    ...partnerIsolation(t.partnerId),
  ],
).enableRLS();

/** A claim for reimbursement of an approved request's activity, with proof of performance. */
export const mdfClaims = pgTable(
  'mdf_claims',
  {
    id: idColumn(),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    requestId: uuid()
      .notNull()
      .references(() => mdfRequests.id, { onDelete: 'cascade' }),
    claimedAmount: bigint({ mode: 'number' }).notNull(),
    approvedAmount: bigint({ mode: 'number' }),
    currency: text().notNull(),
    notes: text().notNull().default(''),
    /** The lead list as submitted; turned into leads when the claim is approved. */
    leadList: jsonb().$type<LeadListRow[]>().notNull().default([]),
    status: text().$type<ClaimStatus>().notNull().default('submitted'),
    decisionReason: text().notNull().default(''),
    decidedById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    decidedAt: tstz(),
    paidAt: tstz(),
    paidById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    paymentReference: text().notNull().default(''),
    createdById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('mdf_claims_partner_idx').on(t.partnerId, t.status),
    index('mdf_claims_created_idx').on(t.createdAt, t.id),
    index('mdf_claims_request_idx').on(t.requestId),
    // One live claim per request: a rejected one may be followed by another.
    uniqueIndex('mdf_claims_one_live').on(t.requestId).where(sql`status <> 'rejected'`),
    ...partnerIsolation(t.partnerId),
  ],
).enableRLS();

/**
 * The MDF ledger: every movement of funds, append-only, positive amounts in the allocation's
 * currency. Balances are sums over it (mdf.rules.ts `balanceOf`, mdf.ledger.ts in SQL). `key`
 * makes each effect happen once ("commitment:<request>", "payment:<claim>", "expiry:<allocation>").
 */
export const mdfLedger = pgTable(
  'mdf_ledger',
  {
    id: idColumn(),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    allocationId: uuid()
      .notNull()
      .references(() => mdfAllocations.id, { onDelete: 'cascade' }),
    requestId: uuid().references(() => mdfRequests.id, { onDelete: 'cascade' }),
    claimId: uuid().references(() => mdfClaims.id, { onDelete: 'cascade' }),
    kind: text().$type<EntryKind>().notNull(),
    amount: bigint({ mode: 'number' }).notNull(),
    currency: text().notNull(),
    onDate: date({ mode: 'string' }).notNull(),
    key: text().notNull(),
    actorId: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('mdf_ledger_key_unique').on(t.key),
    index('mdf_ledger_allocation_idx').on(t.allocationId, t.kind),
    index('mdf_ledger_partner_idx').on(t.partnerId, t.onDate),
    check('mdf_ledger_amount_positive', sql`amount > 0`),
    ...partnerIsolation(t.partnerId),
  ],
).enableRLS();

/** The leads a claim's lead list created (leads module), for the activity's ROI. */
export const mdfClaimLeads = pgTable(
  'mdf_claim_leads',
  {
    id: idColumn(),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    claimId: uuid()
      .notNull()
      .references(() => mdfClaims.id, { onDelete: 'cascade' }),
    requestId: uuid()
      .notNull()
      .references(() => mdfRequests.id, { onDelete: 'cascade' }),
    leadId: uuid().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('mdf_claim_leads_unique').on(t.claimId, t.leadId),
    index('mdf_claim_leads_request_idx').on(t.requestId),
    ...partnerIsolation(t.partnerId),
  ],
).enableRLS();

export type MdfAllocationRow = typeof mdfAllocations.$inferSelect;
export type MdfRequestRow = typeof mdfRequests.$inferSelect;
export type MdfClaimRow = typeof mdfClaims.$inferSelect;
export type MdfLedgerRow = typeof mdfLedger.$inferSelect;
