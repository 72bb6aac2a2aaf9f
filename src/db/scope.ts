import { AsyncLocalStorage } from 'node:async_hooks';
import { type AnyColumn, eq, type SQL } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import type { PoolClient } from 'pg';
import { type AfterTransaction, assertCtx, type Ctx, type TxCtx } from '../shared/context.js';
import { type DomainEvent, dispatchCommitted } from '../shared/events.js';
import { isPartnerRole } from '../shared/roles.js';
import { APP_ROLE, STAFF_ROLE } from './app-role.js';
import { DRIZZLE_CASING } from './database.js';

/**
 * The one place that turns a caller into a data scope. Vendor staff and the system see the whole
 * ecosystem; a partner-side user sees only their own company. Every partner-scoped query and
 * write goes through `scopeOf`/`partnerFilter`, and each transaction repeats the scope to
 * PostgreSQL, whose row-level security policies enforce it again (docs/decisions/0002).
 */
export type Scope = { kind: 'all' } | { kind: 'partner'; partnerId: string };

export function scopeOf(ctx: Ctx): Scope {
  assertCtx(ctx, 'scopeOf');
  const actor = ctx.actor;
  if (actor.kind === 'system') return { kind: 'all' };
  if (actor.kind === 'anonymous') throw new Error('An anonymous request has no data scope; use systemCtx() with a reason');
  if (isPartnerRole(actor.role)) {
    if (!actor.partnerId) throw new Error(`Partner user ${actor.userId} has no partner company`);
    return { kind: 'partner', partnerId: actor.partnerId };
  }
  return { kind: 'all' };
}

/** The WHERE condition limiting `column` (a partner id column) to what the caller may see. */
export function partnerFilter(ctx: Ctx, column: AnyColumn): SQL | undefined {
  const scope = scopeOf(ctx);
  return scope.kind === 'all' ? undefined : eq(column, scope.partnerId);
}

/** True when the caller may see records of `partnerId`. */
export function canSeePartner(ctx: Ctx, partnerId: string | null): boolean {
  const scope = scopeOf(ctx);
  return scope.kind === 'all' || scope.partnerId === partnerId;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The statement that opens a transaction in the caller's scope: BEGIN, the role and the partner
 * as one simple-protocol round trip (a request pays for each round trip to the database, and on
 * PGlite every one queues behind the others). Only a role constant and a checked UUID are
 * inlined, so nothing a client sent reaches this text.
 */
export function beginStatement(scope: Scope): string {
  if (scope.kind === 'partner' && !UUID.test(scope.partnerId)) throw new Error('partner id is not a UUID');
  const role = scope.kind === 'all' ? STAFF_ROLE : APP_ROLE;
  const partner = scope.kind === 'partner' ? scope.partnerId : '';
  return `BEGIN; SELECT set_config('role', '${role}', true), set_config('consort.partner_id', '${partner}', true)`;
}

/**
 * Runs `fn` in a transaction carrying the caller's scope, or joins the caller's open one: an HTTP
 * request opens one around its handler, so a request is one transaction however many services
 * it calls. The transaction switches to the role of its scope — `consort_staff` for the whole
 * ecosystem, `consort_app` for one partner — and publishes the partner (`consort.partner_id`)
 * that the row-level security policies of `consort_app` read; both settings end with it. Events
 * emitted inside reach their subscribers only after the commit, never after a rollback.
 */
export async function withTx<T>(ctx: Ctx, fn: (ctx: TxCtx) => Promise<T>): Promise<T> {
  assertCtx(ctx, 'withTx');
  if (ctx.tx) return fn(ctx as TxCtx);
  if (openTransaction.getStore() === ctx.db) throw new NestedTransactionError();
  const begin = beginStatement(scopeOf(ctx));
  const pendingEvents: DomainEvent[] = [];
  const client = await ctx.db.$client.connect();
  const after: AfterTransaction[] = [];
  const committed: (() => void)[] = [];
  let broken: Error | undefined;
  let result: T;
  try {
    await client.query(begin);
    try {
      const txCtx: TxCtx = {
        ...ctx,
        tx: drizzle({ client: oneQueryAtATime(client), casing: DRIZZLE_CASING }),
        pendingEvents,
        afterTransaction: after,
        afterCommit: committed,
      };
      result = await openTransaction.run(ctx.db, () => fn(txCtx));
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch((rollbackError: Error) => {
        broken = rollbackError;
      });
      throw error;
    }
  } catch (error) {
    // A connection that failed mid-transaction is not handed to the next request.
    if (!broken && isConnectionError(error)) broken = error as Error;
    client.release(broken);
    for (const job of after) await job(ctx, 'rolled_back');
    throw error;
  }
  client.release();
  for (const job of after) await job(ctx, 'committed');
  for (const callback of committed) callback();
  await dispatchCommitted(pendingEvents);
  return result;
}

/**
 * The database whose transaction the current async call chain is inside. A `withTx` given a
 * context from *outside* that transaction (the outer `ctx` instead of the callback's) would open a
 * second one: on PostgreSQL a second connection, so the work is no longer one atomic change; on
 * PGlite, whose one session the first transaction holds, a wait that never ends. Both are bugs,
 * so it fails at once, naming the mistake (docs/decisions/0304-nested-transactions-fail-fast.md).
 */
const openTransaction = new AsyncLocalStorage<unknown>();

export class NestedTransactionError extends Error {
  constructor() {
    super(
      'withTx was given a context from outside the transaction this code already runs in; pass the callback’s context instead (a second transaction would wait forever on PGlite)',
    );
    this.name = 'NestedTransactionError';
  }
}

/**
 * The transaction's connection, taking its queries one after another. A connection runs one query
 * at a time anyway; services that read in parallel (`Promise.all` over `c.tx`) used to leave the
 * queueing to pg, which now warns about it on the console and drops it in pg 9. The queue is here
 * instead (docs/decisions/0318-one-query-at-a-time.md).
 */
function oneQueryAtATime(client: PoolClient): PoolClient {
  let last: Promise<unknown> = Promise.resolve();
  const query = (...args: unknown[]) => {
    const run = last.then(() => (client.query as (...a: unknown[]) => Promise<unknown>)(...args));
    last = run.catch(() => undefined);
    return run;
  };
  return new Proxy(client, { get: (target, key) => (key === 'query' ? query : Reflect.get(target, key, target)) });
}

function isConnectionError(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' && (code.startsWith('08') || code === 'ECONNRESET' || code === 'EPIPE');
}

/**
 * Runs `job` once the caller's transaction has ended — committed or rolled back, which it is
 * told (outside a transaction: 'committed', at once) — in a
 * transaction of its own; outside a transaction, at once. It is for what must be recorded even
 * though the request fails: a wrong current password answers 422, which rolls the request's
 * transaction back, yet must count towards the lockout. On PGlite an open transaction holds the
 * one session, so such a write cannot run beside it; it waits for the end instead.
 */
export async function afterTransaction(ctx: Ctx, job: AfterTransaction): Promise<void> {
  if (ctx.tx) (ctx as TxCtx).afterTransaction.push(job);
  else await job(ctx, 'committed');
}

/**
 * Calls `callback` once the caller's transaction has committed (never after a rollback); outside
 * a transaction, at once. It is for waking in-process workers: the job runner when a job was
 * queued, the webhook dispatcher when an event was written. It must not throw or wait.
 */
export function onCommit(ctx: Ctx, callback: () => void): void {
  if (ctx.tx) (ctx as TxCtx).afterCommit.push(callback);
  else callback();
}
