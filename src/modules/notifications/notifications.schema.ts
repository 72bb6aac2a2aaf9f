import { sql } from 'drizzle-orm';
import { index, pgPolicy, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { APP_ROLE, STAFF_ROLE } from '../../db/app-role.js';
import { createdAt, idColumn, partnerIsolation, tstz, updatedAt } from '../../db/columns.js';
import type { NotificationChannel } from '../../server/module.js';
import { users } from '../users/users.schema.js';

/**
 * Each person's inbox: one row per notification they received. `partnerId` is the recipient's
 * company (null: vendor staff). A partner-side transaction may write an item to vendor staff (a
 * partner's action tells its partner manager) but reads only its own company's (columns.ts).
 */
export const notifications = pgTable(
  'notifications',
  {
    id: idColumn(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    partnerId: uuid(),
    kind: text().notNull(),
    title: text().notNull(),
    body: text().notNull().default(''),
    /** A path in the web app ("/partners/…"), or null. */
    link: text(),
    entityType: text(),
    entityId: text(),
    /** The partner whose record this is about (null: the vendor's or the recipient's own). */
    aboutPartnerId: uuid(),
    createdAt: createdAt(),
    readAt: tstz(),
    /** The recipient wants this kind in a daily digest: set when it went out in one. */
    digestPending: text().$type<'pending' | 'sent'>(),
  },
  (t) => [
    index('notifications_user_created_idx').on(t.userId, t.createdAt.desc(), t.id.desc()),
    index('notifications_unread_idx').on(t.userId).where(sql`${t.readAt} IS NULL`),
    index('notifications_digest_idx').on(t.userId, t.createdAt).where(sql`${t.digestPending} = 'pending'`),
    ...partnerIsolation(t.partnerId, { insertVendorRows: true }),
  ],
).enableRLS();

/**
 * How a person wants to hear of each kind; a kind without a row uses its declared default. Vendor
 * staff's rows are readable from a partner scope (to notify them) but writable only by staff.
 */
export const notificationPreferences = pgTable(
  'notification_preferences',
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    partnerId: uuid(),
    kind: text().notNull(),
    channel: text().$type<NotificationChannel>().notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind] }), ...partnerIsolation(t.partnerId, { readVendorRows: true })],
).enableRLS();

/**
 * Keys for signing links in e-mail (unsubscribe), shared by every process; migration 0008 makes
 * the first one from the database's strong random source. The application reads them (a partner's
 * action may notify someone) and never writes them.
 */
export const signingKeys = pgTable(
  'signing_keys',
  {
    name: text().primaryKey(),
    secret: text().notNull(),
    createdAt: createdAt(),
  },
  () => [pgPolicy('read_only', { for: 'select', to: [STAFF_ROLE, APP_ROLE], using: sql`true` })],
).enableRLS();

export type NotificationRow = typeof notifications.$inferSelect;
export type NotificationPreferenceRow = typeof notificationPreferences.$inferSelect;
