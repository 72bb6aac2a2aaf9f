import { z } from 'zod';
import { defineFileKind } from '../../server/module.js';
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
  zDate,
  zOptionalText,
  zPage,
  zString,
  zText,
} from '../../server/schemas.js';
import { ROLES } from '../../shared/roles.js';
import { attachFile, DOCUMENT_TYPES, listRecordFiles, simplePdf, uploaded, ZFile, ZFileList } from '../files/index.js';
import {
  COMMITMENT_STATUSES,
  commitmentsEditable,
  GOAL_KINDS,
  INITIATIVE_STATUSES,
  ITEM_SIDES,
  mayChangeCommitment,
  PLAN_STATUSES,
  type PlanAction,
  SIDES,
} from './business-plans.rules.js';
import {
  addCommitment,
  createPlan,
  deleteCommitment,
  deletePlan,
  diffVersions,
  EVIDENCE_KIND,
  getCommitment,
  getPlan,
  listCommitments,
  listPlans,
  listVersions,
  loadCommitmentForFiles,
  periodPresets,
  transitionPlan,
  updateCommitment,
  updatePlan,
} from './business-plans.service.js';

const EVIDENCE_MAX_BYTES = 20 * 1024 * 1024;
const WRITERS = ['admin', 'partner_manager', 'partner_admin', 'partner_user'] as const;
const VENDOR_WRITERS = ['admin', 'partner_manager'] as const;

const ZPersonRef = z.object({ id: z.uuid(), name: z.string(), email: z.string(), role: z.enum(ROLES) });
const ZItemId = zString(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'must be letters, digits, - or _')
  .describe('Chosen by the editor; stable across versions');
const ZItemSide = z.enum(ITEM_SIDES, { error: 'must be vendor, partner or joint' });
const ZStrings = z.array(zText(500)).max(50, 'at most 50 entries');
const ZMoneyInput = z.strictObject({
  amount: z
    .number({ error: 'must be a whole number of minor units' })
    .int('must be a whole number of minor units')
    .min(0)
    .max(1e15),
  currency: ZCurrency,
});

const ZGoal = z
  .strictObject({
    id: ZItemId,
    side: ZItemSide.default('joint'),
    kind: z.enum(GOAL_KINDS, { error: `must be one of ${GOAL_KINDS.join(', ')}` }),
    title: zText(200),
    targetAmount: ZMoneyInput.nullable().default(null).describe('Revenue and pipeline goals'),
    targetCount: z.number().int('must be a whole number').min(0).max(1e9).nullable().default(null).describe('Counted goals'),
    unit: zOptionalText(60).default(''),
    notes: zOptionalText(2000).default(''),
  })
  .meta({ id: 'PlanGoal' });

const ZPersona = z
  .strictObject({ id: ZItemId, name: zText(120), description: zOptionalText(2000).default('') })
  .meta({ id: 'PlanPersona' });

const ZCampaign = z
  .strictObject({
    id: ZItemId,
    side: ZItemSide.default('joint'),
    name: zText(200),
    startsOn: zDate(),
    endsOn: zDate().nullable().default(null),
    channel: zOptionalText(120).default(''),
    notes: zOptionalText(2000).default(''),
  })
  .meta({ id: 'PlanCampaign' });

const ZInitiative = z
  .strictObject({
    id: ZItemId,
    side: ZItemSide.default('joint'),
    title: zText(200),
    status: z.enum(INITIATIVE_STATUSES, { error: `must be one of ${INITIATIVE_STATUSES.join(', ')}` }).default('planned'),
    dueOn: zDate().nullable().default(null),
    notes: zOptionalText(2000).default(''),
  })
  .meta({ id: 'PlanInitiative' });

const ZSwot = z
  .strictObject({
    strengths: ZStrings.default([]),
    weaknesses: ZStrings.default([]),
    opportunities: ZStrings.default([]),
    threats: ZStrings.default([]),
  })
  .meta({ id: 'PlanSwot' });

const ZMarketScope = z
  .strictObject({
    segments: ZStrings.default([]),
    territories: ZStrings.default([]),
    solutionCategories: ZStrings.default([]),
    notes: zOptionalText(4000).default(''),
  })
  .meta({ id: 'PlanMarketScope' });

const ZPlaybook = z
  .strictObject({
    personas: z.array(ZPersona).max(30).default([]),
    messaging: zOptionalText(8000).default(''),
    campaigns: z.array(ZCampaign).max(100).default([]),
  })
  .meta({ id: 'PlanPlaybook' });

const ZContentPatch = z.strictObject({
  summary: zOptionalText(8000).optional(),
  goals: z.array(ZGoal).max(50, 'at most 50 goals').optional(),
  swot: ZSwot.optional(),
  marketScope: ZMarketScope.optional(),
  playbook: ZPlaybook.optional(),
  initiatives: z.array(ZInitiative).max(100, 'at most 100 initiatives').optional(),
});

const ZContent = z
  .object({
    summary: z.string(),
    goals: z.array(ZGoal),
    swot: ZSwot,
    marketScope: ZMarketScope,
    playbook: ZPlaybook,
    initiatives: z.array(ZInitiative),
  })
  .meta({ id: 'PlanContent' });

const ZFulfilment = z
  .object({
    vendor: z.number().int().nullable().describe('0–100; null when none of the vendor’s commitments counts yet'),
    partner: z.number().int().nullable().describe('0–100; null when none of the partner’s commitments counts yet'),
    asymmetry: z.number().int().nullable().describe('|vendor − partner| in points; null unless both have a figure'),
    counted: z.object({ vendor: z.number().int(), partner: z.number().int() }),
  })
  .describe('On time done = full, late done = half, missed or overdue = 0, not yet due = not counted')
  .meta({ id: 'PlanFulfilment' });

const ZCommitment = z
  .object({
    id: z.uuid(),
    planId: z.uuid(),
    planTitle: z.string(),
    planStatus: z.enum(PLAN_STATUSES),
    partnerId: z.uuid(),
    partnerName: z.string(),
    side: z.enum(SIDES),
    title: z.string(),
    description: z.string(),
    dueDate: z.string().describe('YYYY-MM-DD'),
    amount: z
      .object({ amount: z.number().int(), currency: z.string() })
      .nullable()
      .describe('What an investment commitment is worth (a co-marketing budget): minor units; null when it is not money'),
    ownerId: z.uuid().nullable(),
    owner: ZPersonRef.nullable(),
    status: z.enum(COMMITMENT_STATUSES),
    evidence: z.string(),
    completedAt: z.date().nullable(),
    completedById: z.uuid().nullable(),
    completedBy: ZPersonRef.nullable(),
    overdue: z.boolean().describe('Open and its due day has passed (the organisation’s time zone)'),
    overdueNotifiedAt: z.date().nullable(),
    credit: z
      .number()
      .nullable()
      .describe('What it earns its side now: 1 on time, 0.5 late, 0 missed or overdue, null not counted yet'),
    can: z.object({ update: z.boolean(), delete: z.boolean() }),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'PlanCommitment' });

const planSummaryFields = {
  id: z.uuid(),
  partnerId: z.uuid(),
  partnerName: z.string(),
  title: z.string(),
  periodStart: z.string().describe('YYYY-MM-DD'),
  periodEnd: z.string().describe('YYYY-MM-DD'),
  status: z.enum(PLAN_STATUSES),
  current: z.boolean().describe('Approved and its period covers today'),
  version: z.number().int(),
  statusComment: z.string(),
  createdById: z.uuid().nullable(),
  proposedAt: z.date().nullable(),
  approvedAt: z.date().nullable(),
  approvedById: z.uuid().nullable(),
  closedAt: z.date().nullable(),
  fulfilment: ZFulfilment,
  commitmentCount: z.object({ vendor: z.number().int(), partner: z.number().int(), overdue: z.number().int() }),
  can: z.object({
    edit: z.boolean(),
    propose: z.boolean(),
    approve: z.boolean(),
    return: z.boolean(),
    close: z.boolean(),
    archive: z.boolean(),
    delete: z.boolean(),
    addCommitment: z.boolean(),
  }),
  createdAt: z.date(),
  updatedAt: z.date(),
};

const ZPlanSummary = z.object(planSummaryFields).meta({ id: 'BusinessPlanSummary' });
const ZPlan = z
  .object({ ...planSummaryFields, content: ZContent, commitments: z.array(ZCommitment) })
  .meta({ id: 'BusinessPlan' });

const ZFieldChange = z
  .object({
    path: z.array(z.string()),
    label: z.string().describe('For people: "Goals › Joint pipeline › Target amount"'),
    kind: z.enum(['added', 'removed', 'changed']),
    before: z.unknown(),
    after: z.unknown(),
  })
  .meta({ id: 'PlanFieldChange' });

const ZVersion = z
  .object({
    partnerId: z.uuid(),
    version: z.number().int(),
    summary: z.string(),
    actor: ZPersonRef.nullable(),
    actorSide: z.string(),
    createdAt: z.date(),
    changes: z.array(ZFieldChange),
  })
  .meta({ id: 'PlanVersion' });

const ZPeriod = z
  .object({ key: z.string(), label: z.string(), start: z.string(), end: z.string() })
  .meta({ id: 'PlanPeriodPreset' });

/** Evidence that a commitment was kept: uploaded by its own side, read by both. */
export const planFileKinds = [
  defineFileKind({
    kind: EVIDENCE_KIND,
    recordKind: 'plan_commitment',
    label: 'Evidence',
    maxBytes: EVIDENCE_MAX_BYTES,
    types: DOCUMENT_TYPES,
    loadRecord: loadCommitmentForFiles,
    canRead: () => true,
    canAttach: (actor, c) => commitmentsEditable(c.planStatus) && mayChangeCommitment(actor, c).allowed,
  }),
];

function transitionRoute(
  action: PlanAction,
  url: string,
  summary: string,
  roles: readonly (typeof ROLES)[number][],
  target: string,
) {
  return defineRoute({
    method: 'POST',
    url: `/api/v1/business-plans/:id/${url}`,
    summary,
    tags: ['business-plans'],
    access: access.roles(roles, { scope: 'partner' }),
    permission: `businessPlan.${action}`,
    target,
    params: ZIdParams,
    body: z.strictObject({ comment: zOptionalText(2000).optional() }),
    response: ZPlan,
    example: () => ({ comment: 'As agreed in the QBR' }),
    handler: async ({ ctx, params, body }) => transitionPlan(ctx, params.id, action, body.comment ?? ''),
  });
}

export const planRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/business-plans',
    summary: 'Joint business plans, the latest period first (a partner’s people: their own)',
    tags: ['business-plans'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'businessPlan.read',
    query: z.object({
      limit: ZLimit,
      cursor: ZCursor,
      partnerId: ZIdList.optional(),
      status: zAnyOf(PLAN_STATUSES).optional(),
      current: ZQueryBoolean.optional(),
    }),
    response: zPage(ZPlanSummary),
    export: { omit: ['fulfilment', 'commitmentCount'] },
    handler: async ({ ctx, query }) => listPlans(ctx, query),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/business-plans',
    summary: 'Draft a joint business plan with a partner for a period',
    description:
      'It starts as a draft; both sides add their parts and commitments, the vendor proposes it and the partner’s admin ' +
      'approves it. `periodEnd` before `periodStart` is a 422 naming `periodEnd`. Fiscal presets: `GET /api/v1/business-plans/periods`.',
    tags: ['business-plans'],
    access: access.roles(VENDOR_WRITERS, { scope: 'none' }),
    permission: 'businessPlan.create',
    bodyTarget: true,
    status: 201,
    body: z.strictObject({
      partnerId: ZId,
      title: zText(200),
      periodStart: zDate(),
      periodEnd: zDate(),
      content: ZContentPatch.optional(),
    }),
    response: ZPlan,
    example: (refs) => ({
      partnerId: refs.partnerId,
      title: `FY2027 joint business plan ${refs.unique}`,
      periodStart: '2026-02-01',
      periodEnd: '2027-01-31',
    }),
    handler: async ({ ctx, body }) => createPlan(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/business-plans/periods',
    summary: 'Fiscal year and quarter presets for a plan’s period (the organisation’s fiscal calendar)',
    tags: ['business-plans'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'fiscalPeriod.read',
    response: z.object({ data: z.array(ZPeriod) }),
    export: false,
    handler: async ({ ctx }) => ({ data: await periodPresets(ctx) }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/business-plans/:id',
    summary: 'A joint business plan with its commitments and fulfilment per side',
    tags: ['business-plans'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'businessPlan.read',
    target: 'businessPlan',
    params: ZIdParams,
    response: ZPlan,
    handler: async ({ ctx, params }) => getPlan(ctx, params.id),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/business-plans/:id',
    summary: 'Change a draft or proposed plan (each side its own parts; a new version)',
    description:
      'Sections in `content` replace the plan’s whole section. The vendor sets the title and period; goals, initiatives and ' +
      'campaigns whose `side` is the other side’s are theirs alone (422 naming the item); the summary, SWOT, market scope, ' +
      'personas and messaging are joint. `baseVersion` guards against overwriting a newer version (409). An approved plan is ' +
      'sent back to draft first (422 naming `status`).',
    tags: ['business-plans'],
    access: access.roles(WRITERS, { scope: 'partner' }),
    permission: 'businessPlan.edit',
    target: 'businessPlan',
    params: ZIdParams,
    body: z.strictObject({
      title: zText(200).optional(),
      periodStart: zDate().optional(),
      periodEnd: zDate().optional(),
      content: ZContentPatch.optional(),
      baseVersion: z.number().int().min(1).optional(),
    }),
    response: ZPlan,
    example: (refs) => ({ content: { summary: `Together we win mid-market ERP migrations (${refs.unique}).` } }),
    handler: async ({ ctx, params, body }) => updatePlan(ctx, params.id, body),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/business-plans/:id',
    summary: 'Delete a draft plan (others are archived)',
    tags: ['business-plans'],
    access: access.roles(VENDOR_WRITERS, { scope: 'partner' }),
    permission: 'businessPlan.delete',
    target: 'businessPlan',
    params: ZIdParams,
    status: 204,
    handler: async ({ ctx, params }) => deletePlan(ctx, params.id),
  }),
  transitionRoute('propose', 'propose', 'Propose a draft plan to the partner (the vendor)', VENDOR_WRITERS, 'businessPlan'),
  transitionRoute(
    'approve',
    'approve',
    'Approve a proposed plan (the partner’s admin)',
    ['partner_admin'],
    'businessPlanProposed',
  ),
  transitionRoute(
    'return',
    'return',
    'Send a plan back to draft: the partner’s admin a proposal, the vendor a proposal or an approved plan',
    ['admin', 'partner_manager', 'partner_admin'],
    'businessPlanProposed',
  ),
  transitionRoute(
    'close',
    'close',
    'Close an approved plan at the end of its period (the vendor)',
    VENDOR_WRITERS,
    'businessPlanApproved',
  ),
  transitionRoute('archive', 'archive', 'Archive a draft, proposed or closed plan (the vendor)', VENDOR_WRITERS, 'businessPlan'),
  defineRoute({
    method: 'GET',
    url: '/api/v1/business-plans/:id/versions',
    summary: 'A plan’s history: every version, the latest first, with its field-level changes',
    tags: ['business-plans'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'businessPlan.read',
    target: 'businessPlan',
    params: ZIdParams,
    response: z.object({ data: z.array(ZVersion) }),
    export: false,
    handler: async ({ ctx, params }) => ({ data: await listVersions(ctx, params.id) }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/business-plans/:id/diff',
    summary: 'The field-level changes between two versions of a plan',
    description: '`to` defaults to the latest version; a version the plan does not have is a 422 naming `from` or `to`.',
    tags: ['business-plans'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'businessPlan.read',
    target: 'businessPlan',
    params: ZIdParams,
    query: z.object({
      from: z.coerce.number({ error: 'must be a version number' }).int().min(1, 'must be a version number'),
      to: z.coerce.number({ error: 'must be a version number' }).int().min(1, 'must be a version number').optional(),
    }),
    exampleQuery: { from: '1' },
    response: z
      .object({ partnerId: z.uuid(), from: z.number().int(), to: z.number().int(), changes: z.array(ZFieldChange) })
      .meta({ id: 'PlanDiff' }),
    handler: async ({ ctx, params, query }) => diffVersions(ctx, params.id, query.from, query.to),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/business-plans/:id/commitments',
    summary: 'Add a commitment to a draft or proposed plan',
    description:
      'The vendor’s admins and partner managers add either side’s; a partner’s people their own side’s (403 naming `side` ' +
      'otherwise). `ownerId` is a person of that side (422 otherwise); without one, the side’s managers answer for it.',
    tags: ['business-plans'],
    access: access.roles(WRITERS, { scope: 'partner' }),
    permission: 'planCommitment.create',
    target: 'businessPlan',
    params: ZIdParams,
    status: 201,
    body: z.strictObject({
      side: z.enum(SIDES, { error: 'must be vendor or partner' }),
      title: zText(200),
      description: zOptionalText(4000).optional(),
      dueDate: zDate(),
      ownerId: ZId.nullable().optional(),
      amount: ZMoneyInput.nullable().optional().describe('An investment commitment’s worth, minor units (a co-marketing budget)'),
    }),
    response: ZCommitment,
    example: () => ({ side: 'partner', title: 'Certify three pre-sales engineers', dueDate: '2027-03-31' }),
    handler: async ({ ctx, params, body }) => addCommitment(ctx, params.id, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/commitments',
    summary:
      'Commitments of joint business plans by due date (a partner’s people: their own plans’); `overdue=true` for the overdue ones',
    tags: ['business-plans'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'planCommitment.read',
    query: z.object({
      limit: ZLimit,
      cursor: ZCursor,
      planId: ZIdList.optional(),
      partnerId: ZIdList.optional(),
      side: zAnyOf(SIDES).optional(),
      status: zAnyOf(COMMITMENT_STATUSES).optional(),
      ownerId: ZIdList.optional(),
      overdue: ZQueryBoolean.optional(),
    }),
    response: zPage(ZCommitment),
    handler: async ({ ctx, query }) => listCommitments(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/commitments/:id',
    summary: 'Get a commitment',
    tags: ['business-plans'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'planCommitment.read',
    target: 'planCommitment',
    params: ZIdParams,
    response: ZCommitment,
    handler: async ({ ctx, params }) => getCommitment(ctx, params.id),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/commitments/:id',
    summary: 'Update a commitment: status and evidence (its own side only)',
    description:
      'A partner’s people change their company’s partner-side commitments; the vendor’s admins, partner managers and the ' +
      'the vendor side’s; the other side gets 403. `done` records when (on or before the due day is on time); back to ' +
      '`open` clears it. Title, due date and amount change only while the plan is a draft or a proposal.',
    tags: ['business-plans'],
    access: access.roles(WRITERS, { scope: 'partner' }),
    permission: 'planCommitment.update',
    target: 'planCommitment',
    params: ZIdParams,
    body: z.strictObject({
      status: z.enum(COMMITMENT_STATUSES, { error: 'must be open, done or missed' }).optional(),
      evidence: zOptionalText(4000).optional(),
      title: zText(200).optional(),
      description: zOptionalText(4000).optional(),
      dueDate: zDate().optional(),
      ownerId: ZId.nullable().optional(),
      amount: ZMoneyInput.nullable().optional().describe('null removes it; changes only while the plan is a draft or a proposal'),
    }),
    response: ZCommitment,
    example: () => ({ status: 'done', evidence: 'Three engineers certified, certificates attached' }),
    handler: async ({ ctx, params, body }) => updateCommitment(ctx, params.id, body),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/commitments/:id',
    summary: 'Remove a commitment from a draft or proposed plan (its own side)',
    tags: ['business-plans'],
    access: access.roles(WRITERS, { scope: 'partner' }),
    permission: 'planCommitment.delete',
    target: 'planCommitment',
    params: ZIdParams,
    status: 204,
    handler: async ({ ctx, params }) => deleteCommitment(ctx, params.id),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/commitments/:id/files',
    summary: 'A commitment’s evidence files, newest first',
    tags: ['business-plans', 'files'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'planCommitment.read',
    target: 'planCommitment',
    params: ZIdParams,
    response: ZFileList,
    export: false,
    handler: async ({ ctx, params }) => ({ data: await listRecordFiles(ctx, params.id, [EVIDENCE_KIND]), nextCursor: null }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/commitments/:id/files',
    summary: 'Upload evidence for a commitment (its own side; PDF, Office, OpenDocument, image or text, ≤ 20 MiB)',
    tags: ['business-plans', 'files'],
    access: access.roles(WRITERS, { scope: 'partner' }),
    permission: 'planCommitment.attach',
    target: 'planCommitment',
    params: ZIdParams,
    upload: {
      maxBytes: EVIDENCE_MAX_BYTES,
      example: () => ({ filename: 'certificates.pdf', contentType: 'application/pdf', bytes: simplePdf(['Certificates']) }),
    },
    status: 201,
    response: ZFile,
    handler: async ({ ctx, params, upload }) => attachFile(ctx, EVIDENCE_KIND, params.id, uploaded(upload)),
  }),
];
