import type { FastifyInstance } from 'fastify';
import createClient, { type Client as OpenApiClient } from 'openapi-fetch';
import type { paths } from '../../web/src/api/schema.js';

/**
 * The typed API client for tests, built on the same generated OpenAPI types as the web app's: a
 * test cannot call a route that does not exist or send a body of the wrong shape, and reads typed
 * answers (`data` on success, `error` as problem+json otherwise, `response` for the status).
 */
export type ApiClient = OpenApiClient<paths>;

/** Credentials a client sends: a session cookie with its CSRF token, or an API token. */
export type Credentials = { cookie: string; csrfToken: string } | { bearer: string } | null;

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

function headersFor(method: string, credentials: Credentials): Record<string, string> {
  if (!credentials) return {};
  if ('bearer' in credentials) return { authorization: `Bearer ${credentials.bearer}` };
  return SAFE.has(method)
    ? { cookie: credentials.cookie }
    : { cookie: credentials.cookie, 'x-csrf-token': credentials.csrfToken };
}

/** In-process: requests go through `app.inject`, the whole HTTP pipeline without a socket. */
export function injectedClient(app: FastifyInstance, credentials: Credentials): ApiClient {
  return createClient<paths>({
    baseUrl: 'http://consort.test',
    fetch: async (request: Request) => {
      const url = new URL(request.url);
      const body = request.body ? await request.text() : undefined;
      const headers: Record<string, string> = {
        ...Object.fromEntries(request.headers),
        ...headersFor(request.method, credentials),
      };
      const res = await app.inject({
        method: request.method as 'GET',
        url: `${url.pathname}${url.search}`,
        headers,
        payload: body,
      });
      return new Response(res.statusCode === 204 ? null : res.rawPayload, {
        status: res.statusCode,
        headers: Object.entries(res.headers).flatMap(([k, v]) =>
          v === undefined ? [] : (Array.isArray(v) ? v : [String(v)]).map((x) => [k, x] as [string, string]),
        ),
      });
    },
  });
}

/** Over the network, for the built server (cli tests) and beside the browser (e2e tests). */
export function httpClient(baseUrl: string, credentials: Credentials): ApiClient {
  return createClient<paths>({
    baseUrl,
    fetch: (request: Request) => {
      for (const [k, v] of Object.entries(headersFor(request.method, credentials))) request.headers.set(k, v);
      return fetch(request);
    },
  });
}
