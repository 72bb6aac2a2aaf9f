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
import { addDays } from '../../shared/dates.js';
import { ROLES } from '../../shared/roles.js';
import { COMPANY_SIZES, REGIONS } from '../partners/index.js';
import { valuePropositionFields, ZValuePropositionIdInput } from '../value/index.js';
import { DEAL_STATUSES } from './deal-registrations.rules.js';
import {
  approveDealRegistration,
  closeDealRegistration,
  createDealRegistration,
  dealRegistrationSummary,
  extendDealRegistration,
  getDealRegistration,
  getDealSettings,
  listDealRegistrations,
  rejectDealRegistration,
  requestExtension,
  updateDealRegistration,
  updateDealSettings,
} from './deal-registrations.service.js';

const ZPersonRef = z.object({ id: z.uuid(), name: z.string(), email: z.string(), role: z.enum(ROLES) });

const ZConflictReason = z
  .object({
    rule: z
      .enum(['domain', 'name', 'coverage'])
      .describe('Which rule matched: the normalised customer domain or company name, or the coverage model'),
    value: z.string().describe('The normalised value both registrations share; for coverage, the motion (direct or hybrid)'),
    severity: z
      .enum(['hard', 'soft'])
      .optional()
      .describe('Coverage: hard (a direct segment) flags the registration, soft (hybrid) is a note'),
    segment: z
      .object({ id: z.uuid(), name: z.string() })
      .nullable()
      .optional()
      .describe('The coverage segment that decided (vendor staff only; null: the default motion)'),
    since: z.string().describe('When the earlier registration was submitted (RFC 3339)'),
    message: z.string(),
    registration: z
      .object({ id: z.uuid(), number: z.string(), partnerId: z.uuid(), partnerName: z.string() })
      .optional()
      .describe('The earlier registration (vendor staff only: a partner never learns whose it is)'),
    opportunity: z
      .object({ id: z.uuid(), number: z.string() })
      .optional()
      .describe('The vendor-direct opportunity on the same customer (vendor staff only)'),
  })
  .meta({ id: 'DealConflictReason' });

export const ZDealRegistration = z
  .object({
    id: z.uuid(),
    number: z.string().describe('Readable and sequential: DR-000123'),
    partnerId: z.uuid(),
    partnerName: z.string(),
    title: z.string(),
    customer: z.object({
      name: z.string(),
      domain: z.string().nullable(),
      country: z.string().nullable(),
      region: z.string().nullable(),
      industry: z.string().nullable(),
      size: z.string().nullable(),
    }),
    amount: z.number().int().describe('Minor units of `currency`'),
    currency: z.string(),
    expectedCloseDate: z.string(),
    products: z.array(z.string()),
    notes: z.string(),
    status: z.enum(DEAL_STATUSES).describe('submitted → approved | rejected; approved → won | lost | expired'),
    submittedAt: z.date().describe('Immutable: what "first" means in a conflict'),
    submittedBy: ZPersonRef.nullable(),
    approvalDueAt: z.date().describe('Submission + the approval SLA'),
    approvalOverdue: z.boolean(),
    conflict: z.object({ flagged: z.boolean(), reasons: z.array(ZConflictReason) }),
    decidedAt: z.date().nullable(),
    decidedBy: ZPersonRef.nullable(),
    rejectionReason: z.string(),
    approvalBlockedBy: z
      .string()
      .nullable()
      .describe(
        'For its approver: why it may not be approved now because of its conflict case (still open, or its decision told this partner to step back; `can.approve` is then false). Null: nothing in the way, or not the approver',
      ),
    protectionDays: z.number().int().nullable(),
    expiresOn: z.string().nullable().describe('The last protected day (approved registrations)'),
    expiringSoon: z.boolean(),
    daysLeft: z.number().int().nullable(),
    extensionRequestedOn: z.string().nullable(),
    extensionRequestedUntil: z.string().nullable(),
    extensionReason: z.string(),
    extensionCount: z.number().int(),
    closedAt: z.date().nullable(),
    closeReason: z.string(),
    ...valuePropositionFields,
    createdAt: z.date(),
    updatedAt: z.date(),
    can: z.object({
      approve: z.boolean(),
      reject: z.boolean(),
      close: z.boolean(),
      requestExtension: z.boolean(),
      extend: z.boolean(),
      edit: z.boolean(),
    }),
  })
  .meta({ id: 'DealRegistration' });

const ZDealSettings = z
  .object({
    approvalSlaHours: z.number().int(),
    reminderDays: z.array(z.number().int()),
    defaultProtectionDays: z.number().int(),
    updatedAt: z.date(),
  })
  .meta({ id: 'DealRegistrationSettings' });

const ZSummary = z
  .object({
    submitted: z.number().int(),
    overdue: z.number().int(),
    approved: z.number().int(),
    expiringSoon: z.number().int(),
    conflicts: z.number().int(),
    won: z.number().int(),
    lost: z.number().int(),
    slaHours: z.number().int(),
  })
  .meta({ id: 'DealRegistrationSummary' });

const ZRegistrationInput = z.strictObject({
  partnerId: ZId.optional().describe('Vendor staff: the partner registering. A partner’s people: their own company or nothing'),
  customer: z.strictObject({
    name: zText(200),
    domain: zOptionalText(253).nullable().optional(),
    country: zCountry().nullable().optional().describe('With region, industry and size: the segment the coverage model checks'),
    region: z
      .enum(REGIONS, { error: `must be one of ${REGIONS.join(', ')}` })
      .nullable()
      .optional(),
    industry: zOptionalText(100).nullable().optional(),
    size: z
      .enum(COMPANY_SIZES, { error: `must be one of ${COMPANY_SIZES.join(', ')}` })
      .nullable()
      .optional(),
  }),
  title: zText(200),
  amount: z
    .number({ error: 'must be a whole number of minor units' })
    .int('must be a whole number of minor units')
    .min(0, 'must not be negative')
    .max(Number.MAX_SAFE_INTEGER, 'is too large'),
  currency: ZCurrency,
  expectedCloseDate: zDate(),
  products: z.array(zText(100)).max(50, 'at most 50 products').optional(),
  notes: zOptionalText(5000).optional(),
  valuePropositionId: ZValuePropositionIdInput,
});

/** A day `days` from now (examples the matrix sends: after any protection period, within a year of it). */
const inDays = (days: number) => addDays(new Date().toISOString().slice(0, 10), days);

const SORTS = sortValues(['createdAt', 'expectedCloseDate', 'amount'] as const);
const APPROVERS = ['admin', 'partner_manager'] as const;
const PARTNER_SIDE = ['partner_admin', 'partner_user'] as const;

const action = (
  url: string,
  summary: string,
  permission: `dealRegistration.${string}`,
  target: string,
  roles: readonly (typeof ROLES)[number][],
  body: z.ZodObject | undefined,
  example: (() => Record<string, unknown>) | undefined,
  run: (ctx: Parameters<typeof getDealRegistration>[0], id: string, body: never) => ReturnType<typeof getDealRegistration>,
) =>
  defineRoute({
    method: 'POST',
    url,
    summary,
    tags: ['deal-registrations'],
    access: access.roles(roles, { scope: 'partner' }),
    permission,
    target,
    params: ZIdParams,
    ...(body ? { body, example } : {}),
    response: ZDealRegistration,
    handler: async ({ ctx, params, body: input }) => run(ctx, params.id, input as never),
  });

export const dealRegistrationRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/deal-registrations',
    summary: 'Deal registrations (a partner’s people: their own company’s)',
    description:
      'Filters: `status`, `partnerId`, `overdue=true` (submitted past the approval SLA), `expiringSoon=true` ' +
      '(approved, protection ending within 14 days), `conflict=true|false`, `q` (number, title, customer).',
    tags: ['deal-registrations'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'dealRegistration.read',
    query: z.object({
      limit: ZLimit,
      cursor: ZCursor,
      sort: z.enum(SORTS).default('-createdAt'),
      partnerId: ZIdList.optional(),
      status: zAnyOf(DEAL_STATUSES).optional(),
      overdue: ZQueryBoolean.optional(),
      expiringSoon: ZQueryBoolean.optional(),
      conflict: ZQueryBoolean.optional(),
      q: zString(200).optional(),
    }),
    response: zPage(ZDealRegistration),
    export: { pick: { customer: 'name', submittedBy: 'name', decidedBy: 'name' } },
    handler: async ({ ctx, query }) => listDealRegistrations(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/deal-registrations/summary',
    summary: 'Counts: submitted, overdue approvals, approved, expiring soon, conflicts, won, lost',
    tags: ['deal-registrations'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'dealRegistrationSummary.read',
    query: z.object({ partnerId: ZId.optional() }),
    response: ZSummary,
    handler: async ({ ctx, query }) => dealRegistrationSummary(ctx, query.partnerId),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/deal-registrations/settings',
    summary: 'The approval SLA, expiry reminder thresholds and default protection',
    tags: ['deal-registrations'],
    access: access.roles(['admin', 'partner_manager', 'executive', 'finance'], { scope: 'none' }),
    permission: 'dealRegistrationSettings.read',
    response: ZDealSettings,
    handler: async ({ ctx }) => getDealSettings(ctx),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/v1/deal-registrations/settings',
    summary: 'Change the approval SLA, expiry reminder thresholds or default protection',
    tags: ['deal-registrations'],
    access: access.roles(['admin'], { scope: 'none' }),
    permission: 'dealRegistrationSettings.edit',
    body: z.strictObject({
      approvalSlaHours: z
        .number()
        .int('must be whole hours')
        .min(1, 'must be 1 to 720 hours')
        .max(720, 'must be 1 to 720 hours')
        .optional(),
      reminderDays: z
        .array(z.number().int('must be whole days').min(0, 'must be 0 to 365').max(365, 'must be 0 to 365'))
        .max(5, 'at most 5 reminders')
        .optional(),
      defaultProtectionDays: z
        .number()
        .int('must be whole days')
        .min(1, 'must be 1 to 730 days')
        .max(730, 'must be 1 to 730 days')
        .optional(),
    }),
    response: ZDealSettings,
    example: () => ({ approvalSlaHours: 48, reminderDays: [14, 3] }),
    handler: async ({ ctx, body }) => updateDealSettings(ctx, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/deal-registrations',
    summary: 'Register a deal',
    description:
      'A partner’s people register for their own company (a `partnerId` naming another company is refused and ' +
      'nothing is created); vendor staff register on a partner’s behalf and must name it. The customer is matched ' +
      'on its normalised domain and company name against other partners’ active registrations: a match is ' +
      'flagged in `conflict` with its reasons (a partner is never told whose registration it is). A lapsed ' +
      'compliance item may block registering (422 COMPLIANCE_BLOCKED naming `partnerId`).',
    tags: ['deal-registrations'],
    access: access.roles(['admin', 'partner_manager', ...PARTNER_SIDE], { scope: 'partner' }),
    permission: 'dealRegistration.create',
    bodyTarget: true,
    status: 201,
    body: ZRegistrationInput,
    response: ZDealRegistration,
    example: (refs) => ({
      partnerId: refs.partnerId,
      customer: { name: `Initech ${refs.unique} Inc.`, domain: `initech-${refs.unique}.example` },
      title: 'Initech data platform renewal',
      amount: 12_500_000,
      currency: 'USD',
      expectedCloseDate: '2030-03-31',
      products: ['Platform', 'Support'],
    }),
    handler: async ({ ctx, body }) => createDealRegistration(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/deal-registrations/:id',
    summary: 'Get a deal registration',
    tags: ['deal-registrations'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'dealRegistration.read',
    target: 'dealRegistration',
    params: ZIdParams,
    response: ZDealRegistration,
    handler: async ({ ctx, params }) => getDealRegistration(ctx, params.id),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/deal-registrations/:id',
    summary: 'Name (or clear) the joint value proposition a registration is sold with',
    description:
      'The partner’s people and its approvers, while it is submitted or protected. `valuePropositionId` must be a ' +
      'published joint value proposition of the registration’s partner (else 422 naming it); null clears it.',
    tags: ['deal-registrations'],
    access: access.roles(['admin', 'partner_manager', ...PARTNER_SIDE], { scope: 'partner' }),
    permission: 'dealRegistration.edit',
    target: 'dealRegistration',
    params: ZIdParams,
    body: z.strictObject({ valuePropositionId: ZValuePropositionIdInput }),
    response: ZDealRegistration,
    example: () => ({ valuePropositionId: null }),
    handler: async ({ ctx, params, body }) => updateDealRegistration(ctx, params.id, body),
  }),
  action(
    '/api/v1/deal-registrations/:id/approve',
    'Approve a submitted registration: protected from today for the partner’s tier’s days (default 90)',
    'dealRegistration.approve',
    'dealRegistration',
    APPROVERS,
    undefined,
    undefined,
    (ctx, id) => approveDealRegistration(ctx, id),
  ),
  action(
    '/api/v1/deal-registrations/:id/reject',
    'Reject a submitted registration, with the reason the partner reads',
    'dealRegistration.reject',
    'dealRegistration',
    APPROVERS,
    z.strictObject({ reason: zText(2000) }),
    () => ({ reason: 'The customer is a named direct account' }),
    (ctx, id, body: { reason: string }) => rejectDealRegistration(ctx, id, body.reason),
  ),
  action(
    '/api/v1/deal-registrations/:id/won',
    'Record an approved registration as won',
    'dealRegistration.close',
    'dealRegistrationApproved',
    [...APPROVERS, ...PARTNER_SIDE],
    z.strictObject({ note: zOptionalText(2000).optional() }),
    () => ({ note: 'Signed three-year contract' }),
    (ctx, id, body: { note?: string }) => closeDealRegistration(ctx, id, 'won', body.note ?? ''),
  ),
  action(
    '/api/v1/deal-registrations/:id/lost',
    'Record an approved registration as lost, with the reason',
    'dealRegistration.close',
    'dealRegistrationApproved',
    [...APPROVERS, ...PARTNER_SIDE],
    z.strictObject({ reason: zText(2000) }),
    () => ({ reason: 'Lost to a competitor on price' }),
    (ctx, id, body: { reason: string }) => closeDealRegistration(ctx, id, 'lost', body.reason),
  ),
  action(
    '/api/v1/deal-registrations/:id/extension-request',
    'Ask for a later expiry (the partner’s people); the approver grants it with `extend`',
    'dealRegistration.requestExtension',
    'dealRegistrationApproved',
    PARTNER_SIDE,
    z.strictObject({ until: zDate(), reason: zOptionalText(2000).optional() }),
    () => ({ until: inDays(400), reason: 'Procurement moved the decision to next quarter' }),
    (ctx, id, body: { until: string; reason?: string }) => requestExtension(ctx, id, body.until, body.reason ?? ''),
  ),
  action(
    '/api/v1/deal-registrations/:id/extend',
    'Extend an approved registration’s protection to a new last day (answers a request, or on the approver’s own)',
    'dealRegistration.extend',
    'dealRegistrationApproved',
    APPROVERS,
    z.strictObject({ expiresOn: zDate() }),
    () => ({ expiresOn: inDays(400) }),
    (ctx, id, body: { expiresOn: string }) => extendDealRegistration(ctx, id, body.expiresOn),
  ),
];
