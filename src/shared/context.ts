import type { Db, Tx } from '../db/database.js';
import type { DomainEvent } from './events.js';
import type { Role } from './roles.js';

/** Who is acting. A user (signed in, or through one of their API tokens), or the system itself. */
export type Actor =
  | {
      kind: 'user';
      userId: string;
      role: Role;
      partnerId: string | null;
      email: string;
      name: string;
      sessionId: string | null;
      tokenId: string | null;
    }
  | { kind: 'system'; reason: string }
  /** A request to a public route: it can reach no data until a service elevates explicitly. */
  | { kind: 'anonymous' };

/**
 * The caller's context, passed first to every service function. It carries the database handle,
 * so a service cannot touch data without saying who it acts for. Inside a transaction `tx` is set
 * (a `TxCtx`) and nested service calls join it: an HTTP request runs its handler in one.
 */
export type Ctx = {
  db: Db;
  tx?: Tx;
  /** Events emitted in the open transaction, handed to subscribers once it commits. */
  pendingEvents?: DomainEvent[];
  /** Work for when the open transaction has ended, committed or rolled back (scope.ts `afterTransaction`). */
  afterTransaction?: AfterTransaction[];
  /** Callbacks for once the open transaction has committed (scope.ts `onCommit`). */
  afterCommit?: (() => void)[];
  actor: Actor;
  requestId: string;
  now: Date;
  ip?: string;
};

/** A context inside an open transaction: the one handle services read and write through. */
export type TxCtx = Ctx & {
  tx: Tx;
  pendingEvents: DomainEvent[];
  afterTransaction: AfterTransaction[];
  afterCommit: (() => void)[];
};

/**
 * Runs with the context the transaction was opened for (no transaction open: it opens its own),
 * told how the transaction ended.
 */
export type AfterTransaction = (ctx: Ctx, outcome: TransactionOutcome) => Promise<void>;

export type TransactionOutcome = 'committed' | 'rolled_back';

export type UserActor = Extract<Actor, { kind: 'user' }>;

export function systemCtx(db: Db, reason: string, now = new Date()): Ctx {
  return { db, actor: { kind: 'system', reason }, requestId: `system:${reason}`, now };
}

export class MissingContextError extends Error {
  constructor(what: string) {
    super(`${what} needs the caller's context (ctx with an actor); refusing to run unscoped`);
    this.name = 'MissingContextError';
  }
}

export function assertCtx(ctx: Ctx | undefined | null, what: string): asserts ctx is Ctx {
  if (!ctx?.actor || !ctx.db) throw new MissingContextError(what);
}

export function userActor(ctx: Ctx): UserActor {
  if (ctx.actor.kind !== 'user') throw new Error('This operation needs a signed-in user');
  return ctx.actor;
}

/** The role a context acts with. The system (CLI, demo loader, jobs) acts as an admin. */
export function effectiveRole(ctx: Ctx): Role {
  if (ctx.actor.kind === 'system') return 'admin';
  return userActor(ctx).role;
}

/** The acting user's id, or null for the system. */
export function actorUserId(ctx: Ctx): string | null {
  return ctx.actor.kind === 'user' ? ctx.actor.userId : null;
}

/** Who a policy decides for: the system (CLI, demo loader, jobs) counts as an admin. */
export type PolicyActor = { userId: string | null; role: Role; partnerId: string | null };

export function policyActor(ctx: Ctx): PolicyActor {
  if (ctx.actor.kind === 'system') return { userId: null, role: 'admin', partnerId: null };
  const actor = userActor(ctx);
  return { userId: actor.userId, role: actor.role, partnerId: actor.partnerId };
}
