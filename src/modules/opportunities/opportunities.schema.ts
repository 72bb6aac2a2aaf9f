import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  boolean,
  check,
  date,
  index,
  pgPolicy,
  pgSequence,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { APP_ROLE } from '../../db/app-role.js';
import { createdAt, idColumn, partnerIsolation, tstz, updatedAt, vendorOnly } from '../../db/columns.js';
import { partners } from '../partners/partners.schema.js';
import { users } from '../users/users.schema.js';
import { valuePropositions } from '../value/value.schema.js';
import type {
  CoSellDirection,
  CoSellStatus,
  InvolvementRole,
  OpportunityStage,
  SharedField,
  SourceKind,
} from './opportunities.rules.js';

const currentPartner = sql`nullif(current_setting('consort.partner_id', true), '')::uuid`;

/** Opportunity numbers (OPP-000123): a sequence, never reused. */
export const opportunityNumbers = pgSequence('opportunity_number_seq', { startWith: 1, increment: 1 });

/**
 * The vendor's customers and prospects. Name and domain are stored beside their normalised keys
 * (deal registration's `customerKeys`), so "find or create by customer" and the conflict check
 * are indexed lookups. A partner's people read an account only through an opportunity they are
 * involved in (the policy below); vendor staff read and write them all.
 */
export const accounts = pgTable(
  'accounts',
  {
    id: idColumn(),
    name: text().notNull(),
    domain: text(),
    /** Further domains of the customer (subsidiaries, old brands); the first is `domain`. */
    otherDomains: text().array().notNull().default([]),
    nameKey: text().notNull(),
    domainKey: text(),
    segment: text().notNull().default(''),
    industry: text().notNull().default(''),
    country: text(),
    ownerId: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('accounts_domain_key_unique').on(t.domainKey).where(sql`${t.domainKey} is not null`),
    index('accounts_name_key_idx').on(t.nameKey),
    index('accounts_created_idx').on(t.createdAt, t.id),
    ...vendorOnly(),
    pgPolicy('partner_involved_read', {
      for: 'select',
      to: APP_ROLE,
      using: sql`exists (select 1 from opportunities o join opportunity_partners p on p.opportunity_id = o.id where o.account_id = ${t.id} and p.partner_id = ${currentPartner})`,
    }),
  ],
).enableRLS();

/** The vendor's pipeline: one deal with one customer account. */
export const opportunities = pgTable(
  'opportunities',
  {
    id: idColumn(),
    number: text().notNull(),
    title: text().notNull(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: 'restrict' }),
    amount: bigint({ mode: 'number' }).notNull(),
    currency: text().notNull(),
    stage: text().$type<OpportunityStage>().notNull(),
    closeDate: date({ mode: 'string' }).notNull(),
    ownerId: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    products: text().array().notNull().default([]),
    sourceKind: text().$type<SourceKind>().notNull().default('direct'),
    sourceId: uuid(),
    /** What involved partners see beyond title and customer (decision 0181). */
    sharedFields: text().array().$type<SharedField[]>().notNull().default(['amount', 'closeDate', 'stage']),
    closedAt: tstz(),
    lostReason: text().notNull().default(''),
    /** The joint value proposition (a published version) this record uses, decision 0344; null: none. */
    valuePropositionId: uuid().references((): AnyPgColumn => valuePropositions.id, { onDelete: 'set null' }),
    /** When it was named: deployment counts from then (`value.jvp_uses_90d`). */
    valuePropositionLinkedAt: tstz(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('opportunities_value_proposition_idx').on(t.valuePropositionId).where(sql`${t.valuePropositionId} is not null`),
    uniqueIndex('opportunities_number_unique').on(t.number),
    index('opportunities_created_idx').on(t.createdAt, t.id),
    index('opportunities_account_idx').on(t.accountId),
    index('opportunities_stage_idx').on(t.stage, t.closeDate),
    index('opportunities_source_idx').on(t.sourceId).where(sql`${t.sourceId} is not null`),
    check('opportunities_amount_nonnegative', sql`${t.amount} >= 0`),
    ...vendorOnly(),
    pgPolicy('partner_involved_read', {
      for: 'select',
      to: APP_ROLE,
      using: sql`exists (select 1 from opportunity_partners p where p.opportunity_id = ${t.id} and p.partner_id = ${currentPartner})`,
    }),
  ],
).enableRLS();

/** A partner's part in an opportunity: its roles (one `sourced` partner per opportunity at most). */
export const opportunityPartners = pgTable(
  'opportunity_partners',
  {
    id: idColumn(),
    opportunityId: uuid()
      .notNull()
      .references(() => opportunities.id, { onDelete: 'cascade' }),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    roles: text().array().$type<InvolvementRole[]>().notNull(),
    /** True while `roles` holds 'sourced': the unique index below keeps it to one partner. */
    sourced: boolean().notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('opportunity_partners_once').on(t.opportunityId, t.partnerId),
    uniqueIndex('opportunity_partners_one_sourced').on(t.opportunityId).where(sql`${t.sourced}`),
    index('opportunity_partners_partner_idx').on(t.partnerId, t.opportunityId),
    ...partnerIsolation(t.partnerId),
  ],
).enableRLS();

/** A dated contribution of a partner to an opportunity (a meeting, a demo, an introduction). */
export const opportunityTouches = pgTable(
  'opportunity_touches',
  {
    id: idColumn(),
    opportunityId: uuid()
      .notNull()
      .references(() => opportunities.id, { onDelete: 'cascade' }),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    role: text().$type<InvolvementRole>().notNull(),
    occurredAt: tstz().notNull(),
    note: text().notNull().default(''),
    createdById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('opportunity_touches_opportunity_idx').on(t.opportunityId, t.occurredAt), ...partnerIsolation(t.partnerId)],
).enableRLS();

/** Every stage an opportunity went through, with who moved it and when (vendor staff only). */
export const opportunityStageChanges = pgTable(
  'opportunity_stage_changes',
  {
    id: idColumn(),
    opportunityId: uuid()
      .notNull()
      .references(() => opportunities.id, { onDelete: 'cascade' }),
    fromStage: text().$type<OpportunityStage>(),
    toStage: text().$type<OpportunityStage>().notNull(),
    changedAt: tstz().notNull(),
    changedById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
  },
  (t) => [index('opportunity_stage_changes_idx').on(t.opportunityId, t.changedAt), ...vendorOnly()],
).enableRLS();

/**
 * Co-sell requests: a partner asks the vendor to co-sell a customer deal of its own, or the vendor
 * asks a partner to join an opportunity. The addressee accepts (which adds the involvement) or
 * declines with a reason.
 */
export const coSellRequests = pgTable(
  'co_sell_requests',
  {
    id: idColumn(),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    direction: text().$type<CoSellDirection>().notNull(),
    opportunityId: uuid().references(() => opportunities.id, { onDelete: 'cascade' }),
    title: text().notNull().default(''),
    customerName: text().notNull().default(''),
    customerDomain: text(),
    amount: bigint({ mode: 'number' }),
    currency: text(),
    closeDate: date({ mode: 'string' }),
    role: text().$type<InvolvementRole>().notNull(),
    note: text().notNull().default(''),
    status: text().$type<CoSellStatus>().notNull().default('requested'),
    decisionReason: text().notNull().default(''),
    requestedById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    decidedById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    decidedAt: tstz(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('co_sell_requests_partner_idx').on(t.partnerId, t.createdAt),
    index('co_sell_requests_created_idx').on(t.createdAt, t.id),
    ...partnerIsolation(t.partnerId),
  ],
).enableRLS();

export type AccountRow = typeof accounts.$inferSelect;
export type OpportunityRow = typeof opportunities.$inferSelect;
export type OpportunityPartnerRow = typeof opportunityPartners.$inferSelect;
export type OpportunityTouchRow = typeof opportunityTouches.$inferSelect;
export type CoSellRequestRow = typeof coSellRequests.$inferSelect;
