import { type AnyPgColumn, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, partnerIsolation, updatedAt } from '../../db/columns.js';
import { partners } from '../partners/partners.schema.js';
import { users } from '../users/users.schema.js';
import type { CoopetitionKind } from './coopetition.rules.js';

/**
 * Where a partner also competes with the vendor: a market segment, a product, or a solution
 * category. Vendor staff record them; sharing (accounts, pipeline, plans) respects them
 * (`coopetitionAreas` in index.ts). Row-level security as for every partner's table; the service
 * shows them to vendor staff only (docs/decisions/0091).
 */
export const coopetitionAreas = pgTable(
  'coopetition_areas',
  {
    id: idColumn(),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    kind: text().$type<CoopetitionKind>().notNull(),
    name: text().notNull(),
    notes: text().notNull().default(''),
    createdById: uuid().references((): AnyPgColumn => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('coopetition_areas_partner_idx').on(t.partnerId, t.kind, t.name), ...partnerIsolation(t.partnerId)],
).enableRLS();

export type CoopetitionAreaRow = typeof coopetitionAreas.$inferSelect;
