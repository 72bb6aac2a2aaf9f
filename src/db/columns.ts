import { type AnyColumn, sql } from 'drizzle-orm';
import { customType, pgPolicy, timestamp, uuid } from 'drizzle-orm/pg-core';
import { newId } from '../shared/ids.js';
import { APP_ROLE, STAFF_ROLE } from './app-role.js';

/** Primary key: an opaque UUIDv7 made by the application (PostgreSQL 15 has no uuidv7()). */
export const idColumn = () =>
  uuid('id')
    .primaryKey()
    .$defaultFn(() => newId());

/**
 * Timestamps are stored with millisecond precision, the precision of a JavaScript Date, so a value
 * read back, sent to a client and used in a cursor compares equal to the stored one.
 */
export const tstz = (name?: string) =>
  name ? timestamp(name, { withTimezone: true, precision: 3 }) : timestamp({ withTimezone: true, precision: 3 });

export const createdAt = () => tstz('created_at').notNull().defaultNow();
export const updatedAt = () => tstz('updated_at').notNull().defaultNow();

export const bytea = customType<{ data: Buffer; driverData: Buffer }>({
  dataType: () => 'bytea',
});

/** The partner the current transaction is scoped to (empty → NULL → no rows match). */
const currentPartner = sql`nullif(current_setting('consort.partner_id', true), '')::uuid`;

/**
 * Row-level security for a partner-scoped table. The partner-side role sees and writes a row only
 * when its partner column is the transaction's partner; the staff role sees everything (see
 * app-role.ts for why these are two roles rather than one policy with an OR).
 */
export function partnerIsolation(column: AnyColumn, options: { readVendorRows?: boolean; insertVendorRows?: boolean } = {}) {
  const own = sql`${column} = ${currentPartner}`;
  const staff = pgPolicy('staff_all', { for: 'all', to: STAFF_ROLE, using: sql`true`, withCheck: sql`true` });
  if (options.insertVendorRows) {
    // Rows addressed to vendor staff (an inbox item, an e-mail) may be written from a partner
    // scope — a partner's action notifies its partner manager — but never read back from it.
    return [
      staff,
      pgPolicy('partner_isolation_read', { for: 'select', to: APP_ROLE, using: own }),
      pgPolicy('partner_isolation_insert', { for: 'insert', to: APP_ROLE, withCheck: sql`(${own} OR ${column} IS NULL)` }),
      pgPolicy('partner_isolation_update', { for: 'update', to: APP_ROLE, using: own, withCheck: own }),
      pgPolicy('partner_isolation_delete', { for: 'delete', to: APP_ROLE, using: own }),
    ];
  }
  if (!options.readVendorRows) {
    return [staff, pgPolicy('partner_isolation', { for: 'all', to: APP_ROLE, using: own, withCheck: own })];
  }
  // Rows without a partner (vendor staff) are readable from a partner scope, e.g. to show a
  // partner who their partner manager is, but never writable from it.
  return [
    staff,
    pgPolicy('partner_isolation_read', { for: 'select', to: APP_ROLE, using: sql`(${own} OR ${column} IS NULL)` }),
    pgPolicy('partner_isolation_insert', { for: 'insert', to: APP_ROLE, withCheck: own }),
    pgPolicy('partner_isolation_update', { for: 'update', to: APP_ROLE, using: own, withCheck: own }),
    pgPolicy('partner_isolation_delete', { for: 'delete', to: APP_ROLE, using: own }),
  ];
}

/**
 * Row-level security for a table only the vendor's side may touch (the Ideal Partner Profile):
 * the staff role sees and writes every row, the partner-side role none, whatever a query asks.
 */
export function vendorOnly() {
  return [pgPolicy('staff_all', { for: 'all', to: STAFF_ROLE, using: sql`true`, withCheck: sql`true` })];
}
