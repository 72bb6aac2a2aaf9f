import type { ModuleDescriptor } from '../../server/module.js';
import { usersDemo } from './users.demo.js';
import { usersImporter } from './users.importer.js';
import { managesUsers } from './users.policy.js';
import { userRoutes } from './users.routes.js';
import { users } from './users.schema.js';
import { createUser } from './users.service.js';

export type { UserPermissions } from './users.policy.js';
export { ZUser } from './users.routes.js';
export { MAX_PASSWORD_LENGTH, normalizeEmail, passwordProblem } from './users.rules.js';
export type { UserRow } from './users.schema.js';
export type { CreateUserInput, UpdateUserInput, UserDto } from './users.service.js';
export {
  countUsers,
  createUser,
  deactivatePartnerUsers,
  ensureBootstrapAdmin,
  findUserByEmail,
  findUserById,
  getUser,
  hasUsers,
  recordLogin,
  resetForgottenPassword,
  setOwnPassword,
  toUserDto,
  updateUser,
} from './users.service.js';
/** For foreign keys only. */
export { users };

let made = 0;

/** People: vendor staff and partner users, their roles, and each person's own profile (`/me`). */
export const module: ModuleDescriptor = {
  name: 'users',
  demo: usersDemo,
  routes: userRoutes,
  importers: [usersImporter],
  appPermissions: (actor) => ({ manageUsers: managesUsers(actor) }),
  recordKinds: [
    {
      name: 'user',
      belongsTo: 'person',
      async make(ctx, owner) {
        made += 1;
        const role = owner.partnerId ? 'partner_user' : 'finance';
        const user = await createUser(ctx, {
          email: `matrix.${made}.${Date.now()}@test.example`,
          name: `Matrix user ${made}`,
          role,
          partnerId: owner.partnerId,
          password: 'matrix-password-1234',
        });
        return { id: user.id };
      },
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: (row) => (row.partnerId as string | null) ?? null,
    },
  ],
};
