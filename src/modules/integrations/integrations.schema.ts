import { date, index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, partnerIsolation, updatedAt } from '../../db/columns.js';
import { partners } from '../partners/partners.schema.js';
import type { CertificationStatus, CompatibilityEntry } from './integrations.rules.js';

/**
 * A technology or ISV partner's integration with the vendor's products, as listed for customers:
 * what it does, where to get it, which product versions it supports (the compatibility matrix)
 * and whether the vendor has certified it. The partner proposes and keeps the listing; only the
 * vendor changes its certification.
 */
export const integrationListings = pgTable(
  'integration_listings',
  {
    id: idColumn(),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    category: text().notNull().default(''),
    description: text().notNull().default(''),
    listingUrl: text().notNull().default(''),
    certification: text().$type<CertificationStatus>().notNull().default('none'),
    certifiedAt: date({ mode: 'string' }),
    expiresAt: date({ mode: 'string' }),
    certificationNote: text().notNull().default(''),
    compatibility: jsonb().$type<CompatibilityEntry[]>().notNull().default([]),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('integration_listings_partner_idx').on(t.partnerId, t.name),
    index('integration_listings_name_idx').on(t.name, t.id),
    index('integration_listings_certification_idx').on(t.certification, t.expiresAt),
    ...partnerIsolation(t.partnerId),
  ],
).enableRLS();

export type IntegrationListingRow = typeof integrationListings.$inferSelect;
