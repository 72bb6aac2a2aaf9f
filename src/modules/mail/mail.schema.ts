import { boolean, index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, partnerIsolation, tstz } from '../../db/columns.js';
import { users } from '../users/users.schema.js';

export const MAIL_STATUSES = ['queued', 'sending', 'sent', 'logged', 'failed', 'not_sent'] as const;
/**
 * - queued: waiting for its next attempt (`nextAttemptAt`)
 * - sending: claimed by a worker until `leaseUntil`; a crashed worker's claim runs out and the
 *   message is tried again
 * - sent: the SMTP server accepted it; logged: written to the log (no SMTP_URL)
 * - failed: gave up after the last attempt (`lastError` says why)
 * - not_sent: never to be sent: the demo's story queued it, in a past no one was there to read it
 */
export type MailStatus = (typeof MAIL_STATUSES)[number];

/**
 * The outgoing mail queue (an outbox): a message is written in the transaction that decided to
 * send it — a rolled-back change sends nothing — and the `mail` worker delivers it after the
 * commit, with retries. `partnerId` is the recipient's company (null: vendor staff, or an address
 * that is no user's); a partner-side transaction may queue mail for vendor staff but never read it.
 */
export const mailMessages = pgTable(
  'mail_messages',
  {
    id: idColumn(),
    partnerId: uuid(),
    userId: uuid().references(() => users.id, { onDelete: 'set null' }),
    toAddress: text().notNull(),
    /** The sender's display name when not the organisation's (a partner's campaign: "Acme via Lumen"). */
    fromName: text(),
    subject: text().notNull(),
    html: text().notNull(),
    text: text().notNull(),
    /** Extra headers: List-Unsubscribe and List-Unsubscribe-Post for notifications. */
    headers: jsonb().$type<Record<string, string>>().notNull().default({}),
    /**
     * A calendar invitation (iCalendar text and its METHOD, REQUEST or CANCEL): sent as a
     * text/calendar alternative and an invite.ics attachment, as calendar clients expect.
     */
    calendar: jsonb().$type<{ method: string; content: string }>(),
    /** Attach the organisation's logo (the HTML refers to it as cid:org-logo). */
    withLogo: boolean().notNull().default(false),
    /** What it is for: `notification`, `digest`, `sign_in_link`, `password_reset`. */
    purpose: text().notNull(),
    /** Holds a secret (a sign-in link): its body is erased once delivered. */
    sensitive: boolean().notNull().default(false),
    status: text().$type<MailStatus>().notNull().default('queued'),
    attempts: integer().notNull().default(0),
    nextAttemptAt: tstz().notNull().defaultNow(),
    leaseUntil: tstz(),
    lastError: text(),
    createdAt: createdAt(),
    sentAt: tstz(),
  },
  (t) => [
    index('mail_messages_due_idx').on(t.status, t.nextAttemptAt),
    index('mail_messages_user_idx').on(t.userId),
    ...partnerIsolation(t.partnerId, { insertVendorRows: true }),
  ],
).enableRLS();

export type MailMessageRow = typeof mailMessages.$inferSelect;
