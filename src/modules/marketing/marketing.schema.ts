import { sql } from 'drizzle-orm';
import { type AnyPgColumn, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, partnerIsolation, tstz, updatedAt, vendorOnly } from '../../db/columns.js';
import { leads } from '../leads/leads.schema.js';
import { partners } from '../partners/partners.schema.js';
import { programs } from '../programs/programs.schema.js';
import { users } from '../users/users.schema.js';
import type { ContactConsent, KitStatus, KitStep, LandingPage, LaunchStatus, MessageStatus } from './marketing.rules.js';

/**
 * A through-channel marketing kit: a campaign the vendor wrote and approved — an e-mail sequence
 * (at least two steps, each with its delay after the previous one) and a landing page — that
 * partners launch to their own audiences with their name and logo merged in. Draft → approved
 * (offered to partners, optionally only to one program and some of its tiers) → retired. Vendor
 * data: partners read approved kits through the service (decision 0240).
 */
export const marketingKits = pgTable(
  'marketing_kits',
  {
    id: idColumn(),
    name: text().notNull(),
    description: text().notNull().default(''),
    status: text().$type<KitStatus>().notNull().default('draft'),
    /** Offered only to members of this program (null: every partner). */
    programId: uuid().references(() => programs.id, { onDelete: 'set null' }),
    /** …and only at these tiers (empty: any tier). */
    tierIds: uuid().array().notNull().default([]),
    steps: jsonb().$type<KitStep[]>().notNull(),
    landing: jsonb().$type<LandingPage>().notNull(),
    approvedAt: tstz(),
    approvedById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    retiredAt: tstz(),
    createdById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('marketing_kits_name_unique').on(sql`lower(${t.name})`), index('marketing_kits_status_idx').on(t.status)],
);

/** A partner's own audience: a named list of contacts it uploaded. */
export const marketingAudiences = pgTable(
  'marketing_audiences',
  {
    id: idColumn(),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    createdById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('marketing_audiences_name_unique').on(t.partnerId, sql`lower(${t.name})`),
    ...partnerIsolation(t.partnerId),
  ],
).enableRLS();

/** One contact of an audience: e-mail (lower-case, unique in the audience), names, consent. */
export const marketingContacts = pgTable(
  'marketing_contacts',
  {
    id: idColumn(),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    audienceId: uuid()
      .notNull()
      .references(() => marketingAudiences.id, { onDelete: 'cascade' }),
    email: text().notNull(),
    firstName: text().notNull().default(''),
    lastName: text().notNull().default(''),
    company: text().notNull().default(''),
    consent: text().$type<ContactConsent>().notNull().default('subscribed'),
    unsubscribedAt: tstz(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('marketing_contacts_email_unique').on(t.audienceId, t.email),
    index('marketing_contacts_partner_email_idx').on(t.partnerId, t.email),
    ...partnerIsolation(t.partnerId),
  ],
).enableRLS();

/**
 * Addresses that get no marketing e-mail: the organisation's (partner null, kept by vendor admins)
 * and each partner's own (its admin's, and everyone who unsubscribed from one of its launches).
 */
export const marketingSuppressions = pgTable(
  'marketing_suppressions',
  {
    id: idColumn(),
    partnerId: uuid().references(() => partners.id, { onDelete: 'cascade' }),
    email: text().notNull(),
    reason: text().notNull().default(''),
    createdById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('marketing_suppressions_unique').on(
      sql`coalesce(${t.partnerId}, '00000000-0000-0000-0000-000000000000'::uuid)`,
      t.email,
    ),
    ...partnerIsolation(t.partnerId),
  ],
).enableRLS();

/**
 * A partner's launch of a kit to one of its audiences. The kit's steps and landing page are copied
 * at launch (`content`): a later edit of the kit never changes what a running launch sends.
 * `landingToken` addresses its public landing page.
 */
export const marketingLaunches = pgTable(
  'marketing_launches',
  {
    id: idColumn(),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    kitId: uuid()
      .notNull()
      .references(() => marketingKits.id, { onDelete: 'restrict' }),
    audienceId: uuid().references(() => marketingAudiences.id, { onDelete: 'set null' }),
    name: text().notNull(),
    status: text().$type<LaunchStatus>().notNull().default('running'),
    content: jsonb().$type<{ steps: KitStep[]; landing: LandingPage }>().notNull(),
    landingToken: text().notNull(),
    landingVisits: integer().notNull().default(0),
    launchedById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    launchedAt: tstz().notNull(),
    completedAt: tstz(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('marketing_launches_token_unique').on(t.landingToken),
    index('marketing_launches_partner_idx').on(t.partnerId, t.launchedAt),
    index('marketing_launches_kit_idx').on(t.kitId),
    ...partnerIsolation(t.partnerId),
  ],
).enableRLS();

/**
 * One step of a launch for one contact: scheduled at launch (`dueAt` from the step delays), sent
 * by the `marketing.send` job (queued in the mail outbox) or skipped (unsubscribed, suppressed,
 * cancelled). Opens and clicks are tracking facts: counted here, not audited.
 */
export const marketingMessages = pgTable(
  'marketing_messages',
  {
    id: idColumn(),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    launchId: uuid()
      .notNull()
      .references(() => marketingLaunches.id, { onDelete: 'cascade' }),
    contactId: uuid()
      .notNull()
      .references(() => marketingContacts.id, { onDelete: 'cascade' }),
    step: integer().notNull(),
    dueAt: tstz().notNull(),
    status: text().$type<MessageStatus>().notNull().default('scheduled'),
    skipReason: text(),
    mailId: uuid(),
    sentAt: tstz(),
    openedAt: tstz(),
    opens: integer().notNull().default(0),
    clickedAt: tstz(),
    clicks: integer().notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('marketing_messages_unique').on(t.launchId, t.contactId, t.step),
    index('marketing_messages_due_idx').on(t.status, t.dueAt),
    ...partnerIsolation(t.partnerId),
  ],
).enableRLS();

/** A lead captured on a launch's landing page: the link between the launch and the lead. */
export const marketingLeads = pgTable(
  'marketing_leads',
  {
    id: idColumn(),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    launchId: uuid()
      .notNull()
      .references(() => marketingLaunches.id, { onDelete: 'cascade' }),
    leadId: uuid().references(() => leads.id, { onDelete: 'set null' }),
    name: text().notNull(),
    email: text().notNull(),
    company: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('marketing_leads_partner_idx').on(t.partnerId, t.createdAt),
    index('marketing_leads_launch_idx').on(t.launchId),
    ...partnerIsolation(t.partnerId),
  ],
).enableRLS();

/** Attempts per client address on the public endpoints (landing visits, form posts). */
export const marketingThrottle = pgTable(
  'marketing_throttle',
  {
    key: text().primaryKey(),
    attempts: integer().notNull().default(0),
    windowStartedAt: tstz().notNull().defaultNow(),
  },
  () => [...vendorOnly()],
).enableRLS();

export type MarketingKitRow = typeof marketingKits.$inferSelect;
export type MarketingAudienceRow = typeof marketingAudiences.$inferSelect;
export type MarketingContactRow = typeof marketingContacts.$inferSelect;
export type MarketingSuppressionRow = typeof marketingSuppressions.$inferSelect;
export type MarketingLaunchRow = typeof marketingLaunches.$inferSelect;
export type MarketingLeadRow = typeof marketingLeads.$inferSelect;
