import { createHash } from 'node:crypto';
import { and, eq, lt } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { withTx } from '../db/scope.js';
import { idempotencyKeys } from '../modules/idempotency/idempotency.schema.js';
import { AppError, invalidField } from '../shared/errors.js';

const RETENTION_MS = 24 * 3_600_000;
/** A request still marked in progress after this long crashed; its key may be used again. */
const ABANDONED_MS = 5 * 60_000;

declare module 'fastify' {
  interface FastifyRequest {
    idempotency: { userId: string; key: string } | null;
  }
}

/**
 * `Idempotency-Key` on POST (API.md): the same key with the same body within 24 hours returns the
 * first response and creates nothing new; the same key with a different body is a 422; a repeat
 * while the first is still running is a 409. Keys are per user. The response is stored after the
 * handler's own transaction commits, so a process crash between the two can leave a key without
 * its response: that retry then runs again (documented in docs/api.md).
 */
export function registerIdempotency(app: FastifyInstance): void {
  app.decorateRequest('idempotency', null);

  app.addHook('preHandler', async (request, reply) => {
    const key = request.headers['idempotency-key'];
    if (request.method !== 'POST' || key === undefined) return;
    const actor = request.ctx.actor;
    if (actor.kind !== 'user') return;
    if (typeof key !== 'string' || key.length < 1 || key.length > 255) {
      throw invalidField('Idempotency-Key', 'must be 1 to 255 characters');
    }
    const requestHash = createHash('sha256')
      .update(`${request.method} ${request.url}\n${JSON.stringify(request.body ?? null)}`)
      .digest('hex');
    const ctx = request.ctx;
    const existing = await withTx(ctx, async (tx) => {
      await tx
        .delete(idempotencyKeys)
        .where(
          and(
            eq(idempotencyKeys.userId, actor.userId),
            eq(idempotencyKeys.key, key),
            lt(idempotencyKeys.createdAt, new Date(ctx.now.getTime() - RETENTION_MS)),
          ),
        );
      const inserted = await tx
        .insert(idempotencyKeys)
        .values({ userId: actor.userId, key, method: request.method, path: request.url, requestHash, createdAt: ctx.now })
        .onConflictDoNothing()
        .returning({ key: idempotencyKeys.key });
      if (inserted.length > 0) return null;
      const [row] = await tx
        .select()
        .from(idempotencyKeys)
        .where(and(eq(idempotencyKeys.userId, actor.userId), eq(idempotencyKeys.key, key)))
        .for('update');
      if (
        row &&
        row.status === null &&
        ctx.now.getTime() - row.createdAt.getTime() > ABANDONED_MS &&
        row.requestHash === requestHash
      ) {
        await tx
          .update(idempotencyKeys)
          .set({ createdAt: ctx.now })
          .where(and(eq(idempotencyKeys.userId, actor.userId), eq(idempotencyKeys.key, key)));
        return null;
      }
      return row ?? null;
    });
    if (!existing) {
      request.idempotency = { userId: actor.userId, key };
      return;
    }
    if (existing.requestHash !== requestHash) {
      throw new AppError('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used for a different request', {
        errors: [{ path: 'Idempotency-Key', message: 'was already used with another request body or path' }],
      });
    }
    if (existing.status === null) throw new AppError('IDEMPOTENCY_IN_PROGRESS');
    // The stored body is already JSON: send it as text, past the route's response serializer.
    reply.header('idempotent-replayed', 'true');
    reply.status(existing.status);
    reply.type(existing.status >= 400 ? 'application/problem+json' : 'application/json');
    return reply.send(existing.responseBody === null ? '' : JSON.stringify(existing.responseBody));
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const pending = request.idempotency;
    if (!pending) return payload;
    request.idempotency = null;
    const where = and(eq(idempotencyKeys.userId, pending.userId), eq(idempotencyKeys.key, pending.key));
    const ctx = { ...request.ctx, tx: undefined };
    await withTx(ctx, async (tx) => {
      if (reply.statusCode >= 500) {
        await tx.delete(idempotencyKeys).where(where);
        return;
      }
      let body: unknown = null;
      if (typeof payload === 'string' && payload.length > 0) {
        try {
          body = JSON.parse(payload);
        } catch {
          body = payload;
        }
      }
      await tx.update(idempotencyKeys).set({ status: reply.statusCode, responseBody: body }).where(where);
    });
    return payload;
  });
}
