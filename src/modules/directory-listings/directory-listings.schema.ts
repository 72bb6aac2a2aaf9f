import { type AnyPgColumn, boolean, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, partnerIsolation, tstz, updatedAt } from '../../db/columns.js';
import { partners } from '../partners/partners.schema.js';
import { users } from '../users/users.schema.js';

/**
 * A partner's entry in the public partner directory (the locator customers search): what the
 * partner chose to publish about itself, whether it opted in (`published`, the partner's own
 * decision), and whether the vendor hid it. Nothing here is shown publicly unless it is
 * published, not hidden, and the partner is active (directory-listings.rules.ts `listingState`).
 */
export const directoryListings = pgTable(
  'directory_listings',
  {
    id: idColumn(),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    published: boolean().notNull().default(false),
    publishedAt: tstz(),
    description: text().notNull().default(''),
    website: text().notNull().default(''),
    contactEmail: text().notNull().default(''),
    regions: text().array().notNull().default([]),
    industries: text().array().notNull().default([]),
    types: text().array().notNull().default([]),
    hidden: boolean().notNull().default(false),
    hiddenReason: text().notNull().default(''),
    hiddenById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    hiddenAt: tstz(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('directory_listings_partner_unique').on(t.partnerId),
    index('directory_listings_public_idx').on(t.published, t.hidden),
    index('directory_listings_regions_idx').using('gin', t.regions),
    index('directory_listings_industries_idx').using('gin', t.industries),
    index('directory_listings_types_idx').using('gin', t.types),
    ...partnerIsolation(t.partnerId),
  ],
).enableRLS();

export type DirectoryListingRow = typeof directoryListings.$inferSelect;
