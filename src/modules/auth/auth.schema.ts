import { type AnyPgColumn, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, partnerIsolation, tstz } from '../../db/columns.js';
import { users } from '../users/users.schema.js';

/**
 * Browser sessions. The cookie holds a random secret; only its SHA-256 is stored, so a database
 * leak yields no usable session. Revoking sets `revokedAt`; expired and revoked rows are ignored.
 * Row-level security as for every partner's table: a request is authenticated before its scope
 * is known through the `consort_credential` function (migration 0002), not by reading this table.
 */
export const sessions = pgTable(
  'sessions',
  {
    id: idColumn(),
    tokenHash: text().notNull(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    partnerId: uuid(),
    csrfToken: text().notNull(),
    ip: text().notNull().default(''),
    userAgent: text().notNull().default(''),
    createdAt: createdAt(),
    lastSeenAt: tstz().notNull().defaultNow(),
    expiresAt: tstz().notNull(),
    revokedAt: tstz(),
  },
  (t) => [
    uniqueIndex('sessions_token_hash_unique').on(t.tokenHash),
    index('sessions_user_idx').on(t.userId),
    ...partnerIsolation(t.partnerId),
  ],
).enableRLS();

/**
 * Personal API tokens for integrations (`Authorization: Bearer …`), stored as SHA-256 hashes. A
 * token created by a request that a token authenticated records that token as its parent and
 * ends with it (revoked together, never expiring later).
 */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: idColumn(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    partnerId: uuid(),
    parentTokenId: uuid().references((): AnyPgColumn => apiTokens.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    tokenHash: text().notNull(),
    prefix: text().notNull(),
    lastUsedAt: tstz(),
    expiresAt: tstz(),
    revokedAt: tstz(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('api_tokens_hash_unique').on(t.tokenHash),
    index('api_tokens_user_idx').on(t.userId),
    index('api_tokens_parent_idx').on(t.parentTokenId),
    ...partnerIsolation(t.partnerId),
  ],
).enableRLS();

/**
 * Failed sign-in bookkeeping per key (an e-mail address, known or not, so the response never
 * reveals whether an account exists). See auth.rules.ts for the lockout policy.
 */
export const loginThrottle = pgTable('login_throttle', {
  key: text().primaryKey(),
  failures: integer().notNull().default(0),
  windowStartedAt: tstz().notNull().defaultNow(),
  lockedUntil: tstz(),
});

export type SessionRow = typeof sessions.$inferSelect;
export type ApiTokenRow = typeof apiTokens.$inferSelect;

/**
 * Single-use sign-in links sent by e-mail (magic links; password resets use the same machinery).
 * Only the SHA-256 of the secret is stored. A link is consumed by one atomic UPDATE that sets
 * `usedAt`; it also stops working at `expiresAt`, when its user is deactivated, or when their
 * password or credentials end after it was issued (auth.rules.ts isCredentialValid).
 */
export const signInLinks = pgTable(
  'sign_in_links',
  {
    id: idColumn(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    partnerId: uuid(),
    /** `magic_link` or `password_reset`. */
    purpose: text().$type<SignInLinkPurpose>().notNull(),
    tokenHash: text().notNull(),
    ip: text().notNull().default(''),
    createdAt: createdAt(),
    expiresAt: tstz().notNull(),
    usedAt: tstz(),
  },
  (t) => [
    uniqueIndex('sign_in_links_token_hash_unique').on(t.tokenHash),
    index('sign_in_links_user_idx').on(t.userId),
    ...partnerIsolation(t.partnerId),
  ],
).enableRLS();

export type SignInLinkPurpose = 'magic_link' | 'password_reset';
export type SignInLinkRow = typeof signInLinks.$inferSelect;
