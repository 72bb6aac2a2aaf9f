import { z } from 'zod';
import { access, defineRoute } from '../../server/route.js';
import { ZCursor, ZId, ZIdParams, ZLimit, zString } from '../../server/schemas.js';
import { blind, newBlindingKey } from '../../shared/psi.js';
import { MAPPING_SIDES, POPULATIONS, SHARING_LEVELS } from './account-mapping.rules.js';
import {
  accountMappingPortfolio,
  clearPartnerAccounts,
  getAccountMapping,
  listMappingAccounts,
  listOverlaps,
  PRIVATE_MATCH_CHUNK,
  PRIVATE_MATCH_LIMIT,
  PRIVATE_MATCH_VENDOR_PAGE,
  revealPrivateMatch,
  runPrivateMatch,
  setSharing,
} from './account-mapping.service.js';

const READERS = ['admin', 'partner_manager', 'executive', 'partner_admin', 'partner_user'] as const;

const ZPopulation = z.enum(POPULATIONS, { error: `must be one of ${POPULATIONS.join(', ')}` });
const ZLevel = z.enum(SHARING_LEVELS, { error: `must be one of ${SHARING_LEVELS.join(', ')}` });
const ZSide = z.enum(MAPPING_SIDES, { error: `must be one of ${MAPPING_SIDES.join(', ')}` });
const zLevels = (of: z.ZodType) => z.object({ customer: of, prospect: of, opportunity: of });
const ZCounts = zLevels(z.number().int().nullable());

const ZAccountMapping = z
  .object({
    partnerId: z.uuid(),
    partnerName: z.string(),
    viewer: ZSide,
    sharing: z.object({ vendor: zLevels(ZLevel), partner: zLevels(ZLevel) }).meta({ id: 'AccountMappingSharing' }),
    lists: z
      .object({ vendor: ZCounts, partner: ZCounts })
      .describe('List sizes per population; null where not shared with the caller'),
    matrix: z.array(
      z
        .object({
          vendorPopulation: ZPopulation,
          partnerPopulation: ZPopulation,
          count: z.number().int().nullable().describe('Overlapping companies; null where the other side does not share counts'),
          rows: z.boolean().describe('Whether the caller may list the overlapping accounts of this cell'),
        })
        .meta({ id: 'AccountMappingCell' }),
    ),
    overlapTotal: z.number().int().nullable(),
    privateMatch: z
      .object({
        ranAt: z.string(),
        submitted: z.number().int(),
        revealed: z.number().int().nullable(),
        revealedAt: z.string().nullable(),
      })
      .nullable(),
    can: z.object({ upload: z.boolean(), share: z.boolean(), match: z.boolean() }),
  })
  .meta({ id: 'AccountMapping' });

const ZOverlapRow = z
  .object({
    id: z.string(),
    matchedOn: z.enum(['domain', 'name']),
    vendorPopulation: ZPopulation.nullable(),
    vendorName: z.string().nullable(),
    vendorDomain: z.string().nullable(),
    partnerPopulation: ZPopulation.nullable(),
    partnerName: z.string().nullable(),
    partnerDomain: z.string().nullable(),
    industry: z.string().nullable(),
    country: z.string().nullable(),
  })
  .meta({ id: 'AccountOverlap' });

const ZMappingAccount = z
  .object({
    id: z.uuid(),
    side: ZSide,
    population: ZPopulation,
    name: z.string(),
    domain: z.string().nullable(),
    industry: z.string().nullable(),
    country: z.string().nullable(),
  })
  .meta({ id: 'MappingAccount' });

const ZBlinded = zString(64).describe('A ristretto255 point, base64url (43 characters)');

export const accountMappingRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/account-mapping',
    summary: 'Account mapping across partners: the vendor list sizes and each partner’s overlap with it',
    tags: ['account-mapping'],
    access: access.roles(['admin', 'partner_manager', 'executive'], { scope: 'none' }),
    permission: 'vendorAccount.read',
    response: z
      .object({
        vendor: ZCounts,
        data: z.array(
          z
            .object({
              partnerId: z.uuid(),
              partnerName: z.string(),
              partnerAccounts: z.number().int(),
              overlaps: z.number().int(),
              customerOverlaps: z.number().int(),
            })
            .meta({ id: 'AccountMappingPortfolioRow' }),
        ),
      })
      .meta({ id: 'AccountMappingPortfolio' }),
    export: false,
    handler: async ({ ctx }) => accountMappingPortfolio(ctx),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/partners/:id/account-mapping',
    summary: 'A partner’s account mapping as the caller sees it: list sizes, sharing, the overlap matrix',
    tags: ['account-mapping', 'partners'],
    access: access.roles(READERS, { scope: 'partner' }),
    permission: 'accountMapping.read',
    target: 'partner',
    params: ZIdParams,
    response: ZAccountMapping,
    handler: async ({ ctx, params }) => getAccountMapping(ctx, params.id),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/v1/partners/:id/account-mapping/sharing',
    summary: 'What the caller’s own side shares with the other, per population (full, overlap, counts, hidden)',
    tags: ['account-mapping', 'partners'],
    access: access.roles(['admin', 'partner_manager', 'partner_admin'], { scope: 'partner' }),
    permission: 'accountMapping.share',
    target: 'partner',
    params: ZIdParams,
    body: z.strictObject({ customer: ZLevel.optional(), prospect: ZLevel.optional(), opportunity: ZLevel.optional() }),
    response: ZAccountMapping,
    example: () => ({ customer: 'counts' }),
    handler: async ({ ctx, params, body }) => setSharing(ctx, params.id, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/partners/:id/account-mapping/overlaps',
    summary: 'The overlapping accounts, a row per matched pair, as far as the other side shares them',
    tags: ['account-mapping', 'partners'],
    access: access.roles(READERS, { scope: 'partner' }),
    permission: 'accountMapping.read',
    target: 'partner',
    params: ZIdParams,
    query: z.object({
      vendorPopulation: ZPopulation.optional(),
      partnerPopulation: ZPopulation.optional(),
      limit: ZLimit,
      cursor: ZCursor,
    }),
    response: z.object({ data: z.array(ZOverlapRow), nextCursor: z.string().nullable() }),
    handler: async ({ ctx, params, query }) => listOverlaps(ctx, params.id, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/partners/:id/account-mapping/accounts',
    summary: 'One side’s list of one population: the caller’s own, or the other side’s when shared in full',
    tags: ['account-mapping', 'partners'],
    access: access.roles(READERS, { scope: 'partner' }),
    permission: 'accountMapping.read',
    target: 'partner',
    params: ZIdParams,
    query: z.object({
      side: ZSide.default('partner'),
      population: ZPopulation.default('customer'),
      limit: ZLimit,
      cursor: ZCursor,
    }),
    response: z.object({ data: z.array(ZMappingAccount), nextCursor: z.string().nullable() }),
    handler: async ({ ctx, params, query }) => listMappingAccounts(ctx, params.id, query),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/partners/:id/account-mapping/accounts',
    summary: 'The partner clears its account list (uploaded and revealed accounts)',
    tags: ['account-mapping', 'partners'],
    access: access.roles(['partner_admin'], { scope: 'partner' }),
    permission: 'accountMapping.upload',
    target: 'partner',
    params: ZIdParams,
    response: ZAccountMapping,
    handler: async ({ ctx, params }) => clearPartnerAccounts(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/partners/:id/account-mapping/private-match',
    summary: 'Private match, the server’s step: re-blind the partner’s blinded domains and blind the vendor’s shared ones',
    description:
      'The browser sends H(d)^a for its normalised domains (src/shared/psi.ts); the answer is (H(d)^a)^b in the same order and H(v)^b for a page of the vendor’s domains of the populations it shares at least as overlap, sorted. The server never sees a domain in the clear. A list longer than 5,000 values comes in chunks: the first answers `matchId`, later ones name it (at most 100,000 values in all, within the hour). The vendor’s list has no cap: it comes a page (`vendorLimit`, at most 5,000) at a time; the first request answers from 0, a later one from `vendorFrom` (the `vendorNext` of the previous answer) and may carry no items.',
    tags: ['account-mapping', 'partners'],
    access: access.roles(['partner_admin'], { scope: 'partner' }),
    permission: 'accountMapping.match',
    target: 'partner',
    params: ZIdParams,
    body: z.strictObject({
      items: z.array(ZBlinded).max(PRIVATE_MATCH_CHUNK, `at most ${PRIVATE_MATCH_CHUNK} values a request`),
      matchId: ZId.optional().describe(
        'A later chunk of the same match (a list longer than a request: the values sent so far stay blinded alike)',
      ),
      vendorFrom: z
        .number()
        .int()
        .min(0)
        .optional()
        .describe(
          'Where the page of the vendor’s values starts (the vendorNext of the previous answer); default 0 on the first request, none on later ones',
        ),
      vendorLimit: z
        .number()
        .int()
        .min(1)
        .max(PRIVATE_MATCH_VENDOR_PAGE)
        .optional()
        .describe(`How many of the vendor’s values a page carries (default and at most ${PRIVATE_MATCH_VENDOR_PAGE})`),
    }),
    response: z
      .object({
        matchId: z.uuid(),
        items: z.array(z.string()),
        vendor: z
          .array(z.object({ value: z.string(), population: ZPopulation }))
          .describe('A page of the vendor’s blinded values (from vendorFrom; the first request from 0)'),
        vendorTotal: z.number().int().describe('The vendor’s values in all (domain × population shared for matching)'),
        vendorNext: z.number().int().nullable().describe('vendorFrom of the next page; null when none is left'),
        submitted: z.number().int().describe('Values the match has taken so far'),
      })
      .meta({ id: 'PrivateMatchAnswer' }),
    example: () => ({ items: [blind('matrix.example', newBlindingKey())] }),
    handler: async ({ ctx, params, body }) =>
      runPrivateMatch(ctx, params.id, body.items, body.matchId, body.vendorFrom, body.vendorLimit),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/partners/:id/account-mapping/private-match/reveal',
    summary:
      'The partner reveals the overlap its private match found (only accounts the vendor holds are accepted); none withdraws it',
    tags: ['account-mapping', 'partners'],
    access: access.roles(['partner_admin'], { scope: 'partner' }),
    permission: 'accountMapping.match',
    target: 'partner',
    params: ZIdParams,
    body: z.strictObject({
      matchId: ZId.optional().describe('The private match whose overlap this is (default: the latest)'),
      accounts: z
        .array(z.strictObject({ domain: zString(253), population: ZPopulation }))
        .max(PRIVATE_MATCH_LIMIT, `at most ${PRIVATE_MATCH_LIMIT} accounts`),
    }),
    response: ZAccountMapping,
    example: () => ({ accounts: [] }),
    handler: async ({ ctx, params, body }) => revealPrivateMatch(ctx, params.id, body),
  }),
];
