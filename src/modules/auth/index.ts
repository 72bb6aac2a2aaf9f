import type { ModuleDescriptor } from '../../server/module.js';
import { type Ctx, systemCtx } from '../../shared/context.js';
import { createUser, type UserDto } from '../users/index.js';
import { authRoutes } from './auth.routes.js';
import { createApiToken, endCredentialsOf, login, purgeEndedSessions } from './auth.service.js';

export type { Authenticated } from '../../shared/credential-cache.js';
export { authenticate, TOKEN_PREFIX } from './auth.service.js';

let made = 0;

/** A context acting as `user` (the matrix makes records the way their owner would). */
function actingAs(ctx: Ctx, user: UserDto): Ctx {
  const { id: userId, role, partnerId, email, name } = user;
  return { ...ctx, actor: { kind: 'user', userId, role, partnerId, email, name, sessionId: null, tokenId: null } };
}

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
      // Another user's API token, as the admins of its owner reach it: /users/:id/api-tokens/:tokenId.
      name: 'userApiToken',
      belongsTo: 'person',
      async make(ctx, owner) {
        made += 1;
        const user = await createUser(ctx, {
          email: `token.owner.${made}.${Date.now()}@test.example`,
          name: `Token owner ${made}`,
          role: owner.partnerId ? 'partner_user' : 'finance',
          partnerId: owner.partnerId,
          password: 'matrix-password-1234',
        });
        const token = await createApiToken(actingAs(ctx, user), { name: `matrix ${made}` });
        return { id: user.id, tokenId: token.id };
      },
      missing: ({ missingId }) => ({ id: missingId, tokenId: missingId }),
      partnerOf: (row) => (row.partnerId as string | null) ?? null,
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
  jobs: [
    { name: 'auth.purge-sessions', schedule: '17 * * * *', run: async (ctx) => ({ deleted: await purgeEndedSessions(ctx) }) },
  ],
  subscribers: {
    // A deactivated user, or one whose password an admin reset, loses every session and token.
    'user.deactivated': (ctx, event) => endCredentialsOf(systemCtx(ctx.db, 'end credentials'), event.entityId),
    'user.password_reset': (ctx, event) => endCredentialsOf(systemCtx(ctx.db, 'end credentials'), event.entityId),
  },
};
