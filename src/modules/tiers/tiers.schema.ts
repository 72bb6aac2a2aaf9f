import { integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, updatedAt } from '../../db/columns.js';

/**
 * Partner tiers (Registered, Silver, Gold, …). Requirements and benefits arrive with the
 * programs module; here a tier is a named, ranked level partners can be placed in.
 */
export const tiers = pgTable(
  'tiers',
  {
    id: idColumn(),
    name: text().notNull(),
    rank: integer().notNull(),
    description: text().notNull().default(''),
    color: text().notNull().default('gray'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('tiers_name_unique').on(t.name), uniqueIndex('tiers_rank_unique').on(t.rank)],
);

export type TierRow = typeof tiers.$inferSelect;
