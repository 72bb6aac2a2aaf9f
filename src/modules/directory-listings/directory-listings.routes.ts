import { z } from 'zod';
import { sortValues } from '../../db/keyset.js';
import { access, defineRoute } from '../../server/route.js';
import {
  TEXT_CHECK,
  ZCursor,
  ZEmail,
  ZIdList,
  ZIdParams,
  ZLimit,
  zAnyOf,
  zOneOrMore,
  zOptionalText,
  zPage,
  zString,
} from '../../server/schemas.js';
import { ROLES } from '../../shared/roles.js';
import { PARTNER_TYPES, REGIONS } from '../partners/index.js';
import {
  directoryFilters,
  directoryLogo,
  getDirectoryListing,
  LISTING_STATUSES,
  listDirectoryListings,
  moderateDirectoryListing,
  saveDirectoryListing,
  searchDirectory,
} from './directory-listings.service.js';

const uniqueList = <T>(list: T[]) => [...new Set(list)];

const ZWebsite = z.union([
  z.literal(''),
  z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
    .max(300)
    .check(TEXT_CHECK),
]);

const ZListing = z
  .object({
    id: z.uuid().nullable().describe('Null until the listing is first saved'),
    partnerId: z.uuid(),
    partnerName: z.string(),
    published: z.boolean().describe('The partner opted in'),
    publishedAt: z.date().nullable(),
    description: z.string(),
    website: z.string(),
    contactEmail: z.string(),
    regions: z.array(z.string()),
    industries: z.array(z.string()),
    types: z.array(z.string()),
    hidden: z.boolean().describe('The vendor hid it'),
    hiddenReason: z.string(),
    hiddenById: z.uuid().nullable(),
    hiddenAt: z.date().nullable(),
    updatedAt: z.date(),
    state: z.object({ listed: z.boolean(), reasons: z.array(z.string()).describe('Why it is not shown, if it is not') }),
    can: z.object({ edit: z.boolean(), publish: z.boolean(), moderate: z.boolean() }),
  })
  .meta({ id: 'DirectoryListing' });

const ZPublicListing = z
  .object({
    id: z.uuid(),
    name: z.string(),
    description: z.string(),
    website: z.string(),
    contactEmail: z.string(),
    regions: z.array(z.string()),
    industries: z.array(z.string()),
    types: z.array(z.string()),
    tier: z.object({ name: z.string(), color: z.string() }).nullable(),
    tiers: z
      .array(z.object({ program: z.string(), name: z.string(), color: z.string() }))
      .describe('Its tier in each program it is in, the default program first'),
    certifications: z
      .array(z.string())
      .describe('Names of the certifications the partner’s people hold today (a current certificate)'),
    integrations: z
      .array(z.object({ name: z.string(), category: z.string(), listingUrl: z.string() }))
      .describe('Certified integrations'),
    logoUrl: z.string().describe('404 when the partner has no logo'),
  })
  .meta({ id: 'PublicPartnerListing' });

const ZText = zString(100);

const ZListingSummary = z
  .object({
    id: z.uuid(),
    partnerId: z.uuid(),
    partnerName: z.string(),
    lifecycleStage: z.string(),
    status: z
      .enum(LISTING_STATUSES)
      .describe(
        'listed: shown publicly; not_listed: opted in, not shown (its stage or status); hidden by the vendor; draft: not opted in',
      ),
    published: z.boolean(),
    publishedAt: z.date().nullable(),
    hidden: z.boolean(),
    hiddenReason: z.string(),
    regions: z.array(z.string()),
    industries: z.array(z.string()),
    updatedAt: z.date(),
  })
  .meta({ id: 'DirectoryListingSummary' });

export const directoryListingRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/directory-listings',
    summary: 'Every partner’s directory listing and where it stands (vendor staff)',
    tags: ['directory'],
    access: access.roles(['admin', 'partner_manager', 'executive', 'finance'], { scope: 'none' }),
    permission: 'directoryListing.report',
    query: z.object({
      limit: ZLimit,
      cursor: ZCursor,
      sort: z.enum(sortValues(['updatedAt', 'partnerName'] as const)).default('-updatedAt'),
      status: zAnyOf(LISTING_STATUSES).optional(),
      q: zString(200).optional().describe('Partner name contains'),
    }),
    response: zPage(ZListingSummary),
    handler: async ({ ctx, query }) => listDirectoryListings(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/directory/partners',
    summary: 'The public partner directory: partners who opted in, by region, industry, type, tier and certification',
    description:
      'No sign-in. Only listings the partner published and the vendor did not hide, of partners at the enabled, active or ' +
      'strategic stage with status active; only the fields the partner published, its tier and its certified integrations.',
    tags: ['directory'],
    access: access.public(),
    query: z.object({
      limit: ZLimit,
      cursor: ZCursor,
      region: zAnyOf(REGIONS).optional(),
      industry: zOneOrMore((v) => v.length > 0 && v.length <= 100, 'industries').optional(),
      type: zAnyOf(PARTNER_TYPES).optional(),
      tier: ZIdList.optional().describe('Tier ids, as GET /directory/filters lists them (of any program)'),
      tierName: zOneOrMore((v) => v.length > 0 && v.length <= 100, 'tier names')
        .optional()
        .describe('Tier names ("Gold"), matched in any program (or in `program`), case-insensitively'),
      program: ZIdList.optional().describe('Partners in these programs (ids, as GET /directory/filters lists them)'),
      certification: zOneOrMore((v) => v.length > 0 && v.length <= 100, 'certification names')
        .optional()
        .describe('Partners whose people hold one of these certifications today (by name, any case)'),
      q: ZText.optional().describe('Name or description contains'),
    }),
    response: z.object({ data: z.array(ZPublicListing), nextCursor: z.string().nullable() }),
    export: false,
    handler: async ({ ctx, query, reply }) => {
      reply.header('cache-control', 'public, max-age=60');
      return searchDirectory(ctx.db, query);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/directory/filters',
    summary: 'The choices the public directory’s filters offer: what shown listings have',
    tags: ['directory'],
    access: access.public(),
    response: z
      .object({
        regions: z.array(z.string()),
        industries: z.array(z.string()),
        types: z.array(z.string()),
        tiers: z.array(z.object({ id: z.uuid(), name: z.string() })),
        tierNames: z.array(z.string()).describe('Tier names shown partners hold in any program, lowest rank first'),
        programs: z
          .array(z.object({ id: z.uuid(), name: z.string(), tiers: z.array(z.object({ id: z.uuid(), name: z.string() })) }))
          .describe('Programs shown partners are in, with the tiers they hold there'),
        certifications: z.array(z.string()),
      })
      .meta({ id: 'DirectoryFilters' }),
    handler: async ({ ctx, reply }) => {
      reply.header('cache-control', 'public, max-age=60');
      return directoryFilters(ctx.db);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/directory/partners/:id/logo',
    summary: 'A directory listing’s logo (public)',
    target: 'directoryListing',
    tags: ['directory'],
    access: access.public(),
    params: ZIdParams,
    handler: async ({ ctx, params, reply }) => {
      const logo = await directoryLogo(ctx.db, params.id);
      reply
        .type(logo.contentType)
        .header('cache-control', 'public, max-age=300')
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'; sandbox");
      return reply.send(logo.stream);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/partners/:id/directory-listing',
    summary: 'A partner’s public directory listing, whether it is shown and why not',
    tags: ['directory'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'directoryListing.read',
    target: 'partner',
    params: ZIdParams,
    response: ZListing,
    handler: async ({ ctx, params }) => getDirectoryListing(ctx, params.id),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/v1/partners/:id/directory-listing',
    summary: 'Edit a partner’s directory listing; its own admin opts in or out with `published`',
    description: 'Vendor staff may edit the text but not opt a partner in or out (403 naming `published`).',
    tags: ['directory'],
    access: access.roles(['admin', 'partner_manager', 'partner_admin'], { scope: 'partner' }),
    permission: 'directoryListing.edit',
    target: 'partner',
    params: ZIdParams,
    body: z.strictObject({
      published: z.boolean().optional(),
      description: zOptionalText(2000).optional(),
      website: ZWebsite.optional(),
      contactEmail: z.union([z.literal(''), ZEmail]).optional(),
      regions: z.array(z.enum(REGIONS)).max(REGIONS.length).transform(uniqueList).optional(),
      industries: z
        .array(zOptionalText(100).min(1, 'must not be empty'))
        .max(10, 'at most 10 industries')
        .transform(uniqueList)
        .optional(),
      types: z.array(z.enum(PARTNER_TYPES)).max(10).transform(uniqueList).optional(),
    }),
    response: ZListing,
    example: () => ({
      description: 'Managed security for mid-sized banks.',
      regions: ['europe'],
      contactEmail: 'sales@partner.example',
    }),
    handler: async ({ ctx, params, body }) => saveDirectoryListing(ctx, params.id, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/partners/:id/directory-listing/visibility',
    summary: 'Hide a partner’s listing from the public directory (with a reason the partner sees), or show it again',
    tags: ['directory'],
    access: access.roles(['admin', 'partner_manager'], { scope: 'none' }),
    permission: 'directoryListing.moderate',
    target: 'partner',
    params: ZIdParams,
    body: z.strictObject({ hidden: z.boolean(), reason: zOptionalText(500).optional() }),
    response: ZListing,
    example: () => ({ hidden: true, reason: 'Out-of-date contact details' }),
    handler: async ({ ctx, params, body }) => moderateDirectoryListing(ctx, params.id, body),
  }),
];
