import { z } from 'zod';
import { sortValues } from '../../db/keyset.js';
import { access, defineRoute } from '../../server/route.js';
import {
  TEXT_CHECK,
  ZCursor,
  ZIdList,
  ZIdParams,
  ZLimit,
  zAnyOf,
  zDate,
  zOptionalText,
  zPage,
  zString,
  zText,
} from '../../server/schemas.js';
import { ROLES } from '../../shared/roles.js';
import { CERTIFICATION_STATUSES, COMPATIBILITY_STATUSES } from './integrations.rules.js';
import {
  changeCertification,
  createIntegrationListing,
  deleteIntegrationListing,
  getIntegrationListing,
  listIntegrationListings,
  updateIntegrationListing,
} from './integrations.service.js';

const ZCompatibility = z.object({
  product: zText(120),
  versions: zOptionalText(120).default(''),
  status: z.enum(COMPATIBILITY_STATUSES, { error: `must be one of ${COMPATIBILITY_STATUSES.join(', ')}` }),
});

const ZListingUrl = z.union([
  z.literal(''),
  z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
    .max(500)
    .check(TEXT_CHECK),
]);

const fields = {
  name: zText(200),
  category: zOptionalText(100).optional(),
  description: zOptionalText(5000).optional(),
  listingUrl: ZListingUrl.optional(),
  compatibility: z.array(ZCompatibility).max(100, 'at most 100 products').optional(),
};

const ZListing = z
  .object({
    id: z.uuid(),
    partnerId: z.uuid(),
    partner: z.object({ id: z.uuid(), name: z.string() }),
    name: z.string(),
    category: z.string(),
    description: z.string(),
    listingUrl: z.string(),
    certification: z.enum(CERTIFICATION_STATUSES),
    certifiedAt: z.string().nullable().describe('YYYY-MM-DD'),
    expiresAt: z.string().nullable().describe('YYYY-MM-DD: the certification lapses after this day'),
    certificationNote: z.string(),
    compatibility: z.array(z.object({ product: z.string(), versions: z.string(), status: z.enum(COMPATIBILITY_STATUSES) })),
    createdAt: z.date(),
    updatedAt: z.date(),
    can: z.object({ edit: z.boolean(), delete: z.boolean(), certify: z.boolean() }),
  })
  .meta({ id: 'IntegrationListing' });

const SORTS = sortValues(['name', 'updatedAt'] as const);

export const integrationRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/integration-listings',
    summary: 'Integration listings of technology and ISV partners, with compatibility and certification',
    description: 'A partner’s people see their own company’s listings.',
    tags: ['integrations'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'integrationListing.read',
    query: z.object({
      limit: ZLimit,
      cursor: ZCursor,
      sort: z.enum(SORTS).default('name'),
      partnerId: ZIdList.optional(),
      certification: zAnyOf(CERTIFICATION_STATUSES).optional(),
      product: zString(120).optional().describe('Lists this product in its compatibility (case aside)'),
      q: zString(200).optional().describe('Name or category contains'),
    }),
    response: zPage(ZListing),
    handler: async ({ ctx, query }) => listIntegrationListings(ctx, query),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/partners/:id/integration-listings',
    summary: 'Propose an integration listing for a partner',
    description: 'It starts uncertified (`none`); only vendor staff move its certification.',
    tags: ['integrations'],
    access: access.roles(['admin', 'partner_manager', 'partner_admin'], { scope: 'partner' }),
    permission: 'integrationListing.create',
    target: 'partner',
    status: 201,
    params: ZIdParams,
    body: z.strictObject(fields),
    response: ZListing,
    example: (refs) => ({
      name: `Connector ${refs.unique}`,
      category: 'Security analytics',
      listingUrl: 'https://marketplace.example/connector',
      compatibility: [{ product: 'Consort Cloud', versions: '3.x', status: 'supported' }],
    }),
    handler: async ({ ctx, params, body }) => createIntegrationListing(ctx, params.id, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/integration-listings/:id',
    summary: 'One integration listing',
    tags: ['integrations'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'integrationListing.read',
    target: 'integrationListing',
    params: ZIdParams,
    response: ZListing,
    handler: async ({ ctx, params }) => getIntegrationListing(ctx, params.id),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/integration-listings/:id',
    summary: 'Change an integration listing (not its certification)',
    tags: ['integrations'],
    access: access.roles(['admin', 'partner_manager', 'partner_admin'], { scope: 'partner' }),
    permission: 'integrationListing.edit',
    target: 'integrationListing',
    params: ZIdParams,
    body: z.strictObject(fields).partial(),
    response: ZListing,
    example: () => ({ description: 'Streams alerts both ways.' }),
    handler: async ({ ctx, params, body }) => updateIntegrationListing(ctx, params.id, body),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/integration-listings/:id',
    summary: 'Withdraw an integration listing',
    tags: ['integrations'],
    access: access.roles(['admin', 'partner_manager', 'partner_admin'], { scope: 'partner' }),
    permission: 'integrationListing.delete',
    target: 'integrationListing',
    status: 204,
    params: ZIdParams,
    handler: async ({ ctx, params }) => deleteIntegrationListing(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/integration-listings/:id/certification',
    summary: 'Move an integration’s certification: in review, certified (until an expiry date), expired, or none',
    description:
      'none → in_review → certified | none; certified → in_review | expired; expired → in_review | certified. Certifying ' +
      'needs an expiry after today (default: a year). 422 INVALID_TRANSITION naming `status` or `expiresAt` otherwise.',
    tags: ['integrations'],
    access: access.roles(['admin', 'partner_manager'], { scope: 'partner' }),
    permission: 'integrationListing.certify',
    target: 'integrationListing',
    params: ZIdParams,
    body: z.strictObject({
      status: z.enum(CERTIFICATION_STATUSES),
      expiresAt: zDate().nullable().optional(),
      note: zOptionalText(1000).optional(),
    }),
    response: ZListing,
    example: () => ({ status: 'in_review', note: 'Test plan received' }),
    handler: async ({ ctx, params, body }) => changeCertification(ctx, params.id, body),
  }),
];
