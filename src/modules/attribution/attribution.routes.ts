import { z } from 'zod';
import { access, defineRoute } from '../../server/route.js';
import { ZId, ZIdList, ZIdParams, zAnyOf, zDate, zOneOrMore, zOptionalText, zString, zText } from '../../server/schemas.js';
import { isCountryCode } from '../../shared/locale.js';
import { ROLES, VENDOR_ROLES } from '../../shared/roles.js';
import { INVOLVEMENT_ROLES } from '../opportunities/index.js';
import { REGIONS } from '../partners/index.js';
import { MAX_HALF_LIFE_DAYS, MODELS } from './attribution.rules.js';
import {
  attributionReport,
  createPolicy,
  getAttributionSettings,
  influencedReport,
  listPeriods,
  listPolicies,
  lockPeriod,
  opportunityAttribution,
  unlockPeriod,
  updateAttributionSettings,
  updatePolicy,
} from './attribution.service.js';

const TAGS = ['attribution'];
const MANAGERS = ['admin', 'finance'] as const;

const ZMoney = z.object({ amount: z.number().int(), currency: z.string() });
const ZModel = z.enum(MODELS, { error: `must be one of ${MODELS.join(', ')}` });
const ZHalfLife = z.coerce
  .number({ error: 'must be a whole number of days' })
  .int('must be a whole number of days')
  .min(1, 'must be at least 1 day')
  .max(MAX_HALF_LIFE_DAYS, `must be at most ${MAX_HALF_LIFE_DAYS} days`);

const ZModelQuery = {
  model: ZModel.optional().describe('Default: the organisation’s default model (a setting; `sourced` at first)'),
  halfLifeDays: ZHalfLife.optional().describe('Time decay: a touch this many days older weighs half (default: the setting)'),
  policyId: ZId.optional().describe('The custom policy, with model=custom'),
};
const ZRange = {
  from: zDate().describe('Won deals closed on or after this day'),
  to: zDate().describe('… and on or before this one'),
  partnerId: ZIdList.optional().describe('Only these partners'),
  programId: ZIdList.optional().describe('Only partners in one of these programs now'),
  tierId: ZIdList.optional().describe('Only partners at one of these tiers now (in any program)'),
  segment: zOneOrMore(() => true, 'segments')
    .optional()
    .describe('Only partners in one of these segments (such as Enterprise, Mid-market; any case)'),
  region: zAnyOf(REGIONS).optional().describe('Only partners covering one of these regions'),
  country: zOneOrMore((v) => isCountryCode(v.trim().toUpperCase()), 'ISO 3166-1 alpha-2 country codes')
    .transform((list) => list.map((v) => v.trim().toUpperCase()))
    .optional()
    .describe('Only partners based in one of these countries'),
};

const ZUnconverted = z.object({
  opportunityId: z.uuid(),
  number: z.string(),
  title: z.string(),
  closeDate: z.string(),
  amount: ZMoney,
});

const ZReport = z
  .object({
    model: ZModel,
    modelLabel: z.string(),
    policyId: z.uuid().nullable(),
    halfLifeDays: z.number().int(),
    from: z.string(),
    to: z.string(),
    currency: z.string().describe('The reporting currency'),
    data: z.array(
      z.object({
        partnerId: z.uuid(),
        partnerName: z.string(),
        credited: ZMoney,
        opportunities: z.number().int().describe('Won deals the partner is credited on'),
      }),
    ),
    unconverted: z
      .array(ZUnconverted)
      .describe('Won deals no exchange rate converted at their close date: left out of the figures'),
    lockedPeriods: z.array(z.string()).describe('Locked periods in the range: their figures are frozen'),
  })
  .meta({ id: 'AttributionReport' });

const ZInfluenced = z
  .object({
    from: z.string(),
    to: z.string(),
    currency: z.string(),
    data: z.array(
      z.object({
        partnerId: z.uuid(),
        partnerName: z.string(),
        influenced: ZMoney.describe('The full amount of every won deal the partner touched: not additive across partners'),
        opportunities: z.number().int(),
      }),
    ),
    unconverted: z.array(ZUnconverted),
    lockedPeriods: z.array(z.string()),
  })
  .meta({ id: 'InfluencedReport' });

const ZOpportunityAttribution = z
  .object({
    opportunityId: z.uuid(),
    number: z.string(),
    won: z.boolean(),
    closeDate: z.string().nullable(),
    model: ZModel,
    modelLabel: z.string(),
    amount: ZMoney.nullable(),
    reporting: ZMoney.nullable(),
    lockedPeriod: z.string().nullable(),
    lines: z.array(
      z.object({
        partnerId: z.uuid(),
        partnerName: z.string(),
        share: z.number().describe('0–1'),
        credit: ZMoney.nullable(),
        reportingCredit: ZMoney.nullable(),
        touches: z.array(z.object({ role: z.enum(INVOLVEMENT_ROLES), occurredAt: z.date(), weight: z.number() })),
      }),
    ),
  })
  .meta({ id: 'OpportunityAttribution' });

const ZSettings = z
  .object({
    defaultModel: ZModel,
    defaultPolicyId: z.uuid().nullable(),
    halfLifeDays: z.number().int(),
    reportingCurrency: z.string(),
    can: z.object({ edit: z.boolean() }),
  })
  .meta({ id: 'AttributionSettings' });

const ZWeight = z
  .number({ error: 'must be a whole number 0–100' })
  .int('must be a whole number 0–100')
  .min(0, 'must be at least 0')
  .max(100, 'must be at most 100');
const ZRoleWeights = z.strictObject(
  Object.fromEntries(INVOLVEMENT_ROLES.map((r) => [r, ZWeight.optional()])) as Record<
    (typeof INVOLVEMENT_ROLES)[number],
    z.ZodOptional<typeof ZWeight>
  >,
);

const ZPolicy = z
  .object({
    id: z.uuid(),
    name: z.string(),
    description: z.string(),
    roleWeights: z.record(z.string(), z.number()),
    archived: z.boolean(),
    createdAt: z.date(),
    updatedAt: z.date(),
    can: z.object({ edit: z.boolean() }),
  })
  .meta({ id: 'AttributionPolicy' });

const ZPeriod = z
  .object({
    id: z.uuid(),
    period: z.string(),
    kind: z.enum(['quarter', 'month']),
    startsOn: z.string(),
    endsOn: z.string(),
    status: z.enum(['locked', 'unlocked']),
    reportingCurrency: z.string(),
    opportunities: z.number().int(),
    lockedAt: z.date(),
    lockedById: z.uuid().nullable(),
    unlockedAt: z.date().nullable(),
    unlockedById: z.uuid().nullable(),
    reason: z.string(),
    can: z.object({ unlock: z.boolean(), lock: z.boolean() }),
  })
  .meta({ id: 'AttributionPeriod' });

let seq = 0;
/** A period of the distant past no other test locks: the matrix locks one per call. */
export function nextTestPeriod(): string {
  seq += 1;
  return `${1000 + (seq % 1000)}-${String(1 + (Math.floor(seq / 1000) % 12)).padStart(2, '0')}`;
}

export const attributionRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/attribution',
    summary: 'Credited revenue per partner by attribution model, for won deals closed between two dates (reporting currency)',
    description:
      'Each won deal is converted at its close date’s rate and split over its partners by the model (largest remainder: the ' +
      'credits of a deal add up to it exactly). Locked periods read their frozen figures. A partner sees its own line only.',
    tags: TAGS,
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'attribution.read',
    query: z.object({ ...ZRange, ...ZModelQuery }),
    exampleQuery: { from: '2000-01-01', to: '2099-12-31', model: 'linear' },
    response: ZReport,
    export: false,
    handler: async ({ ctx, query }) => attributionReport(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/attribution/influenced',
    summary: 'Influenced revenue per partner: the full amount of every won deal it touched (never add these across partners)',
    tags: TAGS,
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'attribution.read',
    query: z.object(ZRange),
    exampleQuery: { from: '2000-01-01', to: '2099-12-31' },
    response: ZInfluenced,
    export: false,
    handler: async ({ ctx, query }) => influencedReport(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/opportunities/:id/attribution',
    summary: 'How one opportunity is credited under a model, and why (each partner’s touches and weights)',
    description: 'An open opportunity shows what it would credit if it closed as it stands. A partner sees its own line only.',
    tags: TAGS,
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'attribution.read',
    target: 'opportunity',
    params: ZIdParams,
    query: z.object(ZModelQuery),
    exampleQuery: { model: 'linear' },
    response: ZOpportunityAttribution,
    handler: async ({ ctx, params, query }) => opportunityAttribution(ctx, params.id, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/attribution/settings',
    summary: 'The default attribution model (metrics, partner 360, the partner’s own view) and time decay’s half-life',
    tags: TAGS,
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'attributionSettings.read',
    response: ZSettings,
    handler: async ({ ctx }) => getAttributionSettings(ctx),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/attribution/settings',
    summary: 'Change the default attribution model or the half-life',
    tags: TAGS,
    access: access.roles(MANAGERS, { scope: 'none' }),
    permission: 'attributionSettings.edit',
    body: z.strictObject({
      defaultModel: ZModel.optional(),
      defaultPolicyId: ZId.nullable().optional(),
      halfLifeDays: ZHalfLife.optional(),
    }),
    response: ZSettings,
    example: () => ({ defaultModel: 'sourced', halfLifeDays: 90 }),
    handler: async ({ ctx, body }) => updateAttributionSettings(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/attribution-policies',
    summary: 'Custom attribution policies (weights per involvement role)',
    tags: TAGS,
    access: access.roles(VENDOR_ROLES, { scope: 'none' }),
    permission: 'attributionPolicy.read',
    response: z.object({ data: z.array(ZPolicy) }),
    export: false,
    handler: async ({ ctx }) => ({ data: await listPolicies(ctx) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/attribution-policies',
    summary: 'Add a custom attribution policy: weights 0–100 per role, normalised over the roles present on a deal',
    tags: TAGS,
    access: access.roles(MANAGERS, { scope: 'none' }),
    permission: 'attributionPolicy.create',
    status: 201,
    body: z.strictObject({
      name: zText(200),
      description: zOptionalText(2000).optional(),
      roleWeights: ZRoleWeights,
    }),
    response: ZPolicy,
    example: () => ({ name: `Matrix policy ${++seq} ${Date.now()}`, roleWeights: { sourced: 60, co_sell: 30, technical: 10 } }),
    handler: async ({ ctx, body }) => createPolicy(ctx, body),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/attribution-policies/:id',
    summary: 'Change a custom attribution policy (or archive it)',
    tags: TAGS,
    access: access.roles(MANAGERS, { scope: 'none' }),
    permission: 'attributionPolicy.edit',
    target: 'attributionPolicy',
    params: ZIdParams,
    body: z.strictObject({
      name: zText(200).optional(),
      description: zOptionalText(2000).optional(),
      roleWeights: ZRoleWeights.optional(),
      archived: z.boolean().optional(),
    }),
    response: ZPolicy,
    example: () => ({ description: 'Sourcing counts most' }),
    handler: async ({ ctx, params, body }) => updatePolicy(ctx, params.id, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/attribution-periods',
    summary: 'Attribution period locks, newest first',
    tags: TAGS,
    access: access.roles(VENDOR_ROLES, { scope: 'none' }),
    permission: 'attributionPeriod.read',
    response: z.object({ data: z.array(ZPeriod) }),
    export: false,
    handler: async ({ ctx }) => ({ data: await listPeriods(ctx) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/attribution-periods',
    summary: 'Lock a closed quarter (2026-Q1) or month (2026-03): its attribution stops moving',
    description:
      'The won deals of the period, their amounts at the close date’s rate and their partners’ touches are frozen; later ' +
      'changes to deals, touches or rates no longer move it. 422 naming `period` for an open period, 409 when it overlaps a locked one.',
    tags: TAGS,
    access: access.roles(MANAGERS, { scope: 'none' }),
    permission: 'attributionPeriod.lock',
    status: 201,
    body: z.strictObject({ period: zString(10).describe('2026-Q1 or 2026-03') }),
    response: ZPeriod,
    example: () => ({ period: nextTestPeriod() }),
    handler: async ({ ctx, body }) => lockPeriod(ctx, body.period),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/attribution-periods/:id/unlock',
    summary: 'Unlock a period, with the reason (audited): its figures follow the live data again',
    tags: TAGS,
    access: access.roles(MANAGERS, { scope: 'none' }),
    permission: 'attributionPeriod.unlock',
    target: 'attributionPeriod',
    params: ZIdParams,
    body: z.strictObject({ reason: zText(1000) }),
    response: ZPeriod,
    example: () => ({ reason: 'A late-booked deal belongs to this quarter' }),
    handler: async ({ ctx, params, body }) => unlockPeriod(ctx, params.id, body.reason),
  }),
];
