import { performance } from 'node:perf_hooks';
import { drizzle } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import { type Database, DRIZZLE_CASING } from '../src/db/database.js';
import { withTx } from '../src/db/scope.js';
import type { Ctx, TxCtx } from '../src/shared/context.js';
import type { Role } from '../src/shared/roles.js';
/**
 * The service as the API runs it, against the raw-SQL floor: the very statements the service
 * sent (captured once through Drizzle's query logger), replayed on a plain `pg` connection as the
 * owner, without the ORM, the per-call transactions, the scope settings or row-level security.
 * The ratio is what the service layer costs on top of the SQL it needs.
 */
import { capturingPool, type Statement } from '../test/support/capture.js';
import { count } from './plural.js';
import { log, status } from './progress.js';
import type { Person } from './scale-data.js';

export type { Statement };

export type Comparison = {
  name: string;
  /** Statements the floor replays (the service's own, minus transaction control and scope). */
  statements: number;
  /** Transactions the service opens for one call. */
  serviceTransactions: number;
  repetitions: number;
  serviceMedianMs: number;
  floorMedianMs: number;
  ratio: number;
};

const TRANSACTION_CONTROL = /^\s*(begin|commit|rollback)\b/i;
/** withTx's first statement: the role and scope settings row-level security reads. */
const SCOPE_SETTINGS = /set_config\('role'/;

export function userCtx(db: Database['db'], person: Person): Ctx {
  return {
    db,
    actor: {
      kind: 'user',
      userId: person.id,
      role: person.role as Role,
      partnerId: person.partnerId,
      email: person.email,
      name: person.name,
      sessionId: null,
      tokenId: null,
    },
    requestId: 'bench',
    now: new Date(),
  };
}

/** Every statement `fn` sends, in order, including BEGIN/COMMIT and the scope settings. */
export async function captureStatements(database: Database, person: Person, fn: (ctx: Ctx) => Promise<unknown>) {
  const sent: Statement[] = [];
  const pool = capturingPool(database.pool, sent);
  await fn(userCtx(drizzle({ client: pool, casing: DRIZZLE_CASING }) as Ctx['db'], person));
  return sent;
}

export function floorStatements(sent: readonly Statement[]): Statement[] {
  return sent.filter((s) => !TRANSACTION_CONTROL.test(s.text) && !SCOPE_SETTINGS.test(s.text));
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

async function replay(owner: pg.Client, statements: readonly Statement[], rollback = false): Promise<void> {
  if (rollback) await owner.query('begin');
  try {
    for (const s of statements) await owner.query(s.text, s.params);
  } finally {
    if (rollback) await owner.query('rollback');
  }
}

/** Thrown by `rolledBack` to undo a writing service's transaction once it has done its work. */
class RolledBack extends Error {}

/**
 * A writing service measured without leaving anything behind: it runs to the end in one
 * transaction that is then rolled back (pass `rollback: true` to `compare`, so the floor replays
 * its statements in a transaction rolled back too; the ids the service generated stay free).
 */
export async function rolledBack(ctx: Ctx, fn: (c: TxCtx) => Promise<unknown>): Promise<void> {
  try {
    await withTx(ctx, async (c) => {
      await fn(c);
      throw new RolledBack();
    });
  } catch (error) {
    if (!(error instanceof RolledBack)) throw error;
  }
}

const WARM_UP = 3;

/**
 * Runs service and floor alternately, so drift on a shared machine (another job starting, the CPU
 * throttling) hits both sides alike, after a few untimed runs of each to fill caches and the JIT.
 */
export async function compare(
  name: string,
  options: { database: Database; owner: pg.Client; person: Person; repetitions: number; rollback?: boolean },
  service: (ctx: Ctx) => Promise<unknown>,
): Promise<Comparison> {
  const { database, owner, person, repetitions, rollback = false } = options;
  status(`  ${name}: ${count(repetitions, 'run')} each…`);
  const sent = await captureStatements(database, person, service);
  const floor = floorStatements(sent);
  const ctx = () => userCtx(database.db, person);
  for (let i = 0; i < WARM_UP; i++) {
    await service(ctx());
    await replay(owner, floor, rollback);
  }
  const serviceMs: number[] = [];
  const floorMs: number[] = [];
  for (let i = 0; i < repetitions; i++) {
    serviceMs.push(await timed(() => service(ctx())));
    floorMs.push(await timed(() => replay(owner, floor, rollback)));
  }
  const result: Comparison = {
    name,
    statements: floor.length,
    serviceTransactions: sent.filter((s) => /^\s*begin\b/i.test(s.text)).length,
    repetitions,
    serviceMedianMs: median(serviceMs),
    floorMedianMs: median(floorMs),
    ratio: median(serviceMs) / median(floorMs),
  };
  log(
    `  ${name}: service ${result.serviceMedianMs.toFixed(2)} ms, floor ${result.floorMedianMs.toFixed(2)} ms, ` +
      `ratio ${result.ratio.toFixed(2)} (${count(result.statements, 'statement')}, ${count(result.serviceTransactions, 'transaction')})`,
  );
  return result;
}
