import { z } from 'zod';
import { access, defineRoute } from '../../server/route.js';
import { ZIdParams, zOptionalText, zText } from '../../server/schemas.js';
import { ROLES } from '../../shared/roles.js';
import { TIER_COLORS } from './tiers.rules.js';
import { createTier, deleteTier, getTier, listTiers, updateTier } from './tiers.service.js';

export const ZTier = z
  .object({
    id: z.uuid(),
    name: z.string(),
    rank: z.number().int(),
    description: z.string(),
    color: z.string(),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'Tier' });

const ZTierInput = z.strictObject({
  name: zText(60),
  rank: z.number().int().min(0).max(1000),
  description: zOptionalText(1000).optional(),
  color: z.enum(TIER_COLORS).optional(),
});

export const tierRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/tiers',
    summary: 'List partner tiers, lowest rank first',
    tags: ['tiers'],
    access: access.roles(ROLES, { scope: 'none' }),
    permission: 'tier.read',
    response: z.object({ data: z.array(ZTier) }),
    handler: async ({ ctx }) => ({ data: await listTiers(ctx) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/tiers',
    summary: 'Create a tier',
    tags: ['tiers'],
    access: access.roles(['admin'], { scope: 'none' }),
    permission: 'tier.create',
    status: 201,
    body: ZTierInput,
    response: ZTier,
    example: (refs) => ({ name: `Tier ${refs.unique}`, rank: 100 + refs.seq }),
    handler: async ({ ctx, body }) => createTier(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/tiers/:id',
    summary: 'Get a tier',
    tags: ['tiers'],
    access: access.roles(ROLES, { scope: 'none' }),
    permission: 'tier.read',
    target: 'tier',
    params: ZIdParams,
    response: ZTier,
    handler: async ({ ctx, params }) => getTier(ctx, params.id),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/tiers/:id',
    summary: 'Change a tier',
    tags: ['tiers'],
    access: access.roles(['admin'], { scope: 'none' }),
    permission: 'tier.edit',
    target: 'tier',
    params: ZIdParams,
    body: ZTierInput.partial(),
    response: ZTier,
    example: () => ({ description: 'Updated description' }),
    handler: async ({ ctx, params, body }) => updateTier(ctx, params.id, body),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/tiers/:id',
    summary: 'Delete a tier (its partners become untiered)',
    tags: ['tiers'],
    access: access.roles(['admin'], { scope: 'none' }),
    permission: 'tier.delete',
    target: 'tier',
    params: ZIdParams,
    status: 204,
    handler: async ({ ctx, params }) => deleteTier(ctx, params.id),
  }),
];
