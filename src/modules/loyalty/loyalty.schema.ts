import { sql } from 'drizzle-orm';
import { type AnyPgColumn, boolean, check, date, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, partnerIsolation, tstz, updatedAt } from '../../db/columns.js';
import { partners } from '../partners/partners.schema.js';
import { users } from '../users/users.schema.js';
import type { EntryKind, LoyaltyPeriod, LoyaltySource, RedemptionStatus } from './loyalty.rules.js';

/**
 * The vendor's points table: how many points one engagement of a kind earns, capped per period.
 * A kind without a row earns its default (DEFAULT_RULES in loyalty.rules.ts); read by everyone
 * ("how do I earn points"), changed by admins through the service.
 */
export const loyaltyRules = pgTable('loyalty_rules', {
  source: text().$type<LoyaltySource>().primaryKey(),
  points: integer().notNull(),
  /** At most this many points from this kind per partner and period; null: no cap. */
  capPerPeriod: integer(),
  period: text().$type<LoyaltyPeriod>().notNull().default('month'),
  active: boolean().notNull().default(true),
  updatedAt: updatedAt(),
});

/**
 * The points ledger: every movement of a partner's points, signed. The balance is its sum — never
 * stored (decision 0249). An earned entry names the event it came from (one entry per event and
 * partner, so a replayed event earns nothing twice); a redemption's debit and its return name it.
 */
export const loyaltyEntries = pgTable(
  'loyalty_entries',
  {
    id: idColumn(),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    /** The person whose engagement earned it (certified, registered, downloaded), if one. */
    userId: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    kind: text().$type<EntryKind>().notNull(),
    points: integer().notNull(),
    source: text().$type<LoyaltySource | 'redemption' | 'adjustment' | 'expiry'>().notNull(),
    eventId: uuid(),
    eventName: text(),
    /** The record behind the event (the registration, the opportunity, the certification). */
    recordId: uuid(),
    redemptionId: uuid(),
    note: text().notNull().default(''),
    occurredAt: tstz().notNull(),
    createdById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('loyalty_entries_partner_idx').on(t.partnerId, t.occurredAt),
    uniqueIndex('loyalty_entries_event_unique').on(t.eventId, t.partnerId).where(sql`${t.eventId} is not null`),
    ...partnerIsolation(t.partnerId),
  ],
).enableRLS();

/** The rewards catalogue: what points buy. `stock` null: unlimited. */
export const loyaltyRewards = pgTable(
  'loyalty_rewards',
  {
    id: idColumn(),
    name: text().notNull(),
    description: text().notNull().default(''),
    pointsCost: integer().notNull(),
    stock: integer(),
    active: boolean().notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('loyalty_rewards_name_unique').on(t.name),
    check('loyalty_rewards_cost_positive', sql`${t.pointsCost} > 0`),
    check('loyalty_rewards_stock_nonnegative', sql`${t.stock} is null or ${t.stock} >= 0`),
  ],
);

/** A partner's request for a reward: the points are taken when it is requested and returned if it is rejected. */
export const loyaltyRedemptions = pgTable(
  'loyalty_redemptions',
  {
    id: idColumn(),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    rewardId: uuid()
      .notNull()
      .references(() => loyaltyRewards.id, { onDelete: 'restrict' }),
    rewardName: text().notNull(),
    points: integer().notNull(),
    status: text().$type<RedemptionStatus>().notNull().default('requested'),
    note: text().notNull().default(''),
    decisionNote: text().notNull().default(''),
    requestedById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    decidedById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    decidedAt: tstz(),
    fulfilledAt: tstz(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('loyalty_redemptions_partner_idx').on(t.partnerId, t.createdAt),
    index('loyalty_redemptions_reward_idx').on(t.rewardId, t.status),
    ...partnerIsolation(t.partnerId),
  ],
).enableRLS();

/**
 * The vendor's loyalty settings (one row, id 1; a missing row means the defaults). No row-level
 * security: partner-side reads show when points expire; only an admin writes, through the service.
 */
export const loyaltySettings = pgTable(
  'loyalty_settings',
  {
    id: integer().primaryKey().default(1),
    /** Points expire this many months after they were earned (first in, first out); 0: never. */
    pointsExpiryMonths: integer().notNull().default(24),
    updatedAt: updatedAt(),
  },
  (t) => [check('loyalty_settings_expiry_range', sql`${t.pointsExpiryMonths} between 0 and 120`)],
);

/** "Your points expire soon" reminders sent: once per partner and expiry day. */
export const loyaltyExpiryReminders = pgTable(
  'loyalty_expiry_reminders',
  {
    id: idColumn(),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    expiresOn: date({ mode: 'string' }).notNull(),
    points: integer().notNull(),
    sentAt: tstz().notNull(),
  },
  (t) => [uniqueIndex('loyalty_expiry_reminders_once').on(t.partnerId, t.expiresOn), ...partnerIsolation(t.partnerId)],
).enableRLS();

export type LoyaltySettingsRow = typeof loyaltySettings.$inferSelect;
export type LoyaltyRuleRow = typeof loyaltyRules.$inferSelect;
export type LoyaltyEntryRow = typeof loyaltyEntries.$inferSelect;
export type LoyaltyRewardRow = typeof loyaltyRewards.$inferSelect;
export type LoyaltyRedemptionRow = typeof loyaltyRedemptions.$inferSelect;
