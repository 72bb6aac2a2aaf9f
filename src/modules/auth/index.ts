import type { ModuleDescriptor } from '../../server/module.js';
import { systemCtx } from '../../shared/context.js';
import { authRoutes } from './auth.routes.js';
import { createApiToken, endCredentialsOf, forgetCredentials, login } from './auth.service.js';

export { authenticate, TOKEN_PREFIX } from './auth.service.js';
export type { Authenticated } from './credential-cache.js';
export { credentialCacheOf } from './credential-cache.js';

/** Sign-in, sessions, API tokens and sign-in throttling. */
export const module: ModuleDescriptor = {
  name: 'auth',
  routes: authRoutes,
  recordKinds: [
    {
      name: 'apiToken',
      belongsTo: 'user',
      async make(_ctx, owner) {
        return { id: (await createApiToken(owner.user.ctx, { name: `matrix ${Date.now()}` })).id };
      },
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: () => null,
    },
    {
      name: 'session',
      belongsTo: 'user',
      async make(ctx, owner) {
        const signedIn = await login(ctx.db, {
          email: owner.user.email,
          password: owner.user.password,
          ip: '127.0.0.1',
          userAgent: 'matrix',
          sessionHours: 1,
        });
        return { id: signedIn.sessionId };
      },
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: () => null,
    },
  ],
  subscribers: {
    // A deactivated user, or one whose password an admin reset, loses every session and token.
    'user.deactivated': (ctx, event) => endCredentialsOf(systemCtx(ctx.db, 'end credentials'), event.entityId),
    'user.password_reset': (ctx, event) => endCredentialsOf(systemCtx(ctx.db, 'end credentials'), event.entityId),
    // Any change to a user, a session or a token: this process checks those credentials again.
    'user.*': forgetCredentials,
    'session.*': forgetCredentials,
    'api_token.*': forgetCredentials,
  },
};
