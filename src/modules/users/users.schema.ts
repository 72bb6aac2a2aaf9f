import { type AnyPgColumn, boolean, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, partnerIsolation, tstz, updatedAt } from '../../db/columns.js';
import type { Role } from '../../shared/roles.js';
import { partners } from '../partners/partners.schema.js';

/** Vendor staff have no partner; partner users belong to exactly one partner company. */
export const users = pgTable(
  'users',
  {
    id: idColumn(),
    email: text().notNull(),
    name: text().notNull(),
    role: text().$type<Role>().notNull(),
    partnerId: uuid().references((): AnyPgColumn => partners.id, { onDelete: 'restrict' }),
    title: text().notNull().default(''),
    phone: text().notNull().default(''),
    passwordHash: text().notNull(),
    active: boolean().notNull().default(true),
    lastLoginAt: tstz(),
    passwordChangedAt: tstz().notNull().defaultNow(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('users_email_unique').on(t.email),
    index('users_partner_idx').on(t.partnerId),
    ...partnerIsolation(t.partnerId, { readVendorRows: true }),
  ],
).enableRLS();

export type UserRow = typeof users.$inferSelect;
