import { z } from 'zod';
import { access, defineRoute } from '../../server/route.js';
import { ZCurrency, ZId, ZIdParams, zDate, zOptionalText, zString, zText } from '../../server/schemas.js';
import { ROLES, VENDOR_ROLES } from '../../shared/roles.js';
import {
  LIFECYCLE_STAGES,
  listStageTransitions,
  transitionStage,
  ZStageTransition,
  ZStageTransitionCreated,
} from '../partners/index.js';
import { ZTier, ZTierInput } from '../tiers/index.js';
import { approveProposal, getRun, listProposals, listRuns, rejectProposal, runEvaluation } from './evaluation.service.js';
import {
  joinProgram,
  leaveProgram,
  listPartnerMemberships,
  listProgramMembers,
  listTierHistory,
  placeInTier,
} from './memberships.service.js';
import {
  checkMilestones,
  confirmMilestone,
  createMilestoneRule,
  deleteMilestoneRule,
  dismissMilestone,
  listMilestoneProposals,
  listMilestoneRules,
  updateMilestoneRule,
} from './milestones.service.js';
import { metricCatalog } from './programs.metrics.js';
import { BILLING_PERIODS, DEFAULT_PROGRAM_ID, MILESTONE_OPERATORS, PROGRAM_KINDS } from './programs.rules.js';
import {
  createProgram,
  createProgramTier,
  deleteProgram,
  getProgram,
  listPrograms,
  listProgramTiers,
  updateProgram,
} from './programs.service.js';
import { listCustomValues, setCustomValue, tierProgress } from './progress.service.js';

const VENDOR_MANAGERS = ['admin', 'partner_manager'] as const;

// ————— Commercial models —————

const ZPercent = z.number().min(0, 'must be 0–100').max(100, 'must be 0–100');
const ZMoneyInput = z.strictObject({
  amount: z.number().int('must be whole minor units').min(0).max(1e13),
  currency: ZCurrency,
});
const ZMoney = z.object({ amount: z.number().int(), currency: z.string() });

const simpleModels = [
  z.strictObject({ model: z.literal('commission'), ratePercent: ZPercent }),
  z.strictObject({ model: z.literal('reseller_discount'), discountPercent: ZPercent }),
  z.strictObject({ model: z.literal('flat_fee'), fee: ZMoneyInput, per: z.enum(['deal', ...BILLING_PERIODS]) }),
  z.strictObject({ model: z.literal('subscription'), price: ZMoneyInput, period: z.enum(BILLING_PERIODS) }),
  z.strictObject({ model: z.literal('usage_based'), ratePerUnit: ZMoneyInput, unit: zText(40) }),
  z.strictObject({ model: z.literal('value_based'), percentOfValue: ZPercent, basis: zText(200) }),
  z.strictObject({ model: z.literal('white_label'), wholesaleDiscountPercent: ZPercent, brandingFee: ZMoneyInput.optional() }),
  z.strictObject({ model: z.literal('revenue_share'), sharePercent: ZPercent }),
] as const;
const ZSimpleModelInput = z.discriminatedUnion('model', simpleModels);
const ZCommercialModelInput = z.discriminatedUnion('model', [
  ...simpleModels,
  z.strictObject({
    model: z.literal('hybrid'),
    components: z.array(ZSimpleModelInput).min(2, 'needs at least two models').max(5),
  }),
]);

const ZSimpleModel = z.object({
  model: z.string(),
  ratePercent: z.number().optional(),
  discountPercent: z.number().optional(),
  fee: ZMoney.optional(),
  per: z.string().optional(),
  price: ZMoney.optional(),
  period: z.string().optional(),
  ratePerUnit: ZMoney.optional(),
  unit: z.string().optional(),
  percentOfValue: z.number().optional(),
  basis: z.string().optional(),
  wholesaleDiscountPercent: z.number().optional(),
  brandingFee: ZMoney.optional(),
  sharePercent: z.number().optional(),
});
const ZCommercialModel = ZSimpleModel.extend({ components: z.array(ZSimpleModel).optional() }).meta({ id: 'CommercialModel' });

const ZProgram = z
  .object({
    id: z.uuid(),
    name: z.string(),
    kind: z.enum(PROGRAM_KINDS),
    description: z.string(),
    commercialModel: ZCommercialModel,
    isDefault: z.boolean(),
    demotionGraceDays: z.number().int(),
    status: z.enum(['active', 'retired']),
    memberCount: z.number().int(),
    tierCount: z.number().int(),
    createdAt: z.date(),
    updatedAt: z.date(),
    can: z.object({ edit: z.boolean(), delete: z.boolean(), manageMembers: z.boolean() }),
  })
  .meta({ id: 'Program' });

const ZProgramInput = z.strictObject({
  name: zText(80),
  kind: z.enum(PROGRAM_KINDS),
  description: zOptionalText(2000).optional(),
  commercialModel: ZCommercialModelInput,
  demotionGraceDays: z
    .number()
    .int()
    .min(0)
    .max(730)
    .optional()
    .describe('Days below a tier before a demotion is proposed (default 90)'),
  status: z.enum(['active', 'retired']).optional(),
});

const ZTierRef = z.object({
  id: z.uuid(),
  name: z.string(),
  rank: z.number().int(),
  color: z.string(),
  programId: z.uuid().optional(),
});
const ZPersonRef = z.object({ id: z.uuid(), name: z.string(), email: z.string(), role: z.string() });

const ZMembership = z
  .object({
    id: z.uuid(),
    programId: z.uuid(),
    partnerId: z.uuid(),
    partnerName: z.string(),
    tierId: z.uuid().nullable(),
    joinedAt: z.date(),
    leftAt: z.date().nullable(),
    belowSince: z.date().nullable(),
    program: z.object({ id: z.uuid(), name: z.string(), kind: z.string(), isDefault: z.boolean() }),
    tier: ZTierRef.nullable(),
    can: z.object({ edit: z.boolean() }),
  })
  .meta({ id: 'ProgramMembership' });

const ZRequirementProgress = z
  .object({
    key: z.string(),
    label: z.string(),
    metric: z.string(),
    unit: z.string(),
    required: z.number(),
    actual: z.number().nullable().describe('null: no data yet'),
    met: z.boolean().nullable().describe('null: no data yet'),
    missing: z.number().nullable(),
  })
  .meta({ id: 'RequirementProgress' });

const ZProgressTier = z.object({ id: z.uuid(), name: z.string(), rank: z.number().int(), color: z.string() });

const ZTierProgress = z
  .object({
    partnerId: z.uuid(),
    asOf: z.date(),
    currentTier: ZProgressTier.nullable(),
    nextTier: ZProgressTier.nullable(),
    requirements: z.array(ZRequirementProgress),
    programs: z.array(
      z.object({
        program: z.object({ id: z.uuid(), name: z.string(), isDefault: z.boolean() }),
        membershipId: z.uuid(),
        currentTier: ZProgressTier.nullable(),
        nextTier: ZProgressTier.nullable(),
        requirements: z.array(ZRequirementProgress),
        metCount: z.number().int(),
        total: z.number().int(),
        holdsCurrentTier: z.boolean().nullable(),
        currentRequirements: z.array(ZRequirementProgress),
      }),
    ),
  })
  .meta({ id: 'TierProgress' });

const ZTierChange = z
  .object({
    id: z.uuid(),
    partnerId: z.uuid(),
    programId: z.uuid(),
    programName: z.string(),
    fromTierId: z.uuid().nullable(),
    toTierId: z.uuid().nullable(),
    fromTier: ZTierRef.nullable(),
    toTier: ZTierRef.nullable(),
    reason: z.string(),
    proposalId: z.uuid().nullable(),
    actorId: z.uuid().nullable(),
    actor: ZPersonRef.nullable(),
    occurredAt: z.date(),
  })
  .meta({ id: 'TierChange' });

const ZRun = z
  .object({
    id: z.uuid(),
    programId: z.uuid().nullable(),
    programName: z.string().nullable(),
    periodLabel: z.string(),
    periodStart: z.string(),
    periodEnd: z.string(),
    asOf: z.date(),
    trigger: z.enum(['schedule', 'manual']),
    startedById: z.uuid().nullable(),
    startedBy: ZPersonRef.nullable(),
    evaluated: z.number().int(),
    promotions: z.number().int(),
    demotions: z.number().int(),
    inGrace: z.number().int(),
    openProposals: z.number().int(),
    createdAt: z.date(),
  })
  .meta({ id: 'TierEvaluationRun' });

const ZEvidence = z.object({
  asOf: z.string(),
  periodLabel: z.string(),
  belowSince: z.string().nullable(),
  tiers: z.array(
    z.object({ tierId: z.string(), name: z.string(), rank: z.number(), requirements: z.array(ZRequirementProgress) }),
  ),
});

const ZProposalStatus = z.enum(['open', 'approved', 'rejected', 'superseded']);

const ZProposal = z
  .object({
    id: z.uuid(),
    runId: z.uuid(),
    partnerId: z.uuid(),
    partner: z.object({ id: z.uuid(), name: z.string(), ownerId: z.uuid().nullable() }),
    programId: z.uuid(),
    programName: z.string(),
    membershipId: z.uuid(),
    direction: z.enum(['promotion', 'demotion']),
    fromTierId: z.uuid().nullable(),
    toTierId: z.uuid().nullable(),
    fromTier: ZTierRef.nullable(),
    toTier: ZTierRef.nullable(),
    evidence: ZEvidence,
    status: ZProposalStatus,
    decidedById: z.uuid().nullable(),
    decidedBy: ZPersonRef.nullable(),
    decidedAt: z.date().nullable(),
    decisionNote: z.string(),
    createdAt: z.date(),
    updatedAt: z.date(),
    can: z.object({ approve: z.boolean(), reject: z.boolean() }),
  })
  .meta({ id: 'TierProposal' });

const ZMetric = z
  .object({ key: z.string(), label: z.string(), unit: z.string(), description: z.string(), available: z.boolean() })
  .meta({ id: 'Metric' });

const ZMilestoneRule = z
  .object({
    id: z.uuid(),
    name: z.string(),
    fromStages: z.array(z.enum(LIFECYCLE_STAGES)),
    toStage: z.enum(LIFECYCLE_STAGES),
    metric: z.string(),
    operator: z.enum(MILESTONE_OPERATORS),
    threshold: z.number(),
    active: z.boolean(),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'MilestoneRule' });

const ZMilestoneRuleInput = z.strictObject({
  name: zText(120),
  fromStages: z.array(z.enum(LIFECYCLE_STAGES)).min(1, 'name at least one stage').max(8),
  toStage: z.enum(LIFECYCLE_STAGES),
  metric: zString(80),
  operator: z.enum(MILESTONE_OPERATORS),
  threshold: z.number().min(-1e15).max(1e15),
  active: z.boolean().optional(),
});

const ZMilestoneProposal = z
  .object({
    id: z.uuid(),
    ruleId: z.uuid(),
    ruleName: z.string(),
    partnerId: z.uuid(),
    partner: z.object({ id: z.uuid(), name: z.string() }),
    fromStage: z.string(),
    toStage: z.string(),
    evidence: z.object({
      metric: z.string(),
      label: z.string(),
      unit: z.string(),
      operator: z.string(),
      threshold: z.number(),
      actual: z.number().nullable(),
      asOf: z.string(),
    }),
    status: z.enum(['open', 'confirmed', 'dismissed', 'superseded']),
    decidedById: z.uuid().nullable(),
    decidedBy: ZPersonRef.nullable(),
    decidedAt: z.date().nullable(),
    decisionNote: z.string(),
    createdAt: z.date(),
    updatedAt: z.date(),
    can: z.object({ confirm: z.boolean(), dismiss: z.boolean() }),
  })
  .meta({ id: 'MilestoneProposal' });

const ZCustomValue = z
  .object({
    id: z.uuid(),
    partnerId: z.uuid(),
    key: z.string(),
    value: z.number(),
    note: z.string(),
    recordedById: z.uuid().nullable(),
    recordedAt: z.date(),
  })
  .meta({ id: 'CustomMetricValue' });

const ZMembershipParams = z.object({ id: ZId, membershipId: ZId });
const ZNote = z.strictObject({ note: zOptionalText(1000).optional() });

export const programRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/programs',
    summary: 'Partner programs (a partner’s people: the programs their company is in)',
    tags: ['programs'],
    access: access.roles(ROLES, { scope: 'none' }),
    permission: 'program.read',
    query: z.object({ status: z.enum(['active', 'retired']).optional() }),
    response: z.object({ data: z.array(ZProgram) }),
    handler: async ({ ctx, query }) => ({ data: await listPrograms(ctx, query) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/programs',
    summary: 'Create a program with its commercial model',
    tags: ['programs'],
    access: access.roles(VENDOR_MANAGERS, { scope: 'none' }),
    permission: 'program.create',
    status: 201,
    body: ZProgramInput,
    response: ZProgram,
    example: (refs) => ({
      name: `Program ${refs.unique}`,
      kind: 'referral',
      commercialModel: { model: 'commission', ratePercent: 10 },
    }),
    handler: async ({ ctx, body }) => createProgram(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/programs/:id',
    summary: 'Get a program',
    tags: ['programs'],
    access: access.roles(ROLES, { scope: 'none' }),
    permission: 'program.read',
    target: 'program',
    params: ZIdParams,
    response: ZProgram,
    handler: async ({ ctx, params }) => getProgram(ctx, params.id),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/programs/:id',
    summary: 'Change a program',
    tags: ['programs'],
    access: access.roles(VENDOR_MANAGERS, { scope: 'none' }),
    permission: 'program.edit',
    target: 'program',
    params: ZIdParams,
    body: ZProgramInput.partial(),
    response: ZProgram,
    example: () => ({ description: 'Updated description', demotionGraceDays: 120 }),
    handler: async ({ ctx, params, body }) => updateProgram(ctx, params.id, body),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/programs/:id',
    summary: 'Delete a program without members (not the default program)',
    tags: ['programs'],
    access: access.roles(['admin'], { scope: 'none' }),
    permission: 'program.delete',
    target: 'program',
    params: ZIdParams,
    status: 204,
    handler: async ({ ctx, params }) => deleteProgram(ctx, params.id),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/programs/:id/tiers',
    summary: 'The program’s tiers, lowest first, with requirements and benefits (the tier-benefits matrix)',
    tags: ['programs'],
    access: access.roles(ROLES, { scope: 'none' }),
    permission: 'program.read',
    target: 'program',
    params: ZIdParams,
    response: z.object({ data: z.array(ZTier) }),
    handler: async ({ ctx, params }) => ({ data: await listProgramTiers(ctx, params.id) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/programs/:id/tiers',
    summary: 'Add a tier to a program',
    tags: ['programs'],
    access: access.roles(VENDOR_MANAGERS, { scope: 'none' }),
    permission: 'program.edit',
    target: 'program',
    params: ZIdParams,
    status: 201,
    body: ZTierInput,
    response: ZTier,
    example: (refs) => ({
      name: `Tier ${refs.unique}`,
      rank: 100 + (refs.seq % 900),
      requirements: [{ key: 'contacts', type: 'metric', metric: 'partners.contacts', label: 'Contacts on file', min: 2 }],
      benefits: { discountPercent: 20, dealProtectionDays: 90, supportLevel: 'priority' },
    }),
    handler: async ({ ctx, params, body }) => createProgramTier(ctx, params.id, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/programs/:id/members',
    summary: 'Current members of a program with their tiers',
    tags: ['programs'],
    access: access.roles(VENDOR_ROLES, { scope: 'none' }),
    permission: 'program.readMembers',
    target: 'program',
    params: ZIdParams,
    response: z.object({ data: z.array(ZMembership) }),
    handler: async ({ ctx, params }) => ({ data: await listProgramMembers(ctx, params.id) }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/metrics',
    summary: 'Metrics tier requirements and milestone rules can name (available: its module provides data)',
    tags: ['programs'],
    access: access.roles(VENDOR_ROLES, { scope: 'none' }),
    permission: 'tierEvaluation.read',
    response: z.object({ data: z.array(ZMetric) }),
    handler: async () => ({ data: await metricCatalog() }),
  }),
  // ————— A partner's programs —————
  defineRoute({
    method: 'GET',
    url: '/api/v1/partners/:id/programs',
    summary: 'The partner’s program memberships, current and past, with its tier in each',
    tags: ['programs'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'programMembership.read',
    target: 'partner',
    params: ZIdParams,
    response: z.object({ data: z.array(ZMembership) }),
    handler: async ({ ctx, params }) => ({ data: await listPartnerMemberships(ctx, params.id) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/partners/:id/programs',
    summary: 'Enrol the partner in a program (optionally in a tier)',
    tags: ['programs'],
    access: access.roles(VENDOR_MANAGERS, { scope: 'partner' }),
    permission: 'programMembership.create',
    target: 'partner',
    params: ZIdParams,
    status: 201,
    body: z.strictObject({ programId: ZId, tierId: ZId.nullable().optional(), joinedAt: zDate().optional() }),
    response: ZMembership,
    example: () => ({ programId: DEFAULT_PROGRAM_ID }),
    handler: async ({ ctx, params, body }) =>
      joinProgram(ctx, params.id, { ...body, joinedAt: body.joinedAt ? new Date(`${body.joinedAt}T12:00:00Z`) : undefined }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/partners/:id/programs/:membershipId/leave',
    summary: 'End the partner’s membership of a program',
    tags: ['programs'],
    access: access.roles(VENDOR_MANAGERS, { scope: 'partner' }),
    permission: 'programMembership.edit',
    target: 'programMembership',
    params: ZMembershipParams,
    body: z.strictObject({ reason: zOptionalText(1000).optional() }),
    response: ZMembership,
    example: () => ({ reason: 'Moved to the referral program' }),
    handler: async ({ ctx, params, body }) => leaveProgram(ctx, params.id, params.membershipId, body),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/v1/partners/:id/programs/:membershipId/tier',
    summary: 'Place the partner in a tier of the program by hand (kept in the tier history with the reason)',
    tags: ['programs'],
    access: access.roles(VENDOR_MANAGERS, { scope: 'partner' }),
    permission: 'programMembership.edit',
    target: 'programMembership',
    params: ZMembershipParams,
    body: z.strictObject({ tierId: ZId.nullable(), reason: zText(1000) }),
    response: ZMembership,
    example: () => ({ tierId: null, reason: 'Strategic exception agreed with the partner' }),
    handler: async ({ ctx, params, body }) => placeInTier(ctx, params.id, params.membershipId, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/partners/:id/tier-progress',
    summary: 'The partner’s current tier, the next one, and each requirement with required vs actual and what is missing',
    description:
      'Per program the partner is in (`programs`); the top-level `currentTier`, `nextTier` and `requirements` answer for the default ' +
      'program (or the first). A requirement whose metric has no data yet answers `actual: null, met: null`.',
    tags: ['programs'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'tierProgress.read',
    target: 'partner',
    params: ZIdParams,
    response: ZTierProgress,
    handler: async ({ ctx, params }) => tierProgress(ctx, params.id),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/partners/:id/tier-history',
    summary: 'Every change of the partner’s tiers, newest first',
    tags: ['programs'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'programMembership.read',
    target: 'partner',
    params: ZIdParams,
    response: z.object({ data: z.array(ZTierChange) }),
    handler: async ({ ctx, params }) => ({ data: await listTierHistory(ctx, params.id) }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/partners/:id/custom-metrics',
    summary: 'Values recorded for the partner’s custom requirements',
    tags: ['programs'],
    access: access.roles(VENDOR_ROLES, { scope: 'partner' }),
    permission: 'customMetric.read',
    target: 'partner',
    params: ZIdParams,
    response: z.object({ data: z.array(ZCustomValue) }),
    handler: async ({ ctx, params }) => ({ data: await listCustomValues(ctx, params.id) }),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/v1/partners/:id/custom-metrics',
    summary: 'Record the partner’s value for a custom requirement or rule (`custom.<key>`), replacing the last one',
    tags: ['programs'],
    access: access.roles(VENDOR_MANAGERS, { scope: 'partner' }),
    permission: 'customMetric.edit',
    target: 'partner',
    params: ZIdParams,
    body: z.strictObject({
      key: zString(40).regex(/^[a-z][a-z0-9_]{0,39}$/, 'must be lower case letters, digits and _'),
      value: z.number().min(-1e15).max(1e15),
      note: zOptionalText(1000).optional(),
    }),
    response: ZCustomValue,
    example: () => ({ key: 'business_plan', value: 1, note: 'Business plan signed' }),
    handler: async ({ ctx, params, body }) => setCustomValue(ctx, params.id, body.key, body),
  }),
  // ————— Tier evaluation —————
  defineRoute({
    method: 'GET',
    url: '/api/v1/tier-evaluations',
    summary: 'Tier evaluation runs, newest first',
    tags: ['programs'],
    access: access.roles(VENDOR_ROLES, { scope: 'none' }),
    permission: 'tierEvaluation.read',
    response: z.object({ data: z.array(ZRun) }),
    handler: async ({ ctx }) => ({ data: await listRuns(ctx) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/tier-evaluations',
    summary: 'Evaluate tiers for a fiscal quarter now: proposes promotions and demotions, changes nothing',
    description:
      'Evaluates the fiscal quarter containing `date` (default: the last completed quarter; settings’ fiscal-year start month) for ' +
      'one program or every active one. Answers the run; its proposals wait for approval.',
    tags: ['programs'],
    access: access.roles(VENDOR_MANAGERS, { scope: 'none' }),
    permission: 'tierEvaluation.run',
    status: 201,
    body: z.strictObject({ programId: ZId.optional(), date: zDate().optional() }),
    response: ZRun,
    example: () => ({}),
    handler: async ({ ctx, body }) => runEvaluation(ctx, { ...body, trigger: 'manual' }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/tier-evaluations/:id',
    summary: 'An evaluation run with its proposals and their evidence',
    tags: ['programs'],
    access: access.roles(VENDOR_ROLES, { scope: 'none' }),
    permission: 'tierEvaluation.read',
    target: 'tierEvaluation',
    params: ZIdParams,
    response: ZRun.extend({ proposals: z.array(ZProposal) }),
    handler: async ({ ctx, params }) => getRun(ctx, params.id),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/tier-proposals',
    summary: 'Tier proposals across runs (open ones by default)',
    tags: ['programs'],
    access: access.roles(VENDOR_ROLES, { scope: 'none' }),
    permission: 'tierProposal.read',
    query: z.object({ status: ZProposalStatus.optional() }),
    response: z.object({ data: z.array(ZProposal) }),
    handler: async ({ ctx, query }) => ({ data: await listProposals(ctx, query) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/tier-proposals/:id/approve',
    summary: 'Approve a tier proposal: the partner’s tier changes now, kept in its history',
    tags: ['programs'],
    access: access.roles(VENDOR_MANAGERS, { scope: 'partner' }),
    permission: 'tierProposal.decide',
    target: 'tierProposal',
    params: ZIdParams,
    body: ZNote,
    response: ZProposal,
    example: () => ({ note: 'Strong quarter' }),
    handler: async ({ ctx, params, body }) => approveProposal(ctx, params.id, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/tier-proposals/:id/reject',
    summary: 'Reject a tier proposal (nothing changes)',
    tags: ['programs'],
    access: access.roles(VENDOR_MANAGERS, { scope: 'partner' }),
    permission: 'tierProposal.decide',
    target: 'tierProposal',
    params: ZIdParams,
    body: ZNote,
    response: ZProposal,
    example: () => ({ note: 'Pipeline recovering; review next quarter' }),
    handler: async ({ ctx, params, body }) => rejectProposal(ctx, params.id, body),
  }),
  // ————— Lifecycle milestones —————
  defineRoute({
    method: 'GET',
    url: '/api/v1/milestone-rules',
    summary: 'Lifecycle milestone rules',
    tags: ['programs'],
    access: access.roles(VENDOR_ROLES, { scope: 'none' }),
    permission: 'milestoneRule.read',
    response: z.object({ data: z.array(ZMilestoneRule) }),
    handler: async ({ ctx }) => ({ data: await listMilestoneRules(ctx) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/milestone-rules',
    summary: 'Add a milestone rule: a metric crossing a threshold proposes a lifecycle move',
    tags: ['programs'],
    access: access.roles(VENDOR_MANAGERS, { scope: 'none' }),
    permission: 'milestoneRule.create',
    status: 201,
    body: ZMilestoneRuleInput,
    response: ZMilestoneRule,
    example: (refs) => ({
      name: `Rule ${refs.unique}`,
      fromStages: ['onboarding'],
      toStage: 'enabled',
      metric: 'partners.contacts',
      operator: '>=',
      threshold: 3,
    }),
    handler: async ({ ctx, body }) => createMilestoneRule(ctx, body),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/milestone-rules/:id',
    summary: 'Change a milestone rule',
    tags: ['programs'],
    access: access.roles(VENDOR_MANAGERS, { scope: 'none' }),
    permission: 'milestoneRule.edit',
    target: 'milestoneRule',
    params: ZIdParams,
    body: ZMilestoneRuleInput.partial(),
    response: ZMilestoneRule,
    example: () => ({ threshold: 4 }),
    handler: async ({ ctx, params, body }) => updateMilestoneRule(ctx, params.id, body),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/milestone-rules/:id',
    summary: 'Delete a milestone rule (and its proposals)',
    tags: ['programs'],
    access: access.roles(VENDOR_MANAGERS, { scope: 'none' }),
    permission: 'milestoneRule.delete',
    target: 'milestoneRule',
    params: ZIdParams,
    status: 204,
    handler: async ({ ctx, params }) => deleteMilestoneRule(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/milestone-rules/check',
    summary: 'Check the milestone rules now: proposes lifecycle moves with evidence, moves nothing',
    tags: ['programs'],
    access: access.roles(VENDOR_MANAGERS, { scope: 'none' }),
    permission: 'milestoneRule.run',
    body: z.strictObject({ ruleId: ZId.optional() }),
    response: z.object({ proposed: z.number().int() }),
    example: () => ({}),
    handler: async ({ ctx, body }) => checkMilestones(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/milestone-proposals',
    summary: 'Lifecycle moves milestone rules propose',
    tags: ['programs'],
    access: access.roles(VENDOR_ROLES, { scope: 'none' }),
    permission: 'milestoneProposal.read',
    query: z.object({ status: z.enum(['open', 'confirmed', 'dismissed', 'superseded']).optional(), partnerId: ZId.optional() }),
    response: z.object({ data: z.array(ZMilestoneProposal) }),
    handler: async ({ ctx, query }) => ({ data: await listMilestoneProposals(ctx, query) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/milestone-proposals/:id/confirm',
    summary: 'Confirm: the partner moves to the proposed stage, with the rule and its evidence as the reason',
    tags: ['programs'],
    access: access.roles(VENDOR_MANAGERS, { scope: 'partner' }),
    permission: 'milestoneProposal.decide',
    target: 'milestoneProposal',
    params: ZIdParams,
    body: ZNote,
    response: ZMilestoneProposal,
    example: () => ({}),
    handler: async ({ ctx, params, body }) => confirmMilestone(ctx, params.id, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/milestone-proposals/:id/dismiss',
    summary: 'Dismiss a milestone proposal (the partner stays where it is)',
    tags: ['programs'],
    access: access.roles(VENDOR_MANAGERS, { scope: 'partner' }),
    permission: 'milestoneProposal.decide',
    target: 'milestoneProposal',
    params: ZIdParams,
    body: ZNote,
    response: ZMilestoneProposal,
    example: () => ({ note: 'Not yet' }),
    handler: async ({ ctx, params, body }) => dismissMilestone(ctx, params.id, body),
  }),
  // ————— The names for the lifecycle routes (the same as /stage-transitions) —————
  defineRoute({
    method: 'GET',
    url: '/api/v1/partners/:id/lifecycle',
    summary: 'The partner’s lifecycle transitions, oldest first (the same as /stage-transitions)',
    tags: ['partners'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'partner.read',
    target: 'partner',
    params: ZIdParams,
    response: z.object({ data: z.array(ZStageTransition) }),
    handler: async ({ ctx, params }) => ({ data: await listStageTransitions(ctx, params.id) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/partners/:id/lifecycle',
    summary: 'Move a partner to another lifecycle stage: `{stage, reason}` (the same as /stage-transitions)',
    tags: ['partners'],
    access: access.roles(VENDOR_MANAGERS, { scope: 'partner' }),
    permission: 'partner.changeStage',
    target: 'partner',
    params: ZIdParams,
    status: 201,
    body: z.strictObject({ stage: z.enum(LIFECYCLE_STAGES), reason: zOptionalText(1000).optional() }),
    response: ZStageTransitionCreated,
    example: () => ({ stage: 'offboarding', reason: 'Partner asked to end the agreement' }),
    handler: async ({ ctx, params, body }) => transitionStage(ctx, params.id, { toStage: body.stage, reason: body.reason }),
  }),
];
