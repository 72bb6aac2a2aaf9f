import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Database } from '../db/database.js';
import { authenticate } from '../modules/auth/index.js';
import type { Ctx } from '../shared/context.js';
import { credentialCacheOf } from '../shared/credential-cache.js';
import { AppError } from '../shared/errors.js';
import { setReferenceCacheTtl } from '../shared/reference-cache.js';
import { isPartnerRole } from '../shared/roles.js';
import type { Config } from './config.js';
import type { Access } from './route.js';

export const SESSION_COOKIE = 'consort_session';

declare module 'fastify' {
  interface FastifyRequest {
    ctx: Ctx;
    /** Set for cookie-authenticated requests: the session's CSRF token. */
    csrfToken: string | null;
  }
  interface FastifyContextConfig {
    access?: Access;
    /** The route takes form bodies too (route.ts `acceptsForms`). */
    acceptsForms?: boolean;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function isSecureRequest(request: FastifyRequest, config: Config): boolean {
  return config.secureCookies === 'auto' ? request.protocol === 'https' : config.secureCookies;
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

/**
 * Authenticates every request before its body is read, then applies the route's declared access:
 * 401 without valid credentials, 403 for a role the route does not admit or a cookie-authenticated
 * change without the session's CSRF token. Record-level rules (own partner, own record) are the
 * services' part and answer 404.
 */
export function registerAuthentication(app: FastifyInstance, database: Database, config: Config): void {
  let cacheConfigured = false;
  app.decorateRequest('ctx', null as unknown as Ctx);
  app.decorateRequest('csrfToken', null);
  app.addHook('onRequest', async (request, reply) => {
    const access = request.routeOptions.config.access;
    request.ctx = {
      db: database.db,
      actor: { kind: 'anonymous' },
      requestId: String(request.id),
      now: new Date(),
      ip: request.ip,
    };
    // Routes without a declaration cannot exist (see onRoute in app.ts); the 404 handler has none.
    if (!access || access.kind === 'public') return;
    if (!cacheConfigured) {
      credentialCacheOf(database.db).setTtl(config.cacheSeconds * 1000);
      setReferenceCacheTtl(database.db, config.cacheSeconds * 1000);
      cacheConfigured = true;
    }

    const authorization = request.headers.authorization;
    let authenticated = null;
    let viaCookie = false;
    if (authorization) {
      const match = /^Bearer\s+(\S+)$/i.exec(authorization);
      authenticated = match?.[1] ? await authenticate(database.db, 'token', match[1]) : null;
      if (!authenticated) throw new AppError('UNAUTHENTICATED', 'The API token is invalid, expired or revoked');
    } else {
      const token = request.cookies[SESSION_COOKIE];
      authenticated = token ? await authenticate(database.db, 'session', token) : null;
      viaCookie = true;
      if (!authenticated) {
        if (token) clearSessionCookie(reply);
        throw new AppError('UNAUTHENTICATED', 'Sign in to continue');
      }
    }
    const { actor } = authenticated;
    if (viaCookie && !SAFE_METHODS.has(request.method)) {
      const sent = request.headers['x-csrf-token'];
      if (typeof sent !== 'string' || sent !== authenticated.csrfToken) {
        throw new AppError('CSRF_INVALID', 'Send the X-CSRF-Token header you received at sign-in (also in GET /api/v1/me)');
      }
    }
    if (!access.roles.includes(actor.role)) throw new AppError('FORBIDDEN', `Your role (${actor.role}) cannot do this`);
    if (isPartnerRole(actor.role) && !actor.partnerId) throw new AppError('FORBIDDEN', 'Your account is not linked to a partner');
    request.ctx = { ...request.ctx, actor };
    request.csrfToken = authenticated.csrfToken;
  });
}
