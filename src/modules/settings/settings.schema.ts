import { sql } from 'drizzle-orm';
import { check, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { bytea, tstz } from '../../db/columns.js';

/** The one row of organisation settings (id = 1). Later modules read the fiscal calendar and
 * reporting currency from here. */
export const organizationSettings = pgTable(
  'organization_settings',
  {
    id: integer().primaryKey().default(1),
    vendorName: text().notNull().default('Consort'),
    fiscalYearStartMonth: integer().notNull().default(1),
    reportingCurrency: text().notNull().default('USD'),
    timeZone: text().notNull().default('UTC'),
    logo: bytea(),
    logoContentType: text(),
    updatedAt: tstz().notNull().defaultNow(),
  },
  (t) => [
    check('organization_settings_singleton', sql`${t.id} = 1`),
    check('organization_settings_fiscal_month', sql`${t.fiscalYearStartMonth} BETWEEN 1 AND 12`),
  ],
);

export type OrganizationSettingsRow = typeof organizationSettings.$inferSelect;
