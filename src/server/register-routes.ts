import type { FastifyInstance } from 'fastify';
import { withTx } from '../db/scope.js';
import type { Config } from './config.js';
import { type AnyRouteDef, describeAccess } from './route.js';
import { ZProblem } from './schemas.js';

const PROBLEM_RESPONSE = {
  description: 'Problem details (RFC 9457)',
  content: { 'application/problem+json': { schema: ZProblem } },
};

/** Registers route definitions with Fastify, carrying each one's access declaration along. */
export function registerRoutes(app: FastifyInstance, defs: readonly AnyRouteDef[], config: Config): void {
  for (const def of defs) {
    if (!def.access) throw new Error(`Route ${def.method} ${def.url} has no access declaration; every route must declare one`);
    if (def.access.kind === 'roles' && !def.permission) {
      throw new Error(`Route ${def.method} ${def.url} declares roles but no permission (<record kind>.<action>)`);
    }
    const signedIn = def.access.kind === 'roles';
    const status = def.status ?? 200;
    const response: Record<string, unknown> = { '4xx': PROBLEM_RESPONSE };
    if (def.response) response[String(status)] = def.response;
    app.route({
      method: def.method,
      url: def.url,
      schema: {
        summary: def.summary,
        description: [def.description, `Access: ${describeAccess(def.access)}.`].filter(Boolean).join('\n\n'),
        tags: def.tags,
        ...(def.params ? { params: def.params } : {}),
        ...(def.query ? { querystring: def.query } : {}),
        ...(def.body ? { body: def.body } : {}),
        response,
        security: def.access.kind === 'public' ? [] : [{ session: [] }, { bearer: [] }],
      },
      config: { access: def.access, upload: def.upload === true, acceptsForms: def.acceptsForms === true },
      handler: async (request, reply) => {
        // A signed-in request is one transaction: every service it calls joins it, the response
        // is built inside it, and its events reach subscribers after it commits. Public routes
        // act as the system where they must, in transactions of their own.
        const run = <T>(fn: (ctx: typeof request.ctx) => Promise<T>) =>
          signedIn && !def.ownTransactions ? withTx(request.ctx, fn) : fn(request.ctx);
        const result = await run((ctx) =>
          def.handler({
            ctx,
            params: request.params as never,
            query: request.query as never,
            body: request.body as never,
            req: request,
            reply,
            config,
          }),
        );
        if (reply.sent) return reply;
        // A handler may answer another success status itself (an import queued: 202).
        if (reply.statusCode === 200) reply.status(status);
        return status === 204 ? reply.send() : result;
      },
    });
  }
}
