import { and, asc, eq, gt, gte, like, sql } from 'drizzle-orm';
import { insertFromJson } from '../../db/bulk-insert.js';
import { withTx } from '../../db/scope.js';
import { actorUserId, type Ctx, type TxCtx } from '../../shared/context.js';
import { type DomainEvent, dispatchCommitted, type Subscriber } from '../../shared/events.js';
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
 * Writes many events to the outbox in one statement (a set-based change: an import). With
 * `dispatch: 'later'` they are not kept in memory for the subscribers: whoever committed them
 * hands them over afterwards with `dispatchStoredEvents`, a page at a time, so a million-row
 * import holds no million events in memory.
 */
export async function emitEvents(
  ctx: TxCtx,
  inputs: readonly EmitInput[],
  options: { dispatch: 'after-commit' | 'later' },
): Promise<void> {
  if (inputs.length === 0) return;
  const actorId = actorUserId(ctx);
  // One JSON parameter, not one per cell (src/db/bulk-insert.ts); the rows come back only to be dispatched.
  const rows = await insertFromJson(
    ctx.tx,
    domainEvents,
    inputs.map((input) => ({
      name: input.name,
      entityType: input.entityType,
      entityId: input.entityId,
      partnerId: input.partnerId,
      actorId,
      changedFields: input.changedFields ?? [],
      data: input.data ?? {},
      requestId: ctx.requestId,
      occurredAt: ctx.now,
    })),
    { returning: options.dispatch === 'after-commit' },
  );
  if (options.dispatch === 'after-commit') ctx.pendingEvents.push(...rows);
}

/**
 * Hands the committed events of one request (`requestId`) to the subscribers, oldest first, a
 * page at a time: for changes written with `emitEvents(…, { dispatch: 'later' })`.
 */
export async function dispatchStoredEvents(ctx: Ctx, requestId: string, pageSize = 1000): Promise<number> {
  let after: string | null = null;
  let count = 0;
  for (;;) {
    const page: DomainEvent[] = await withTx(ctx, (c) =>
      c.tx
        .select()
        .from(domainEvents)
        .where(and(eq(domainEvents.requestId, requestId), after ? gt(domainEvents.id, after) : undefined))
        .orderBy(asc(domainEvents.id))
        .limit(pageSize),
    );
    if (page.length === 0) return count;
    await dispatchCommitted(page);
    count += page.length;
    after = page[page.length - 1]?.id ?? null;
  }
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

/**
 * Every event name that has appeared in the outbox, in order: a skip scan over the
 * (name, occurred_at) index, one probe per distinct name however long the outbox is. The webhooks
 * page offers these to subscribe to, so a new module's events appear without a list to keep.
 */
export async function eventNamesSeen(ctx: Ctx): Promise<string[]> {
  return withTx(ctx, async (c) => {
    const result = await c.tx.execute<{ name: string }>(sql`
      WITH RECURSIVE names AS (
        (SELECT name FROM domain_events ORDER BY name LIMIT 1)
        UNION ALL
        SELECT (SELECT d.name FROM domain_events d WHERE d.name > names.name ORDER BY d.name LIMIT 1)
          FROM names WHERE names.name IS NOT NULL
      )
      SELECT name FROM names WHERE name IS NOT NULL`);
    return result.rows.map((r) => r.name);
  });
}

/** Events whose name starts with `prefix`, on or after `since`, oldest first (the demo's webhook history). */
export async function eventsSince(ctx: Ctx, prefix: string, since: Date, limit: number): Promise<DomainEvent[]> {
  return withTx(ctx, (c) =>
    c.tx
      .select()
      .from(domainEvents)
      .where(and(like(domainEvents.name, `${prefix.replace(/[\\%_]/g, '\\$&')}%`), gte(domainEvents.occurredAt, since)))
      .orderBy(asc(domainEvents.occurredAt), asc(domainEvents.id))
      .limit(limit),
  );
}
