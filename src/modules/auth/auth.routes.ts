import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { clearSessionCookie, isSecureRequest, SESSION_COOKIE } from '../../server/authenticate.js';
import type { Config } from '../../server/config.js';
import { access, defineRoute } from '../../server/route.js';
import { ZEmail, ZId, ZIdParams, zDateTime, zString, zText } from '../../server/schemas.js';
import { MAX_PASSWORD_LENGTH, ZUser } from '../users/index.js';
import {
  changeOwnPassword,
  createApiToken,
  listApiTokensOf,
  listOwnApiTokens,
  listOwnSessions,
  login,
  logout,
  revokeApiTokenOf,
  revokeOwnApiToken,
  revokeOwnSession,
  revokeUserCredentials,
} from './auth.service.js';
import { requestSignInLink, resetPasswordWithLink, signInWithLink } from './sign-in-links.service.js';

const ZSessionUser = ZUser.pick({ id: true, email: true, name: true, role: true, partnerId: true }).meta({ id: 'SessionUser' });

const ZSession = z
  .object({
    id: z.uuid(),
    ip: z.string(),
    userAgent: z.string(),
    createdAt: z.date(),
    lastSeenAt: z.date(),
    expiresAt: z.date(),
    current: z.boolean(),
  })
  .meta({ id: 'Session' });

const ZApiToken = z
  .object({
    id: z.uuid(),
    name: z.string(),
    prefix: z.string(),
    parentTokenId: z.uuid().nullable().describe('The token that authenticated the request creating this one; it ends with it'),
    lastUsedAt: z.date().nullable(),
    expiresAt: z.date().nullable(),
    revokedAt: z.date().nullable(),
    createdAt: z.date(),
  })
  .meta({ id: 'ApiToken' });

const ZUserApiToken = ZApiToken.extend({ userId: z.uuid(), partnerId: z.uuid().nullable() }).meta({ id: 'UserApiToken' });

/** Who manages other people's credentials: admins, and a partner's admins for their own company. */
const CREDENTIAL_ADMINS = ['admin', 'partner_admin'] as const;

function setSessionCookie(request: FastifyRequest, reply: FastifyReply, config: Config, token: string, expiresAt: Date) {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: isSecureRequest(request, config),
    path: '/',
    expires: expiresAt,
  });
}

const ZLinkSent = z
  .object({ message: z.string() })
  .meta({ id: 'LinkRequested', description: 'The same answer whether or not the address belongs to anyone' });

const LINK_SENT = {
  magic_link: 'If this address belongs to a partner user, a sign-in link is on its way. It works once, within 15 minutes.',
  password_reset:
    'If this address belongs to someone, a link to set a new password is on its way. It works once, within 30 minutes.',
} as const;

const ZLinkToken = zString(200).min(1, 'is required');

export const authRoutes = [
  defineRoute({
    method: 'POST',
    url: '/api/v1/auth/magic-link',
    summary: 'E-mail me a sign-in link (partner users)',
    description:
      'Always 202 with the same answer, known address or not; a partner user’s address gets a single-use link valid ' +
      'for 15 minutes (vendor staff sign in with their password). Requests are throttled per address and per client IP: ' +
      '429 RATE_LIMITED with Retry-After.',
    tags: ['auth'],
    access: access.public(),
    status: 202,
    body: z.strictObject({ email: ZEmail }),
    response: ZLinkSent,
    example: () => ({ email: 'someone@partner.example' }),
    handler: async ({ ctx, body, req }) => {
      await requestSignInLink(ctx.db, { email: body.email, ip: req.ip, purpose: 'magic_link' });
      return { message: LINK_SENT.magic_link };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/auth/magic-link/verify',
    summary: 'Sign in with the link from the e-mail',
    description:
      'The token from the link (the web page posts it; opening the link does not use it up). Answers like ' +
      'POST /auth/login. A link works once, within 15 minutes, and not after its user was deactivated or their ' +
      'password changed; otherwise 404 naming `token` (the same for a used, expired or unknown link).',
    tags: ['auth'],
    access: access.public(),
    body: z.strictObject({ token: ZLinkToken }),
    response: z.object({ user: ZSessionUser, csrfToken: z.string() }),
    example: () => ({ token: 'not-a-real-token' }),
    handler: async ({ ctx, body, req, reply, config }) => {
      const result = await signInWithLink(ctx.db, {
        token: body.token,
        ip: req.ip,
        userAgent: String(req.headers['user-agent'] ?? ''),
        sessionHours: config.sessionHours,
      });
      setSessionCookie(req, reply, config, result.sessionToken, result.expiresAt);
      return { user: result.user, csrfToken: result.csrfToken };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/auth/password-reset',
    summary: 'Forgot my password: e-mail me a link to set a new one',
    description:
      'Always 202 with the same answer, known address or not; an active user’s address gets a single-use link valid ' +
      'for 30 minutes. Throttled like sign-in links (429 RATE_LIMITED with Retry-After).',
    tags: ['auth'],
    access: access.public(),
    status: 202,
    body: z.strictObject({ email: ZEmail }),
    response: ZLinkSent,
    example: () => ({ email: 'someone@partner.example' }),
    handler: async ({ ctx, body, req }) => {
      await requestSignInLink(ctx.db, { email: body.email, ip: req.ip, purpose: 'password_reset' });
      return { message: LINK_SENT.password_reset };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/auth/password-reset/verify',
    summary: 'Set a new password with the link from the e-mail',
    description:
      'Ends every session and API token of the user, as an admin’s reset does; then sign in with the new password. ' +
      'A used, expired or unknown link is a 404 naming `token`; a weak password a 422 naming `newPassword` (the link stays good).',
    tags: ['auth'],
    access: access.public(),
    status: 204,
    body: z.strictObject({ token: ZLinkToken, newPassword: zString(MAX_PASSWORD_LENGTH) }),
    example: () => ({ token: 'not-a-real-token', newPassword: 'a new long password 1234' }),
    handler: async ({ ctx, body }) => resetPasswordWithLink(ctx.db, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/auth/login',
    summary: 'Sign in with e-mail and password',
    description:
      'Sets an HttpOnly session cookie and returns the CSRF token to send as X-CSRF-Token on changes. ' +
      'Repeated failures lock the address (and the client IP) for 15 minutes: 429 with Retry-After.',
    tags: ['auth'],
    access: access.public(),
    body: z.object({
      email: zString(254).trim().min(1, 'is required'),
      password: zString(MAX_PASSWORD_LENGTH).min(1, 'is required'),
    }),
    response: z.object({ user: ZSessionUser, csrfToken: z.string() }),
    handler: async ({ ctx, body, req, reply, config }) => {
      const result = await login(ctx.db, {
        email: body.email,
        password: body.password,
        ip: req.ip,
        userAgent: String(req.headers['user-agent'] ?? ''),
        sessionHours: config.sessionHours,
      });
      setSessionCookie(req, reply, config, result.sessionToken, result.expiresAt);
      return { user: result.user, csrfToken: result.csrfToken };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/auth/logout',
    summary: 'Sign out (ends this session)',
    tags: ['auth'],
    access: access.signedIn(),
    permission: 'session.end',
    status: 204,
    handler: async ({ ctx, reply }) => {
      await logout(ctx);
      clearSessionCookie(reply);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/me/password',
    summary: 'Change your password',
    description: 'Ends your other sessions; this session continues with a new cookie and CSRF token.',
    tags: ['auth'],
    access: access.signedIn(),
    permission: 'me.changePassword',
    body: z.strictObject({
      currentPassword: zString(MAX_PASSWORD_LENGTH).min(1, 'is required'),
      newPassword: zString(MAX_PASSWORD_LENGTH),
    }),
    response: z.object({ csrfToken: z.string() }),
    example: (refs) => ({ currentPassword: refs.password, newPassword: refs.password }),
    handler: async ({ ctx, body, req, reply, config }) => {
      const session = await changeOwnPassword(ctx, {
        ...body,
        ip: req.ip,
        userAgent: String(req.headers['user-agent'] ?? ''),
        sessionHours: config.sessionHours,
      });
      setSessionCookie(req, reply, config, session.sessionToken, session.expiresAt);
      return { csrfToken: session.csrfToken };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/me/sessions',
    summary: 'Your active sessions',
    tags: ['auth'],
    access: access.signedIn(),
    permission: 'session.read',
    response: z.object({ data: z.array(ZSession) }),
    handler: async ({ ctx }) => ({ data: await listOwnSessions(ctx) }),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/me/sessions/:id',
    summary: 'End one of your sessions',
    tags: ['auth'],
    access: access.self(),
    permission: 'session.end',
    target: 'session',
    params: ZIdParams,
    status: 204,
    handler: async ({ ctx, params }) => revokeOwnSession(ctx, params.id),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/api-tokens',
    summary: 'Your API tokens (never the secret itself)',
    tags: ['auth'],
    access: access.signedIn(),
    permission: 'apiToken.read',
    response: z.object({ data: z.array(ZApiToken) }),
    handler: async ({ ctx }) => ({ data: await listOwnApiTokens(ctx) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/api-tokens',
    summary: 'Create an API token for integrations',
    description:
      'The token is shown once, in this response; only its hash is stored. It acts with your role and scope. ' +
      '`expiresAt` must lie in the future. Created with another API token, it records that token as its parent, ' +
      'is revoked with it and never expires later than it (without an expiry it takes the parent’s).',
    tags: ['auth'],
    access: access.signedIn(),
    permission: 'apiToken.create',
    status: 201,
    body: z.strictObject({
      name: zText(100),
      expiresAt: zDateTime().nullable().optional(),
    }),
    response: ZApiToken.extend({ token: z.string() }),
    example: (refs) => ({ name: `CRM sync ${refs.unique}` }),
    handler: async ({ ctx, body }) =>
      createApiToken(ctx, { name: body.name, expiresAt: body.expiresAt ? new Date(body.expiresAt) : null }),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/api-tokens/:id',
    summary: 'Revoke one of your API tokens',
    tags: ['auth'],
    access: access.self(),
    permission: 'apiToken.revoke',
    target: 'apiToken',
    params: ZIdParams,
    status: 204,
    handler: async ({ ctx, params }) => revokeOwnApiToken(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/users/:id/revoke-sessions',
    summary: "Sign a user out everywhere: ends all of the user's sessions and API tokens",
    description:
      'Answers how many sessions (`revoked`) and API tokens (`revokedTokens`) ended. To stop one integration only, ' +
      'revoke its token with DELETE /api/v1/users/{id}/api-tokens/{tokenId}.',
    tags: ['auth'],
    access: access.roles(CREDENTIAL_ADMINS, { scope: 'partner' }),
    permission: 'user.revokeSessions',
    target: 'user',
    params: ZIdParams,
    response: z.object({
      revoked: z.number().int().describe('Sessions ended'),
      revokedTokens: z.number().int().describe('API tokens revoked'),
    }),
    handler: async ({ ctx, params }) => {
      const ended = await revokeUserCredentials(ctx, params.id);
      return { revoked: ended.sessions, revokedTokens: ended.tokens };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/users/:id/api-tokens',
    summary: "A user's working API tokens (never the secrets), for the user's admins",
    tags: ['auth'],
    access: access.roles(CREDENTIAL_ADMINS, { scope: 'partner' }),
    permission: 'userApiToken.read',
    target: 'userApiToken',
    params: ZIdParams,
    response: z.object({ data: z.array(ZUserApiToken) }),
    handler: async ({ ctx, params }) => ({ data: await listApiTokensOf(ctx, params.id) }),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/users/:id/api-tokens/:tokenId',
    summary: "Revoke one of a user's API tokens (and the tokens created with it)",
    tags: ['auth'],
    access: access.roles(CREDENTIAL_ADMINS, { scope: 'partner' }),
    permission: 'userApiToken.revoke',
    target: 'userApiToken',
    params: z.object({ id: ZId, tokenId: ZId }),
    status: 204,
    handler: async ({ ctx, params }) => revokeApiTokenOf(ctx, params.id, params.tokenId),
  }),
];
