import { sql } from 'drizzle-orm';
import { type AnyPgColumn, bigint, check, index, integer, numeric, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, partnerIsolation, tstz, updatedAt, vendorOnly } from '../../db/columns.js';
import { partners } from '../partners/partners.schema.js';
import { users } from '../users/users.schema.js';
import type { CommissionStatus, ConversionKind, SubmissionStatus } from './referrals.rules.js';

/**
 * The referral program's settings (one row, id = 1): how long a click counts (the cookie window),
 * the vendor's domains a link may point at, and the tracking key the vendor's site sends with
 * sign-ups and payments (kept as a hash). Readable by every role: a partner's link is checked
 * against the domains in its own scope (decision 0211).
 */
export const referralSettings = pgTable(
  'referral_settings',
  {
    id: integer().primaryKey().default(1),
    cookieDays: integer().notNull().default(90),
    allowedDomains: text().array().notNull().default([]),
    /** sha256 of the tracking key (shown once when made); null until an admin makes one. */
    trackingKeyHash: text(),
    /** The key's last characters, to tell which one a site uses. */
    trackingKeyHint: text(),
    updatedAt: updatedAt(),
  },
  (t) => [check('referral_settings_singleton', sql`${t.id} = 1`)],
);

/** A partner's referral link: a short code that redirects to one of the vendor's pages. */
export const referralLinks = pgTable(
  'referral_links',
  {
    id: idColumn(),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    code: text().notNull(),
    destinationUrl: text().notNull(),
    label: text().notNull().default(''),
    createdById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    archivedAt: tstz(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('referral_links_code_unique').on(sql`lower(${t.code})`),
    index('referral_links_partner_idx').on(t.partnerId, t.createdAt),
    ...partnerIsolation(t.partnerId),
  ],
).enableRLS();

/**
 * One visit of a referral link. `token` is the visitor's referral cookie (random, unguessable):
 * the vendor's site sends it back with a sign-up. Tracking facts, not changes a person made:
 * counted, not audited (decision 0212).
 */
export const referralClicks = pgTable(
  'referral_clicks',
  {
    id: idColumn(),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    linkId: uuid()
      .notNull()
      .references(() => referralLinks.id, { onDelete: 'cascade' }),
    token: text().notNull(),
    occurredAt: tstz().notNull(),
  },
  (t) => [
    uniqueIndex('referral_clicks_token_unique').on(t.token),
    index('referral_clicks_partner_idx').on(t.partnerId, t.occurredAt),
    index('referral_clicks_link_idx').on(t.linkId, t.occurredAt),
    ...partnerIsolation(t.partnerId),
  ],
).enableRLS();

/**
 * A sign-up or a paying customer attributed to a partner, once per customer and kind (the
 * vendor's customer id as its site knows it). First touch: a customer attributed once stays with
 * that partner.
 */
export const referralConversions = pgTable(
  'referral_conversions',
  {
    id: idColumn(),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    linkId: uuid().references(() => referralLinks.id, { onDelete: 'set null' }),
    clickId: uuid().references(() => referralClicks.id, { onDelete: 'set null' }),
    kind: text().$type<ConversionKind>().notNull(),
    customerRef: text().notNull(),
    customerDomain: text(),
    /** What the first payment was (customers only), in minor units. */
    amount: bigint({ mode: 'number' }),
    currency: text(),
    via: text().notNull(),
    occurredAt: tstz().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('referral_conversions_customer_unique').on(t.kind, t.customerRef),
    index('referral_conversions_partner_idx').on(t.partnerId, t.occurredAt),
    check('referral_conversions_amount_nonnegative', sql`${t.amount} is null or ${t.amount} >= 0`),
    ...partnerIsolation(t.partnerId),
  ],
).enableRLS();

/** A commission accrued for a paying customer, at the partner's commission rate (a ledger row). */
export const referralCommissions = pgTable(
  'referral_commissions',
  {
    id: idColumn(),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    conversionId: uuid()
      .notNull()
      .references(() => referralConversions.id, { onDelete: 'cascade' }),
    customerRef: text().notNull(),
    baseAmount: bigint({ mode: 'number' }).notNull(),
    ratePercent: numeric({ precision: 7, scale: 3, mode: 'number' }).notNull(),
    amount: bigint({ mode: 'number' }).notNull(),
    currency: text().notNull(),
    status: text().$type<CommissionStatus>().notNull().default('accrued'),
    accruedAt: tstz().notNull(),
    approvedAt: tstz(),
    approvedById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('referral_commissions_conversion_unique').on(t.conversionId),
    index('referral_commissions_partner_idx').on(t.partnerId, t.accruedAt),
    ...partnerIsolation(t.partnerId),
  ],
).enableRLS();

/** A customer a partner introduces by hand (company, contact, note): becomes a lead once leads exist. */
export const referralSubmissions = pgTable(
  'referral_submissions',
  {
    id: idColumn(),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    companyName: text().notNull(),
    domain: text(),
    contactName: text().notNull().default(''),
    contactEmail: text().notNull().default(''),
    note: text().notNull().default(''),
    status: text().$type<SubmissionStatus>().notNull().default('submitted'),
    /** The lead it became (the leads module records the submission as the lead's origin; decision 0221). */
    leadId: uuid(),
    submittedById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    submittedAt: tstz().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('referral_submissions_partner_idx').on(t.partnerId, t.createdAt), ...partnerIsolation(t.partnerId)],
).enableRLS();

/** Attempts at the public tracking routes per client IP: a fixed window. */
export const referralThrottle = pgTable(
  'referral_throttle',
  {
    key: text().primaryKey(),
    attempts: integer().notNull().default(0),
    windowStartedAt: tstz().notNull().defaultNow(),
  },
  () => [...vendorOnly()],
).enableRLS();

export type ReferralLinkRow = typeof referralLinks.$inferSelect;
export type ReferralConversionRow = typeof referralConversions.$inferSelect;
export type ReferralCommissionRow = typeof referralCommissions.$inferSelect;
export type ReferralSubmissionRow = typeof referralSubmissions.$inferSelect;
export type ReferralSettingsRow = typeof referralSettings.$inferSelect;
