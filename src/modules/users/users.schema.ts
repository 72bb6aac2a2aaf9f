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
    /**
     * Sessions and API tokens issued until this instant no longer work: set, in the same
     * transaction, when an admin deactivates the user or sets their password, so reactivating
     * the user revives none of them (auth.rules.ts isCredentialValid).
     */
    credentialsEndedAt: tstz(),
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
