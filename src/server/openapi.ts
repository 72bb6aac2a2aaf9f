import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { createJsonSchemaTransform, createJsonSchemaTransformObject } from 'fastify-type-provider-zod';
import type { JSONSchema } from 'zod/v4/core';

/**
 * Zod has no JSON form for Date; on the wire our timestamps are RFC 3339 strings (JSON.stringify
 * of a Date), so that is what the document says.
 */
const zodToJsonConfig = {
  override(ctx: { zodSchema: { _zod: { def: { type: string } } }; jsonSchema: JSONSchema.BaseSchema }) {
    if (ctx.zodSchema._zod.def.type === 'date') {
      ctx.jsonSchema.type = 'string';
      ctx.jsonSchema.format = 'date-time';
    }
  },
};

type Document = { components?: { schemas?: Record<string, unknown> } } & Record<string, unknown>;

/**
 * The Zod integration emits every registered schema twice, as input and output ("PartnerInput",
 * "Partner"), used or not. Keep only the components the operations reach, directly or through
 * other components, so the document and /api/docs list what the API really speaks; sorted by
 * name, so the document (and the typed client generated from it) is the same however the
 * modules were first imported (a test that imports a module early must not reorder it).
 */
export function pruneUnusedComponents<T extends Document>(document: T): T {
  const schemas = document.components?.schemas;
  if (!schemas) return document;
  const refs = (value: unknown): string[] =>
    [...JSON.stringify(value).matchAll(/"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1] as string);
  const { components: _components, ...operations } = document;
  const reached = new Set<string>();
  const queue = refs(operations);
  while (queue.length > 0) {
    const name = queue.pop() as string;
    if (reached.has(name)) continue;
    reached.add(name);
    queue.push(...refs(schemas[name]));
  }
  // By name, so the document does not depend on the order modules happened to be imported in.
  const kept = Object.fromEntries(
    Object.entries(schemas)
      .filter(([name]) => reached.has(name))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  return { ...document, components: { ...document.components, schemas: kept } };
}

export const OPENAPI_PATH = '/api/openapi.json';
export const DOCS_PATH = '/api/docs';

export async function registerOpenApi(app: FastifyInstance, version: string): Promise<void> {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Consort API',
        version,
        description:
          'Partner ecosystem platform. JSON over HTTPS; see the conventions in docs/api.md. ' +
          'Authenticate with the session cookie from POST /api/v1/auth/login (send X-CSRF-Token on changes) ' +
          'or with `Authorization: Bearer <token>` from POST /api/v1/api-tokens.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'consort_session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
    },
    transform: createJsonSchemaTransform({ skipList: [], zodToJsonConfig: zodToJsonConfig as never }),
    transformObject: (input) =>
      pruneUnusedComponents(
        createJsonSchemaTransformObject({ zodToJsonConfig: zodToJsonConfig as never })(input) as Document,
      ) as never,
  });
  await app.register(fastifySwaggerUi, {
    routePrefix: DOCS_PATH,
    staticCSP: true,
    // Its own policy, minus the upgrade to HTTPS (breaks plain-HTTP installs on a LAN) and framing,
    // plus inline styles, which Swagger UI sets at run time. Scripts stay hash-locked, and the page
    // shows only our own generated document (docs/decisions/0009).
    transformStaticCSP: (header) =>
      header
        .replace(/upgrade-insecure-requests;?/, '')
        .replace("frame-ancestors 'self'", "frame-ancestors 'none'")
        .replace(' validator.swagger.io', '')
        .replace("style-src 'self' https:", "style-src 'self' 'unsafe-inline'"),
    uiConfig: { docExpansion: 'list', deepLinking: true, validatorUrl: null },
  });
}
