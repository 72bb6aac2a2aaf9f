import type { DomainEvent } from '../../shared/events.js';
import { matchesEventType, TEST_EVENT } from './webhooks.rules.js';

/**
 * Waking the dispatchers of this process when something for them has committed. Every running
 * dispatcher registers here; the module's `*` subscriber hears each committed event and wakes
 * them when an enabled subscription wants it (the event types of the enabled subscriptions are
 * kept here, refreshed by the dispatchers), so a change nobody subscribed to costs no query.
 * Other processes on the same PostgreSQL hear of new deliveries through LISTEN/NOTIFY instead.
 */
/** `refresh`: the subscriptions changed, so the dispatcher reloads their event types first. */
type Waker = (refresh: boolean) => void;

const wakers = new Set<Waker>();
let subscribedPatterns: readonly (readonly string[])[] = [];

export function registerWaker(waker: Waker): () => void {
  wakers.add(waker);
  return () => wakers.delete(waker);
}

export function wakeDispatchers(refresh = false): void {
  for (const wake of wakers) wake(refresh);
}

export function setSubscribedPatterns(patterns: readonly (readonly string[])[]): void {
  subscribedPatterns = patterns;
}

export function wantsEvent(event: Pick<DomainEvent, 'name'>): boolean {
  if (event.name === TEST_EVENT) return true;
  return subscribedPatterns.some((patterns) => matchesEventType(patterns, event.name));
}

/**
 * The `*` subscriber: wakes the dispatchers for an event some subscription wants, and has them
 * reload the subscriptions' event types after a change to a subscription.
 */
export async function wakeForEvent(_ctx: unknown, event: DomainEvent): Promise<void> {
  if (wakers.size === 0) return;
  const refresh = event.entityType === 'webhook';
  if (refresh || wantsEvent(event)) wakeDispatchers(refresh);
}
