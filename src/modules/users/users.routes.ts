import { z } from 'zod';
import { sortValues } from '../../db/keyset.js';
import { appPermissionsOf } from '../../server/module.js';
import { access, defineRoute } from '../../server/route.js';
import {
  ZCursor,
  ZEmail,
  ZId,
  ZIdList,
  ZIdParams,
  ZLimit,
  ZQueryBoolean,
  zAnyOf,
  zOptionalText,
  zPage,
  zString,
  zText,
} from '../../server/schemas.js';
import { policyActor, userActor } from '../../shared/context.js';
import { ROLES } from '../../shared/roles.js';
import { assignableRoles } from './users.policy.js';
import { MAX_PASSWORD_LENGTH } from './users.rules.js';
import { createUser, getUser, listUsers, updateOwnProfile, updateUser } from './users.service.js';

export const ZUser = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
    partnerId: z.uuid().nullable(),
    partnerName: z.string().nullable(),
    title: z.string(),
    phone: z.string(),
    active: z.boolean(),
    lastLoginAt: z.date().nullable(),
    createdAt: z.date(),
    updatedAt: z.date(),
    can: z
      .object({
        edit: z.boolean(),
        changeRole: z.boolean(),
        deactivate: z.boolean(),
        revokeSessions: z.boolean(),
      })
      .describe('What the caller may do to this user now'),
  })
  .meta({ id: 'User' });

const ZMe = z
  .object({
    user: ZUser,
    csrfToken: z.string().nullable().describe('Send as X-CSRF-Token on state-changing requests (null for API tokens)'),
    authenticatedBy: z.enum(['session', 'token']),
    can: z.record(z.string(), z.boolean()).describe('What the caller may do app-wide (createPartner, manageUsers, viewAudit, …)'),
    assignableRoles: z.array(z.enum(ROLES)).describe('The roles the caller may give to users'),
  })
  .meta({ id: 'Me' });

const ZPassword = zString(MAX_PASSWORD_LENGTH);

const ZUserCreate = z.strictObject({
  email: ZEmail,
  name: zText(120),
  role: z.enum(ROLES, { error: `must be one of ${ROLES.join(', ')}` }),
  partnerId: ZId.nullable().optional(),
  password: ZPassword,
  title: zOptionalText(120).optional(),
  phone: zOptionalText(40).optional(),
});

const ZUserPatch = z.strictObject({
  name: zText(120).optional(),
  title: zOptionalText(120).optional(),
  phone: zOptionalText(40).optional(),
  role: z.enum(ROLES).optional(),
  active: z.boolean().optional(),
  password: ZPassword.optional(),
});

const USER_SORTS = sortValues(['name', 'email', 'createdAt'] as const);

const ZUserQuery = z.object({
  limit: ZLimit,
  cursor: ZCursor,
  sort: z.enum(USER_SORTS).default('name'),
  q: zString(200).optional(),
  role: zAnyOf(ROLES).optional(),
  // Id and enumerated filters take several values and match any of them (docs/api.md, Lists).
  partnerId: ZIdList.optional(),
  side: zAnyOf(['vendor', 'partner']).optional(),
  active: ZQueryBoolean.optional(),
});

const PEOPLE_ADMINS = ['admin', 'partner_admin'] as const;

export const userRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/users',
    summary: 'List users (vendor staff see everyone; partner users see their own company)',
    tags: ['users'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'user.read',
    query: ZUserQuery,
    response: zPage(ZUser),
    handler: async ({ ctx, query }) => listUsers(ctx, query),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/users',
    summary: 'Create a user',
    description:
      'Admins create vendor staff and partner users. A partner admin creates partner_admin or partner_user ' +
      'accounts for their own company only, with addresses at its e-mail domains (or their subdomains); naming ' +
      'another company or another domain is refused and nothing is created.',
    tags: ['users'],
    access: access.roles(PEOPLE_ADMINS, { scope: 'partner' }),
    permission: 'user.create',
    bodyTarget: true,
    status: 201,
    body: ZUserCreate,
    response: ZUser,
    example: (refs) => ({
      email: `new.user.${refs.unique}@${refs.partnerDomain}`,
      name: 'New User',
      role: 'partner_user',
      partnerId: refs.partnerId,
      password: 'correct horse battery staple',
    }),
    handler: async ({ ctx, body }) => createUser(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/users/:id',
    summary: 'Get a user',
    tags: ['users'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'user.read',
    target: 'user',
    params: ZIdParams,
    response: ZUser,
    handler: async ({ ctx, params }) => getUser(ctx, params.id),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/users/:id',
    summary: 'Change a user: name, role, active, or set a new password',
    description:
      'Deactivating a user or setting their password ends all their sessions; deactivation also stops their API tokens.',
    tags: ['users'],
    access: access.roles(PEOPLE_ADMINS, { scope: 'partner' }),
    permission: 'user.edit',
    target: 'user',
    params: ZIdParams,
    body: ZUserPatch,
    response: ZUser,
    example: () => ({ title: 'Channel Sales Lead' }),
    handler: async ({ ctx, params, body }) => updateUser(ctx, params.id, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/me',
    summary: 'The signed-in user, the CSRF token of this session and what the caller may do',
    tags: ['users'],
    access: access.signedIn(),
    permission: 'me.read',
    response: ZMe,
    handler: async ({ ctx, req }) => {
      const actor = userActor(ctx);
      return {
        user: await getUser(ctx, actor.userId),
        csrfToken: req.csrfToken,
        authenticatedBy: actor.tokenId ? ('token' as const) : ('session' as const),
        can: await appPermissionsOf(policyActor(ctx)),
        assignableRoles: [...assignableRoles(policyActor(ctx))],
      };
    },
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/me',
    summary: 'Change your own name, title or phone',
    tags: ['users'],
    access: access.signedIn(),
    permission: 'me.edit',
    body: z.strictObject({
      name: zText(120).optional(),
      title: zOptionalText(120).optional(),
      phone: zOptionalText(40).optional(),
    }),
    response: ZUser,
    example: () => ({ title: 'Alliance Director' }),
    handler: async ({ ctx, body }) => updateOwnProfile(ctx, body),
  }),
];
