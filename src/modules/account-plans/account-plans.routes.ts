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
  zAnyOf,
  zDate,
  zOptionalText,
  zPage,
  zString,
  zText,
} from '../../server/schemas.js';
import { ROLES } from '../../shared/roles.js';
import { ACTION_STATUSES, CELL_STATUSES, GOAL_STATUSES, PLAN_STATUSES, SIDES, TEAM_ROLES } from './account-plans.rules.js';
import {
  addAction,
  addGoal,
  createAccountPlan,
  deleteGoal,
  getAccountPlan,
  listAccountPlans,
  setCell,
  setTeam,
  transitionAccountPlan,
  updateAccountPlan,
  updateAction,
  updateGoal,
} from './account-plans.service.js';

const WRITERS = ['admin', 'partner_manager', 'partner_admin', 'partner_user'] as const;
const VENDOR_WRITERS = ['admin', 'partner_manager'] as const;
const TAGS = ['account-plans'];

const ZPersonRef = z.object({ id: z.uuid(), name: z.string(), email: z.string(), role: z.enum(ROLES) });
const ZMoney = z.object({ amount: z.number().int(), currency: z.string() }).meta({ id: 'AccountPlanMoney' });
const ZMoneyInput = z.strictObject({
  amount: z
    .number({ error: 'must be a whole number of minor units' })
    .int('must be a whole number of minor units')
    .min(0, 'must not be negative')
    .max(1e15),
  currency: ZCurrency,
});
const ZSide = z.enum(SIDES, { error: 'must be vendor or partner' });
const ZLabels = (what: string) => z.array(zText(80)).max(30, `at most 30 ${what}`);

const ZAccountRef = z.object({
  id: z.uuid(),
  name: z.string(),
  domain: z.string().nullable(),
  industry: z.string(),
  segment: z.string(),
  country: z.string().nullable(),
});

const ZPlanCan = z.object({
  edit: z.boolean(),
  activate: z.boolean(),
  close: z.boolean(),
  reopen: z.boolean(),
  contribute: z.boolean(),
});

const summaryFields = {
  id: z.uuid(),
  partnerId: z.uuid(),
  partnerName: z.string(),
  account: ZAccountRef,
  title: z.string(),
  status: z.enum(PLAN_STATUSES),
  periodStart: z.string().describe('YYYY-MM-DD'),
  periodEnd: z.string().describe('YYYY-MM-DD'),
  goals: z.number().int(),
  openActions: z.number().int(),
  overdueActions: z.number().int().describe('Open actions past their due day (the organisation’s time zone)'),
  activatedAt: z.date().nullable(),
  closedAt: z.date().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
  can: ZPlanCan,
};

const ZGoal = z
  .object({
    id: z.uuid(),
    planId: z.uuid(),
    partnerId: z.uuid(),
    title: z.string(),
    target: ZMoney,
    achieved: ZMoney,
    targetDate: z.string(),
    status: z.enum(GOAL_STATUSES),
    notes: z.string(),
    progress: z.object({
      percent: z.number().int().nullable(),
      expectedPercent: z.number().int(),
      state: z.enum(['achieved', 'missed', 'cancelled', 'on_track', 'at_risk', 'behind', 'overdue']),
    }),
    can: z.object({ edit: z.boolean(), delete: z.boolean() }),
  })
  .meta({ id: 'AccountPlanGoal' });

const ZAction = z
  .object({
    id: z.uuid(),
    planId: z.uuid(),
    partnerId: z.uuid(),
    side: ZSide,
    title: z.string(),
    owner: ZPersonRef.nullable(),
    dueOn: z.string(),
    status: z.enum(ACTION_STATUSES),
    notes: z.string(),
    overdue: z.boolean().describe('Open and its due day has passed'),
    completedAt: z.date().nullable(),
    completedBy: ZPersonRef.nullable(),
    can: z.object({ edit: z.boolean(), complete: z.boolean() }),
  })
  .meta({ id: 'AccountPlanAction' });

const ZPlanSummary = z.object(summaryFields).meta({ id: 'AccountPlanSummary' });
const ZPlan = z
  .object({
    ...summaryFields,
    summary: z.string(),
    footprint: z.string(),
    vendorRelationships: z.string(),
    partnerRelationships: z.string(),
    partnerNotes: z.string(),
    businessUnits: z.array(z.string()),
    solutionAreas: z.array(z.string()),
    statusReason: z.string(),
    team: z.array(
      z.object({ id: z.uuid(), side: ZSide, person: ZPersonRef.nullable(), role: z.enum(TEAM_ROLES), note: z.string() }),
    ),
    goalList: z.array(ZGoal),
    whitespace: z.array(
      z.object({
        unit: z.string(),
        area: z.string(),
        status: z.enum(CELL_STATUSES),
        vendorNotes: z.string(),
        partnerNotes: z.string(),
        updatedAt: z.date(),
      }),
    ),
    actions: z.array(ZAction),
    opportunities: z.object({
      data: z.array(
        z.object({
          id: z.uuid(),
          number: z.string(),
          title: z.string(),
          stage: z.string().nullable(),
          amount: ZMoney.nullable(),
          closeDate: z.string().nullable(),
          roles: z.array(z.string()),
        }),
      ),
      pipeline: ZMoney,
      won: ZMoney,
      unconverted: z.number().int(),
    }),
  })
  .meta({ id: 'AccountPlan' });

const ZGoalInput = z.strictObject({
  title: zText(200),
  target: ZMoneyInput,
  achieved: ZMoneyInput.optional(),
  targetDate: zDate(),
  status: z.enum(GOAL_STATUSES, { error: `must be one of ${GOAL_STATUSES.join(', ')}` }).optional(),
  notes: zOptionalText(2000).optional(),
});

export const accountPlanRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/account-plans',
    summary: 'Joint account plans (a partner’s people: their company’s)',
    tags: TAGS,
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'accountPlan.read',
    query: z.object({
      limit: ZLimit,
      cursor: ZCursor,
      sort: z.enum(sortValues(['createdAt', 'periodEnd'] as const)).default('-createdAt'),
      partnerId: ZIdList.optional(),
      accountId: ZId.optional(),
      status: zAnyOf(PLAN_STATUSES).optional(),
      q: zString(200).optional(),
    }),
    response: zPage(ZPlanSummary),
    handler: async ({ ctx, query }) => listAccountPlans(ctx, query),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/account-plans',
    summary: 'Draft a joint account plan for a key account with a partner',
    description:
      'Names the account by `accountId` or by `customer` ({name, domain?}, found or created like an opportunity’s). ' +
      'An account in a segment where the partner competes with the vendor is a 409 naming `partnerId`; a second open plan ' +
      'for the same account and partner a 409 naming `accountId`.',
    tags: TAGS,
    access: access.roles(VENDOR_WRITERS, { scope: 'none' }),
    permission: 'accountPlan.create',
    bodyTarget: true,
    status: 201,
    body: z.strictObject({
      partnerId: ZId,
      accountId: ZId.optional(),
      customer: z.strictObject({ name: zText(200), domain: zString(253).nullable().optional() }).optional(),
      title: zOptionalText(200).optional(),
      periodStart: zDate(),
      periodEnd: zDate(),
      summary: zOptionalText(8000).optional(),
      footprint: zOptionalText(8000).optional(),
      vendorRelationships: zOptionalText(8000).optional(),
      businessUnits: ZLabels('business units').optional(),
      solutionAreas: ZLabels('solution areas').optional(),
    }),
    response: ZPlan,
    example: (refs) => ({
      partnerId: refs.partnerId,
      customer: { name: `Matrix key account ${refs.unique}`, domain: `matrix-jap-${refs.unique}.example` },
      periodStart: '2026-07-01',
      periodEnd: '2027-06-30',
      businessUnits: ['Finance', 'Operations'],
      solutionAreas: ['Analytics', 'Integration'],
    }),
    handler: async ({ ctx, body }) => createAccountPlan(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/account-plans/:id',
    summary: 'A joint account plan: teams, goals, whitespace, actions and the linked opportunities',
    tags: TAGS,
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'accountPlan.read',
    target: 'accountPlan',
    params: ZIdParams,
    response: ZPlan,
    handler: async ({ ctx, params }) => getAccountPlan(ctx, params.id),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/account-plans/:id',
    summary: 'Change a plan’s header (a partner’s people: partnerRelationships and partnerNotes)',
    tags: TAGS,
    access: access.roles(WRITERS, { scope: 'partner' }),
    permission: 'accountPlan.edit',
    target: 'accountPlan',
    params: ZIdParams,
    body: z.strictObject({
      title: zText(200).optional(),
      periodStart: zDate().optional(),
      periodEnd: zDate().optional(),
      summary: zOptionalText(8000).optional(),
      footprint: zOptionalText(8000).optional(),
      vendorRelationships: zOptionalText(8000).optional(),
      partnerRelationships: zOptionalText(8000).optional(),
      partnerNotes: zOptionalText(8000).optional(),
      businessUnits: ZLabels('business units').optional(),
      solutionAreas: ZLabels('solution areas').optional(),
    }),
    response: ZPlan,
    example: () => ({ partnerRelationships: 'CFO office knows our delivery lead from the 2025 rollout' }),
    handler: async ({ ctx, params, body }) => updateAccountPlan(ctx, params.id, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/account-plans/:id/status',
    summary: 'Activate a draft plan, close a plan or reopen a closed one (the vendor)',
    tags: TAGS,
    access: access.roles(VENDOR_WRITERS, { scope: 'partner' }),
    permission: 'accountPlan.transition',
    target: 'accountPlan',
    params: ZIdParams,
    body: z.strictObject({
      status: z.enum(PLAN_STATUSES, { error: `must be one of ${PLAN_STATUSES.join(', ')}` }),
      reason: zOptionalText(2000).optional(),
    }),
    response: ZPlan,
    example: () => ({ status: 'active', reason: 'Kick-off held with both teams' }),
    handler: async ({ ctx, params, body }) => transitionAccountPlan(ctx, params.id, body.status, body.reason ?? ''),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/v1/account-plans/:id/team',
    summary: 'Name one side’s people on the account with their roles (a partner’s people: their side)',
    tags: TAGS,
    access: access.roles(WRITERS, { scope: 'partner' }),
    permission: 'accountPlan.edit',
    target: 'accountPlan',
    params: ZIdParams,
    body: z.strictObject({
      side: ZSide,
      members: z
        .array(
          z.strictObject({
            userId: ZId,
            role: z.enum(TEAM_ROLES, { error: `must be one of ${TEAM_ROLES.join(', ')}` }),
            note: zOptionalText(500).optional(),
          }),
        )
        .max(30, 'at most 30 people'),
    }),
    response: ZPlan,
    example: () => ({ side: 'partner', members: [] }),
    handler: async ({ ctx, params, body }) => setTeam(ctx, params.id, body),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/v1/account-plans/:id/whitespace',
    summary: 'Set one whitespace cell (business unit × solution area)',
    description:
      'A partner’s people set their side: any status but `vendor_installed`, never over a cell the vendor marked installed; ' +
      '`notes` are the caller’s side’s notes on the cell.',
    tags: TAGS,
    access: access.roles(WRITERS, { scope: 'partner' }),
    permission: 'accountPlan.edit',
    target: 'accountPlan',
    params: ZIdParams,
    body: z.strictObject({
      unit: zText(80),
      area: zText(80),
      status: z.enum(CELL_STATUSES, { error: `must be one of ${CELL_STATUSES.join(', ')}` }),
      notes: zOptionalText(2000).optional(),
    }),
    response: ZPlan,
    example: () => ({ unit: 'Finance', area: 'Analytics', status: 'joint_opportunity', notes: 'Budget in Q3' }),
    handler: async ({ ctx, params, body }) => setCell(ctx, params.id, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/account-plans/:id/goals',
    summary: 'Add a measurable goal (target revenue by a date)',
    tags: TAGS,
    access: access.roles(WRITERS, { scope: 'partner' }),
    permission: 'accountPlanGoal.create',
    target: 'accountPlan',
    params: ZIdParams,
    status: 201,
    body: ZGoalInput,
    response: ZGoal,
    example: () => ({
      title: 'Land analytics in Finance',
      target: { amount: 25_000_000, currency: 'USD' },
      targetDate: '2027-06-30',
    }),
    handler: async ({ ctx, params, body }) => addGoal(ctx, params.id, body),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/account-plan-goals/:id',
    summary: 'Change a goal: progress (achieved), target, date or status',
    tags: TAGS,
    access: access.roles(WRITERS, { scope: 'partner' }),
    permission: 'accountPlanGoal.edit',
    target: 'accountPlanGoal',
    params: ZIdParams,
    body: ZGoalInput.partial(),
    response: ZGoal,
    example: () => ({ achieved: { amount: 5_000_000, currency: 'USD' } }),
    handler: async ({ ctx, params, body }) => updateGoal(ctx, params.id, body),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/account-plan-goals/:id',
    summary: 'Remove a goal',
    tags: TAGS,
    access: access.roles(WRITERS, { scope: 'partner' }),
    permission: 'accountPlanGoal.delete',
    target: 'accountPlanGoal',
    params: ZIdParams,
    status: 204,
    handler: async ({ ctx, params }) => deleteGoal(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/account-plans/:id/actions',
    summary: 'Add an action of one side (a partner’s people: their side), with an owner and a due date',
    tags: TAGS,
    access: access.roles(WRITERS, { scope: 'partner' }),
    permission: 'accountPlanAction.create',
    target: 'accountPlan',
    params: ZIdParams,
    status: 201,
    body: z.strictObject({
      title: zText(200),
      side: ZSide.optional().describe('Defaults to the caller’s side'),
      ownerId: ZId.nullable().optional(),
      dueOn: zDate(),
      notes: zOptionalText(2000).optional(),
    }),
    response: ZAction,
    example: () => ({ title: 'Book the CFO briefing', dueOn: '2027-01-15' }),
    handler: async ({ ctx, params, body }) => addAction(ctx, params.id, body),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/account-plan-actions/:id',
    summary: 'Change or complete an action (its own side; the vendor’s writers any)',
    tags: TAGS,
    access: access.roles(WRITERS, { scope: 'partner' }),
    permission: 'accountPlanAction.edit',
    target: 'accountPlanAction',
    params: ZIdParams,
    body: z.strictObject({
      title: zText(200).optional(),
      ownerId: ZId.nullable().optional(),
      dueOn: zDate().optional(),
      status: z.enum(ACTION_STATUSES, { error: `must be one of ${ACTION_STATUSES.join(', ')}` }).optional(),
      notes: zOptionalText(2000).optional(),
    }),
    response: ZAction,
    example: () => ({ status: 'done', notes: 'Held on site' }),
    handler: async ({ ctx, params, body }) => updateAction(ctx, params.id, body),
  }),
];
