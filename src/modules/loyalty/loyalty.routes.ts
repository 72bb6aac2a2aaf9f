import { z } from 'zod';
import { access, defineRoute } from '../../server/route.js';
import { ZCursor, ZIdList, ZIdParams, ZLimit, ZQueryBoolean, zAnyOf, zOptionalText, zPage, zText } from '../../server/schemas.js';
import { PARTNER_ROLES, ROLES, VENDOR_ROLES } from '../../shared/roles.js';
import { ENTRY_KINDS, LOYALTY_PERIODS, LOYALTY_SOURCES, REDEMPTION_STATUSES } from './loyalty.rules.js';
import {
  adjustPoints,
  createReward,
  getLoyaltySettings,
  listLoyaltyEntries,
  listLoyaltyRules,
  listRedemptions,
  listRewards,
  loyaltyLeaderboard,
  loyaltySummary,
  moveRedemption,
  requestRedemption,
  saveLoyaltyRules,
  saveLoyaltySettings,
  updateReward,
} from './loyalty.service.js';

const TAGS = ['loyalty'];
const MANAGERS = ['admin', 'partner_manager'] as const;
const zPoints = (min: number, max: number) =>
  z
    .number({ error: 'must be a whole number of points' })
    .int('must be a whole number of points')
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`);

const ZRule = z.object({
  source: z.enum(LOYALTY_SOURCES),
  label: z.string(),
  points: z.number().int(),
  capPerPeriod: z.number().int().nullable(),
  period: z.enum(LOYALTY_PERIODS),
  active: z.boolean(),
});
const ZRules = z.object({ data: z.array(ZRule), can: z.object({ edit: z.boolean() }) }).meta({ id: 'LoyaltyRules' });

const ZSummary = z
  .object({
    partnerId: z.uuid(),
    balance: z.number().int().describe('Points to spend: the sum of the ledger'),
    earned: z.number().int(),
    earnedLast12Months: z.number().int(),
    redeemed: z.number().int().describe('Points of approved and fulfilled redemptions'),
    pending: z.number().int().describe('Points held by redemptions waiting for the vendor'),
    bySource: z.array(z.object({ source: z.string(), label: z.string(), points: z.number().int() })),
    nextReward: z.object({ id: z.uuid(), name: z.string(), pointsCost: z.number().int(), missing: z.number().int() }).nullable(),
    affordableRewards: z.number().int(),
    expired: z.number().int().describe('Points expired so far'),
    nextExpiry: z
      .object({ points: z.number().int(), on: z.string().describe('YYYY-MM-DD') })
      .nullable()
      .describe('The next points to expire, first in first out (null: none, or points never expire)'),
    expiryMonths: z.number().int().describe('How many months points live (0: for ever)'),
  })
  .meta({ id: 'LoyaltySummary' });

const ZLoyaltySettings = z
  .object({
    pointsExpiryMonths: z.number().int().describe('Points expire this many months after they were earned; 0: never'),
    can: z.object({ edit: z.boolean() }),
  })
  .meta({ id: 'LoyaltySettings' });

const ZEntry = z
  .object({
    id: z.uuid(),
    kind: z.enum(ENTRY_KINDS),
    points: z.number().int(),
    source: z.string(),
    label: z.string(),
    eventName: z.string().nullable(),
    eventId: z.uuid().nullable().describe('The domain event it was earned from'),
    recordId: z.uuid().nullable(),
    redemptionId: z.uuid().nullable(),
    userId: z.uuid().nullable(),
    note: z.string(),
    occurredAt: z.date(),
  })
  .meta({ id: 'LoyaltyEntry' });

const ZReward = z
  .object({
    id: z.uuid(),
    name: z.string(),
    description: z.string(),
    pointsCost: z.number().int(),
    stock: z.number().int().nullable(),
    available: z.number().int().nullable().describe('Stock left; null: unlimited'),
    active: z.boolean(),
    createdAt: z.date(),
    updatedAt: z.date(),
    can: z.object({ edit: z.boolean(), redeem: z.boolean() }),
  })
  .meta({ id: 'LoyaltyReward' });

const ZRedemption = z
  .object({
    id: z.uuid(),
    partnerId: z.uuid(),
    partnerName: z.string(),
    rewardId: z.uuid(),
    rewardName: z.string(),
    points: z.number().int(),
    status: z.enum(REDEMPTION_STATUSES),
    note: z.string(),
    decisionNote: z.string(),
    requestedById: z.uuid().nullable(),
    decidedById: z.uuid().nullable(),
    decidedAt: z.date().nullable(),
    fulfilledAt: z.date().nullable(),
    createdAt: z.date(),
    updatedAt: z.date(),
    can: z.object({ approve: z.boolean(), reject: z.boolean(), fulfil: z.boolean() }),
  })
  .meta({ id: 'LoyaltyRedemption' });

const rewardFields = {
  name: zText(200),
  description: zOptionalText(2000).optional(),
  pointsCost: zPoints(1, 10_000_000).describe('What it costs in points'),
  stock: zPoints(0, 1_000_000).nullable().optional().describe('How many can be redeemed in all; null: unlimited'),
  active: z.boolean({ error: 'must be true or false' }).optional(),
};

export const loyaltyRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/loyalty/settings',
    summary: 'Loyalty settings: how many months points live before they expire (0: never)',
    tags: TAGS,
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'loyaltyRule.read',
    response: ZLoyaltySettings,
    handler: async ({ ctx }) => getLoyaltySettings(ctx),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/v1/loyalty/settings',
    summary: 'Set how many months loyalty points live (0: they never expire); the daily run expires what is due',
    tags: TAGS,
    access: access.roles(['admin'], { scope: 'none' }),
    permission: 'loyaltyRule.edit',
    body: z.strictObject({
      pointsExpiryMonths: z
        .number({ error: 'must be a number of months' })
        .int('must be whole months')
        .min(0, 'must be 0 to 120 months')
        .max(120, 'must be 0 to 120 months'),
    }),
    response: ZLoyaltySettings,
    example: () => ({ pointsExpiryMonths: 24 }),
    handler: async ({ ctx, body }) => saveLoyaltySettings(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/loyalty/rules',
    summary: 'The points table: what each kind of engagement earns, and its cap per period',
    tags: TAGS,
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'loyaltyRule.read',
    response: ZRules,
    handler: async ({ ctx }) => listLoyaltyRules(ctx),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/v1/loyalty/rules',
    summary: 'Change the points table (the sources given; others keep theirs)',
    tags: TAGS,
    access: access.roles(['admin'], { scope: 'none' }),
    permission: 'loyaltyRule.edit',
    body: z.strictObject({
      rules: z
        .array(
          z.strictObject({
            source: z.enum(LOYALTY_SOURCES, { error: `must be one of ${LOYALTY_SOURCES.join(', ')}` }),
            points: zPoints(0, 1_000_000),
            capPerPeriod: zPoints(1, 100_000_000).nullable(),
            period: z.enum(LOYALTY_PERIODS, { error: `must be one of ${LOYALTY_PERIODS.join(', ')}` }),
            active: z.boolean({ error: 'must be true or false' }),
          }),
        )
        .min(1, 'give at least one rule')
        .max(LOYALTY_SOURCES.length, `at most ${LOYALTY_SOURCES.length} rules`),
    }),
    response: ZRules,
    example: () => ({ rules: [{ source: 'resource.downloaded', points: 5, capPerPeriod: 100, period: 'month', active: true }] }),
    handler: async ({ ctx, body }) => saveLoyaltyRules(ctx, body.rules),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/partners/:id/loyalty',
    summary: 'A partner’s points: balance, earned, redeemed, pending, by source, the next reward to aim for',
    tags: TAGS,
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'loyaltyPoints.read',
    target: 'partner',
    params: ZIdParams,
    response: ZSummary,
    handler: async ({ ctx, params }) => loyaltySummary(ctx, params.id),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/partners/:id/loyalty/entries',
    summary: 'A partner’s points ledger, newest first; every entry names the event it came from',
    tags: TAGS,
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'loyaltyPoints.read',
    target: 'partner',
    params: ZIdParams,
    query: z.object({ limit: ZLimit, cursor: ZCursor, sort: z.enum(['-occurredAt', 'occurredAt']).default('-occurredAt') }),
    response: zPage(ZEntry),
    handler: async ({ ctx, params, query }) => listLoyaltyEntries(ctx, params.id, query),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/partners/:id/loyalty/adjustments',
    summary: 'Adjust a partner’s points by hand, with the reason (never below a zero balance)',
    tags: TAGS,
    access: access.roles(['admin'], { scope: 'none' }),
    permission: 'loyaltyPoints.adjust',
    target: 'partner',
    status: 201,
    params: ZIdParams,
    body: z.strictObject({ points: zPoints(-10_000_000, 10_000_000), note: zText(500) }),
    response: ZSummary,
    example: () => ({ points: 250, note: 'Speaker at the partner summit' }),
    handler: async ({ ctx, params, body }) => adjustPoints(ctx, params.id, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/loyalty/leaderboard',
    summary: 'Partners by points earned in the last twelve months',
    tags: TAGS,
    access: access.roles(VENDOR_ROLES, { scope: 'none' }),
    permission: 'loyaltyPoints.leaderboard',
    query: z.object({ limit: ZLimit }),
    response: z.object({
      data: z.array(
        z.object({
          partnerId: z.uuid(),
          partnerName: z.string(),
          balance: z.number().int(),
          earnedLast12Months: z.number().int(),
          redeemed: z.number().int(),
        }),
      ),
    }),
    handler: async ({ ctx, query }) => ({ data: await loyaltyLeaderboard(ctx, query.limit) }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/loyalty/rewards',
    summary: 'The rewards catalogue (a partner’s people: active rewards), cheapest first',
    tags: TAGS,
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'loyaltyReward.read',
    query: z.object({ includeInactive: ZQueryBoolean.optional() }),
    response: z.object({ data: z.array(ZReward) }),
    handler: async ({ ctx, query }) => listRewards(ctx, query),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/loyalty/rewards',
    summary: 'Add a reward to the catalogue',
    tags: TAGS,
    access: access.roles(['admin'], { scope: 'none' }),
    permission: 'loyaltyReward.edit',
    status: 201,
    body: z.strictObject(rewardFields),
    response: ZReward,
    example: (refs) => ({
      name: `Conference pass ${refs.unique}`,
      pointsCost: 5000,
      stock: 10,
      description: 'One pass to the annual partner summit',
    }),
    handler: async ({ ctx, body }) => createReward(ctx, body),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/loyalty/rewards/:id',
    summary: 'Change a reward (cost, stock, or take it out of the catalogue with active: false)',
    tags: TAGS,
    access: access.roles(['admin'], { scope: 'none' }),
    permission: 'loyaltyReward.edit',
    target: 'loyaltyReward',
    params: ZIdParams,
    body: z.strictObject(rewardFields).partial(),
    response: ZReward,
    example: () => ({ stock: 20 }),
    handler: async ({ ctx, params, body }) => updateReward(ctx, params.id, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/loyalty/rewards/:id/redemptions',
    summary: 'Redeem your company’s points for a reward (the points leave the balance at once)',
    description:
      'Refused with 422 naming `rewardId` when the balance does not cover it, it is out of stock or no longer offered.',
    tags: TAGS,
    access: access.roles(PARTNER_ROLES, { scope: 'partner' }),
    permission: 'loyaltyReward.redeem',
    target: 'loyaltyReward',
    status: 201,
    params: ZIdParams,
    body: z.strictObject({ note: zOptionalText(1000).optional().describe('Shipping address, size, preferred date…') }),
    response: ZRedemption,
    example: () => ({ note: 'Ship to our Berlin office' }),
    handler: async ({ ctx, params, body }) => requestRedemption(ctx, params.id, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/loyalty/redemptions',
    summary: 'Redemptions (a partner’s people: their company’s), newest first',
    tags: TAGS,
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'loyaltyRedemption.read',
    query: z.object({
      limit: ZLimit,
      cursor: ZCursor,
      sort: z.enum(['-createdAt', 'createdAt']).default('-createdAt'),
      status: zAnyOf(REDEMPTION_STATUSES).optional(),
      partnerId: ZIdList.optional(),
    }),
    response: zPage(ZRedemption),
    handler: async ({ ctx, query }) => listRedemptions(ctx, query),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/loyalty/redemptions/:id/status',
    summary: 'Approve, fulfil or reject a redemption (a rejection returns the points)',
    tags: TAGS,
    access: access.roles(MANAGERS, { scope: 'none' }),
    permission: 'loyaltyRedemption.decide',
    target: 'loyaltyRedemption',
    params: ZIdParams,
    body: z.strictObject({
      status: z.enum(['approved', 'fulfilled', 'rejected'], { error: 'must be approved, fulfilled or rejected' }),
      note: zOptionalText(1000).optional(),
    }),
    response: ZRedemption,
    example: () => ({ status: 'approved', note: 'Shipping this week' }),
    handler: async ({ ctx, params, body }) => moveRedemption(ctx, params.id, body.status, body.note),
  }),
];
