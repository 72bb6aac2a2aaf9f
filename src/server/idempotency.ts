import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { claimIdempotencyKey, settleIdempotencyKey } from '../modules/idempotency/index.js';
import { AppError, invalidField } from '../shared/errors.js';
import { textProblem } from '../shared/text.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The Idempotency-Key this request claimed, to be settled with its response. */
    idempotencyKey: string | null;
  }
}

function parsePayload(payload: unknown): unknown {
  if (typeof payload !== 'string' || payload.length === 0) return null;
  try {
    return JSON.parse(payload);
  } catch {
    return payload;
  }
}

/**
 * `Idempotency-Key` on POST (docs/api.md): the same key with the same body within 24 hours returns the
 * first response and creates nothing new; the same key with a different body is a 422; a repeat
 * while the first is still running is a 409 (decisions in modules/idempotency). The response is
 * stored after the handler's own transaction commits, so a process crash between the two can
 * leave a key without its response: that retry then runs again (docs/decisions/0008).
 */
export function registerIdempotency(app: FastifyInstance): void {
  app.decorateRequest('idempotencyKey', null);

  app.addHook('preHandler', async (request, reply) => {
    const key = request.headers['idempotency-key'];
    if (request.method !== 'POST' || key === undefined || request.ctx.actor.kind !== 'user') return;
    if (typeof key !== 'string' || key.length < 1 || key.length > 255) {
      throw invalidField('Idempotency-Key', 'must be 1 to 255 characters');
    }
    const problem = textProblem(key);
    if (problem) throw invalidField('Idempotency-Key', problem);
    const requestHash = createHash('sha256')
      .update(`${request.method} ${request.url}\n${JSON.stringify(request.body ?? null)}`)
      .digest('hex');
    const decision = await claimIdempotencyKey(request.ctx, { key, method: request.method, path: request.url, requestHash });
    switch (decision.kind) {
      case 'proceed':
        request.idempotencyKey = key;
        return;
      case 'reused':
        throw new AppError('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used for a different request', {
          errors: [{ path: 'Idempotency-Key', message: 'was already used with another request body or path' }],
        });
      case 'in-progress':
        throw new AppError('IDEMPOTENCY_IN_PROGRESS');
      case 'replay':
        // The stored body is already JSON: send it as text, past the route's response serializer.
        reply.header('idempotent-replayed', 'true');
        reply.status(decision.status);
        reply.type(decision.status >= 400 ? 'application/problem+json' : 'application/json');
        return reply.send(decision.body === null ? '' : JSON.stringify(decision.body));
    }
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const key = request.idempotencyKey;
    if (!key) return payload;
    request.idempotencyKey = null;
    await settleIdempotencyKey({ ...request.ctx, tx: undefined }, key, reply.statusCode, parsePayload(payload));
    return payload;
  });
}
