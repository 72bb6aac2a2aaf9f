import { and, eq, lt } from 'drizzle-orm';
import { withTx } from '../../db/scope.js';
import { type Ctx, userActor } from '../../shared/context.js';
import { decideOnExistingKey, type KeyDecision, RETENTION_MS } from './idempotency.rules.js';
import { idempotencyKeys } from './idempotency.schema.js';

const keyOf = (userId: string, key: string) => and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key));

/**
 * Claims `key` for this request, or tells what to do instead. Keys are per user; one older than
 * the retention period is forgotten first. The insert makes concurrent duplicates race on the
 * primary key, so exactly one of them proceeds.
 */
export async function claimIdempotencyKey(
  ctx: Ctx,
  request: { key: string; method: string; path: string; requestHash: string },
): Promise<KeyDecision> {
  const { userId } = userActor(ctx);
  return withTx(ctx, async ({ tx }) => {
    await tx
      .delete(idempotencyKeys)
      .where(and(keyOf(userId, request.key), lt(idempotencyKeys.createdAt, new Date(ctx.now.getTime() - RETENTION_MS))));
    const inserted = await tx
      .insert(idempotencyKeys)
      .values({ userId, ...request, createdAt: ctx.now })
      .onConflictDoNothing()
      .returning({ key: idempotencyKeys.key });
    if (inserted.length > 0) return { kind: 'proceed' } as const;
    const [stored] = await tx.select().from(idempotencyKeys).where(keyOf(userId, request.key)).for('update');
    if (!stored) return { kind: 'in-progress' } as const;
    const decision = decideOnExistingKey(stored, request.requestHash, ctx.now);
    // Taking over an abandoned claim restarts its clock.
    if (decision.kind === 'proceed')
      await tx.update(idempotencyKeys).set({ createdAt: ctx.now }).where(keyOf(userId, request.key));
    return decision;
  });
}

/** Stores the answer to a claimed key; a server error releases the key for a retry instead. */
export async function settleIdempotencyKey(ctx: Ctx, key: string, status: number, body: unknown): Promise<void> {
  const { userId } = userActor(ctx);
  await withTx(ctx, async ({ tx }) => {
    if (status >= 500) await tx.delete(idempotencyKeys).where(keyOf(userId, key));
    else await tx.update(idempotencyKeys).set({ status, responseBody: body }).where(keyOf(userId, key));
  });
}

/** Forgets every key older than the retention period (the hourly `idempotency.purge` job). */
export async function purgeExpiredKeys(ctx: Ctx): Promise<number> {
  return withTx(ctx, async ({ tx }) => {
    const deleted = await tx
      .delete(idempotencyKeys)
      .where(lt(idempotencyKeys.createdAt, new Date(ctx.now.getTime() - RETENTION_MS)))
      .returning({ key: idempotencyKeys.key });
    return deleted.length;
  });
}
