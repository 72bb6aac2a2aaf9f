import { z } from 'zod';
import { access, defineRoute } from '../../server/route.js';
import { ZId, ZIdParams, zOptionalText, zString, zText } from '../../server/schemas.js';
import { ROLES } from '../../shared/roles.js';
import { REQUIREMENT_TYPES, SUPPORT_LEVELS, TIER_COLORS } from './tiers.rules.js';
import { createTier, deleteTier, getTier, listTiers, updateTier } from './tiers.service.js';

const KEY = /^[a-z][a-z0-9_]{0,39}$/;

export const ZTierRequirement = z
  .object({
    key: z.string(),
    type: z.enum(REQUIREMENT_TYPES),
    metric: z.string().optional(),
    label: z.string(),
    min: z.number(),
  })
  .meta({ id: 'TierRequirement' });

export const ZTierBenefits = z
  .object({
    discountPercent: z.number().optional(),
    mdfAccrualPercent: z.number().optional(),
    dealProtectionDays: z.number().int().optional(),
    supportLevel: z.enum(SUPPORT_LEVELS).optional(),
    resources: z.array(z.string()).optional(),
  })
  .meta({ id: 'TierBenefits' });

const ZPercent = z.number().min(0, 'must be 0–100').max(100, 'must be 0–100');

const ZRequirementInput = z
  .strictObject({
    key: zString(40).regex(KEY, 'must be lower case letters, digits and _ (starting with a letter)'),
    type: z.enum(REQUIREMENT_TYPES),
    metric: zString(80).optional().describe('The metric key, for `metric`; the recorded value key, for `custom`'),
    label: zText(120),
    min: z.number().min(0).max(1e15).describe('At least this much; money in minor units of the reporting currency'),
  })
  .superRefine((r, check) => {
    if (r.type === 'metric' && !r.metric)
      check.addIssue({ code: 'custom', path: ['metric'], message: 'is required for a metric requirement' });
    if (r.type === 'custom' && r.metric && !KEY.test(r.metric))
      check.addIssue({ code: 'custom', path: ['metric'], message: 'must be lower case letters, digits and _' });
  });

const ZBenefitsInput = z.strictObject({
  discountPercent: ZPercent.optional(),
  mdfAccrualPercent: ZPercent.optional(),
  dealProtectionDays: z.number().int().min(0).max(3650).optional(),
  supportLevel: z.enum(SUPPORT_LEVELS).optional(),
  resources: z.array(zText(200)).max(30).optional(),
});

export const ZTier = z
  .object({
    id: z.uuid(),
    programId: z.uuid(),
    name: z.string(),
    rank: z.number().int(),
    description: z.string(),
    color: z.string(),
    requirements: z.array(ZTierRequirement),
    benefits: ZTierBenefits,
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'Tier' });

export const ZTierInput = z.strictObject({
  name: zText(60),
  rank: z.number().int().min(0).max(1000),
  description: zOptionalText(1000).optional(),
  color: z.enum(TIER_COLORS).optional(),
  requirements: z.array(ZRequirementInput).max(20).optional(),
  benefits: ZBenefitsInput.optional(),
});

const ZTierCreate = ZTierInput.extend({ programId: ZId.optional().describe('Default: the default program') });

export const tierRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/tiers',
    summary: 'List partner tiers of every program (or of `programId`), lowest rank first',
    tags: ['tiers'],
    access: access.roles(ROLES, { scope: 'none' }),
    permission: 'tier.read',
    query: z.object({ programId: ZId.optional() }),
    response: z.object({ data: z.array(ZTier) }),
    handler: async ({ ctx, query }) => ({ data: await listTiers(ctx, query.programId ? { programIds: [query.programId] } : {}) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/tiers',
    summary: 'Create a tier',
    tags: ['tiers'],
    access: access.roles(['admin', 'partner_manager'], { scope: 'none' }),
    permission: 'tier.create',
    status: 201,
    body: ZTierCreate,
    response: ZTier,
    example: (refs) => ({ name: `Tier ${refs.unique}`, rank: 100 + (refs.seq % 900) }),
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
    access: access.roles(['admin', 'partner_manager'], { scope: 'none' }),
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
    access: access.roles(['admin', 'partner_manager'], { scope: 'none' }),
    permission: 'tier.delete',
    target: 'tier',
    params: ZIdParams,
    status: 204,
    handler: async ({ ctx, params }) => deleteTier(ctx, params.id),
  }),
];
