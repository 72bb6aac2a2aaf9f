import { sql } from 'drizzle-orm';
import { jsonb, pgTable, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, updatedAt, vendorOnly } from '../../db/columns.js';
import type { FitCriterion } from './fit.rules.js';

/**
 * The vendor's Ideal Partner Profile: one row, its weighted criteria as a list (fit.rules.ts).
 * Partner-side connections can never read it (row-level security), so a partner cannot learn
 * how the vendor rates it.
 */
export const idealPartnerProfiles = pgTable(
  'ideal_partner_profiles',
  {
    id: idColumn(),
    criteria: jsonb().$type<FitCriterion[]>().notNull().default([]),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  // At most one row, however many first saves race.
  () => [uniqueIndex('ideal_partner_profiles_single').on(sql`(true)`), ...vendorOnly()],
).enableRLS();

export type IdealPartnerProfileRow = typeof idealPartnerProfiles.$inferSelect;
