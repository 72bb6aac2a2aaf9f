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
  zOptionalText,
  zPage,
  zString,
  zText,
} from '../../server/schemas.js';
import { ROLES } from '../../shared/roles.js';
import { COMPANY_SIZES, LEAD_QUALIFICATIONS, LEAD_STATUSES, MOTIONS, REGIONS, STRATEGIES } from './leads.rules.js';
import { ASSIGNMENT_OUTCOMES } from './leads.schema.js';
import {
  acceptLead,
  assignLead,
  convertLead,
  coverageFor,
  createCoverageSegment,
  createLead,
  createRoutingRule,
  declineLead,
  deleteCoverageSegment,
  deleteRoutingRule,
  disqualifyLead,
  getLead,
  getLeadSettings,
  type LeadEstimate,
  leadSummary,
  listCoverageSegments,
  listLeads,
  listRoutingRules,
  reorderRoutingRules,
  routeLeadNow,
  updateCoverageSegment,
  updateLead,
  updateLeadSettings,
  updateRoutingRule,
} from './leads.service.js';

const VENDOR = ['admin', 'partner_manager', 'executive', 'finance'] as const;
const MANAGERS = ['admin', 'partner_manager'] as const;
const PARTNER_SIDE = ['partner_admin', 'partner_user'] as const;

const ZCountry = zCountry();
const ZRegion = z.enum(REGIONS, { error: `must be one of ${REGIONS.join(', ')}` });
const ZSize = z.enum(COMPANY_SIZES, { error: `must be one of ${COMPANY_SIZES.join(', ')}` });
const ZMotion = z.enum(MOTIONS, { error: `must be one of ${MOTIONS.join(', ')}` });
const ZStrategy = z.enum(STRATEGIES, { error: `must be one of ${STRATEGIES.join(', ')}` });
const list = <T extends z.ZodType>(item: T, max = 50) => z.array(item).max(max, `at most ${max}`);

const ZWhy = z
  .object({
    summary: z.string().describe('Which rule chose the partner and why (what the partner reads too)'),
    details: z.array(z.string()).describe('Vendor staff only: rules skipped, partners left out and why'),
  })
  .meta({ id: 'LeadExplanation' });

const ZRef = z.object({ id: z.uuid(), name: z.string() });

const leadShape = {
  id: z.uuid(),
  number: z.string().describe('LD-000123'),
  company: z.string(),
  domain: z.string().nullable(),
  contact: z.object({ name: z.string(), email: z.string(), phone: z.string() }),
  country: z.string().nullable(),
  region: z.string().nullable(),
  industry: z.string().nullable(),
  size: z.string().nullable(),
  products: z.array(z.string()).describe('Products of interest'),
  source: z.string(),
  origin: z
    .object({ kind: z.string(), id: z.string() })
    .nullable()
    .describe('The record of another module it came from (a referral submission, a campaign…)'),
  qualification: z.enum(LEAD_QUALIFICATIONS).describe('mql: marketing qualified; eql: ecosystem qualified'),
  notes: z.string(),
  status: z.enum(LEAD_STATUSES).describe('new → assigned → accepted | declined; accepted → converted; open → disqualified'),
  motion: ZMotion.nullable().describe('What the coverage model answered when it was routed'),
  partnerId: z.uuid().nullable().describe('The partner it is assigned to now (null: with the vendor)'),
  partner: ZRef.nullable(),
  rule: z.object({ id: z.uuid().nullable(), name: z.string() }).nullable().describe('The routing rule that chose the partner'),
  why: ZWhy.nullable(),
  assignedAt: z.date().nullable(),
  acceptDueAt: z.date().nullable().describe('Assigned + the acceptance SLA'),
  acceptOverdue: z.boolean(),
  acceptedAt: z.date().nullable(),
  declineReason: z.string(),
  convertedAt: z.date().nullable(),
  opportunityId: z.uuid().nullable().describe('The opportunity it became (null until the opportunities module is wired)'),
  disqualifiedReason: z.string(),
  createdAt: z.date(),
  updatedAt: z.date(),
  can: z.object({
    assign: z.boolean(),
    accept: z.boolean(),
    decline: z.boolean(),
    convert: z.boolean(),
    disqualify: z.boolean(),
    edit: z.boolean().describe('Correct its fields (PATCH)'),
  }),
};

export const ZLead = z.object(leadShape).meta({ id: 'Lead' });

const ZLeadDetail = z
  .object({
    ...leadShape,
    assignments: z.array(
      z.object({
        id: z.uuid(),
        partnerId: z.uuid(),
        partner: ZRef.nullable(),
        ruleName: z.string().nullable(),
        strategy: z.enum([...STRATEGIES, 'manual']),
        why: ZWhy,
        assignedAt: z.date(),
        acceptDueAt: z.date(),
        outcome: z.enum(ASSIGNMENT_OUTCOMES),
        outcomeAt: z.date().nullable(),
        outcomeReason: z.string(),
      }),
    ),
  })
  .meta({ id: 'LeadDetail' });

export const ZLeadInput = z.strictObject({
  company: zText(200),
  domain: zOptionalText(253).nullable().optional(),
  contact: z
    .strictObject({
      name: zOptionalText(200).optional(),
      email: zOptionalText(254).optional(),
      phone: zOptionalText(50).optional(),
    })
    .optional(),
  country: ZCountry.nullable().optional(),
  region: ZRegion.nullable().optional(),
  industry: zOptionalText(100).nullable().optional(),
  size: ZSize.nullable().optional(),
  products: list(zText(100)).optional(),
  source: zOptionalText(100).optional(),
  qualification: z.enum(LEAD_QUALIFICATIONS, { error: 'must be mql or eql' }).optional(),
  notes: zOptionalText(5000).optional(),
  route: z.boolean().optional().describe('Route it at once through the rules (default true)'),
});

const ZSegment = z
  .object({
    id: z.uuid(),
    name: z.string(),
    countries: z.array(z.string()),
    regions: z.array(z.string()),
    industries: z.array(z.string()),
    sizes: z.array(z.string()),
    motion: ZMotion,
    notes: z.string(),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'CoverageSegment' });

const segmentFields = {
  name: zText(120),
  countries: list(ZCountry, 250).optional(),
  regions: list(ZRegion, 5).optional(),
  industries: list(zText(100)).optional(),
  sizes: list(ZSize, 6).optional(),
  motion: ZMotion,
  notes: zOptionalText(2000).optional(),
};

const ZRule = z
  .object({
    id: z.uuid(),
    name: z.string(),
    position: z.number().int().describe('Rules are tried in this order (1 first)'),
    active: z.boolean(),
    countries: z.array(z.string()),
    regions: z.array(z.string()),
    industries: z.array(z.string()),
    sizes: z.array(z.string()),
    products: z.array(z.string()),
    partnerIds: z.array(z.uuid()),
    partners: z.array(ZRef),
    strategy: ZStrategy,
    metricKey: z.string().nullable(),
    maxOpenLeads: z.number().int().nullable(),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'LeadRoutingRule' });

const ruleFields = {
  name: zText(120),
  active: z.boolean().optional(),
  countries: list(ZCountry, 250).optional(),
  regions: list(ZRegion, 5).optional(),
  industries: list(zText(100)).optional(),
  sizes: list(ZSize, 6).optional(),
  products: list(zText(100)).optional(),
  partnerIds: list(ZId, 500).optional(),
  strategy: ZStrategy,
  metricKey: zString(100).nullable().optional().describe('performance: the metric ranked, higher first (GET /api/v1/metrics)'),
  maxOpenLeads: z
    .number()
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(10_000, 'must be at most 10000')
    .nullable()
    .optional(),
};

const ZSettings = z
  .object({ acceptanceSlaHours: z.number().int(), defaultMotion: ZMotion, updatedAt: z.date() })
  .meta({ id: 'LeadSettings' });

const ZCoverage = z.object({ motion: ZMotion, segment: ZRef.nullable(), reason: z.string() }).meta({ id: 'CoverageDecision' });

const SORTS = sortValues(['createdAt', 'acceptDueAt', 'company'] as const);

const leadAction = (
  url: string,
  summary: string,
  permission: `lead.${string}`,
  target: string,
  roles: readonly (typeof ROLES)[number][],
  body: z.ZodObject | undefined,
  example: (() => Record<string, unknown>) | ((refs: { partnerId: string }) => Record<string, unknown>) | undefined,
  run: (ctx: Parameters<typeof getLead>[0], id: string, body: never) => ReturnType<typeof getLead>,
) =>
  defineRoute({
    method: 'POST',
    url,
    summary,
    tags: ['leads'],
    access: access.roles(roles, { scope: 'partner' }),
    permission,
    target,
    params: ZIdParams,
    ...(body ? { body, example: example as never } : {}),
    response: ZLeadDetail,
    handler: async ({ ctx, params, body: input }) => run(ctx, params.id, input as never),
  });

export const leadRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/leads',
    summary: 'Leads (a partner’s people: those assigned to their company)',
    description:
      'Filters: `status`, `partnerId`, `region`, `country`, `qualification`, `overdue=true` (assigned, not accepted within the SLA), `q` (number, company, domain, contact).',
    tags: ['leads'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'lead.read',
    query: z.object({
      limit: ZLimit,
      cursor: ZCursor,
      sort: z.enum(SORTS).default('-createdAt'),
      status: zAnyOf(LEAD_STATUSES).optional(),
      partnerId: ZIdList.optional(),
      region: zAnyOf(REGIONS).optional(),
      country: ZCountry.optional(),
      qualification: zAnyOf(LEAD_QUALIFICATIONS).optional(),
      overdue: ZQueryBoolean.optional(),
      q: zString(200).optional(),
    }),
    response: zPage(ZLead),
    export: { pick: { contact: 'name', partner: 'name', rule: 'name', why: 'summary' } },
    handler: async ({ ctx, query }) => listLeads(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/leads/summary',
    summary: 'Counts: new, awaiting acceptance, overdue, accepted, converted, declined',
    tags: ['leads'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'leadSummary.read',
    response: z
      .object({
        new: z.number().int(),
        awaitingAcceptance: z.number().int(),
        overdue: z.number().int(),
        accepted: z.number().int(),
        converted: z.number().int(),
        declined: z.number().int(),
      })
      .meta({ id: 'LeadSummary' }),
    handler: async ({ ctx }) => leadSummary(ctx),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/leads',
    summary: 'Create a lead and route it',
    description:
      'The coverage model decides the motion (a direct segment stays with the vendor); otherwise the routing rules, in order, choose a partner, recorded with the rule and why. `route: false` keeps it unassigned.',
    tags: ['leads'],
    access: access.roles(MANAGERS, { scope: 'none' }),
    permission: 'lead.create',
    status: 201,
    body: ZLeadInput,
    response: ZLeadDetail,
    example: (refs) => ({
      company: `Globex ${refs.unique}`,
      domain: `globex-${refs.unique}.example`,
      contact: { name: 'Hank Scorpio', email: 'hank@globex.example' },
      country: 'DE',
      region: 'europe',
      industry: 'Manufacturing',
      size: '201-1000',
      products: ['Analytics'],
      source: 'Webinar',
      qualification: 'mql',
    }),
    handler: async ({ ctx, body: { route, ...input } }) => createLead(ctx, input, { route }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/leads/:id',
    summary: 'A lead with its assignments and why each partner was chosen',
    tags: ['leads'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'lead.read',
    target: 'lead',
    params: ZIdParams,
    response: ZLeadDetail,
    handler: async ({ ctx, params }) => getLead(ctx, params.id),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/leads/:id',
    summary: 'Correct a lead’s fields (company, contact, where, industry, size, products, notes)',
    description:
      'Only the fields given change; `null` clears an optional one. An open or accepted lead only. The assignment stays: route it again to apply changed conditions.',
    tags: ['leads'],
    access: access.roles(MANAGERS, { scope: 'none' }),
    permission: 'lead.edit',
    target: 'lead',
    params: ZIdParams,
    body: ZLeadInput.omit({ route: true }).partial(),
    response: ZLeadDetail,
    example: () => ({ industry: 'Logistics', size: '1001-5000', notes: 'Met at the Hamburg roadshow' }),
    handler: async ({ ctx, params, body }) => updateLead(ctx, params.id, body),
  }),
  leadAction(
    '/api/v1/leads/:id/route',
    'Route an open lead through the rules again',
    'lead.assign',
    'lead',
    MANAGERS,
    undefined,
    undefined,
    (ctx, id) => routeLeadNow(ctx, id),
  ),
  leadAction(
    '/api/v1/leads/:id/assign',
    'Assign an open lead to a partner by hand (reassigns an assigned one)',
    'lead.assign',
    'lead',
    MANAGERS,
    z.strictObject({ partnerId: ZId, reason: zOptionalText(500).optional() }),
    (refs: { partnerId: string }) => ({ partnerId: refs.partnerId, reason: 'Named account of this partner' }),
    (ctx, id, body: { partnerId: string; reason?: string }) => assignLead(ctx, id, body.partnerId, body.reason ?? ''),
  ),
  leadAction(
    '/api/v1/leads/:id/accept',
    'Accept an assigned lead (the partner’s people)',
    'lead.accept',
    'lead',
    PARTNER_SIDE,
    undefined,
    undefined,
    (ctx, id) => acceptLead(ctx, id),
  ),
  leadAction(
    '/api/v1/leads/:id/decline',
    'Decline an assigned lead with the reason; it goes to the next partner',
    'lead.decline',
    'lead',
    PARTNER_SIDE,
    z.strictObject({ reason: zText(1000) }),
    () => ({ reason: 'Outside our territory' }),
    (ctx, id, body: { reason: string }) => declineLead(ctx, id, body.reason),
  ),
  leadAction(
    '/api/v1/leads/:id/convert',
    'Convert an accepted lead into an opportunity',
    'lead.convert',
    'leadAccepted',
    [...MANAGERS, ...PARTNER_SIDE],
    z.strictObject({
      title: zString(200).optional().describe('The opportunity’s title (default: the company and its product interest)'),
      amount: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER).optional().describe('Expected amount, minor units'),
      currency: ZCurrency.optional(),
      closeDate: zDate().optional().describe('Expected close date (default: in 90 days)'),
    }),
    () => ({ amount: 4_500_000, currency: 'USD', closeDate: '2027-03-31' }),
    (ctx, id, body: LeadEstimate) => convertLead(ctx, id, body ?? {}),
  ),
  leadAction(
    '/api/v1/leads/:id/disqualify',
    'Disqualify an open lead, with the reason',
    'lead.disqualify',
    'lead',
    MANAGERS,
    z.strictObject({ reason: zText(1000) }),
    () => ({ reason: 'Student project, no budget' }),
    (ctx, id, body: { reason: string }) => disqualifyLead(ctx, id, body.reason),
  ),
  // Routing rules
  defineRoute({
    method: 'GET',
    url: '/api/v1/lead-routing-rules',
    summary: 'Lead routing rules, in the order they are tried',
    tags: ['leads'],
    access: access.roles(VENDOR, { scope: 'none' }),
    permission: 'leadRoutingRule.read',
    response: zPage(ZRule),
    export: false,
    handler: async ({ ctx }) => listRoutingRules(ctx),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/lead-routing-rules',
    summary: 'Add a routing rule (tried after the existing ones)',
    tags: ['leads'],
    access: access.roles(['admin'], { scope: 'none' }),
    permission: 'leadRoutingRule.create',
    status: 201,
    body: z.strictObject(ruleFields),
    response: ZRule,
    example: (refs) => ({
      name: `DACH ${refs.unique}`,
      countries: ['DE', 'AT', 'CH'],
      strategy: 'round_robin',
      maxOpenLeads: 20,
    }),
    handler: async ({ ctx, body }) => createRoutingRule(ctx, body),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/v1/lead-routing-rules/order',
    summary: 'Put the routing rules in a new order (the ids named first, the rest after them as they were)',
    tags: ['leads'],
    access: access.roles(['admin'], { scope: 'none' }),
    permission: 'leadRoutingRule.edit',
    body: z.strictObject({ ids: list(ZId, 500) }),
    response: zPage(ZRule),
    export: false,
    example: () => ({ ids: [] }),
    handler: async ({ ctx, body }) => reorderRoutingRules(ctx, body.ids),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/lead-routing-rules/:id',
    summary: 'Change a routing rule',
    tags: ['leads'],
    access: access.roles(['admin'], { scope: 'none' }),
    permission: 'leadRoutingRule.edit',
    target: 'leadRoutingRule',
    params: ZIdParams,
    body: z.strictObject(ruleFields).partial(),
    response: ZRule,
    example: () => ({ active: false }),
    handler: async ({ ctx, params, body }) => updateRoutingRule(ctx, params.id, body),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/lead-routing-rules/:id',
    summary: 'Delete a routing rule (leads it routed keep its name)',
    tags: ['leads'],
    access: access.roles(['admin'], { scope: 'none' }),
    permission: 'leadRoutingRule.delete',
    target: 'leadRoutingRule',
    params: ZIdParams,
    status: 204,
    handler: async ({ ctx, params }) => deleteRoutingRule(ctx, params.id),
  }),
  // Coverage model
  defineRoute({
    method: 'GET',
    url: '/api/v1/coverage-segments',
    summary: 'The coverage model: the motion per segment',
    tags: ['leads'],
    access: access.roles(VENDOR, { scope: 'none' }),
    permission: 'coverageSegment.read',
    response: zPage(ZSegment),
    handler: async ({ ctx }) => listCoverageSegments(ctx),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/coverage',
    summary: 'The motion covering a segment (country, region, industry, size) and why',
    tags: ['leads'],
    access: access.roles(VENDOR, { scope: 'none' }),
    permission: 'coverageSegment.read',
    query: z.object({
      country: ZCountry.optional(),
      region: ZRegion.optional(),
      industry: zString(100).optional(),
      size: ZSize.optional(),
    }),
    exampleQuery: { country: 'DE', region: 'europe' },
    response: ZCoverage,
    handler: async ({ ctx, query }) => coverageFor(ctx, query),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/coverage-segments',
    summary: 'Add a coverage segment',
    tags: ['leads'],
    access: access.roles(['admin'], { scope: 'none' }),
    permission: 'coverageSegment.create',
    status: 201,
    body: z.strictObject(segmentFields),
    response: ZSegment,
    example: (refs) => ({ name: `Enterprise ${refs.unique}`, sizes: ['5001+'], motion: 'direct' }),
    handler: async ({ ctx, body }) => createCoverageSegment(ctx, body),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/coverage-segments/:id',
    summary: 'Change a coverage segment',
    tags: ['leads'],
    access: access.roles(['admin'], { scope: 'none' }),
    permission: 'coverageSegment.edit',
    target: 'coverageSegment',
    params: ZIdParams,
    body: z.strictObject(segmentFields).partial(),
    response: ZSegment,
    example: () => ({ motion: 'hybrid' }),
    handler: async ({ ctx, params, body }) => updateCoverageSegment(ctx, params.id, body),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/coverage-segments/:id',
    summary: 'Delete a coverage segment',
    tags: ['leads'],
    access: access.roles(['admin'], { scope: 'none' }),
    permission: 'coverageSegment.delete',
    target: 'coverageSegment',
    params: ZIdParams,
    status: 204,
    handler: async ({ ctx, params }) => deleteCoverageSegment(ctx, params.id),
  }),
  // Settings
  defineRoute({
    method: 'GET',
    url: '/api/v1/lead-settings',
    summary: 'The acceptance SLA and the default motion',
    tags: ['leads'],
    access: access.roles(VENDOR, { scope: 'none' }),
    permission: 'leadSettings.read',
    response: ZSettings,
    handler: async ({ ctx }) => getLeadSettings(ctx),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/v1/lead-settings',
    summary: 'Change the acceptance SLA or the default motion',
    tags: ['leads'],
    access: access.roles(['admin'], { scope: 'none' }),
    permission: 'leadSettings.edit',
    body: z.strictObject({
      acceptanceSlaHours: z
        .number()
        .int('must be whole hours')
        .min(1, 'must be 1 to 720 hours')
        .max(720, 'must be 1 to 720 hours')
        .optional(),
      defaultMotion: ZMotion.optional(),
    }),
    response: ZSettings,
    example: () => ({ acceptanceSlaHours: 48 }),
    handler: async ({ ctx, body }) => updateLeadSettings(ctx, body),
  }),
];
