import { z } from 'zod';
import { access, defineRoute } from '../../server/route.js';
import { ZIdParams, zText } from '../../server/schemas.js';
import { VENDOR_ROLES } from '../../shared/roles.js';
import { FIT_ATTRIBUTES } from './fit.rules.js';
import { getIdealProfile, partnerFit, saveIdealProfile } from './fit.service.js';

export const ZFitReason = z
  .object({
    criterion: z.string(),
    attribute: z.enum(FIT_ATTRIBUTES),
    weight: z.number().int(),
    met: z.boolean(),
    points: z.number().int(),
  })
  .meta({ id: 'FitReason' });

export const ZFit = z
  .object({
    score: z.number().int().min(0).max(100).describe('The share of the profile’s weight the partner meets, 0–100'),
    reasons: z.array(ZFitReason),
  })
  .meta({ id: 'Fit' });

const ZCriterion = z
  .strictObject({
    label: zText(120),
    attribute: z.enum(FIT_ATTRIBUTES),
    values: z
      .array(zText(80))
      .min(1, 'must name at least one value')
      .max(50, 'at most 50 values')
      .refine((v) => new Set(v).size === v.length, 'must not repeat a value'),
    weight: z.number().int('must be a whole number').min(1, 'must be between 1 and 100').max(100, 'must be between 1 and 100'),
  })
  .meta({ id: 'FitCriterion' });

const ZIdealProfile = z
  .object({
    criteria: z.array(ZCriterion),
    updatedAt: z.date().nullable().describe('When it was last saved; null before the first save'),
  })
  .meta({ id: 'IdealPartnerProfile' });

export const fitRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/ideal-partner-profile',
    summary: 'The Ideal Partner Profile: weighted criteria every partner’s fit is scored against',
    tags: ['recruitment'],
    access: access.roles(VENDOR_ROLES, { scope: 'none' }),
    permission: 'idealProfile.read',
    response: ZIdealProfile,
    handler: async ({ ctx }) => getIdealProfile(ctx),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/v1/ideal-partner-profile',
    summary: 'Replace the Ideal Partner Profile’s criteria',
    description: 'The list as a whole, in the order to show it. Every partner’s fit follows at once.',
    tags: ['recruitment'],
    access: access.roles(['admin', 'partner_manager'], { scope: 'none' }),
    permission: 'idealProfile.edit',
    body: z.strictObject({
      criteria: z.array(ZCriterion).max(30, 'at most 30 criteria'),
    }),
    response: ZIdealProfile,
    example: () => ({
      criteria: [
        { label: 'Managed service providers', attribute: 'types', values: ['msp'], weight: 40 },
        { label: 'Europe', attribute: 'regions', values: ['europe'], weight: 20 },
      ],
    }),
    handler: async ({ ctx, body }) => saveIdealProfile(ctx, body.criteria),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/partners/:id/fit',
    summary: 'How well a partner fits the Ideal Partner Profile, with a reason per criterion',
    description: 'The vendor’s internal view: partner users never see it.',
    tags: ['recruitment'],
    access: access.roles(VENDOR_ROLES, { scope: 'none' }),
    permission: 'partner.fit',
    target: 'partner',
    params: ZIdParams,
    response: ZFit.extend({ profileDefined: z.boolean().describe('False until the vendor saves a profile: every score is 0') }),
    handler: async ({ ctx, params }) => partnerFit(ctx, params.id),
  }),
];
