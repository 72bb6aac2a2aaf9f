import createClient, { type Middleware } from 'openapi-fetch';
import { readProblem } from './errors';
import type { paths } from './schema';

/**
 * The typed API client. The session lives in an HttpOnly cookie; state-changing requests carry the
 * session's CSRF token, which /me, login and password changes hand out.
 */
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The CSRF token for a state-changing request made without the typed client (an upload). */
export function currentCsrfToken(): string | null {
  return csrfToken;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const csrfAndProblems: Middleware = {
  onRequest({ request }) {
    if (!SAFE_METHODS.has(request.method) && csrfToken) request.headers.set('X-CSRF-Token', csrfToken);
    return request;
  },
  async onResponse({ response }) {
    if (!response.ok) throw await readProblem(response);
    return response;
  },
};

export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });
api.use(csrfAndProblems);

/**
 * Returns the body of a successful call. Errors never get here: the middleware has already thrown
 * an ApiError, so a missing body means the endpoint answers 204.
 */
export async function unwrap<T>(call: Promise<{ data?: T; response: Response }>): Promise<T> {
  const { data } = await call;
  return data as T;
}
