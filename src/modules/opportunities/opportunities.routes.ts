import { z } from 'zod';
import { sortValues } from '../../db/keyset.js';
import { access, defineRoute } from '../../server/route.js';
import {
  ZCurrency,
  ZCursor,
  ZId,
  ZIdList,
  ZIdParams,
  ZLimit,
  ZQueryBoolean,
  zAnyOf,
  zCountry,
  zDate,
  zDateTime,
  zOptionalText,
  zPage,
  zString,
  zText,
} from '../../server/schemas.js';
import { addDays } from '../../shared/dates.js';
import { ROLES } from '../../shared/roles.js';
import { valuePropositionFields, ZValuePropositionIdInput } from '../value/index.js';
import {
  CO_SELL_DIRECTIONS,
  CO_SELL_STATUSES,
  INVOLVEMENT_ROLES,
  OPPORTUNITY_STAGES,
  SHARED_FIELDS,
  SOURCE_KINDS,
} from './opportunities.rules.js';
import {
  acceptCoSell,
  addTouch,
  createAccount,
  createOpportunity,
  declineCoSell,
  getAccount,
  getCoSellRequest,
  getOpportunity,
  inviteToCoSell,
  listAccounts,
  listCoSellRequests,
  listOpportunities,
  requestCoSell,
  updateAccount,
  updateOpportunity,
} from './opportunities.service.js';

const ZPersonRef = z.object({ id: z.uuid(), name: z.string(), email: z.string(), role: z.enum(ROLES) });
const ZAmount = z
  .number({ error: 'must be a whole number of minor units' })
  .int('must be a whole number of minor units')
  .min(0, 'must not be negative')
  .max(Number.MAX_SAFE_INTEGER, 'is too large');
const ZProducts = z.array(zText(100)).max(50, 'at most 50 products');
const ZCustomer = z.strictObject({ name: zText(200), domain: zOptionalText(253).nullable().optional() });

const ZInvolvement = z.object({
  partnerId: z.uuid(),
  partnerName: z.string(),
  roles: z.array(z.enum(INVOLVEMENT_ROLES)),
  since: z.date(),
});

const opportunityShape = {
  id: z.uuid(),
  number: z.string().describe('Readable and sequential: OPP-000123'),
  title: z.string(),
  partnerId: z.uuid().nullable().describe('Partner view: your company; vendor view: the partner that sourced it, if any'),
  account: z.object({ id: z.uuid(), name: z.string(), domain: z.string().nullable(), segment: z.string() }),
  amount: z.number().int().nullable().describe('Minor units of `currency`; null when not shared with the partner'),
  currency: z.string().nullable(),
  stage: z.enum(OPPORTUNITY_STAGES).nullable().describe('null when not shared with the partner'),
  closeDate: z.string().nullable(),
  owner: ZPersonRef.nullable(),
  products: z.array(z.string()),
  source: z.object({ kind: z.enum(SOURCE_KINDS), id: z.uuid().nullable() }),
  sharedFields: z.array(z.enum(SHARED_FIELDS)).describe('What involved partners see beyond title and customer'),
  closedAt: z.date().nullable(),
  lostReason: z.string(),
  partners: z.array(ZInvolvement).describe('Partner view: only your company'),
  ...valuePropositionFields,
  createdAt: z.date(),
  updatedAt: z.date(),
  can: z.object({ edit: z.boolean(), addTouch: z.boolean(), inviteCoSell: z.boolean(), requestCoSell: z.boolean() }),
};

export const ZOpportunity = z.object(opportunityShape).meta({ id: 'Opportunity' });
export const ZOpportunityDetail = z
  .object({
    ...opportunityShape,
    touches: z.array(
      z.object({
        id: z.uuid(),
        partnerId: z.uuid(),
        partnerName: z.string(),
        role: z.enum(INVOLVEMENT_ROLES),
        occurredAt: z.date(),
        note: z.string(),
        createdBy: ZPersonRef.nullable(),
      }),
    ),
    stageHistory: z
      .array(
        z.object({
          fromStage: z.enum(OPPORTUNITY_STAGES).nullable(),
          toStage: z.enum(OPPORTUNITY_STAGES),
          changedAt: z.date(),
          changedBy: ZPersonRef.nullable(),
        }),
      )
      .describe('Vendor staff only (empty for a partner)'),
  })
  .meta({ id: 'OpportunityDetail' });

const ZAccount = z
  .object({
    id: z.uuid(),
    name: z.string(),
    domain: z.string().nullable(),
    otherDomains: z.array(z.string()),
    segment: z.string(),
    industry: z.string(),
    country: z.string().nullable(),
    owner: ZPersonRef.nullable(),
    openOpportunities: z.number().int(),
    createdAt: z.date(),
    updatedAt: z.date(),
    can: z.object({ edit: z.boolean() }),
  })
  .meta({ id: 'Account' });

const ZCoSell = z
  .object({
    id: z.uuid(),
    partnerId: z.uuid(),
    partnerName: z.string(),
    direction: z
      .enum(CO_SELL_DIRECTIONS)
      .describe('from_partner: a partner asks the vendor; from_vendor: the vendor invites a partner'),
    opportunityId: z.uuid().nullable(),
    title: z.string(),
    customer: z.object({ name: z.string(), domain: z.string().nullable() }),
    amount: z.number().int().nullable(),
    currency: z.string().nullable(),
    closeDate: z.string().nullable(),
    role: z.enum(INVOLVEMENT_ROLES),
    note: z.string(),
    status: z.enum(CO_SELL_STATUSES),
    decisionReason: z.string(),
    requestedBy: ZPersonRef.nullable(),
    decidedBy: ZPersonRef.nullable(),
    decidedAt: z.date().nullable(),
    createdAt: z.date(),
    updatedAt: z.date(),
    can: z.object({ accept: z.boolean(), decline: z.boolean() }),
  })
  .meta({ id: 'CoSellRequest' });

const ZAccountInput = z.strictObject({
  name: zText(200),
  domain: zOptionalText(253).nullable().optional(),
  otherDomains: z.array(zText(253)).max(20, 'at most 20 domains').optional(),
  segment: zOptionalText(100).optional(),
  industry: zOptionalText(100).optional(),
  country: zCountry().nullable().optional(),
  ownerId: ZId.nullable().optional(),
});

const OPP_SORTS = sortValues(['createdAt', 'closeDate', 'amount'] as const);
const MANAGERS = ['admin', 'partner_manager'] as const;
const VENDOR = ['admin', 'partner_manager', 'executive', 'finance'] as const;
const PARTNER_SIDE = ['partner_admin', 'partner_user'] as const;
const today = () => new Date().toISOString().slice(0, 10);

export const opportunityRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/opportunities',
    summary: 'Opportunities (a partner’s people: those shared with their company)',
    description:
      'Filters: `stage`, `open=true|false`, `partnerId` and `role` (involved partners), `direct=true` (no partner ' +
      'involved), `accountId`, `ownerId`, `closeFrom`/`closeTo`, `q` (number, title, customer). A partner sees only ' +
      'the opportunities its company is involved in, outside the areas where it competes with the vendor, with only ' +
      'the fields shared with it.',
    tags: ['opportunities'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'opportunity.read',
    query: z.object({
      limit: ZLimit,
      cursor: ZCursor,
      sort: z.enum(OPP_SORTS).default('-createdAt'),
      stage: zAnyOf(OPPORTUNITY_STAGES).optional(),
      open: ZQueryBoolean.optional(),
      partnerId: ZIdList.optional(),
      role: zAnyOf(INVOLVEMENT_ROLES).optional(),
      direct: ZQueryBoolean.optional(),
      accountId: ZId.optional(),
      ownerId: ZId.optional(),
      closeFrom: zDate().optional(),
      closeTo: zDate().optional(),
      q: zString(200).optional(),
    }),
    response: zPage(ZOpportunity),
    export: { pick: { account: 'name', owner: 'name' }, omit: ['partners', 'source', 'sharedFields'] },
    handler: async ({ ctx, query }) => listOpportunities(ctx, query),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/opportunities',
    summary: 'Create an opportunity',
    description:
      'The customer is `accountId`, or `customer` `{name, domain?}`: the account is found by normalised domain, then ' +
      'normalised company name, or created. `partner` `{partnerId, role}` involves a partner at once (refused with ' +
      '409 where the partner competes with the vendor in the account’s segment or the products).',
    tags: ['opportunities'],
    access: access.roles(MANAGERS, { scope: 'none' }),
    permission: 'opportunity.create',
    status: 201,
    body: z.strictObject({
      title: zText(200),
      customer: ZCustomer.optional(),
      accountId: ZId.optional(),
      amount: ZAmount,
      currency: ZCurrency,
      stage: z.enum(OPPORTUNITY_STAGES),
      closeDate: zDate(),
      ownerId: ZId.nullable().optional(),
      products: ZProducts.optional(),
      sharedFields: z.array(z.enum(SHARED_FIELDS)).optional(),
      source: z.strictObject({ kind: z.enum(SOURCE_KINDS), id: ZId.nullable().optional() }).optional(),
      partner: z.strictObject({ partnerId: ZId, role: z.enum(INVOLVEMENT_ROLES) }).optional(),
      valuePropositionId: ZValuePropositionIdInput.describe('A published JVP of the partner involved at once (`partner`)'),
    }),
    response: ZOpportunityDetail,
    example: (refs) => ({
      title: 'Globex analytics rollout',
      customer: { name: `Globex ${refs.unique} GmbH`, domain: `globex-${refs.unique}.example` },
      amount: 4_800_000,
      currency: 'EUR',
      stage: 'qualification',
      closeDate: addDays(today(), 90),
      products: ['Analytics'],
    }),
    handler: async ({ ctx, body }) => createOpportunity(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/opportunities/:id',
    summary: 'An opportunity with its partners, touches and stage history',
    tags: ['opportunities'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'opportunity.read',
    target: 'opportunity',
    params: ZIdParams,
    response: ZOpportunityDetail,
    handler: async ({ ctx, params }) => getOpportunity(ctx, params.id),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/opportunities/:id',
    summary: 'Change an opportunity: stage, amount, close date, owner, products, what partners see',
    description:
      'Stages: prospecting → qualification → proposal → negotiation → closed_won | closed_lost, in any order while ' +
      'open; a closed opportunity reopens only to an open stage. Every stage change is kept in `stageHistory`.',
    tags: ['opportunities'],
    access: access.roles(MANAGERS, { scope: 'none' }),
    permission: 'opportunity.edit',
    target: 'opportunity',
    params: ZIdParams,
    body: z.strictObject({
      title: zText(200).optional(),
      amount: ZAmount.optional(),
      currency: ZCurrency.optional(),
      stage: z.enum(OPPORTUNITY_STAGES).optional(),
      closeDate: zDate().optional(),
      ownerId: ZId.nullable().optional(),
      products: ZProducts.optional(),
      sharedFields: z.array(z.enum(SHARED_FIELDS)).optional(),
      lostReason: zOptionalText(2000).optional(),
      valuePropositionId: ZValuePropositionIdInput.describe('A published JVP of one of the partners involved'),
    }),
    response: ZOpportunityDetail,
    example: () => ({ stage: 'proposal', amount: 5_200_000 }),
    handler: async ({ ctx, params, body }) => updateOpportunity(ctx, params.id, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/opportunities/:id/touches',
    summary: 'Record a partner’s dated touch (involves the partner in that role)',
    description:
      'One partner at most has the `sourced` role (another is refused with 409 naming `role`). A partner that ' +
      'competes with the vendor in the account’s segment or the products is refused with 409 naming `partnerId`.',
    tags: ['opportunities'],
    access: access.roles(MANAGERS, { scope: 'none' }),
    permission: 'opportunity.touch',
    target: 'opportunity',
    bodyTarget: true,
    status: 201,
    params: ZIdParams,
    body: z.strictObject({
      partnerId: ZId,
      role: z.enum(INVOLVEMENT_ROLES),
      occurredAt: zDateTime(),
      note: zOptionalText(2000).optional(),
    }),
    response: ZOpportunityDetail,
    example: (refs) => ({
      partnerId: refs.partnerId,
      role: 'technical',
      occurredAt: new Date(Date.now() - 86_400_000).toISOString(),
      note: 'Joint solution workshop',
    }),
    handler: async ({ ctx, params, body }) => addTouch(ctx, params.id, { ...body, occurredAt: new Date(body.occurredAt) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/opportunities/:id/co-sell-requests',
    summary: 'Invite a partner to co-sell this opportunity in a role (the partner accepts or declines)',
    tags: ['opportunities'],
    access: access.roles(MANAGERS, { scope: 'none' }),
    permission: 'opportunity.inviteCoSell',
    target: 'opportunity',
    bodyTarget: true,
    status: 201,
    params: ZIdParams,
    body: z.strictObject({ partnerId: ZId, role: z.enum(INVOLVEMENT_ROLES), note: zOptionalText(2000).optional() }),
    response: ZCoSell,
    example: (refs) => ({ partnerId: refs.partnerId, role: 'delivery', note: 'Your team knows their stack' }),
    handler: async ({ ctx, params, body }) => inviteToCoSell(ctx, params.id, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/co-sell-requests',
    summary: 'Co-sell requests and invitations (a partner’s people: their company’s)',
    tags: ['opportunities'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'coSellRequest.read',
    query: z.object({
      limit: ZLimit,
      cursor: ZCursor,
      sort: z.enum(sortValues(['createdAt'] as const)).default('-createdAt'),
      status: zAnyOf(CO_SELL_STATUSES).optional(),
      direction: z.enum(CO_SELL_DIRECTIONS).optional(),
      partnerId: ZIdList.optional(),
      opportunityId: ZId.optional(),
    }),
    response: zPage(ZCoSell),
    export: { pick: { customer: 'name', requestedBy: 'name', decidedBy: 'name' } },
    handler: async ({ ctx, query }) => listCoSellRequests(ctx, query),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/co-sell-requests',
    summary: 'Ask the vendor to co-sell a customer deal (a partner’s people)',
    description:
      'A deal of the partner’s own (`customer`, `title`, optional `amount`+`currency`, `closeDate`) or an ' +
      'opportunity it is involved in (`opportunityId`). `partnerId`, if given, must be the caller’s company.',
    tags: ['opportunities'],
    access: access.roles(PARTNER_SIDE, { scope: 'partner' }),
    permission: 'coSellRequest.create',
    bodyTarget: true,
    status: 201,
    body: z.strictObject({
      partnerId: ZId.optional(),
      opportunityId: ZId.optional(),
      customer: ZCustomer.optional(),
      title: zText(200).optional(),
      amount: ZAmount.optional(),
      currency: ZCurrency.optional(),
      closeDate: zDate().optional(),
      role: z.enum(INVOLVEMENT_ROLES).optional(),
      note: zOptionalText(2000).optional(),
    }),
    response: ZCoSell,
    example: (refs) => ({
      partnerId: refs.partnerId,
      customer: { name: `Umbrella ${refs.unique} Ltd`, domain: `umbrella-${refs.unique}.example` },
      title: 'Umbrella security platform',
      amount: 3_000_000,
      currency: 'USD',
      closeDate: addDays(today(), 120),
      note: 'They asked for a vendor architect in the room',
    }),
    handler: async ({ ctx, body }) => requestCoSell(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/co-sell-requests/:id',
    summary: 'A co-sell request',
    tags: ['opportunities'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'coSellRequest.read',
    target: 'coSellRequest',
    params: ZIdParams,
    response: ZCoSell,
    handler: async ({ ctx, params }) => getCoSellRequest(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/co-sell-requests/:id/accept',
    summary: 'Accept a co-sell request addressed to you (adds the partner’s involvement)',
    description:
      'The vendor accepts a partner’s ask (linking `opportunityId`, or creating an opportunity from the request); ' +
      'a partner accepts the vendor’s invitation. The other side’s request answers 403.',
    tags: ['opportunities'],
    access: access.roles([...MANAGERS, ...PARTNER_SIDE], { scope: 'partner' }),
    permission: 'coSellRequest.decide',
    target: 'coSellRequest',
    params: ZIdParams,
    body: z.strictObject({ opportunityId: ZId.optional(), note: zOptionalText(2000).optional() }),
    response: ZCoSell,
    example: () => ({ note: 'Let’s do it' }),
    handler: async ({ ctx, params, body }) => acceptCoSell(ctx, params.id, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/co-sell-requests/:id/decline',
    summary: 'Decline a co-sell request addressed to you, with the reason',
    tags: ['opportunities'],
    access: access.roles([...MANAGERS, ...PARTNER_SIDE], { scope: 'partner' }),
    permission: 'coSellRequest.decide',
    target: 'coSellRequest',
    params: ZIdParams,
    body: z.strictObject({ reason: zText(2000) }),
    response: ZCoSell,
    example: () => ({ reason: 'No capacity this quarter' }),
    handler: async ({ ctx, params, body }) => declineCoSell(ctx, params.id, body.reason),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/accounts',
    summary: 'The vendor’s accounts (customers and prospects)',
    tags: ['opportunities'],
    access: access.roles(VENDOR, { scope: 'none' }),
    permission: 'account.read',
    query: z.object({
      limit: ZLimit,
      cursor: ZCursor,
      sort: z.enum(sortValues(['name', 'createdAt'] as const)).default('name'),
      q: zString(200).optional(),
      segment: zString(100).optional(),
    }),
    response: zPage(ZAccount),
    export: { pick: { owner: 'name' } },
    handler: async ({ ctx, query }) => listAccounts(ctx, query),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/accounts',
    summary: 'Create an account (one per normalised domain)',
    tags: ['opportunities'],
    access: access.roles(MANAGERS, { scope: 'none' }),
    permission: 'account.create',
    status: 201,
    body: ZAccountInput,
    response: ZAccount,
    example: (refs) => ({
      name: `Hooli ${refs.unique}`,
      domain: `hooli-${refs.unique}.example`,
      segment: 'Enterprise',
      country: 'US',
    }),
    handler: async ({ ctx, body }) => createAccount(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/accounts/:id',
    summary: 'An account',
    tags: ['opportunities'],
    access: access.roles(VENDOR, { scope: 'none' }),
    permission: 'account.read',
    target: 'account',
    params: ZIdParams,
    response: ZAccount,
    handler: async ({ ctx, params }) => getAccount(ctx, params.id),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/accounts/:id',
    summary: 'Change an account',
    tags: ['opportunities'],
    access: access.roles(MANAGERS, { scope: 'none' }),
    permission: 'account.edit',
    target: 'account',
    params: ZIdParams,
    body: ZAccountInput.partial(),
    response: ZAccount,
    example: () => ({ segment: 'Mid-market', industry: 'Manufacturing' }),
    handler: async ({ ctx, params, body }) => updateAccount(ctx, params.id, body),
  }),
];
