import { z } from 'zod';
import { defineFileKind } from '../../server/module.js';
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
import { ROLES, VENDOR_ROLES } from '../../shared/roles.js';
import { attachFile, DOCUMENT_TYPES, listRecordFiles, simplePdf, uploaded, ZFile, ZFileList } from '../files/index.js';
import { PARTNER_TYPES } from '../partners/index.js';
import { mayCompleteTask, ONBOARDING_STATUSES, OWNER_SIDES, TASK_REQUIREMENTS, TASK_STATUSES } from './onboarding.rules.js';
import {
  cancelOnboarding,
  cancelTask,
  completeTask,
  createTemplate,
  deleteTemplate,
  getOnboarding,
  getTask,
  getTemplate,
  listOnboardings,
  listPartnerOnboardings,
  listTasks,
  listTemplates,
  loadTaskForFiles,
  onboardingStats,
  startOnboarding,
  TASK_DOCUMENT_KIND,
  taskAssignees,
  updateTask,
  updateTemplate,
} from './onboarding.service.js';

const DOCUMENT_MAX_BYTES = 20 * 1024 * 1024;

const ZPersonRef = z.object({ id: z.uuid(), name: z.string(), email: z.string(), role: z.enum(ROLES) });

const ZStep = z
  .strictObject({
    title: zText(200),
    description: zOptionalText(2000).default(''),
    ownerSide: z.enum(OWNER_SIDES, { error: 'must be vendor or partner' }),
    ownerRole: z.enum(ROLES, { error: `must be one of ${ROLES.join(', ')}` }),
    dueOffsetDays: z
      .number({ error: 'must be a whole number of days' })
      .int('must be a whole number of days')
      .min(0, 'must be 0 or more days after the start')
      .max(730, 'must be at most 730 days'),
    requirement: z.enum(TASK_REQUIREMENTS, { error: 'must be none, document or acknowledgement' }).default('none'),
    required: z.boolean().default(true),
  })
  .meta({ id: 'OnboardingStep' });

const ZTemplate = z
  .object({
    id: z.uuid(),
    name: z.string(),
    description: z.string(),
    partnerTypes: z.array(z.string()),
    active: z.boolean(),
    steps: z.array(ZStep),
    can: z.object({ edit: z.boolean() }),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'OnboardingTemplate' });

const templateFields = {
  name: zText(120),
  description: zOptionalText(2000).optional(),
  partnerTypes: z.array(z.enum(PARTNER_TYPES)).max(20).optional(),
  active: z.boolean().optional(),
  steps: z.array(ZStep).min(1, 'must have at least one step').max(60, 'at most 60 steps'),
};

const ZTask = z
  .object({
    id: z.uuid(),
    onboardingId: z.uuid(),
    partnerId: z.uuid(),
    partnerName: z.string(),
    position: z.number().int(),
    title: z.string(),
    description: z.string(),
    ownerSide: z.enum(OWNER_SIDES),
    ownerRole: z.enum(ROLES),
    required: z.boolean(),
    requirement: z.enum(TASK_REQUIREMENTS),
    dueOn: z.string().describe('YYYY-MM-DD'),
    overdue: z.boolean().describe('Open and its due day has passed (the organisation’s time zone)'),
    status: z.enum(TASK_STATUSES),
    assigneeId: z.uuid().nullable(),
    assignee: ZPersonRef.nullable(),
    completedAt: z.date().nullable(),
    completedById: z.uuid().nullable(),
    completedBy: ZPersonRef.nullable(),
    acknowledgedAt: z.date().nullable(),
    note: z.string(),
    cancelledAt: z.date().nullable(),
    cancelledById: z.uuid().nullable(),
    cancelReason: z.string().describe('Why it was cancelled (cancelled tasks no longer count)'),
    can: z
      .object({ complete: z.boolean(), edit: z.boolean().describe('Assign it, move its due date, cancel it') })
      .describe('What the caller may do to this task now'),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'OnboardingTask' });

const ZProgress = z
  .object({
    tasks: z.number().int(),
    done: z.number().int(),
    required: z.number().int(),
    requiredDone: z.number().int(),
    percent: z.number().int().describe('Required tasks done, 0–100'),
    overdue: z.number().int(),
  })
  .meta({ id: 'OnboardingProgress' });

const ZOnboarding = z
  .object({
    id: z.uuid(),
    partnerId: z.uuid(),
    partnerName: z.string(),
    templateId: z.uuid().nullable(),
    name: z.string(),
    status: z.enum(ONBOARDING_STATUSES),
    startOn: z.string().describe('YYYY-MM-DD'),
    startedAt: z.date(),
    startedById: z.uuid().nullable(),
    completedAt: z.date().nullable().describe('When its last required task was done'),
    cancelledAt: z.date().nullable(),
    cancelReason: z.string(),
    daysToOnboard: z.number().int().nullable().describe('Time to onboard: start day to completion day'),
    progress: ZProgress,
    tasks: z.array(ZTask),
    can: z.object({ manage: z.boolean() }),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'Onboarding' });

const ZStats = z
  .object({
    inProgress: z.number().int(),
    overdueTasks: z.number().int(),
    completed: z.number().int(),
    averageDaysToOnboard: z.number().nullable(),
    medianDaysToOnboard: z.number().nullable(),
  })
  .meta({ id: 'OnboardingStats' });

const MANAGERS = ['admin', 'partner_manager'] as const;

/** The document a task asks for: uploaded by the side that does the task, read by whoever sees it. */
export const onboardingFileKinds = [
  defineFileKind({
    kind: TASK_DOCUMENT_KIND,
    recordKind: 'onboarding_task',
    label: 'Task document',
    maxBytes: DOCUMENT_MAX_BYTES,
    types: DOCUMENT_TYPES,
    loadRecord: loadTaskForFiles,
    canRead: () => true,
    canAttach: (actor, task) => task.status === 'open' && mayCompleteTask(actor, task, task.partnerOwnerId).allowed,
  }),
];

export const onboardingRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/onboarding-templates',
    summary: 'Onboarding plan templates, by name',
    tags: ['onboarding'],
    access: access.roles(VENDOR_ROLES, { scope: 'none' }),
    permission: 'onboardingTemplate.read',
    response: z.object({ data: z.array(ZTemplate) }),
    handler: async ({ ctx }) => ({ data: await listTemplates(ctx) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/onboarding-templates',
    summary: 'Create an onboarding plan template',
    description:
      'Steps in order; each names its owner side and a role of that side (422 naming `steps.N.ownerRole` otherwise), ' +
      'a due offset in days from the start, and what it needs (a document, an acknowledgement). At least one step is required.',
    tags: ['onboarding'],
    access: access.roles(MANAGERS, { scope: 'none' }),
    permission: 'onboardingTemplate.create',
    status: 201,
    body: z.strictObject(templateFields),
    response: ZTemplate,
    example: (refs) => ({
      name: `Reseller onboarding ${refs.unique}`,
      partnerTypes: ['reseller'],
      steps: [
        {
          title: 'Sign the reseller agreement',
          ownerSide: 'partner',
          ownerRole: 'partner_admin',
          dueOffsetDays: 7,
          requirement: 'document',
        },
        { title: 'Kick-off call', ownerSide: 'vendor', ownerRole: 'partner_manager', dueOffsetDays: 3 },
      ],
    }),
    handler: async ({ ctx, body }) => createTemplate(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/onboarding-templates/:id',
    summary: 'Get an onboarding plan template',
    tags: ['onboarding'],
    access: access.roles(VENDOR_ROLES, { scope: 'none' }),
    permission: 'onboardingTemplate.read',
    target: 'onboardingTemplate',
    params: ZIdParams,
    response: ZTemplate,
    handler: async ({ ctx, params }) => getTemplate(ctx, params.id),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/onboarding-templates/:id',
    summary: 'Change an onboarding plan template (onboardings already started keep their tasks)',
    tags: ['onboarding'],
    access: access.roles(MANAGERS, { scope: 'none' }),
    permission: 'onboardingTemplate.edit',
    target: 'onboardingTemplate',
    params: ZIdParams,
    body: z.strictObject(templateFields).partial(),
    response: ZTemplate,
    example: () => ({ description: 'For resellers signing the standard agreement.' }),
    handler: async ({ ctx, params, body }) => updateTemplate(ctx, params.id, body),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/onboarding-templates/:id',
    summary: 'Delete an onboarding plan template (onboardings started from it keep their tasks)',
    tags: ['onboarding'],
    access: access.roles(MANAGERS, { scope: 'none' }),
    permission: 'onboardingTemplate.delete',
    target: 'onboardingTemplate',
    params: ZIdParams,
    status: 204,
    handler: async ({ ctx, params }) => deleteTemplate(ctx, params.id),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/onboardings',
    summary: 'Onboardings across the portfolio, the latest started first (a partner’s people: their own)',
    tags: ['onboarding'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'onboarding.read',
    query: z.object({
      limit: ZLimit,
      cursor: ZCursor,
      status: zAnyOf(ONBOARDING_STATUSES).optional(),
      partnerId: ZIdList.optional(),
    }),
    response: zPage(ZOnboarding),
    export: { omit: ['tasks'] },
    handler: async ({ ctx, query }) => listOnboardings(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/onboardings/stats',
    summary: 'Onboardings in progress, their overdue tasks, and time to onboard (average and median days)',
    description: '`since` limits time to onboard to onboardings completed on or after that day.',
    tags: ['onboarding'],
    access: access.roles(VENDOR_ROLES, { scope: 'none' }),
    permission: 'onboarding.report',
    query: z.object({ since: zDate().optional() }),
    response: ZStats,
    handler: async ({ ctx, query }) => onboardingStats(ctx, query.since),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/onboardings/:id',
    summary: 'An onboarding with its tasks and progress',
    tags: ['onboarding'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'onboarding.read',
    target: 'onboarding',
    params: ZIdParams,
    response: ZOnboarding,
    handler: async ({ ctx, params }) => getOnboarding(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/onboardings/:id/cancel',
    summary: 'Cancel an onboarding in progress',
    tags: ['onboarding'],
    access: access.roles(MANAGERS, { scope: 'partner' }),
    permission: 'onboarding.cancel',
    target: 'onboarding',
    params: ZIdParams,
    body: z.strictObject({ reason: zText(1000) }),
    response: ZOnboarding,
    example: () => ({ reason: 'The partner chose another vendor' }),
    handler: async ({ ctx, params, body }) => cancelOnboarding(ctx, params.id, body.reason),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/partners/:id/onboardings',
    summary: "A partner's onboardings, the current one first",
    tags: ['onboarding', 'partners'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'onboarding.read',
    target: 'partner',
    params: ZIdParams,
    response: z.object({ data: z.array(ZOnboarding) }),
    export: { omit: ['tasks'] },
    handler: async ({ ctx, params }) => ({ data: await listPartnerOnboardings(ctx, params.id) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/partners/:id/onboardings',
    summary: 'Start onboarding a partner from a template',
    description:
      'Creates one task per template step, due its offset after `startOn` (default: today). Without `templateId`, ' +
      'the active template made for one of the partner’s types, else the first active one. A prospect or qualified ' +
      'partner moves to the onboarding stage. One onboarding in progress per partner (409 naming `templateId`).',
    tags: ['onboarding', 'partners'],
    access: access.roles(MANAGERS, { scope: 'partner' }),
    permission: 'onboarding.start',
    target: 'partner',
    params: ZIdParams,
    status: 201,
    body: z.strictObject({
      templateId: ZId.optional(),
      startOn: zDate().optional(),
      assigneeId: ZId.nullable().optional().describe('Vendor-side tasks go to this person (default: the partner’s manager)'),
    }),
    response: ZOnboarding,
    example: () => ({}),
    handler: async ({ ctx, params, body }) => startOnboarding(ctx, params.id, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/onboarding-tasks',
    summary: 'Onboarding tasks by due date (a partner’s people: their own); `overdue=true` for the overdue ones',
    tags: ['onboarding'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'onboardingTask.read',
    query: z.object({
      limit: ZLimit,
      cursor: ZCursor,
      overdue: ZQueryBoolean.optional(),
      status: zAnyOf(TASK_STATUSES).optional(),
      side: zAnyOf(OWNER_SIDES).optional(),
      partnerId: ZIdList.optional(),
      assigneeId: ZIdList.optional(),
    }),
    response: zPage(ZTask),
    handler: async ({ ctx, query }) => listTasks(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/onboarding-tasks/:id',
    summary: 'Get an onboarding task',
    tags: ['onboarding'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'onboardingTask.read',
    target: 'onboardingTask',
    params: ZIdParams,
    response: ZTask,
    handler: async ({ ctx, params }) => getTask(ctx, params.id),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/onboarding-tasks/:id',
    summary: 'Assign an onboarding task or move its due date',
    tags: ['onboarding'],
    access: access.roles(MANAGERS, { scope: 'partner' }),
    permission: 'onboardingTask.edit',
    target: 'onboardingTask',
    params: ZIdParams,
    body: z.strictObject({
      assigneeId: ZId.nullable().optional(),
      dueOn: zDate().optional(),
      note: zOptionalText(2000).optional(),
    }),
    response: ZTask,
    example: () => ({ dueOn: '2027-01-15' }),
    handler: async ({ ctx, params, body }) => updateTask(ctx, params.id, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/onboarding-tasks/:id/cancel',
    summary: 'Cancel an open onboarding task that does not apply, with the reason',
    description:
      'A cancelled task no longer counts towards completion or overdue; cancelling the last open required task ' +
      'completes the onboarding. Whoever manages the onboarding; 409 for a task that is not open.',
    tags: ['onboarding'],
    access: access.roles(MANAGERS, { scope: 'partner' }),
    permission: 'onboardingTask.cancel',
    target: 'onboardingTask',
    params: ZIdParams,
    body: z.strictObject({ reason: zText(1000) }),
    response: ZTask,
    example: () => ({ reason: 'The partner has no support team to train' }),
    handler: async ({ ctx, params, body }) => cancelTask(ctx, params.id, body.reason),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/onboarding-tasks/:id/assignees',
    summary: 'Who may be given this task: vendor staff for a vendor-side task, the partner’s active users for its own',
    tags: ['onboarding'],
    access: access.roles(MANAGERS, { scope: 'partner' }),
    permission: 'onboardingTask.edit',
    target: 'onboardingTask',
    params: ZIdParams,
    response: z.object({ data: z.array(ZPersonRef) }),
    export: false,
    handler: async ({ ctx, params }) => ({ data: await taskAssignees(ctx, params.id) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/onboarding-tasks/:id/complete',
    summary: 'Complete an onboarding task (its own side only)',
    description:
      "Partner-side tasks: the partner's admin, or a partner user for tasks meant for partner users. Vendor-side: an " +
      "admin, the partner's manager or the assignee; the other side gets 403. A task that asks for a document needs " +
      'one uploaded first (422 naming `file`); one that asks for an acknowledgement needs `acknowledged: true`. The ' +
      'last required task completes the onboarding.',
    tags: ['onboarding'],
    access: access.roles(['admin', 'partner_manager', 'partner_admin', 'partner_user'], { scope: 'partner' }),
    permission: 'onboardingTask.complete',
    target: 'onboardingTask',
    params: ZIdParams,
    body: z.strictObject({ acknowledged: z.boolean().optional(), note: zOptionalText(2000).optional() }),
    response: ZTask,
    example: () => ({ acknowledged: true, note: 'Done' }),
    handler: async ({ ctx, params, body }) => completeTask(ctx, params.id, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/onboarding-tasks/:id/files',
    summary: "An onboarding task's documents, newest first",
    tags: ['onboarding', 'files'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'onboardingTask.read',
    target: 'onboardingTask',
    params: ZIdParams,
    response: ZFileList,
    export: false,
    handler: async ({ ctx, params }) => ({ data: await listRecordFiles(ctx, params.id, [TASK_DOCUMENT_KIND]), nextCursor: null }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/onboarding-tasks/:id/files',
    summary: 'Upload the document an onboarding task asks for (its own side; PDF, Office, OpenDocument, image or text, ≤ 20 MiB)',
    tags: ['onboarding', 'files'],
    access: access.roles(['admin', 'partner_manager', 'partner_admin', 'partner_user'], { scope: 'partner' }),
    permission: 'onboardingTask.attach',
    target: 'onboardingTask',
    params: ZIdParams,
    upload: {
      maxBytes: DOCUMENT_MAX_BYTES,
      example: () => ({ filename: 'w9.pdf', contentType: 'application/pdf', bytes: simplePdf(['Tax form']) }),
    },
    status: 201,
    response: ZFile,
    handler: async ({ ctx, params, upload }) => attachFile(ctx, TASK_DOCUMENT_KIND, params.id, uploaded(upload)),
  }),
];
