import { type AnyPgColumn, index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, tstz, updatedAt, vendorOnly } from '../../db/columns.js';
import { partners } from '../partners/partners.schema.js';
import { users } from '../users/users.schema.js';
import type { ApplicationStatus, DuplicateFlag } from './recruitment.rules.js';

/**
 * Applications from the public partner application form (/apply): a company asking to become a
 * partner, kept for the vendor's review. Vendor data only — the applicant has no account, and a
 * partner never sees how it was assessed — so the table has no partner_id; an accepted
 * application points at the prospect it became (`prospect_partner_id`).
 */
export const partnerApplications = pgTable(
  'partner_applications',
  {
    id: idColumn(),
    status: text().$type<ApplicationStatus>().notNull().default('submitted'),
    companyName: text().notNull(),
    website: text().notNull(),
    /** The company's domain, from its website: what duplicates and the per-domain throttle use. */
    domain: text().notNull(),
    country: text(),
    regions: text().array().notNull().default([]),
    types: text().array().notNull().default([]),
    companySize: text(),
    industries: text().array().notNull().default([]),
    contactName: text().notNull(),
    contactEmail: text().notNull(),
    contactPhone: text().notNull().default(''),
    contactTitle: text().notNull().default(''),
    message: text().notNull().default(''),
    /** Existing partners (or waiting applications) this company may be, found when it applied. */
    duplicates: jsonb().$type<DuplicateFlag[]>().notNull().default([]),
    prospectPartnerId: uuid().references((): AnyPgColumn => partners.id, { onDelete: 'set null' }),
    reviewedById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    reviewedAt: tstz(),
    /** Why it was rejected (internal: the applicant is told politely, without it). */
    decisionReason: text().notNull().default(''),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('partner_applications_created_idx').on(t.createdAt, t.id),
    index('partner_applications_status_idx').on(t.status, t.createdAt),
    index('partner_applications_domain_idx').on(t.domain),
    ...vendorOnly(),
  ],
).enableRLS();

/**
 * Counters for the application form's throttles (per client IP, per company domain): a fixed
 * window per key (recruitment.rules.ts `countAttempt`). Written by the public route as the system.
 */
export const applicationThrottle = pgTable(
  'application_throttle',
  {
    key: text().primaryKey(),
    attempts: integer().notNull().default(0),
    windowStartedAt: tstz().notNull().defaultNow(),
  },
  () => [...vendorOnly()],
).enableRLS();

/**
 * The key that signs application form tokens (a time stamp the server vouches for), shared by
 * every process; the migration makes it from the database's random source.
 */
export const recruitmentKeys = pgTable(
  'recruitment_keys',
  {
    name: text().primaryKey(),
    secret: text().notNull(),
    createdAt: createdAt(),
  },
  () => [...vendorOnly()],
).enableRLS();

export type PartnerApplicationRow = typeof partnerApplications.$inferSelect;
