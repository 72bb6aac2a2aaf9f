import { z } from 'zod';
import { sortValues } from '../../db/keyset.js';
import { access, defineRoute } from '../../server/route.js';
import {
  ZCursor,
  ZEmail,
  ZId,
  ZIdParams,
  ZLimit,
  ZQueryBoolean,
  zAnyOf,
  zOptionalText,
  zPage,
  zText,
} from '../../server/schemas.js';
import type { Ctx } from '../../shared/context.js';
import { ROLES } from '../../shared/roles.js';
import { revokeUserSessions } from '../auth/auth.service.js';
import { partnerNames } from '../partners/partners.service.js';
import { MAX_PASSWORD_LENGTH } from './users.rules.js';
import { createUser, getUser, listUsers, type UserDto, updateUser } from './users.service.js';

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
  })
  .meta({ id: 'User' });

const ZPassword = z.string().max(MAX_PASSWORD_LENGTH, `must be at most ${MAX_PASSWORD_LENGTH} characters`);

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
  q: z.string().max(200).optional(),
  role: zAnyOf(ROLES).optional(),
  partnerId: ZId.optional(),
  side: z.enum(['vendor', 'partner']).optional(),
  active: ZQueryBoolean.optional(),
});

export async function withPartnerNames(ctx: Ctx, users: UserDto[]) {
  const names = await partnerNames(
    ctx,
    users.map((u) => u.partnerId),
  );
  return users.map((u) => ({ ...u, partnerName: u.partnerId ? (names.get(u.partnerId) ?? null) : null }));
}

async function withPartnerName(ctx: Ctx, user: UserDto) {
  const [named] = await withPartnerNames(ctx, [user]);
  return named as NonNullable<typeof named>;
}

const PEOPLE_ADMINS = ['admin', 'partner_admin'] as const;

export const userRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/users',
    summary: 'List users (vendor staff see everyone; partner users see their own company)',
    tags: ['users'],
    access: access.roles(ROLES, { scope: 'partner' }),
    query: ZUserQuery,
    response: zPage(ZUser),
    handler: async ({ ctx, query }) => {
      const page = await listUsers(ctx, query);
      return { data: await withPartnerNames(ctx, page.data), nextCursor: page.nextCursor };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/users',
    summary: 'Create a user',
    description:
      'Admins create vendor staff and partner users. A partner admin creates partner_admin or partner_user ' +
      'accounts for their own company only; naming another company is refused and nothing is created.',
    tags: ['users'],
    access: access.roles(PEOPLE_ADMINS, { scope: 'partner' }),
    bodyTarget: true,
    status: 201,
    body: ZUserCreate,
    response: ZUser,
    example: (refs) => ({
      email: `new.user.${refs.unique}@example.com`,
      name: 'New User',
      role: 'partner_user',
      partnerId: refs.partnerId,
      password: 'correct horse battery staple',
    }),
    handler: async ({ ctx, body }) => withPartnerName(ctx, await createUser(ctx, body)),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/users/:id',
    summary: 'Get a user',
    tags: ['users'],
    access: access.roles(ROLES, { scope: 'partner' }),
    target: 'user',
    params: ZIdParams,
    response: ZUser,
    handler: async ({ ctx, params }) => withPartnerName(ctx, await getUser(ctx, params.id)),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/users/:id',
    summary: 'Change a user: name, role, active, or set a new password',
    description:
      'Deactivating a user or setting their password ends all their sessions; deactivation also stops their API tokens.',
    tags: ['users'],
    access: access.roles(PEOPLE_ADMINS, { scope: 'partner' }),
    target: 'user',
    params: ZIdParams,
    body: ZUserPatch,
    response: ZUser,
    example: () => ({ title: 'Channel Sales Lead' }),
    handler: async ({ ctx, params, body }) => withPartnerName(ctx, await updateUser(ctx, params.id, body)),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/users/:id/revoke-sessions',
    summary: "Sign a user out everywhere (ends all of the user's sessions)",
    tags: ['users'],
    access: access.roles(PEOPLE_ADMINS, { scope: 'partner' }),
    target: 'user',
    params: ZIdParams,
    response: z.object({ revoked: z.number().int() }),
    handler: async ({ ctx, params }) => {
      const user = await getUser(ctx, params.id);
      return { revoked: await revokeUserSessions(ctx, user) };
    },
  }),
];
