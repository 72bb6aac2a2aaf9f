import { actorUserId, type Ctx, type TxCtx } from '../../shared/context.js';
import type { DomainEvent, Subscriber } from '../../shared/events.js';
import { domainEvents } from './events.schema.js';

export type EmitInput = {
  name: string;
  entityType: string;
  entityId: string;
  partnerId: string | null;
  changedFields?: string[];
  data?: Record<string, unknown>;
};

/** Writes the event to the outbox in the caller's transaction; subscribers hear of it after commit. */
export async function emitEvent(ctx: TxCtx, input: EmitInput): Promise<DomainEvent> {
  const [row] = await ctx.tx
    .insert(domainEvents)
    .values({
      name: input.name,
      entityType: input.entityType,
      entityId: input.entityId,
      partnerId: input.partnerId,
      actorId: actorUserId(ctx),
      changedFields: input.changedFields ?? [],
      data: input.data ?? {},
      requestId: ctx.requestId,
      occurredAt: ctx.now,
    })
    .returning();
  if (!row) throw new Error('insert returned no row');
  ctx.pendingEvents.push(row);
  return row;
}

/**
 * Builds the dispatcher the composition root installs: each committed event goes to every
 * subscriber of its name and of `<entity type>.*`, in a system context of its own. A failing subscriber is reported and
 * does not undo the change, which has committed; it is not called again (a delivery that must
 * survive failures reads the outbox instead).
 */
export function subscriberDispatcher(
  subscribers: ReadonlyMap<string, readonly Subscriber[]>,
  contextFor: (event: DomainEvent) => Ctx,
  onError: (error: unknown, event: DomainEvent) => void,
) {
  return async (events: readonly DomainEvent[]) => {
    for (const event of events) {
      const matching = [
        ...(subscribers.get(event.name) ?? []),
        ...(subscribers.get(`${event.entityType}.*`) ?? []),
        ...(subscribers.get('*') ?? []),
      ];
      for (const subscriber of matching) {
        try {
          await subscriber(contextFor(event), event);
        } catch (error) {
          onError(error, event);
        }
      }
    }
  };
}
