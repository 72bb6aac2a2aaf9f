import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { withTx } from '../db/scope.js';
import { AppError } from '../shared/errors.js';
import type { Config } from './config.js';
import { type AnyRouteDef, describeAccess, type ReceivedUpload } from './route.js';
import { ZProblem } from './schemas.js';
import { discardUpload, formatBytes, receiveCsvBody, receiveUpload } from './upload.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The file an upload route received (server/upload.ts). */
    upload: ReceivedUpload | null;
  }
  interface FastifyContextConfig {
    /** The route takes its file as a `text/csv` body too, up to this many bytes (route.ts `upload.textCsv`). */
    csvBodyMaxBytes?: number;
  }
}

const PROBLEM_RESPONSE = {
  description: 'Problem details (RFC 9457)',
  content: { 'application/problem+json': { schema: ZProblem } },
};

/**
 * Registers route definitions with Fastify, carrying each one's access declaration along. Upload
 * routes live in a context of their own, the only one that parses multipart/form-data: anywhere
 * else such a body is a 415, like any body that is not JSON.
 */
export async function registerRoutes(app: FastifyInstance, defs: readonly AnyRouteDef[], config: Config): Promise<void> {
  app.decorateRequest('upload', null);
  for (const def of defs) if (!def.upload) registerRoute(app, def, config);
  const uploads = defs.filter((def) => def.upload);
  if (uploads.length === 0) return;
  await app.register(async (child) => {
    await child.register(fastifyMultipart, { throwFileSizeLimit: true });
    // A whole `text/csv` body is a file too, where the route says so (imports); anywhere else a 415.
    child.addContentTypeParser('text/csv', async (request: FastifyRequest, payload: NodeJS.ReadableStream) => {
      const maxBytes = request.routeOptions.config?.csvBodyMaxBytes;
      if (!maxBytes) {
        throw new AppError('UNSUPPORTED_MEDIA_TYPE', `${request.headers['content-type']} is not accepted here; send JSON`);
      }
      request.upload = await receiveCsvBody(request, payload, maxBytes, config.files.incomingDir);
      // The body the route's schema sees: nothing but the file, which is `request.upload`.
      return {};
    });
    // Backstops for the handler's own clean-up: a request that failed or ended on the way.
    child.addHook('onResponse', async (request) => discardUpload(request.upload));
    child.addHook('onRequestAbort', async (request) => discardUpload(request.upload));
    for (const def of uploads) registerRoute(child, def, config);
  });
}

function registerRoute(app: FastifyInstance, def: AnyRouteDef, config: Config): void {
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
      description: [
        def.description,
        def.upload
          ? `Send \`multipart/form-data\` with the file in a part named \`file\`${def.upload.textCsv ? ', or the file itself as a `text/csv` body' : ''} (at most ${formatBytes(def.upload.maxBytes)}).`
          : undefined,
        `Access: ${describeAccess(def.access)}.`,
      ]
        .filter(Boolean)
        .join('\n\n'),
      tags: def.tags,
      ...(def.params ? { params: def.params } : {}),
      ...(def.query ? { querystring: def.query } : {}),
      ...(def.body ? { body: def.body } : {}),
      response,
      security: def.access.kind === 'public' ? [] : [{ session: [] }, { bearer: [] }],
    },
    config: {
      access: def.access,
      acceptsForms: def.acceptsForms === true,
      ...(def.upload?.textCsv ? { csvBodyMaxBytes: def.upload.maxBytes } : {}),
    },
    // The file arrives before the transaction opens: a slow upload holds no connection.
    ...(def.upload
      ? {
          preHandler: async (request: FastifyRequest) => {
            // A text/csv body was received while it was parsed.
            if (request.upload || !def.upload) return;
            request.upload = await receiveUpload(request, def.upload, config.files.incomingDir);
          },
        }
      : {}),
    handler: async (request, reply) => {
      // A signed-in request is one transaction: every service it calls joins it, the response
      // is built inside it, and its events reach subscribers after it commits. Public routes
      // act as the system where they must, in transactions of their own.
      const run = <T>(fn: (ctx: typeof request.ctx) => Promise<T>) =>
        signedIn && !def.ownTransactions ? withTx(request.ctx, fn) : fn(request.ctx);
      // What an upload's handler did not move into place goes before the answer does.
      const result = await run((ctx) =>
        def.handler({
          ctx,
          params: request.params as never,
          query: request.query as never,
          body: request.body as never,
          upload: request.upload,
          req: request,
          reply,
          config,
        }),
      ).finally(() => discardUpload(request.upload));
      // A handler that answered itself (a download, a 304) returns the reply: leave its status alone.
      if (reply.sent || result === reply) return reply;
      // A handler may answer another success status itself (an import queued: 202).
      if (reply.statusCode === 200) reply.status(status);
      return status === 204 ? reply.send() : result;
    },
  });
}
