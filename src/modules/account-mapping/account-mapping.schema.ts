import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  check,
  index,
  integer,
  pgPolicy,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { APP_ROLE } from '../../db/app-role.js';
import { createdAt, idColumn, partnerIsolation, tstz, updatedAt, vendorOnly } from '../../db/columns.js';
import { partners } from '../partners/partners.schema.js';
import { users } from '../users/users.schema.js';
import type { MappingSide, Population, SharingLevel } from './account-mapping.rules.js';

/**
 * A partner's account list for mapping: its customers, prospects and open opportunities, as it
 * uploaded them (`upload`) or as the overlap it revealed after a private match (`private_match`).
 * The normalised keys (deal-registrations' `customerKeys`) are what the overlap joins on.
 */
export const partnerMappingAccounts = pgTable(
  'partner_mapping_accounts',
  {
    id: idColumn(),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    population: text().$type<Population>().notNull(),
    name: text().notNull(),
    domain: text(),
    nameKey: text().notNull(),
    domainKey: text(),
    industry: text(),
    country: text(),
    source: text().$type<'upload' | 'private_match'>().notNull().default('upload'),
    createdAt: createdAt(),
  },
  (t) => [
    index('partner_mapping_accounts_domain_idx').on(t.domainKey, t.partnerId),
    index('partner_mapping_accounts_name_idx').on(t.nameKey, t.partnerId),
    index('partner_mapping_accounts_list_idx').on(t.partnerId, t.population, t.nameKey, t.id),
    check('partner_mapping_accounts_population', sql`${t.population} in ('customer', 'prospect', 'opportunity')`),
    ...partnerIsolation(t.partnerId),
  ],
).enableRLS();

/**
 * The vendor's account list, one for all partners: uploaded (`source = 'upload'`) or kept in step
 * with another module's records (`source = 'accounts'`, `externalId` its id: the seam of
 * `syncVendorAccounts`). Vendor staff only; partners reach it through the SQL functions of the
 * migration, which apply the vendor's sharing choices.
 */
export const vendorMappingAccounts = pgTable(
  'vendor_mapping_accounts',
  {
    id: idColumn(),
    population: text().$type<Population>().notNull(),
    name: text().notNull(),
    domain: text(),
    nameKey: text().notNull(),
    domainKey: text(),
    industry: text(),
    country: text(),
    source: text().notNull().default('upload'),
    externalId: text(),
    createdAt: createdAt(),
  },
  (t) => [
    index('vendor_mapping_accounts_domain_idx').on(t.domainKey, t.population),
    index('vendor_mapping_accounts_name_idx').on(t.nameKey, t.population),
    index('vendor_mapping_accounts_list_idx').on(t.population, t.nameKey, t.id),
    uniqueIndex('vendor_mapping_accounts_external_unique').on(t.source, t.externalId),
    check('vendor_mapping_accounts_population', sql`${t.population} in ('customer', 'prospect', 'opportunity')`),
    ...vendorOnly(),
  ],
).enableRLS();

/** What each side shares with the other, per population, per partner (no row: hidden). */
export const accountMappingSharing = pgTable(
  'account_mapping_sharing',
  {
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    side: text().$type<MappingSide>().notNull(),
    population: text().$type<Population>().notNull(),
    level: text().$type<SharingLevel>().notNull(),
    updatedAt: updatedAt(),
    updatedById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    primaryKey({ columns: [t.partnerId, t.side, t.population] }),
    check('account_mapping_sharing_level', sql`${t.level} in ('full', 'overlap', 'counts', 'hidden')`),
    ...partnerIsolation(t.partnerId),
    // A partner's people write their own side's choices only: the vendor's choices decide what the
    // definer functions hand the partner, so they are out of a partner scope's reach (read only).
    pgPolicy('partner_writes_own_side_insert', {
      as: 'restrictive',
      for: 'insert',
      to: APP_ROLE,
      withCheck: sql`${t.side} = 'partner'`,
    }),
    pgPolicy('partner_writes_own_side_update', {
      as: 'restrictive',
      for: 'update',
      to: APP_ROLE,
      using: sql`${t.side} = 'partner'`,
      withCheck: sql`${t.side} = 'partner'`,
    }),
    pgPolicy('partner_writes_own_side_delete', {
      as: 'restrictive',
      for: 'delete',
      to: APP_ROLE,
      using: sql`${t.side} = 'partner'`,
    }),
  ],
).enableRLS();

/**
 * A private match the partner ran: how many blinded values it sent and how many it revealed
 * (never the values). `revealedAt` once the partner consented to share the overlap.
 */
export const accountMappingPrivateMatches = pgTable(
  'account_mapping_private_matches',
  {
    id: idColumn(),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    submitted: integer().notNull(),
    vendorValues: integer().notNull(),
    revealed: integer(),
    revealedAt: tstz(),
    createdById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('account_mapping_private_matches_partner_idx').on(t.partnerId, t.createdAt), ...partnerIsolation(t.partnerId)],
).enableRLS();
