import { eq } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../db/database.js';
import { withTx } from '../db/scope.js';
import { systemCtx, type TxCtx } from '../shared/context.js';
import { AppError } from '../shared/errors.js';

/**
 * The per-key throttle of the public routes (a referral click, a tracking call, a shared page, a
 * landing-page form, a partner application): a fixed window per key, usually `ip:<address>`.
 * Each module keeps its counts in a table of its own with the columns `key`, `attempts` and
 * `window_started_at` (vendor-only, written as the system); this file is the one place that
 * counts and refuses. Sign-in lockouts (auth) count failures, not attempts, and lock for a while;
 * they share only `rateLimited`. docs/development.md, "Throttling a public route".
 */

/** At most `max` attempts per `windowMs`. */
export type CountPolicy = { max: number; windowMs: number };
export type CountState = { attempts: number; windowStartedAt: Date };

/** One more attempt in a fixed window: a new window once the last ran out; allowed up to `max`. */
export function countAttempt(
  state: CountState | null,
  now: Date,
  policy: CountPolicy,
): { state: CountState; allowed: boolean; retryAfterSeconds: number } {
  const windowOver = !state || now.getTime() - state.windowStartedAt.getTime() >= policy.windowMs;
  const next = windowOver
    ? { attempts: 1, windowStartedAt: now }
    : { attempts: state.attempts + 1, windowStartedAt: state.windowStartedAt };
  const allowed = next.attempts <= policy.max;
  const retryAfterSeconds = allowed ? 0 : Math.ceil((next.windowStartedAt.getTime() + policy.windowMs - now.getTime()) / 1000);
  return { state: next, allowed, retryAfterSeconds };
}

/** A module's throttle table: `key` text primary key, `attempts` integer, `window_started_at` timestamptz. */
export type ThrottleTable = PgTable & { key: PgColumn; attempts: PgColumn; windowStartedAt: PgColumn };

/**
 * Counts one attempt against `key` in the caller's transaction (under a row lock, so parallel
 * requests count one by one); answers how long to wait when it is over the limit (0: go on).
 */
export async function countAgainst(c: TxCtx, table: ThrottleTable, key: string, policy: CountPolicy): Promise<number> {
  await c.tx
    .insert(table)
    .values({ key, attempts: 0, windowStartedAt: c.now } as never)
    .onConflictDoNothing();
  const [row] = (await c.tx.select().from(table).where(eq(table.key, key)).for('update')) as unknown as CountState[];
  const counted = countAttempt(row ?? null, c.now, policy);
  await c.tx
    .update(table)
    .set(counted.state as never)
    .where(eq(table.key, key));
  return counted.retryAfterSeconds;
}

/**
 * Counts one attempt in a transaction of its own, as the system (`label` names it in logs): a
 * refused attempt counts too, whatever the request does next. Answers the seconds to wait (0: go on).
 */
export function throttle(db: Db, table: ThrottleTable, key: string, policy: CountPolicy, label: string): Promise<number> {
  return withTx(systemCtx(db, label), (c) => countAgainst(c, table, key, policy));
}

/** The 429 problem with Retry-After (seconds), and what to tell the caller. */
export function rateLimited(message: string, retryAfterSeconds: number): AppError {
  return new AppError('RATE_LIMITED', message, { headers: { 'retry-after': String(Math.max(1, retryAfterSeconds)) } });
}

/** Counts the attempt and throws the 429 when it is one too many. */
export async function assertNotThrottled(
  db: Db,
  table: ThrottleTable,
  key: string,
  policy: CountPolicy,
  label: string,
  message: string,
): Promise<void> {
  const wait = await throttle(db, table, key, policy, label);
  if (wait > 0) throw rateLimited(message, wait);
}
