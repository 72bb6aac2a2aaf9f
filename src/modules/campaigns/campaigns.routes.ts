import { z } from 'zod';
import { access, defineRoute } from '../../server/route.js';
import {
  ZCurrency,
  ZCursor,
  ZEmail,
  ZId,
  ZIdList,
  ZIdParams,
  ZLimit,
  zAnyOf,
  zCountry,
  zDate,
  zOptionalText,
  zPage,
  zString,
  zText,
} from '../../server/schemas.js';
import { PARTNER_ROLES, ROLES } from '../../shared/roles.js';
import { valuePropositionFields, ZValuePropositionIdInput } from '../value/index.js';
import { CAMPAIGN_STATUSES, CAMPAIGN_TYPES, OWNER_SIDES } from './campaigns.rules.js';
import {
  createCampaign,
  creditCampaign,
  decideCampaign,
  getCampaign,
  listCampaigns,
  moveCampaign,
  updateCampaign,
} from './campaigns.service.js';

const TAGS = ['campaigns'];
const ZMoney = z.object({ amount: z.number().int(), currency: z.string() });
const ZMoneyInput = z.strictObject({
  amount: z
    .number({ error: 'must be a whole number of minor units' })
    .int('must be whole minor units')
    .min(0, 'must be 0 or more')
    .max(1e13, 'must be at most 10^13'),
  currency: ZCurrency,
});
const zCount = (max: number) =>
  z
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(0, 'must be 0 or more')
    .max(max, `must be at most ${max}`);

const ZResults = z
  .object({
    asOf: z.string().describe('The date amounts are converted at: today, or the end of a completed campaign'),
    reportingCurrency: z.string(),
    leads: z.number().int(),
    convertedLeads: z.number().int(),
    opportunities: z.number().int(),
    pipeline: ZMoney.nullable().describe('Open opportunities it generated, reporting currency; null when a rate is missing'),
    won: ZMoney.nullable().describe('Won revenue it generated, reporting currency'),
    budget: ZMoney.nullable().describe('Its budget in the reporting currency'),
    costPerLead: ZMoney.nullable(),
    roiPercent: z.number().int().nullable().describe('(won − budget) ÷ budget, in whole percent'),
  })
  .meta({ id: 'CampaignResults' });

const campaignShape = {
  id: z.uuid(),
  partnerId: z.uuid(),
  partnerName: z.string(),
  name: z.string(),
  type: z.enum(CAMPAIGN_TYPES),
  ownerSide: z.enum(OWNER_SIDES),
  status: z.enum(CAMPAIGN_STATUSES),
  startsOn: z.string(),
  endsOn: z.string(),
  description: z.string(),
  budget: ZMoney,
  vendorShare: ZMoney,
  partnerShare: ZMoney,
  goalLeads: z.number().int().nullable(),
  goalPipeline: ZMoney.nullable(),
  decisionNote: z.string(),
  approvedAt: z.date().nullable(),
  ...valuePropositionFields,
  createdAt: z.date(),
  updatedAt: z.date(),
  results: ZResults,
  can: z.object({ edit: z.boolean(), approve: z.boolean(), move: z.boolean(), credit: z.boolean() }),
};
const ZCampaign = z.object(campaignShape).meta({ id: 'Campaign' });
const ZCampaignDetail = z
  .object({
    ...campaignShape,
    leads: z.array(
      z.object({
        id: z.uuid(),
        number: z.string(),
        company: z.string(),
        status: z.string(),
        origin: z.enum(['created', 'linked']),
        opportunityId: z.uuid().nullable(),
      }),
    ),
    opportunities: z.array(
      z.object({
        id: z.uuid(),
        number: z.string(),
        title: z.string(),
        stage: z.string(),
        amount: ZMoney.nullable(),
        via: z.enum(['lead', 'linked']),
      }),
    ),
  })
  .meta({ id: 'CampaignDetail' });

const ZSplit = z.union(
  [
    z.strictObject({
      vendorPercent: z
        .number({ error: 'must be a number from 0 to 100' })
        .min(0, 'must be 0 or more')
        .max(100, 'must be at most 100'),
    }),
    z.strictObject({
      vendorAmount: zCount(1e13).describe('The vendor’s share, minor units'),
      partnerAmount: zCount(1e13).describe('The partner’s share, minor units'),
    }),
  ],
  { error: 'must be { vendorPercent } or { vendorAmount, partnerAmount }' },
);

const fields = {
  name: zText(200),
  type: z.enum(CAMPAIGN_TYPES, { error: `must be one of ${CAMPAIGN_TYPES.join(', ')}` }),
  ownerSide: z
    .enum(OWNER_SIDES, { error: `must be one of ${OWNER_SIDES.join(', ')}` })
    .describe('Who runs it: vendor, partner or joint'),
  startsOn: zDate(),
  endsOn: zDate(),
  description: zOptionalText(4000).optional(),
  budget: ZMoneyInput.describe('Total budget, integer minor units'),
  split: ZSplit.describe('Vendor share in percent (partner gets the rest), or both amounts adding up to the budget exactly'),
  goalLeads: zCount(1_000_000).nullable().optional(),
  goalPipeline: zCount(1e13).nullable().optional().describe('Pipeline goal in the budget’s currency, minor units'),
  valuePropositionId: ZValuePropositionIdInput,
};

const ZLeadFields = z.strictObject({
  company: zText(200),
  domain: zString(253).nullable().optional(),
  contact: z
    .strictObject({ name: zOptionalText(200).optional(), email: ZEmail.optional(), phone: zOptionalText(50).optional() })
    .optional(),
  country: zCountry().nullable().optional(),
  products: z.array(zText(120)).max(20, 'at most 20 products').optional(),
  notes: zOptionalText(4000).optional(),
});

const MANAGERS = ['admin', 'partner_manager'] as const;

export const campaignRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/campaigns',
    summary: 'Joint marketing campaigns (a partner’s people: their company’s), for the calendar and the list',
    description: '`from`/`to` keep campaigns running on any day of that range (a calendar month).',
    tags: TAGS,
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'campaign.read',
    query: z.object({
      limit: ZLimit,
      cursor: ZCursor,
      sort: z.enum(['startsOn', '-startsOn', 'name', '-name', 'createdAt', '-createdAt']).default('startsOn'),
      partnerId: ZIdList.optional(),
      status: zAnyOf(CAMPAIGN_STATUSES).optional(),
      type: zAnyOf(CAMPAIGN_TYPES).optional(),
      from: zDate().optional(),
      to: zDate().optional(),
    }),
    response: zPage(ZCampaign),
    export: { omit: ['results'] },
    handler: async ({ ctx, query }) => listCampaigns(ctx, query),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/partners/:id/campaigns',
    summary: 'Plan a joint campaign with a partner (vendor managers) or propose one (the partner’s people)',
    description: 'A partner’s proposal waits for the vendor’s approval (`status: proposed`).',
    tags: TAGS,
    access: access.roles([...MANAGERS, ...PARTNER_ROLES], { scope: 'partner' }),
    permission: 'campaign.create',
    target: 'partner',
    status: 201,
    params: ZIdParams,
    body: z.strictObject(fields),
    response: ZCampaignDetail,
    example: () => ({
      name: 'Zero-trust webinar series',
      type: 'webinar',
      ownerSide: 'joint',
      startsOn: '2027-02-01',
      endsOn: '2027-02-28',
      budget: { amount: 1_000_000, currency: 'USD' },
      split: { vendorPercent: 60 },
      goalLeads: 40,
    }),
    handler: async ({ ctx, params, body }) => createCampaign(ctx, params.id, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/campaigns/:id',
    summary: 'A campaign with its budget split, the leads and opportunities it generated and its results',
    tags: TAGS,
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'campaign.read',
    target: 'campaign',
    params: ZIdParams,
    response: ZCampaignDetail,
    handler: async ({ ctx, params }) => getCampaign(ctx, params.id),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/campaigns/:id',
    summary: 'Change a campaign (vendor managers until it is finished; the partner’s people while it is proposed)',
    tags: TAGS,
    access: access.roles([...MANAGERS, ...PARTNER_ROLES], { scope: 'partner' }),
    permission: 'campaignProposal.edit',
    target: 'campaignProposal',
    params: ZIdParams,
    body: z.strictObject(fields).partial(),
    response: ZCampaignDetail,
    example: () => ({ budget: { amount: 1_200_000, currency: 'USD' }, split: { vendorAmount: 700_000, partnerAmount: 500_000 } }),
    handler: async ({ ctx, params, body }) => updateCampaign(ctx, params.id, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/campaigns/:id/decision',
    summary: 'Approve (→ planned) or decline a partner’s proposed campaign',
    tags: TAGS,
    access: access.roles(MANAGERS, { scope: 'none' }),
    permission: 'campaignProposal.approve',
    target: 'campaignProposal',
    params: ZIdParams,
    body: z.strictObject({ approve: z.boolean({ error: 'must be true or false' }), note: zOptionalText(2000).optional() }),
    response: ZCampaignDetail,
    example: () => ({ approve: true, note: 'Good fit for the Q1 push' }),
    handler: async ({ ctx, params, body }) => decideCampaign(ctx, params.id, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/campaigns/:id/status',
    summary: 'Start, complete or cancel a campaign',
    tags: TAGS,
    access: access.roles(MANAGERS, { scope: 'none' }),
    permission: 'campaign.run',
    target: 'campaign',
    params: ZIdParams,
    body: z.strictObject({
      status: z.enum(['active', 'completed', 'cancelled'], { error: 'must be active, completed or cancelled' }),
      note: zOptionalText(2000).optional(),
    }),
    response: ZCampaignDetail,
    example: () => ({ status: 'active' }),
    handler: async ({ ctx, params, body }) => moveCampaign(ctx, params.id, body.status, body.note),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/campaigns/:id/withdrawal',
    summary: 'Withdraw a proposed campaign (the partner’s people, or vendor managers)',
    tags: TAGS,
    access: access.roles([...MANAGERS, ...PARTNER_ROLES], { scope: 'partner' }),
    permission: 'campaignProposal.edit',
    target: 'campaignProposal',
    params: ZIdParams,
    response: ZCampaignDetail,
    handler: async ({ ctx, params }) => moveCampaign(ctx, params.id, 'cancelled', 'Withdrawn'),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/campaigns/:id/credits',
    summary: 'Record what a campaign generated: a new lead, an existing lead or an opportunity',
    description:
      'Exactly one of `lead` (created in the leads module and assigned to the campaign’s partner), `leadId` or `opportunityId`. ' +
      'Opportunities the credited leads convert into count without a row of their own.',
    tags: TAGS,
    access: access.roles(MANAGERS, { scope: 'none' }),
    permission: 'campaign.run',
    target: 'campaign',
    status: 201,
    params: ZIdParams,
    body: z.strictObject({ lead: ZLeadFields.optional(), leadId: ZId.optional(), opportunityId: ZId.optional() }),
    response: ZCampaignDetail,
    example: (refs) => ({
      lead: { company: `Webinar attendee ${refs.unique}`, domain: `attendee-${refs.seq}.example`, country: 'DE' },
    }),
    handler: async ({ ctx, params, body }) => creditCampaign(ctx, params.id, body as never),
  }),
];
