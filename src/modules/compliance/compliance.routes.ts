import { z } from 'zod';
import { defineFileKind } from '../../server/module.js';
import { access, defineRoute } from '../../server/route.js';
import { ZCursor, ZIdList, ZIdParams, ZLimit, zAnyOf, zDate, zOptionalText, zPage, zText } from '../../server/schemas.js';
import { ROLES } from '../../shared/roles.js';
import { attachFile, DOCUMENT_TYPES, listRecordFiles, simplePdf, uploaded, ZFile, ZFileList } from '../files/index.js';
import { complianceItemPermissions } from './compliance.policy.js';
import { BLOCKABLE_ACTIONS, COMPLIANCE_TYPES, ITEM_STATUSES } from './compliance.rules.js';
import {
  createItem,
  deleteItem,
  EVIDENCE_KIND,
  getItem,
  listExpiring,
  listItems,
  listRequirements,
  loadItemForFiles,
  partnerComplianceStatus,
  reviewItem,
  saveRequirements,
  updateItem,
} from './compliance.service.js';

const EVIDENCE_MAX_BYTES = 20 * 1024 * 1024;

const ZPersonRef = z.object({ id: z.uuid(), name: z.string(), email: z.string(), role: z.enum(ROLES) });

const ZRequirement = z
  .strictObject({
    type: z.enum(COMPLIANCE_TYPES, { error: `must be one of ${COMPLIANCE_TYPES.join(', ')}` }),
    required: z.boolean().describe('Every partner needs one in force: a partner without one is blocked too'),
    blocks: z
      .array(z.enum(BLOCKABLE_ACTIONS, { error: `must be one of ${BLOCKABLE_ACTIONS.join(', ')}` }))
      .max(BLOCKABLE_ACTIONS.length)
      .describe('What a lapsed (expired, rejected, pending) item of this type blocks'),
    reminderDays: z
      .array(z.number().int('must be whole days').min(1, 'must be 1 to 365 days').max(365, 'must be 1 to 365 days'))
      .max(5, 'at most 5 reminders')
      .describe('Days before expiry to remind the partner and its manager'),
  })
  .meta({ id: 'ComplianceRequirement' });

const ZItem = z
  .object({
    id: z.uuid(),
    partnerId: z.uuid(),
    partnerName: z.string(),
    type: z.enum(COMPLIANCE_TYPES),
    name: z.string(),
    reference: z.string(),
    status: z.enum(ITEM_STATUSES),
    state: z.enum(['in_force', 'expired', 'pending', 'rejected']).describe('What it means today'),
    issuedOn: z.string().nullable(),
    expiresOn: z.string().nullable(),
    daysToExpiry: z.number().int().nullable(),
    blocks: z.array(z.enum(BLOCKABLE_ACTIONS)).describe('What this type blocks once lapsed (the vendor’s settings)'),
    supersededBy: z
      .uuid()
      .nullable()
      .describe('The item that replaced this one (a renewal): it is history and blocks nothing; null when current'),
    notes: z.string(),
    reviewedAt: z.date().nullable(),
    reviewedById: z.uuid().nullable(),
    reviewedBy: ZPersonRef.nullable(),
    rejectionReason: z.string(),
    can: z.object({ edit: z.boolean(), delete: z.boolean(), review: z.boolean(), attach: z.boolean() }),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'ComplianceItem' });

const itemFields = {
  type: z.enum(COMPLIANCE_TYPES, { error: `must be one of ${COMPLIANCE_TYPES.join(', ')}` }),
  name: zOptionalText(200).optional(),
  reference: zOptionalText(200).optional(),
  issuedOn: zDate().nullable().optional(),
  expiresOn: zDate().nullable().optional(),
  notes: zOptionalText(5000).optional(),
};

const ZReason = z.object({
  type: z.enum(COMPLIANCE_TYPES),
  state: z.enum(['expired', 'pending', 'rejected', 'missing']),
  itemId: z.uuid().nullable(),
  message: z.string(),
});

const MANAGERS = ['admin', 'partner_manager'] as const;
const KEEPERS = ['admin', 'partner_manager', 'partner_admin'] as const;

/** Evidence (the certificate, the signed DPA): uploaded by the vendor or the partner's admin, read by whoever sees the item. */
export const complianceFileKinds = [
  defineFileKind({
    kind: EVIDENCE_KIND,
    recordKind: 'compliance_item',
    label: 'Evidence',
    maxBytes: EVIDENCE_MAX_BYTES,
    types: DOCUMENT_TYPES,
    loadRecord: loadItemForFiles,
    canRead: () => true,
    canAttach: (actor, item) => complianceItemPermissions(actor, item, { ownerId: item.partnerOwnerId }).attach,
  }),
];

export const complianceRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/compliance-requirements',
    summary: 'Compliance settings per type: required or not, what a lapsed item blocks, reminder days',
    tags: ['compliance'],
    access: access.roles(ROLES, { scope: 'none' }),
    permission: 'complianceRequirement.read',
    response: z.object({ data: z.array(ZRequirement) }),
    handler: async ({ ctx }) => ({ data: await listRequirements(ctx) }),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/v1/compliance-requirements',
    summary: 'Set the consequences of lapsed compliance items, per type (types left out keep theirs)',
    tags: ['compliance'],
    access: access.roles(['admin'], { scope: 'none' }),
    permission: 'complianceRequirement.edit',
    body: z.strictObject({
      requirements: z
        .array(ZRequirement)
        .min(1, 'must hold at least one type')
        .max(COMPLIANCE_TYPES.length)
        .refine((list) => new Set(list.map((r) => r.type)).size === list.length, 'must not repeat a type'),
    }),
    response: z.object({ data: z.array(ZRequirement) }),
    example: () => ({ requirements: [{ type: 'soc2', required: false, blocks: ['payouts'], reminderDays: [60, 30, 7] }] }),
    handler: async ({ ctx, body }) => ({ data: await saveRequirements(ctx, body.requirements) }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/compliance-items',
    summary: 'Compliance items, newest first (a partner’s people: their own)',
    tags: ['compliance'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'complianceItem.read',
    query: z.object({
      limit: ZLimit,
      cursor: ZCursor,
      partnerId: ZIdList.optional(),
      type: zAnyOf(COMPLIANCE_TYPES).optional(),
      status: zAnyOf(ITEM_STATUSES).optional(),
    }),
    response: zPage(ZItem),
    handler: async ({ ctx, query }) => listItems(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/compliance-items/expiring',
    summary: 'Items expiring within `withinDays` (default 60) and those expired and not yet replaced, the earliest first',
    tags: ['compliance'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'complianceItem.read',
    query: z.object({
      withinDays: z.coerce
        .number({ error: 'must be a number of days' })
        .int('must be a whole number of days')
        .min(0, 'must be 0 to 730')
        .max(730, 'must be 0 to 730')
        .default(60),
    }),
    response: z.object({ data: z.array(ZItem) }),
    handler: async ({ ctx, query }) => ({ data: await listExpiring(ctx, query.withinDays) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/partners/:id/compliance-items',
    summary: 'Add a compliance item to a partner',
    description:
      'The partner’s admin adds one for review (pending); the vendor may record one as `verified` at once. A custom ' +
      'item needs a `name`; `expiresOn` must not be before `issuedOn`.',
    tags: ['compliance', 'partners'],
    access: access.roles(KEEPERS, { scope: 'partner' }),
    permission: 'complianceItem.create',
    target: 'partner',
    params: ZIdParams,
    status: 201,
    body: z.strictObject({ ...itemFields, verified: z.boolean().optional().describe('Vendor only: checked already') }),
    response: ZItem,
    example: () => ({ type: 'soc2', name: 'SOC 2 Type II report', issuedOn: '2026-06-01', expiresOn: '2027-05-31' }),
    handler: async ({ ctx, params, body }) => createItem(ctx, params.id, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/partners/:id/compliance-status',
    summary: "What a partner's compliance blocks now, per action, with the reasons",
    tags: ['compliance', 'partners'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'complianceItem.read',
    target: 'partner',
    params: ZIdParams,
    response: z

      .object({
        partnerId: z.uuid(),
        actions: z.array(z.object({ action: z.enum(BLOCKABLE_ACTIONS), blocked: z.boolean(), reasons: z.array(ZReason) })),
      })
      .meta({ id: 'ComplianceStatus' }),
    handler: async ({ ctx, params }) => partnerComplianceStatus(ctx, params.id),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/compliance-items/:id',
    summary: 'Get a compliance item',
    tags: ['compliance'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'complianceItem.read',
    target: 'complianceItem',
    params: ZIdParams,
    response: ZItem,
    handler: async ({ ctx, params }) => getItem(ctx, params.id),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/compliance-items/:id',
    summary: 'Change a compliance item (the partner’s admin: until it is verified; a rejected one goes back for review)',
    tags: ['compliance'],
    access: access.roles(KEEPERS, { scope: 'partner' }),
    permission: 'complianceItem.edit',
    target: 'complianceItem',
    params: ZIdParams,
    body: z.strictObject(itemFields).partial(),
    response: ZItem,
    example: () => ({ reference: 'Report 2026-SOC2-114' }),
    handler: async ({ ctx, params, body }) => updateItem(ctx, params.id, body),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/compliance-items/:id',
    summary: 'Delete a compliance item',
    tags: ['compliance'],
    access: access.roles(MANAGERS, { scope: 'partner' }),
    permission: 'complianceItem.delete',
    target: 'complianceItem',
    params: ZIdParams,
    status: 204,
    handler: async ({ ctx, params }) => deleteItem(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/compliance-items/:id/verify',
    summary: 'Verify a pending compliance item: in force until it expires',
    tags: ['compliance'],
    access: access.roles(MANAGERS, { scope: 'partner' }),
    permission: 'complianceItem.review',
    target: 'complianceItem',
    params: ZIdParams,
    response: ZItem,
    handler: async ({ ctx, params }) => reviewItem(ctx, params.id, { verified: true }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/compliance-items/:id/reject',
    summary: 'Reject a pending compliance item, with the reason',
    tags: ['compliance'],
    access: access.roles(MANAGERS, { scope: 'partner' }),
    permission: 'complianceItem.review',
    target: 'complianceItem',
    params: ZIdParams,
    body: z.strictObject({ reason: zText(2000) }),
    response: ZItem,
    example: () => ({ reason: 'The report covers another legal entity' }),
    handler: async ({ ctx, params, body }) => reviewItem(ctx, params.id, { verified: false, reason: body.reason }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/compliance-items/:id/files',
    summary: "A compliance item's evidence, newest first",
    tags: ['compliance', 'files'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'complianceItem.read',
    target: 'complianceItem',
    params: ZIdParams,
    response: ZFileList,
    export: false,
    handler: async ({ ctx, params }) => ({ data: await listRecordFiles(ctx, params.id, [EVIDENCE_KIND]), nextCursor: null }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/compliance-items/:id/files',
    summary: 'Upload evidence for a compliance item (PDF, Office, OpenDocument, image or text; ≤ 20 MiB)',
    tags: ['compliance', 'files'],
    access: access.roles(KEEPERS, { scope: 'partner' }),
    permission: 'complianceItem.attach',
    target: 'complianceItem',
    params: ZIdParams,
    upload: {
      maxBytes: EVIDENCE_MAX_BYTES,
      example: () => ({ filename: 'soc2.pdf', contentType: 'application/pdf', bytes: simplePdf(['SOC 2 Type II']) }),
    },
    status: 201,
    response: ZFile,
    handler: async ({ ctx, params, upload }) => attachFile(ctx, EVIDENCE_KIND, params.id, uploaded(upload)),
  }),
];
