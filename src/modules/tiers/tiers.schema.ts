import { integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, updatedAt } from '../../db/columns.js';
import { programs } from '../programs/programs.schema.js';
import type { TierBenefits, TierRequirement } from './tiers.rules.js';

/**
 * Partner tiers (Registered, Silver, Gold, …): ranked levels of one program, each with the
 * requirements a partner meets to hold it and the benefits it brings.
 */
export const tiers = pgTable(
  'tiers',
  {
    id: idColumn(),
    programId: uuid()
      .notNull()
      .references(() => programs.id, { onDelete: 'restrict' }),
    name: text().notNull(),
    rank: integer().notNull(),
    description: text().notNull().default(''),
    color: text().notNull().default('gray'),
    requirements: jsonb().$type<TierRequirement[]>().notNull().default([]),
    benefits: jsonb().$type<TierBenefits>().notNull().default({}),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('tiers_program_name_unique').on(t.programId, t.name),
    uniqueIndex('tiers_program_rank_unique').on(t.programId, t.rank),
  ],
);

export type TierRow = typeof tiers.$inferSelect;
