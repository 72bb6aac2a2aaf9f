import { z } from 'zod';
import { sortValues } from '../../db/keyset.js';
import { access, defineRoute } from '../../server/route.js';
import {
  ZCursor,
  ZId,
  ZIdList,
  ZIdParams,
  ZLimit,
  ZQueryBoolean,
  zAnyOf,
  zDate,
  zOptionalText,
  zPage,
  zText,
} from '../../server/schemas.js';
import { ROLES } from '../../shared/roles.js';
import { ACTION_STATUSES, RISK_BANDS, RISK_CATEGORIES, RISK_STATUSES } from './risks.rules.js';
import {
  addRiskAction,
  createRisk,
  deleteRisk,
  deleteRiskAction,
  getRisk,
  listRisks,
  riskHeatMap,
  updateRisk,
  updateRiskAction,
} from './risks.service.js';

const ZPersonRef = z.object({ id: z.uuid(), name: z.string(), email: z.string(), role: z.enum(ROLES) });
const zRating = (what: string) =>
  z
    .number({ error: `must be a whole number from 1 to 5` })
    .int('must be a whole number from 1 to 5')
    .min(1, 'must be a whole number from 1 to 5')
    .max(5, 'must be a whole number from 1 to 5')
    .describe(what);
const zQueryRating = z.coerce
  .number({ error: 'must be a whole number from 1 to 5' })
  .int('must be a whole number from 1 to 5')
  .min(1, 'must be a whole number from 1 to 5')
  .max(5, 'must be a whole number from 1 to 5');

const ZRiskAction = z
  .object({
    id: z.uuid(),
    riskId: z.uuid(),
    partnerId: z.uuid(),
    title: z.string(),
    ownerId: z.uuid().nullable(),
    owner: ZPersonRef.nullable(),
    dueOn: z.string().nullable(),
    status: z.enum(ACTION_STATUSES),
    overdue: z.boolean().describe('Unfinished past its due date'),
    doneAt: z.date().nullable(),
    can: z.object({ edit: z.boolean(), delete: z.boolean() }),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'RiskAction' });

const ZRisk = z
  .object({
    id: z.uuid(),
    partnerId: z.uuid(),
    partnerName: z.string(),
    title: z.string(),
    description: z.string(),
    category: z.enum(RISK_CATEGORIES),
    likelihood: z.number().int(),
    impact: z.number().int(),
    score: z.number().int().describe('likelihood × impact, 1–25'),
    band: z.enum(RISK_BANDS).describe('low 1–4, medium 5–9, significant 10–14, high 15–25'),
    status: z.enum(RISK_STATUSES),
    ownerId: z.uuid().nullable(),
    owner: ZPersonRef.nullable(),
    reviewOn: z.string().nullable(),
    reviewOverdue: z.boolean(),
    shared: z.boolean().describe("Visible to the partner's people"),
    raisedBy: z.enum(['vendor', 'partner']),
    createdById: z.uuid().nullable(),
    closedAt: z.date().nullable(),
    actions: z.array(ZRiskAction).describe('Mitigation actions, oldest first'),
    can: z.object({ edit: z.boolean(), delete: z.boolean(), share: z.boolean(), mitigate: z.boolean() }),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'Risk' });

const riskFields = {
  title: zText(200),
  description: zOptionalText(5000).optional(),
  category: z.enum(RISK_CATEGORIES, { error: `must be one of ${RISK_CATEGORIES.join(', ')}` }),
  likelihood: zRating('1 rare … 5 almost certain'),
  impact: zRating('1 negligible … 5 severe'),
  ownerId: ZId.nullable().optional().describe('Vendor staff, or (on a shared risk) one of the partner’s people'),
  reviewOn: zDate().nullable().optional().describe('Next review; once passed, the owner is reminded'),
  status: z.enum(RISK_STATUSES, { error: `must be one of ${RISK_STATUSES.join(', ')}` }).optional(),
  shared: z.boolean().optional().describe("Vendor only: show it to the partner's people (a partner's own risk is always shared)"),
};

const actionFields = {
  title: zText(300),
  ownerId: ZId.nullable().optional(),
  dueOn: zDate().nullable().optional(),
  status: z.enum(ACTION_STATUSES, { error: `must be one of ${ACTION_STATUSES.join(', ')}` }).optional(),
};

const ZCell = z.object({
  likelihood: z.number().int(),
  impact: z.number().int(),
  count: z.number().int(),
  band: z.enum(RISK_BANDS),
});

const KEEPERS = ['admin', 'partner_manager', 'partner_admin', 'partner_user'] as const;
const MANAGERS = ['admin', 'partner_manager'] as const;

export const riskRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/risks',
    summary: 'The risk register: every partner’s, or one’s (`partnerId`), highest score first',
    description:
      'Filter by `status`, `category`, `band`, a heat-map cell (`likelihood` and `impact`), `live` (open or ' +
      'mitigating) and `reviewOverdue`. A partner’s people see the risks shared with their company.',
    tags: ['risks'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'risk.read',
    query: z.object({
      limit: ZLimit,
      cursor: ZCursor,
      sort: z.enum(sortValues(['score', 'createdAt', 'updatedAt'])).default('-score'),
      partnerId: ZIdList.optional(),
      status: zAnyOf(RISK_STATUSES).optional(),
      category: zAnyOf(RISK_CATEGORIES).optional(),
      band: zAnyOf(RISK_BANDS).optional(),
      likelihood: zQueryRating.optional(),
      impact: zQueryRating.optional(),
      live: ZQueryBoolean.optional(),
      reviewOverdue: ZQueryBoolean.optional(),
    }),
    response: zPage(ZRisk),
    handler: async ({ ctx, query }) => listRisks(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/risks/heat-map',
    summary: 'Live risks per likelihood × impact cell (5 × 5): the portfolio’s, or one partner’s (`partnerId`)',
    tags: ['risks'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'risk.read',
    query: z.object({ partnerId: ZId.optional() }),
    response: z
      .object({ partnerId: z.uuid().nullable(), total: z.number().int(), high: z.number().int(), cells: z.array(ZCell) })
      .meta({ id: 'RiskHeatMap' }),
    handler: async ({ ctx, query }) => riskHeatMap(ctx, query.partnerId ?? null),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/partners/:id/risks',
    summary: 'Raise a risk on a partner’s alliance',
    description:
      'Vendor staff choose whether the partner sees it (`shared`, default false). A risk the partner’s people ' +
      'raise is open, shared, owned by them unless they name someone, and its partner manager is told.',
    tags: ['risks', 'partners'],
    access: access.roles(KEEPERS, { scope: 'partner' }),
    permission: 'risk.create',
    target: 'partner',
    params: ZIdParams,
    status: 201,
    body: z.strictObject(riskFields),
    response: ZRisk,
    example: () => ({
      title: 'Partner’s lead architect leaves mid-rollout',
      category: 'operational',
      likelihood: 3,
      impact: 4,
      reviewOn: '2027-01-15',
    }),
    handler: async ({ ctx, params, body }) => createRisk(ctx, params.id, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/risks/:id',
    summary: 'Get a risk with its mitigation actions',
    tags: ['risks'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'risk.read',
    target: 'risk',
    params: ZIdParams,
    response: ZRisk,
    handler: async ({ ctx, params }) => getRisk(ctx, params.id),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/risks/:id',
    summary: 'Change a risk: re-rate it, move its status, reschedule its review, share it',
    tags: ['risks'],
    access: access.roles(KEEPERS, { scope: 'partner' }),
    permission: 'risk.edit',
    target: 'risk',
    params: ZIdParams,
    body: z.strictObject(riskFields).partial(),
    response: ZRisk,
    example: () => ({ likelihood: 2, reviewOn: '2027-03-01' }),
    handler: async ({ ctx, params, body }) => updateRisk(ctx, params.id, body),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/risks/:id',
    summary: 'Delete a risk (recorded in error; otherwise close or accept it)',
    tags: ['risks'],
    access: access.roles(MANAGERS, { scope: 'partner' }),
    permission: 'risk.delete',
    target: 'risk',
    params: ZIdParams,
    status: 204,
    handler: async ({ ctx, params }) => deleteRisk(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/risks/:id/actions',
    summary: 'Add a mitigation action (an open risk becomes mitigating); answers the risk',
    tags: ['risks'],
    access: access.roles(KEEPERS, { scope: 'partner' }),
    permission: 'risk.mitigate',
    target: 'risk',
    params: ZIdParams,
    status: 201,
    body: z.strictObject(actionFields),
    response: ZRisk,
    example: () => ({ title: 'Name a deputy architect on both sides', dueOn: '2027-01-10' }),
    handler: async ({ ctx, params, body }) => addRiskAction(ctx, params.id, body),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/risk-actions/:id',
    summary: 'Update a mitigation action; answers its risk',
    tags: ['risks'],
    access: access.roles(KEEPERS, { scope: 'partner' }),
    permission: 'riskAction.edit',
    target: 'riskAction',
    params: ZIdParams,
    body: z.strictObject(actionFields).partial(),
    response: ZRisk,
    example: () => ({ status: 'done' }),
    handler: async ({ ctx, params, body }) => updateRiskAction(ctx, params.id, body),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/risk-actions/:id',
    summary: 'Delete a mitigation action',
    tags: ['risks'],
    access: access.roles(KEEPERS, { scope: 'partner' }),
    permission: 'riskAction.delete',
    target: 'riskAction',
    params: ZIdParams,
    status: 204,
    handler: async ({ ctx, params }) => deleteRiskAction(ctx, params.id),
  }),
];
