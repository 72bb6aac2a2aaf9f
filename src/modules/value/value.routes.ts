import { z } from 'zod';
import { access, defineRoute } from '../../server/route.js';
import { ZCurrency, ZCursor, ZIdList, ZIdParams, ZLimit, zOptionalText, zPage, zString, zText } from '../../server/schemas.js';
import { PARTNER_ROLES, ROLES } from '../../shared/roles.js';
import { MECHANISM_KINDS, PROPOSITION_STATUSES, SIDES } from './value.rules.js';
import {
  calculate,
  createSession,
  createSimulation,
  currentProposition,
  deleteSession,
  deleteSimulation,
  getProposition,
  getSession,
  getSimulation,
  listPropositions,
  listSessions,
  listSimulations,
  openSharedPage,
  previewSimulation,
  proposeProposition,
  publishProposition,
  revokeShare,
  SHARE_MAX_DAYS,
  shareSession,
  updateProposition,
  updateSimulation,
  withdrawProposition,
} from './value.service.js';

const MAX_MINOR = 1e15;
const ZAmount = z
  .number({ error: 'must be whole minor units' })
  .int('must be whole minor units')
  .min(0, 'must be zero or more')
  .max(MAX_MINOR);
const ZMoneyIn = z.strictObject({ amount: ZAmount, currency: ZCurrency });
const ZMoney = z.object({ amount: z.number().int(), currency: z.string() });
const ZBp = z
  .number({ error: 'must be whole basis points' })
  .int('must be whole basis points')
  .min(0, 'must be 0 or more')
  .max(10_000, 'must be at most 10000 (100 %)');
const ZPersonRef = z.object({ id: z.uuid(), name: z.string(), email: z.string(), role: z.enum(ROLES) });

const ZCalculatorModel = z
  .strictObject({
    currency: ZCurrency,
    sizeUnit: zText(40).describe('What the customer’s size counts: clinics, beds, employees'),
    improvements: z
      .array(
        z.strictObject({
          key: zString(40)
            .regex(/^[a-z0-9-]+$/, 'must be lower-case letters, digits and hyphens')
            .min(1, 'must not be empty'),
          label: zText(120),
          defaultBp: ZBp.describe('Default expected improvement, basis points of the current annual cost'),
        }),
      )
      .min(1, 'must name at least one improvement')
      .max(10, 'at most 10 improvements'),
    oneTimeCostPerUnit: ZAmount.describe('The joint solution’s one-time cost per unit of size, minor units'),
    recurringCostPerUnit: ZAmount.describe('Its recurring cost per unit of size and year, minor units'),
  })
  .meta({ id: 'ValueCalculatorModel' });

const propositionFields = {
  title: zText(160),
  outcome: zText(500).describe('The business outcome: "cut unplanned downtime by a third"'),
  targetCustomer: zText(300).describe('Who it is for: "mid-sized hospital groups in the DACH region"'),
  how: zText(1000).describe('How the joint solution does it'),
  differentiators: z.array(zText(300)).max(10, 'at most 10 differentiators'),
  proofPoints: z.array(zText(300)).max(10, 'at most 10 proof points'),
  calculator: ZCalculatorModel,
  note: zOptionalText(2000).optional().describe('Why this version: what changed'),
};

const ZProposition = z
  .object({
    id: z.uuid(),
    partnerId: z.uuid(),
    partnerName: z.string(),
    version: z.number().int().nullable().describe('Numbered when published; null for drafts'),
    status: z.enum(PROPOSITION_STATUSES),
    proposedBy: z.enum(SIDES),
    basedOnId: z.uuid().nullable(),
    title: z.string(),
    statement: z.string().describe('"Together <vendor> and <partner> enable <outcome> for <customer> by <how>."'),
    outcome: z.string(),
    targetCustomer: z.string(),
    how: z.string(),
    differentiators: z.array(z.string()),
    proofPoints: z.array(z.string()),
    calculator: ZCalculatorModel,
    note: z.string(),
    createdById: z.uuid().nullable(),
    createdBy: ZPersonRef.nullable(),
    publishedAt: z.date().nullable(),
    publishedById: z.uuid().nullable(),
    publishedBy: ZPersonRef.nullable(),
    can: z.object({ edit: z.boolean(), withdraw: z.boolean(), publish: z.boolean(), runSession: z.boolean() }),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'ValueProposition' });

const ZCalculatorInputs = z
  .strictObject({
    customerSize: z
      .number({ error: 'must be a whole number' })
      .int('must be a whole number')
      .min(1, 'must be at least 1')
      .max(1e9),
    currentAnnualCost: ZMoneyIn,
    improvements: z.array(z.strictObject({ key: zString(40), bp: ZBp })).max(10),
    oneTimeCost: ZMoneyIn.nullable().optional().describe('Default: the per-unit one-time cost × size'),
    recurringAnnualCost: ZMoneyIn.nullable().optional().describe('Default: the per-unit recurring cost × size'),
  })
  .meta({ id: 'ValueCalculatorInputs' });

const ZCalculatorResult = z
  .object({
    currency: z.string(),
    annualBenefit: ZMoney,
    oneTimeCost: ZMoney,
    recurringAnnualCost: ZMoney,
    annualNetBenefit: ZMoney,
    threeYearBenefit: ZMoney,
    threeYearCost: ZMoney,
    threeYearNetBenefit: ZMoney,
    roiPercent: z.number().int().nullable().describe('3-year net benefit over 3-year cost, whole percent'),
    paybackMonths: z.number().int().nullable().describe('Months to earn back the one-time cost; null: never'),
    years: z.array(z.object({ year: z.number().int(), benefit: ZMoney, cost: ZMoney, net: ZMoney, cumulativeNet: ZMoney })),
  })
  .meta({ id: 'ValueCalculatorResult' });

const ZSession = z
  .object({
    id: z.uuid(),
    partnerId: z.uuid(),
    partnerName: z.string(),
    propositionId: z.uuid(),
    propositionTitle: z.string(),
    propositionVersion: z.number().int().nullable(),
    customerName: z.string(),
    inputs: ZCalculatorInputs,
    result: ZCalculatorResult,
    side: z.enum(SIDES),
    createdById: z.uuid().nullable(),
    createdBy: ZPersonRef.nullable(),
    share: z.object({
      state: z.enum(['none', 'active', 'expired', 'revoked']),
      sharedAt: z.date().nullable(),
      expiresAt: z.date().nullable(),
      views: z.number().int(),
      lastViewedAt: z.date().nullable(),
    }),
    sharedAt: z.date().nullable(),
    shareExpiresAt: z.date().nullable(),
    shareRevokedAt: z.date().nullable(),
    shareViews: z.number().int(),
    shareLastViewedAt: z.date().nullable(),
    can: z.object({ share: z.boolean(), delete: z.boolean() }),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'ValueSession' });

const ZSharedPage = z
  .object({
    vendorName: z.string(),
    partnerName: z.string(),
    title: z.string(),
    statement: z.string(),
    outcome: z.string(),
    targetCustomer: z.string(),
    how: z.string(),
    differentiators: z.array(z.string()),
    proofPoints: z.array(z.string()),
    sizeUnit: z.string(),
    improvements: z.array(z.object({ label: z.string(), bp: z.number().int() })),
    customerName: z.string(),
    customerSize: z.number().int(),
    currentAnnualCost: ZMoney,
    result: ZCalculatorResult,
    preparedAt: z.date(),
    expiresAt: z.date().nullable(),
  })
  .meta({ id: 'SharedValuePage' });

const ZMechanism = z
  .discriminatedUnion(
    'kind',
    [
      z.strictObject({ kind: z.literal('hardware_margin'), marginPerUnit: ZAmount.describe('Margin per unit, minor units') }),
      z.strictObject({ kind: z.literal('subscription_share'), shareBp: ZBp.describe('Share of the subscription part') }),
      z.strictObject({ kind: z.literal('per_event_fee'), feePerEvent: ZAmount.describe('Fee per billable event, minor units') }),
      z.strictObject({ kind: z.literal('revenue_share'), shareBp: ZBp.describe('Share of the whole pool') }),
      z.strictObject({ kind: z.literal('remainder') }),
    ],
    { error: `must be one of ${MECHANISM_KINDS.join(', ')}` },
  )
  .meta({ id: 'ValueCaptureMechanism' });

const ZOffering = z
  .strictObject({
    currency: ZCurrency,
    listPrice: ZAmount.describe('List price of one unit (hardware, subscription and usage for the term), minor units'),
    subscriptionBp: ZBp.describe('The subscription part of the price'),
    eventsPerUnit: z.number().int('must be a whole number').min(0).max(1e9).describe('Billable events per unit over the term'),
  })
  .meta({ id: 'JointOffering' });

const ZParty = z
  .strictObject({
    side: z.enum(SIDES, { error: 'must be vendor or partner' }),
    mechanisms: z.array(ZMechanism).max(5, 'at most 5 mechanisms'),
    investment: ZAmount.nullable().describe('What this side invests, minor units of the offering’s currency; null: not known'),
  })
  .meta({ id: 'ValueCaptureParty' });

const simulationFields = {
  offering: ZOffering,
  parties: z.array(ZParty).min(1, 'must have at least one party').max(2, 'at most the two sides'),
  pricePointsBp: z
    .array(
      z.number().int('must be whole basis points').min(1, 'must be more than 0').max(100_000, 'must be at most 100000 (10×)'),
    )
    .min(1, 'must have at least one price point')
    .max(7, 'at most 7 price points')
    .describe('Price scenarios, basis points of the list price (8000 = a 20 % discount)'),
  volumes: z
    .array(z.number().int('must be whole units').min(0, 'must be 0 or more').max(1e7, 'must be at most 10,000,000 units'))
    .min(1, 'must have at least one volume')
    .max(7, 'at most 7 volumes'),
};

const ZSimulationResult = z
  .object({
    scenarios: z.array(
      z.object({
        priceBp: z.number().int(),
        volume: z.number().int(),
        unitPrice: ZMoney,
        pool: ZMoney,
        earnings: z.object({ vendor: ZMoney, partner: ZMoney }),
        unallocated: ZMoney,
        overAllocated: z.boolean(),
      }),
    ),
    totals: z.object({ vendor: ZMoney, partner: ZMoney }),
    fairness: z.object({
      earningsShareBp: z.object({ vendor: z.number().int().nullable(), partner: z.number().int().nullable() }),
      investmentShareBp: z.object({ vendor: z.number().int().nullable(), partner: z.number().int().nullable() }),
      gapPoints: z.number().int().nullable(),
      verdict: z.enum(['balanced', 'favours_vendor', 'favours_partner', 'unknown']),
    }),
  })
  .meta({ id: 'ValueCaptureResult' });

const ZSimulation = z
  .object({
    id: z.uuid(),
    partnerId: z.uuid(),
    partnerName: z.string(),
    name: z.string(),
    offering: ZOffering,
    parties: z.array(ZParty),
    pricePointsBp: z.array(z.number().int()),
    volumes: z.array(z.number().int()),
    side: z.enum(SIDES),
    createdById: z.uuid().nullable(),
    createdBy: ZPersonRef.nullable(),
    result: ZSimulationResult,
    can: z.object({ edit: z.boolean(), delete: z.boolean() }),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'ValueSimulation' });

const SELLERS = ['admin', 'partner_manager', ...PARTNER_ROLES] as const;

const exampleModel = () => ({
  currency: 'EUR',
  sizeUnit: 'clinics',
  improvements: [
    { key: 'downtime', label: 'Less unplanned downtime', defaultBp: 1500 },
    { key: 'admin', label: 'Less admin time', defaultBp: 500 },
  ],
  oneTimeCostPerUnit: 200_000,
  recurringCostPerUnit: 100_000,
});

const exampleInputs = () => ({
  customerSize: 12,
  currentAnnualCost: { amount: 48_000_000, currency: 'EUR' },
  improvements: [
    { key: 'downtime', bp: 1500 },
    { key: 'admin', bp: 500 },
  ],
});

const exampleSimulation = () => ({
  offering: { currency: 'EUR', listPrice: 1_200_000, subscriptionBp: 6000, eventsPerUnit: 1000 },
  parties: [
    { side: 'vendor' as const, mechanisms: [{ kind: 'remainder' as const }], investment: 50_000_000 },
    {
      side: 'partner' as const,
      mechanisms: [{ kind: 'hardware_margin' as const, marginPerUnit: 150_000 }],
      investment: 20_000_000,
    },
  ],
  pricePointsBp: [9000, 10_000, 11_000],
  volumes: [100, 500, 1000],
});

export const valueRoutes = [
  // ——— Joint value propositions ———
  defineRoute({
    method: 'GET',
    url: '/api/v1/partners/:id/value-propositions',
    summary: 'Every version of an alliance’s joint value proposition: drafts, then published versions newest first',
    tags: ['value'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'valueProposition.read',
    target: 'partner',
    params: ZIdParams,
    response: z.object({ data: z.array(ZProposition) }),
    export: { omit: ['calculator'] },
    handler: async ({ ctx, params }) => ({ data: await listPropositions(ctx, params.id) }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/partners/:id/value-proposition',
    summary: 'An alliance’s current (published) joint value proposition, or null',
    tags: ['value'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'valueProposition.read',
    target: 'partner',
    params: ZIdParams,
    response: z.object({ partnerId: z.uuid(), current: ZProposition.nullable() }).meta({ id: 'CurrentValueProposition' }),
    handler: async ({ ctx, params }) => ({ partnerId: params.id, current: await currentProposition(ctx, params.id) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/partners/:id/value-propositions',
    summary: 'Propose a new version of the joint value proposition (a draft of the caller’s side)',
    description:
      'Either side proposes: the alliance’s managers for the vendor, the partner’s people in the portal. The draft is ' +
      'edited by its side and published by the vendor (`POST /value-propositions/{id}/publish`).',
    tags: ['value'],
    access: access.roles(SELLERS, { scope: 'partner' }),
    permission: 'valueProposition.create',
    target: 'partner',
    params: ZIdParams,
    status: 201,
    body: z.strictObject(propositionFields),
    response: ZProposition,
    example: () => ({
      title: 'Predictive maintenance for clinics',
      outcome: 'a third less unplanned equipment downtime',
      targetCustomer: 'mid-sized hospital groups',
      how: 'combining our monitoring platform with the partner’s field service network',
      differentiators: ['Certified for medical devices'],
      proofPoints: ['Pilot at St. Mary’s: 38 % less downtime'],
      calculator: exampleModel(),
    }),
    handler: async ({ ctx, params, body }) => proposeProposition(ctx, params.id, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/value-propositions/:id',
    summary: 'One version of a joint value proposition',
    tags: ['value'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'valueProposition.read',
    target: 'valueProposition',
    params: ZIdParams,
    response: ZProposition,
    handler: async ({ ctx, params }) => getProposition(ctx, params.id),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/value-propositions/:id',
    summary: 'Change a draft (its own side)',
    tags: ['value'],
    access: access.roles(SELLERS, { scope: 'partner' }),
    permission: 'valueProposition.edit',
    target: 'valueProposition',
    params: ZIdParams,
    body: z.strictObject(propositionFields).partial(),
    response: ZProposition,
    example: () => ({ outcome: 'forty per cent less unplanned downtime' }),
    handler: async ({ ctx, params, body }) => updateProposition(ctx, params.id, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/value-propositions/:id/withdraw',
    summary: 'Withdraw a draft (its side, or the alliance’s managers); it stays in the history',
    tags: ['value'],
    access: access.roles(SELLERS, { scope: 'partner' }),
    permission: 'valueProposition.withdraw',
    target: 'valueProposition',
    params: ZIdParams,
    response: ZProposition,
    handler: async ({ ctx, params }) => withdrawProposition(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/value-propositions/:id/publish',
    summary: 'Publish a draft: it becomes the current version, the one before is superseded',
    tags: ['value'],
    access: access.roles(['admin', 'partner_manager'], { scope: 'partner' }),
    permission: 'valueProposition.publish',
    target: 'valueProposition',
    params: ZIdParams,
    response: ZProposition,
    handler: async ({ ctx, params }) => publishProposition(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/value-propositions/:id/calculate',
    summary: 'Run a version’s value calculator with a customer’s numbers, keeping nothing',
    description:
      'ROI (3-year net benefit over 3-year cost), payback in months and the 3-year net benefit, in whole minor units. ' +
      'Amounts must be in the proposition’s currency (422 naming the field).',
    tags: ['value'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'valueProposition.read',
    target: 'valueProposition',
    params: ZIdParams,
    body: z.strictObject({ inputs: ZCalculatorInputs }),
    response: ZCalculatorResult,
    example: () => ({ inputs: exampleInputs() }),
    handler: async ({ ctx, params, body }) => calculate(ctx, params.id, body.inputs),
  }),
  // ——— Calculator sessions and shared pages ———
  defineRoute({
    method: 'POST',
    url: '/api/v1/value-propositions/:id/sessions',
    summary: 'Keep a workshop’s numbers and result as a calculator session of the published version',
    tags: ['value'],
    access: access.roles(SELLERS, { scope: 'partner' }),
    permission: 'valueSession.create',
    target: 'publishedValueProposition',
    params: ZIdParams,
    status: 201,
    body: z.strictObject({ customerName: zText(160), inputs: ZCalculatorInputs }),
    response: ZSession,
    example: () => ({ customerName: 'Riverside Clinics', inputs: exampleInputs() }),
    handler: async ({ ctx, params, body }) => createSession(ctx, params.id, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/value-sessions',
    summary: 'Value calculator sessions, newest first (a partner’s people: their alliance’s)',
    tags: ['value'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'valueSession.read',
    query: z.object({
      limit: ZLimit,
      cursor: ZCursor,
      sort: z.enum(['-createdAt', 'createdAt', 'customerName', '-customerName']).default('-createdAt'),
      partnerId: ZIdList.optional(),
    }),
    response: zPage(ZSession),
    handler: async ({ ctx, query }) => listSessions(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/value-sessions/:id',
    summary: 'One calculator session',
    tags: ['value'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'valueSession.read',
    target: 'valueSession',
    params: ZIdParams,
    response: ZSession,
    handler: async ({ ctx, params }) => getSession(ctx, params.id),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/value-sessions/:id',
    summary: 'Delete a calculator session (and its shared page)',
    tags: ['value'],
    access: access.roles(SELLERS, { scope: 'partner' }),
    permission: 'valueSession.delete',
    target: 'valueSession',
    params: ZIdParams,
    status: 204,
    handler: async ({ ctx, params }) => {
      await deleteSession(ctx, params.id);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/value-sessions/:id/share',
    summary: 'Share a session as a public read-only page (a new link; the token is shown once)',
    description:
      `The link opens the statement, the customer’s numbers and the result, without sign-in, until \`expiresInDays\` ` +
      `(1–${SHARE_MAX_DAYS}, default 30) have passed or it is revoked. Sharing again replaces the link.`,
    tags: ['value'],
    access: access.roles(SELLERS, { scope: 'partner' }),
    permission: 'valueSession.share',
    target: 'valueSession',
    params: ZIdParams,
    body: z.strictObject({
      expiresInDays: z
        .number({ error: 'must be a whole number of days' })
        .int('must be a whole number of days')
        .min(1, 'must be at least 1 day')
        .max(SHARE_MAX_DAYS, `must be at most ${SHARE_MAX_DAYS} days`)
        .default(30),
    }),
    response: z
      .object({ token: z.string(), path: z.string().describe('The page in the web app'), expiresAt: z.date(), session: ZSession })
      .meta({ id: 'ValueShareLink' }),
    example: () => ({ expiresInDays: 14 }),
    handler: async ({ ctx, params, body }) => shareSession(ctx, params.id, body.expiresInDays),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/value-sessions/:id/share',
    summary: 'Revoke a session’s shared page',
    tags: ['value'],
    access: access.roles(SELLERS, { scope: 'partner' }),
    permission: 'valueSession.share',
    target: 'valueSession',
    params: ZIdParams,
    response: ZSession,
    handler: async ({ ctx, params }) => revokeShare(ctx, params.id),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/value-shares/:token',
    summary: 'A shared value calculation (public, no sign-in)',
    description:
      'The statement, the customer’s numbers and the result — nothing else. An unknown, revoked or expired token is 404; ' +
      'more than a few dozen opens per client IP per hour is 429 with Retry-After.',
    tags: ['value'],
    access: access.public(),
    target: 'valueShare',
    params: z.object({ token: zString(100) }),
    response: ZSharedPage,
    handler: async ({ ctx, params, req, reply }) => {
      reply.header('cache-control', 'no-store');
      reply.header('x-robots-tag', 'noindex');
      reply.header('referrer-policy', 'no-referrer');
      return openSharedPage(ctx.db, params.token, req.ip);
    },
  }),
  // ——— Value-capture simulations ———
  defineRoute({
    method: 'GET',
    url: '/api/v1/partners/:id/value-simulations',
    summary: 'An alliance’s value-capture simulations, with their results',
    tags: ['value'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'valueSimulation.read',
    target: 'partner',
    params: ZIdParams,
    response: z.object({ data: z.array(ZSimulation) }),
    export: false,
    handler: async ({ ctx, params }) => ({ data: await listSimulations(ctx, params.id) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/partners/:id/value-simulations/preview',
    summary: 'Each side’s earnings under price and volume scenarios, with fairness, keeping nothing',
    tags: ['value'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'valueSimulation.read',
    target: 'partner',
    params: ZIdParams,
    body: z.strictObject(simulationFields),
    response: ZSimulationResult,
    example: exampleSimulation,
    handler: async ({ ctx, params, body }) => previewSimulation(ctx, params.id, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/partners/:id/value-simulations',
    summary: 'Keep a value-capture simulation of a joint offering',
    tags: ['value'],
    access: access.roles(SELLERS, { scope: 'partner' }),
    permission: 'valueSimulation.create',
    target: 'partner',
    params: ZIdParams,
    status: 201,
    body: z.strictObject({ name: zText(160), ...simulationFields }),
    response: ZSimulation,
    example: () => ({ name: 'Clinic bundle 2027', ...exampleSimulation() }),
    handler: async ({ ctx, params, body }) => createSimulation(ctx, params.id, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/value-simulations/:id',
    summary: 'One value-capture simulation with its result',
    tags: ['value'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'valueSimulation.read',
    target: 'valueSimulation',
    params: ZIdParams,
    response: ZSimulation,
    handler: async ({ ctx, params }) => getSimulation(ctx, params.id),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/value-simulations/:id',
    summary: 'Change a simulation (the side that made it)',
    tags: ['value'],
    access: access.roles(SELLERS, { scope: 'partner' }),
    permission: 'valueSimulation.edit',
    target: 'valueSimulation',
    params: ZIdParams,
    body: z.strictObject({ name: zText(160), ...simulationFields }).partial(),
    response: ZSimulation,
    example: () => ({ volumes: [200, 800] }),
    handler: async ({ ctx, params, body }) => updateSimulation(ctx, params.id, body),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/value-simulations/:id',
    summary: 'Delete a simulation (the side that made it)',
    tags: ['value'],
    access: access.roles(SELLERS, { scope: 'partner' }),
    permission: 'valueSimulation.delete',
    target: 'valueSimulation',
    params: ZIdParams,
    status: 204,
    handler: async ({ ctx, params }) => {
      await deleteSimulation(ctx, params.id);
    },
  }),
];
