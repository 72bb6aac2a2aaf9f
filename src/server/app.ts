import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Database } from '../db/database.js';
import { subscriberDispatcher } from '../modules/events/index.js';
import { systemCtx } from '../shared/context.js';
import { AppError } from '../shared/errors.js';
import { type Subscriber, setEventDispatcher } from '../shared/events.js';
import { newId } from '../shared/ids.js';
import { setPublicUrl } from '../shared/links.js';
import { registerAuthentication } from './authenticate.js';
import type { Config } from './config.js';
import { registerIdempotency } from './idempotency.js';
import { serializeErrorForLog } from './log-errors.js';
import { initModules, loadModules } from './module.js';
import { DOCS_PATH, OPENAPI_PATH, registerOpenApi } from './openapi.js';
import { clientErrorHandler, frameworkErrors, registerProblemHandlers } from './problem.js';
import { registerRoutes } from './register-routes.js';
import type { AnyRouteDef } from './route.js';
import { registerWeb } from './web.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const VERSION: string = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
export const DEFAULT_WEB_DIR = path.join(ROOT, 'dist/web');

/** Routes added by plugins rather than the route table: documentation and static files. */
const INFRASTRUCTURE_ROUTES = [DOCS_PATH, OPENAPI_PATH, '/assets/'];

function isInfrastructure(url: string): boolean {
  return INFRASTRUCTURE_ROUTES.some((prefix) => url === prefix || url.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`));
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

export type AppOptions = {
  config: Config;
  database: Database;
  /** `false`: no log (tests, tools); a stream: the log goes there instead of standard output. */
  logger?: false | { stream: { write(line: string): void } };
  routes?: readonly AnyRouteDef[];
};

/**
 * The composition root: one Fastify instance with validation, problem+json errors, security
 * headers, authentication and access control, idempotency, the OpenAPI document, the API routes
 * and the web app. Tests call it in-process (`app.inject`), `consort serve` listens with it.
 */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config, database } = options;
  setPublicUrl(config.publicUrl);
  const logger: FastifyServerOptions['logger'] =
    options.logger === false
      ? false
      : {
          level: config.logLevel,
          redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-csrf-token"]'],
          // Errors are logged without the values of failed statements (log-errors.ts).
          serializers: { err: (error: Error) => serializeErrorForLog(error) as { type: string; message: string; stack: string } },
          ...(options.logger ? { stream: options.logger.stream } : {}),
        };
  const app = Fastify({
    logger,
    // The request id finds log lines and error reports: only a trusted proxy may choose it.
    genReqId: (request) => {
      const incoming = config.trustProxy ? request.headers['x-request-id'] : undefined;
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : newId();
    },
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
    // Answers Fastify would give in its own JSON shape go through problem.ts instead.
    frameworkErrors,
    clientErrorHandler,
    return503OnClosing: false,
    routerOptions: { ignoreTrailingSlash: true },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // The API speaks JSON only; anything else is a 415, not a string that fails validation.
  app.removeContentTypeParser('text/plain');
  // (Routes that take a file — `upload` in their definition — parse multipart and, for imports,
  // text/csv in a context of their own: register-routes.ts.)
  // URL-encoded forms only for the routes that say so (one-click unsubscribe) (route.ts `acceptsForms`), as unparsed text.
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (request, body, done) => {
    if (request.routeOptions.config.acceptsForms) return done(null, { form: String(body) });
    done(new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send JSON with Content-Type: application/json'), undefined);
  });

  app.addHook('onRoute', (route) => {
    if (route.config?.access) return;
    if (isInfrastructure(route.url)) {
      route.config = { ...route.config, access: { kind: 'public' } };
      return;
    }
    throw new Error(`Route ${String(route.method)} ${route.url} has no access declaration; every route must declare one`);
  });
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('x-request-id', String(request.id));
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    return payload;
  });

  registerProblemHandlers(app);
  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    enableCSPNonces: true,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        objectSrc: ["'none'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
      },
    },
    strictTransportSecurity: config.secureCookies === true ? undefined : false,
    crossOriginEmbedderPolicy: false,
  });
  await registerOpenApi(app, VERSION);
  registerAuthentication(app, database, config);
  registerIdempotency(app);
  const modules = await loadModules();
  await initModules({ database, config });
  await registerRoutes(app, options.routes ?? modules.flatMap((m) => m.routes ?? []), config);
  const subscribers = new Map<string, Subscriber[]>();
  for (const m of modules) {
    for (const [name, subscriber] of Object.entries(m.subscribers ?? {})) {
      subscribers.set(name, [...(subscribers.get(name) ?? []), subscriber]);
    }
  }
  setEventDispatcher(
    subscriberDispatcher(
      subscribers,
      (event) => systemCtx(database.db, `event ${event.name}`),
      (error, event) => app.log.error({ err: error, event: event.name, eventId: event.id }, 'an event subscriber failed'),
    ),
  );
  app.get(OPENAPI_PATH, { schema: { hide: true } }, async () => app.swagger());
  await registerWeb(app, config.webDir ?? DEFAULT_WEB_DIR);
  return app;
}
