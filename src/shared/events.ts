import type { Ctx } from './context.js';

/**
 * A domain event: something that happened to a record, named `<record>.<past_verb>` in snake
 * case (`partner.created`, `partner.stage_changed`). Services emit them into the outbox in the
 * same transaction as the change (modules/events), so an event exists if and only if its change
 * committed; subscribers in other modules run after the commit, webhooks deliver them later.
 */
export type DomainEvent = {
  id: string;
  name: string;
  entityType: string;
  entityId: string;
  /** The partner the record belongs to (null: the vendor's); partner-side readers see only theirs. */
  partnerId: string | null;
  actorId: string | null;
  changedFields: string[];
  data: Record<string, unknown>;
  occurredAt: Date;
  requestId: string;
};

export type Subscriber = (ctx: Ctx, event: DomainEvent) => Promise<void>;

/** The past tense of an audit action, for the event a change emits by default. */
const PAST: Record<string, string> = {
  create: 'created',
  update: 'updated',
  delete: 'deleted',
  revoke: 'revoked',
  login: 'signed_in',
  logout: 'signed_out',
  lockout: 'locked_out',
};

export function eventName(entityType: string, action: string): string {
  return `${entityType}.${PAST[action] ?? `${action}d`}`;
}

type Dispatch = (events: readonly DomainEvent[]) => Promise<void>;

let dispatch: Dispatch | null = null;

/** Set by the composition root: how committed events reach their subscribers. Answers the previous one. */
export function setEventDispatcher(fn: Dispatch | null): Dispatch | null {
  const previous = dispatch;
  dispatch = fn;
  return previous;
}

/** Hands events whose transaction committed to the subscribers (no-op before start-up wires it). */
export async function dispatchCommitted(events: readonly DomainEvent[]): Promise<void> {
  if (events.length > 0 && dispatch) await dispatch(events);
}
