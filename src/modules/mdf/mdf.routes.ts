import { z } from 'zod';
import { defineFileKind } from '../../server/module.js';
import { access, defineRoute } from '../../server/route.js';
import {
  ZCurrency,
  ZCursor,
  ZIdList,
  ZIdParams,
  ZLimit,
  zAnyOf,
  zDate,
  zOneOrMore,
  zOptionalText,
  zPage,
  zString,
  zText,
} from '../../server/schemas.js';
import { ROLES } from '../../shared/roles.js';
import { attachFile, DOCUMENT_TYPES, listRecordFiles, simplePdf, uploaded, ZFile, ZFileList } from '../files/index.js';
import { mdfClaimPermissions } from './mdf.policy.js';
import { ACTIVITY_TYPES, ALLOCATION_KINDS, CLAIM_STATUSES, ENTRY_KINDS, REQUEST_STATUSES } from './mdf.rules.js';
import {
  cancelRequest,
  createAllocation,
  createRequest,
  decideClaim,
  decideRequest,
  fundsSummary,
  getAllocation,
  getClaim,
  getMdfSettings,
  getRequest,
  listAllocations,
  listClaims,
  listRequests,
  loadClaimForFiles,
  mdfRoi,
  PROOF_KIND,
  payClaim,
  runAccrual,
  saveMdfSettings,
  submitClaim,
} from './mdf.service.js';

const PROOF_MAX_BYTES = 20 * 1024 * 1024;

const ZMoneyOut = z.object({ amount: z.number().int(), currency: z.string() });
const ZMoneyIn = z.strictObject({
  amount: z
    .number({ error: 'must be a whole number of minor units' })
    .int('must be a whole number of minor units')
    .positive('must be more than zero')
    .max(1e13, 'is too large'),
  currency: ZCurrency,
});
const ZPeriod = zString(7).regex(/^\d{4}-Q[1-4]$/, 'must be a quarter such as 2026-Q3');

const ZBalance = z
  .object({
    allocated: z.number().int(),
    committed: z.number().int().describe('Reserved by approved requests not yet claimed'),
    payable: z.number().int().describe('Approved claims not yet paid'),
    paid: z.number().int(),
    expired: z.number().int(),
    available: z.number().int().describe('allocated − committed − payable − paid − expired'),
  })
  .meta({ id: 'MdfBalance' });

const ZSettings = z
  .object({
    claimWindowDays: z.number().int(),
    expiryReminderDays: z.number().int(),
    partnerCap: ZMoneyOut.nullable(),
    periodPool: ZMoneyOut.nullable(),
  })
  .meta({ id: 'MdfSettings' });

const ZAllocation = z
  .object({
    id: z.uuid(),
    partnerId: z.uuid(),
    partnerName: z.string(),
    period: z.string(),
    periodStart: z.string(),
    periodEnd: z.string(),
    kind: z.enum(ALLOCATION_KINDS),
    amount: ZMoneyOut,
    expiresOn: z.string(),
    basisRevenue: ZMoneyOut.nullable(),
    accrualPercent: z.number().nullable(),
    notes: z.string(),
    balance: ZBalance,
    expired: z.boolean(),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'MdfAllocation' });

const ZEntry = z.object({
  id: z.uuid(),
  kind: z.enum(ENTRY_KINDS),
  amount: ZMoneyOut,
  onDate: z.string(),
  requestId: z.uuid().nullable(),
  claimId: z.uuid().nullable(),
  createdAt: z.date(),
});

const ZRequest = z
  .object({
    id: z.uuid(),
    partnerId: z.uuid(),
    partnerName: z.string(),
    allocationId: z.uuid(),
    period: z.string(),
    activityType: z.enum(ACTIVITY_TYPES),
    title: z.string(),
    description: z.string(),
    startsOn: z.string(),
    endsOn: z.string(),
    requestedAmount: ZMoneyOut,
    approvedAmount: ZMoneyOut.nullable(),
    expectedLeads: z.number().int(),
    expectedPipeline: ZMoneyOut,
    status: z.enum(REQUEST_STATUSES),
    decisionReason: z.string(),
    decidedAt: z.date().nullable(),
    claimWindow: z.object({ opensOn: z.string(), closesOn: z.string() }),
    can: z.object({ approve: z.boolean(), reject: z.boolean(), cancel: z.boolean(), claim: z.boolean() }),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'MdfRequest' });

const ZClaim = z
  .object({
    id: z.uuid(),
    partnerId: z.uuid(),
    partnerName: z.string(),
    requestId: z.uuid(),
    requestTitle: z.string(),
    activityType: z.enum(ACTIVITY_TYPES),
    claimedAmount: ZMoneyOut,
    approvedAmount: ZMoneyOut.nullable(),
    notes: z.string(),
    leadCount: z.number().int(),
    leadsCreated: z.number().int(),
    proofFiles: z.number().int(),
    status: z.enum(CLAIM_STATUSES),
    decisionReason: z.string(),
    decidedAt: z.date().nullable(),
    paidAt: z.date().nullable(),
    paymentReference: z.string(),
    heldReason: z
      .string()
      .nullable()
      .describe('Why the reimbursement is held: a compliance item blocks the partner’s payouts (decision 0187)'),
    can: z.object({ approve: z.boolean(), reject: z.boolean(), pay: z.boolean(), attach: z.boolean() }),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'MdfClaim' });

const ZFunds = z
  .object({
    partnerId: z.uuid(),
    totals: z.array(ZBalance.extend({ currency: z.string() })),
    availableReporting: ZMoneyOut.nullable(),
    pendingRequests: z.number().int(),
    pendingClaims: z.number().int(),
    awaitingPayment: z.array(ZMoneyOut),
    expiring: z.array(z.object({ allocationId: z.uuid(), period: z.string(), expiresOn: z.string(), available: ZMoneyOut })),
    open: z.array(ZAllocation),
  })
  .meta({ id: 'MdfFunds' });

const ZRoiRow = {
  partnerId: z.uuid(),
  partnerName: z.string(),
  paid: ZMoneyOut,
  leads: z.number().int(),
  pipeline: ZMoneyOut,
  won: ZMoneyOut,
  roiPercent: z.number().nullable(),
};

const ZDecision = z.strictObject({
  amount: z
    .number({ error: 'must be a whole number of minor units' })
    .int('must be a whole number of minor units')
    .positive('must be more than zero')
    .optional()
    .describe('A partial approval: less than asked (default: all of it)'),
  reason: zOptionalText(2000).optional(),
});

const DECIDERS = ['admin', 'partner_manager'] as const;
const REQUESTERS = ['admin', 'partner_manager', 'partner_admin', 'partner_user'] as const;

/** Proof of performance: invoices, photos, attendee lists; uploaded while the claim awaits its decision. */
export const mdfFileKinds = [
  defineFileKind({
    kind: PROOF_KIND,
    recordKind: 'mdf_claim',
    label: 'Proof of performance',
    maxBytes: PROOF_MAX_BYTES,
    types: DOCUMENT_TYPES,
    loadRecord: loadClaimForFiles,
    canRead: () => true,
    canAttach: (actor, claim) => mdfClaimPermissions(actor, claim, { ownerId: claim.partnerOwnerId }).attach,
  }),
];

export const mdfRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/mdf-settings',
    summary: 'MDF rules: the claim window, expiry reminders, the caps',
    tags: ['mdf'],
    access: access.roles(ROLES, { scope: 'none' }),
    permission: 'mdfSettings.read',
    response: ZSettings,
    handler: async ({ ctx }) => getMdfSettings(ctx),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/v1/mdf-settings',
    summary: 'Set the MDF rules (fields left out keep theirs; a cap of null removes it)',
    tags: ['mdf'],
    access: access.roles(['admin'], { scope: 'none' }),
    permission: 'mdfSettings.edit',
    body: z.strictObject({
      claimWindowDays: z
        .number()
        .int('must be whole days')
        .min(1, 'must be 1 to 365 days')
        .max(365, 'must be 1 to 365 days')
        .optional(),
      expiryReminderDays: z
        .number()
        .int('must be whole days')
        .min(1, 'must be 1 to 180 days')
        .max(180, 'must be 1 to 180 days')
        .optional(),
      partnerCap: ZMoneyIn.nullable().optional().describe('Per partner per quarter, in the reporting currency'),
      periodPool: ZMoneyIn.nullable().optional().describe('Every partner together per quarter, in the reporting currency'),
    }),
    response: ZSettings,
    example: () => ({ claimWindowDays: 60, expiryReminderDays: 30 }),
    handler: async ({ ctx, body }) => saveMdfSettings(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/mdf-allocations',
    summary: 'MDF allocations with their balances, newest first (a partner’s people: their own)',
    tags: ['mdf'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'mdfAllocation.read',
    query: z.object({
      limit: ZLimit,
      cursor: ZCursor,
      partnerId: ZIdList.optional(),
      period: zOneOrMore((v) => /^\d{4}-Q[1-4]$/.test(v), 'quarters such as 2026-Q3').optional(),
    }),
    response: zPage(ZAllocation),
    handler: async ({ ctx, query }) => listAllocations(ctx, query),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/partners/:id/mdf-allocations',
    summary: 'Allocate funds to a partner for a quarter (fixed), within the caps',
    description:
      '409 naming `amount` when the partner’s cap or the program’s pool for the quarter would be exceeded. `expiresOn` defaults to 90 days after the quarter.',
    tags: ['mdf', 'partners'],
    access: access.roles(['admin'], { scope: 'none' }),
    permission: 'mdfAllocation.create',
    target: 'partner',
    params: ZIdParams,
    status: 201,
    body: z.strictObject({
      period: ZPeriod,
      amount: ZMoneyIn,
      expiresOn: zDate().optional(),
      notes: zOptionalText(2000).optional(),
    }),
    response: ZAllocation,
    example: () => ({ period: '2026-Q4', amount: { amount: 2_500_000, currency: 'USD' }, notes: 'Q4 demand generation' }),
    handler: async ({ ctx, params, body }) => createAllocation(ctx, params.id, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/mdf-accruals',
    summary: 'Run the accrual for a quarter now: each partner’s tier percent of its won revenue (once per partner and quarter)',
    tags: ['mdf'],
    access: access.roles(['admin'], { scope: 'none' }),
    permission: 'mdfAllocation.accrue',
    body: z.strictObject({ period: ZPeriod }),
    response: z.object({ period: z.string(), created: z.number().int(), skipped: z.number().int() }),
    example: () => ({ period: '2026-Q3' }),
    handler: async ({ ctx, body }) => runAccrual(ctx, body.period),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/mdf-allocations/:id',
    summary: 'An MDF allocation with its balance and every ledger entry',
    tags: ['mdf'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'mdfAllocation.read',
    target: 'mdfAllocation',
    params: ZIdParams,
    response: ZAllocation.extend({ entries: z.array(ZEntry) }),
    handler: async ({ ctx, params }) => getAllocation(ctx, params.id),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/partners/:id/mdf-funds',
    summary: "A partner's funds: balances per currency, available in the reporting currency, pending, awaiting payment, expiring",
    tags: ['mdf', 'partners'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'mdfAllocation.read',
    target: 'partner',
    params: ZIdParams,
    response: ZFunds,
    handler: async ({ ctx, params }) => fundsSummary(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/mdf-allocations/:id/requests',
    summary: 'Request funds from an allocation for a marketing activity',
    description:
      '409 naming `amount` when it exceeds the available funds, `allocationId` when the allocation expired; 422 COMPLIANCE_BLOCKED naming `partnerId` when a lapsed compliance item blocks MDF requests.',
    tags: ['mdf'],
    access: access.roles(REQUESTERS, { scope: 'partner' }),
    permission: 'mdfRequest.create',
    target: 'mdfAllocation',
    params: ZIdParams,
    status: 201,
    body: z.strictObject({
      activityType: z.enum(ACTIVITY_TYPES, { error: `must be one of ${ACTIVITY_TYPES.join(', ')}` }),
      title: zText(200),
      description: zOptionalText(5000).optional(),
      startsOn: zDate(),
      endsOn: zDate(),
      amount: ZMoneyIn,
      expectedLeads: z.number().int('must be a whole number').min(0, 'must not be negative').max(1_000_000).optional(),
      expectedPipeline: z
        .number()
        .int('must be a whole number of minor units')
        .min(0, 'must not be negative')
        .max(1e13)
        .optional(),
    }),
    response: ZRequest,
    example: () => ({
      activityType: 'webinar',
      title: 'Cloud migration webinar',
      startsOn: '2026-11-10',
      endsOn: '2026-11-10',
      amount: { amount: 100_000, currency: 'USD' },
      expectedLeads: 40,
      expectedPipeline: 20_000_000,
    }),
    handler: async ({ ctx, params, body }) => createRequest(ctx, params.id, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/mdf-requests',
    summary: 'MDF requests, newest first (a partner’s people: their own)',
    tags: ['mdf'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'mdfRequest.read',
    query: z.object({
      limit: ZLimit,
      cursor: ZCursor,
      partnerId: ZIdList.optional(),
      status: zAnyOf(REQUEST_STATUSES).optional(),
    }),
    response: zPage(ZRequest),
    handler: async ({ ctx, query }) => listRequests(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/mdf-requests/:id',
    summary: 'An MDF request',
    tags: ['mdf'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'mdfRequest.read',
    target: 'mdfRequest',
    params: ZIdParams,
    response: ZRequest,
    handler: async ({ ctx, params }) => getRequest(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/mdf-requests/:id/approve',
    summary: 'Approve a submitted request, in full or in part (`amount`): the amount is committed from the allocation',
    description: '409 when it is no longer submitted, or the allocation no longer has the funds (naming `amount`).',
    tags: ['mdf'],
    access: access.roles(DECIDERS, { scope: 'none' }),
    permission: 'mdfRequest.approve',
    target: 'mdfRequest',
    params: ZIdParams,
    body: ZDecision,
    response: ZRequest,
    example: () => ({}),
    handler: async ({ ctx, params, body }) => decideRequest(ctx, params.id, { approve: true, ...body }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/mdf-requests/:id/reject',
    summary: 'Reject a submitted request, with the reason',
    tags: ['mdf'],
    access: access.roles(DECIDERS, { scope: 'none' }),
    permission: 'mdfRequest.approve',
    target: 'mdfRequest',
    params: ZIdParams,
    body: z.strictObject({ reason: zText(2000) }),
    response: ZRequest,
    example: () => ({ reason: 'Outside this quarter’s focus' }),
    handler: async ({ ctx, params, body }) => decideRequest(ctx, params.id, { approve: false, reason: body.reason }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/mdf-requests/:id/cancel',
    summary: 'Withdraw a request before it is claimed (an approved one releases its commitment)',
    tags: ['mdf'],
    access: access.roles(REQUESTERS, { scope: 'partner' }),
    permission: 'mdfRequest.cancel',
    target: 'mdfRequest',
    params: ZIdParams,
    response: ZRequest,
    handler: async ({ ctx, params }) => cancelRequest(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/mdf-requests/:id/claims',
    summary: 'Claim reimbursement for an approved request’s activity, with an optional lead list (CSV)',
    description:
      '409 naming `claimWindow` outside the claim window (from the activity’s end to the window’s days after it), `amount` above the approved amount; 422 naming `leadsCsv` with the lines that cannot be read. Upload proof to the claim next.',
    tags: ['mdf'],
    access: access.roles(REQUESTERS, { scope: 'partner' }),
    permission: 'mdfClaim.create',
    target: 'mdfRequestApproved',
    params: ZIdParams,
    status: 201,
    body: z.strictObject({
      amount: ZMoneyIn,
      notes: zOptionalText(5000).optional(),
      leadsCsv: zOptionalText(500_000).optional().describe('CSV with a header: company, contact name, email, domain, country'),
    }),
    response: ZClaim,
    example: () => ({
      amount: { amount: 90_000, currency: 'USD' },
      notes: '112 registrations, 64 attended',
      leadsCsv: 'company,contact name,email,domain\nMatrix Prospect,Ann Buyer,ann@prospect.example,prospect.example\n',
    }),
    handler: async ({ ctx, params, body }) => submitClaim(ctx, params.id, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/mdf-claims',
    summary: 'MDF claims, newest first (finance’s payment queue: `status=approved`)',
    tags: ['mdf'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'mdfClaim.read',
    query: z.object({ limit: ZLimit, cursor: ZCursor, partnerId: ZIdList.optional(), status: zAnyOf(CLAIM_STATUSES).optional() }),
    response: zPage(ZClaim),
    handler: async ({ ctx, query }) => listClaims(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/mdf-claims/:id',
    summary: 'An MDF claim',
    tags: ['mdf'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'mdfClaim.read',
    target: 'mdfClaim',
    params: ZIdParams,
    response: ZClaim,
    handler: async ({ ctx, params }) => getClaim(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/mdf-claims/:id/approve',
    summary:
      'Approve a claim with proof, in full or in part: the amount becomes payable, the rest of the commitment is released, the lead list becomes leads',
    tags: ['mdf'],
    access: access.roles(DECIDERS, { scope: 'none' }),
    permission: 'mdfClaim.approve',
    target: 'mdfClaim',
    params: ZIdParams,
    body: ZDecision,
    response: ZClaim,
    example: () => ({}),
    handler: async ({ ctx, params, body }) => decideClaim(ctx, params.id, { approve: true, ...body }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/mdf-claims/:id/reject',
    summary: 'Reject a claim, with the reason (the partner may claim again within the window)',
    tags: ['mdf'],
    access: access.roles(DECIDERS, { scope: 'none' }),
    permission: 'mdfClaim.approve',
    target: 'mdfClaim',
    params: ZIdParams,
    body: z.strictObject({ reason: zText(2000) }),
    response: ZClaim,
    example: () => ({ reason: 'The invoice is for another event' }),
    handler: async ({ ctx, params, body }) => decideClaim(ctx, params.id, { approve: false, reason: body.reason }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/mdf-claims/:id/pay',
    summary: 'Mark an approved claim paid (idempotent: a paid claim answers as it is and pays nothing again)',
    tags: ['mdf'],
    access: access.roles(['admin', 'finance'], { scope: 'none' }),
    permission: 'mdfClaim.pay',
    target: 'mdfClaimApproved',
    params: ZIdParams,
    body: z.strictObject({ reference: zOptionalText(200).optional() }),
    response: ZClaim,
    example: () => ({ reference: 'PAY-2026-118' }),
    handler: async ({ ctx, params, body }) => payClaim(ctx, params.id, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/mdf-claims/:id/files',
    summary: "A claim's proof of performance, newest first",
    tags: ['mdf', 'files'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'mdfClaim.read',
    target: 'mdfClaim',
    params: ZIdParams,
    response: ZFileList,
    export: false,
    handler: async ({ ctx, params }) => ({ data: await listRecordFiles(ctx, params.id, [PROOF_KIND]), nextCursor: null }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/mdf-claims/:id/files',
    summary: 'Upload proof of performance for a claim (PDF, Office, OpenDocument, image or text; ≤ 20 MiB)',
    tags: ['mdf', 'files'],
    access: access.roles(REQUESTERS, { scope: 'partner' }),
    permission: 'mdfClaim.attach',
    target: 'mdfClaim',
    params: ZIdParams,
    upload: {
      maxBytes: PROOF_MAX_BYTES,
      example: () => ({
        filename: 'invoice.pdf',
        contentType: 'application/pdf',
        bytes: simplePdf(['Invoice: webinar platform']),
      }),
    },
    status: 201,
    response: ZFile,
    handler: async ({ ctx, params, upload }) => attachFile(ctx, PROOF_KIND, params.id, uploaded(upload)),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/mdf-roi',
    summary:
      'Return on MDF per activity (`data`), per partner (`partners`) and per program (`programs`): leads, pipeline and won revenue sourced vs paid (reporting currency)',
    tags: ['mdf'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'mdfRequest.read',
    query: z.object({ partnerId: ZIdList.optional() }),
    response: z
      .object({
        data: z.array(
          z.object({
            requestId: z.uuid(),
            title: z.string(),
            activityType: z.enum(ACTIVITY_TYPES),
            endsOn: z.string(),
            opportunities: z.number().int(),
            ...ZRoiRow,
          }),
        ),
        partners: z.array(z.object({ activities: z.number().int(), ...ZRoiRow })),
        programs: z
          .array(
            z.object({
              programId: z.uuid().nullable(),
              programName: z.string(),
              activities: z.number().int(),
              paid: ZMoneyOut,
              leads: z.number().int(),
              pipeline: ZMoneyOut,
              won: ZMoneyOut,
              roiPercent: z.number().nullable(),
            }),
          )
          .describe("Per program: each activity once, under the partner's longest-held program on the day it ended"),
      })
      .meta({ id: 'MdfRoi' }),
    export: false,
    handler: async ({ ctx, query }) => mdfRoi(ctx, query),
  }),
];
