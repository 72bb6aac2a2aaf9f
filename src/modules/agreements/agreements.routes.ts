import { z } from 'zod';
import { sortValues } from '../../db/keyset.js';
import { defineFileKind } from '../../server/module.js';
import { access, defineRoute } from '../../server/route.js';
import {
  ZCursor,
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
import { attachFile, DOCUMENT_TYPES, listRecordFiles, simplePdf, uploaded, ZFile, ZFileList } from '../files/index.js';
import { agreementPermissions } from './agreements.policy.js';
import { AGREEMENT_STATUSES, AGREEMENT_TYPES, EXCLUSIVITY, RENEWAL_TYPES } from './agreements.rules.js';
import {
  AGREEMENT_DOCUMENT_KIND,
  countersignAgreement,
  createAgreement,
  deleteAgreement,
  getAgreement,
  giveNotice,
  listAgreements,
  listRenewals,
  loadAgreementForFiles,
  sendAgreement,
  signAgreement,
  terminateAgreement,
  updateAgreement,
} from './agreements.service.js';

const DOCUMENT_MAX_BYTES = 25 * 1024 * 1024;

const ZPersonRef = z.object({ id: z.uuid(), name: z.string(), email: z.string(), role: z.enum(ROLES) });

export const ZAgreement = z
  .object({
    id: z.uuid(),
    partnerId: z.uuid(),
    partnerName: z.string(),
    title: z.string(),
    type: z.enum(AGREEMENT_TYPES),
    status: z
      .enum(AGREEMENT_STATUSES)
      .describe('Signature status: draft → sent → partner_signed → countersigned → active → expired | terminated'),
    startOn: z.string(),
    endOn: z.string().nullable().describe('Null: no fixed end'),
    renewalType: z.enum(RENEWAL_TYPES),
    renewalTermMonths: z.number().int(),
    noticeDays: z.number().int(),
    noticeDeadline: z.string().nullable().describe('The last day to give notice of non-renewal (auto renewals)'),
    noticeGivenOn: z.string().nullable(),
    noticeGivenById: z.uuid().nullable(),
    commercialTerms: z.string(),
    exclusivity: z.enum(EXCLUSIVITY),
    exclusivityScope: z.string(),
    segments: z.array(z.string()),
    territories: z.array(z.string()),
    solutionCategories: z.array(z.string()),
    jointIpGovernance: z.string(),
    terminationProvisions: z.string(),
    sentAt: z.date().nullable(),
    partnerSignedAt: z.date().nullable(),
    partnerSignedById: z.uuid().nullable(),
    partnerSignedBy: ZPersonRef.nullable(),
    countersignedAt: z.date().nullable(),
    countersignedById: z.uuid().nullable(),
    countersignedBy: ZPersonRef.nullable(),
    terminatedAt: z.date().nullable(),
    terminationReason: z.string(),
    renewalCount: z.number().int(),
    lastRenewedAt: z.date().nullable(),
    can: z.object({
      edit: z.boolean(),
      delete: z.boolean(),
      send: z.boolean(),
      sign: z.boolean(),
      countersign: z.boolean(),
      terminate: z.boolean(),
      giveNotice: z.boolean(),
      attach: z.boolean(),
    }),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'Agreement' });

const uniqueList = <T>(list: T[]) => [...new Set(list)];
const zList = (max: number) => z.array(zText(max)).max(50, 'at most 50 entries').transform(uniqueList);

const agreementFields = {
  title: zText(200),
  type: z.enum(AGREEMENT_TYPES, { error: `must be one of ${AGREEMENT_TYPES.join(', ')}` }),
  startOn: zDate(),
  endOn: zDate().nullable().optional(),
  renewalType: z.enum(RENEWAL_TYPES, { error: 'must be auto or manual' }).optional(),
  renewalTermMonths: z
    .number()
    .int('must be a whole number of months')
    .min(1, 'must be 1 to 120 months')
    .max(120, 'must be 1 to 120 months')
    .optional(),
  noticeDays: z
    .number()
    .int('must be a whole number of days')
    .min(0, 'must be 0 to 365 days')
    .max(365, 'must be 0 to 365 days')
    .optional(),
  commercialTerms: zOptionalText(10_000).optional(),
  exclusivity: z.enum(EXCLUSIVITY, { error: 'must be none or de_jure' }).optional(),
  exclusivityScope: zOptionalText(2000).optional(),
  segments: zList(100).optional(),
  territories: zList(100).optional(),
  solutionCategories: zList(100).optional(),
  jointIpGovernance: zOptionalText(10_000).optional(),
  terminationProvisions: zOptionalText(10_000).optional(),
};

const MANAGERS = ['admin', 'partner_manager'] as const;
const SORTS = sortValues(['createdAt', 'startOn', 'title'] as const);

/** An agreement's documents: the contract, its signed copies, annexes. The vendor's side uploads them. */
export const agreementFileKinds = [
  defineFileKind({
    kind: AGREEMENT_DOCUMENT_KIND,
    recordKind: 'agreement',
    label: 'Agreement document',
    maxBytes: DOCUMENT_MAX_BYTES,
    types: DOCUMENT_TYPES,
    loadRecord: loadAgreementForFiles,
    canRead: () => true,
    canAttach: (actor, a) => agreementPermissions(actor, a, { ownerId: a.partnerOwnerId }).attach,
  }),
];

const workflow = (
  url: string,
  summary: string,
  permission: `agreement.${string}`,
  target: string,
  roles: readonly (typeof ROLES)[number][],
  run: (ctx: Parameters<typeof sendAgreement>[0], id: string) => ReturnType<typeof sendAgreement>,
) =>
  defineRoute({
    method: 'POST',
    url,
    summary,
    tags: ['agreements'],
    access: access.roles(roles, { scope: 'partner' }),
    permission,
    target,
    params: ZIdParams,
    response: ZAgreement,
    handler: async ({ ctx, params }) => run(ctx, params.id),
  });

export const agreementRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/agreements',
    summary: 'Agreements across the portfolio (a partner’s people: their own)',
    tags: ['agreements'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'agreement.read',
    query: z.object({
      limit: ZLimit,
      cursor: ZCursor,
      sort: z.enum(SORTS).default('-createdAt'),
      partnerId: ZIdList.optional(),
      status: zAnyOf(AGREEMENT_STATUSES).optional(),
      type: zAnyOf(AGREEMENT_TYPES).optional(),
      q: zString(200).optional(),
    }),
    response: zPage(ZAgreement),
    handler: async ({ ctx, query }) => listAgreements(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/agreements/renewals',
    summary: 'Agreements in force whose notice deadline or end falls within `withinDays` (default 90), the nearest first',
    tags: ['agreements'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'agreement.read',
    query: z.object({
      withinDays: z.coerce
        .number({ error: 'must be a number of days' })
        .int('must be a whole number of days')
        .min(0, 'must be 0 to 730')
        .max(730, 'must be 0 to 730')
        .default(90),
    }),
    response: z.object({ data: z.array(ZAgreement) }),
    handler: async ({ ctx, query }) => ({ data: await listRenewals(ctx, query.withinDays) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/partners/:id/agreements',
    summary: 'Draft an agreement with a partner',
    description:
      'Auto renewal needs an end day (422 naming `endOn`); de jure exclusivity needs its scope (`exclusivityScope`). ' +
      'It starts as a draft: send it, the partner’s admin signs, the vendor countersigns.',
    tags: ['agreements', 'partners'],
    access: access.roles(MANAGERS, { scope: 'partner' }),
    permission: 'agreement.create',
    target: 'partner',
    params: ZIdParams,
    status: 201,
    body: z.strictObject(agreementFields),
    response: ZAgreement,
    example: () => ({
      title: 'Reseller agreement 2027',
      type: 'reseller',
      startOn: '2027-01-01',
      endOn: '2027-12-31',
      renewalType: 'auto',
      noticeDays: 60,
      commercialTerms: '30% discount on list price',
      territories: ['US', 'CA'],
    }),
    handler: async ({ ctx, params, body }) => createAgreement(ctx, params.id, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/agreements/:id',
    summary: 'Get an agreement',
    tags: ['agreements'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'agreement.read',
    target: 'agreement',
    params: ZIdParams,
    response: ZAgreement,
    handler: async ({ ctx, params }) => getAgreement(ctx, params.id),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/agreements/:id',
    summary: 'Change an agreement’s terms (draft or sent only)',
    tags: ['agreements'],
    access: access.roles(MANAGERS, { scope: 'partner' }),
    permission: 'agreement.edit',
    target: 'agreement',
    params: ZIdParams,
    body: z.strictObject(agreementFields).partial(),
    response: ZAgreement,
    example: () => ({ commercialTerms: '32% discount on list price' }),
    handler: async ({ ctx, params, body }) => updateAgreement(ctx, params.id, body),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/agreements/:id',
    summary: 'Delete a draft agreement',
    tags: ['agreements'],
    access: access.roles(MANAGERS, { scope: 'partner' }),
    permission: 'agreement.delete',
    target: 'agreement',
    params: ZIdParams,
    status: 204,
    handler: async ({ ctx, params }) => deleteAgreement(ctx, params.id),
  }),
  workflow(
    '/api/v1/agreements/:id/send',
    'Send a draft agreement to the partner for signature',
    'agreement.send',
    'agreement',
    MANAGERS,
    sendAgreement,
  ),
  workflow(
    '/api/v1/agreements/:id/sign',
    'Sign an agreement sent to your company (the partner’s admin)',
    'agreement.sign',
    'agreementSent',
    ['partner_admin'],
    signAgreement,
  ),
  workflow(
    '/api/v1/agreements/:id/countersign',
    'Countersign an agreement the partner signed: in force from its start day',
    'agreement.countersign',
    'agreementSigned',
    MANAGERS,
    countersignAgreement,
  ),
  defineRoute({
    method: 'POST',
    url: '/api/v1/agreements/:id/terminate',
    summary: 'Terminate an agreement early, with the reason',
    tags: ['agreements'],
    access: access.roles(MANAGERS, { scope: 'partner' }),
    permission: 'agreement.terminate',
    target: 'agreementActive',
    params: ZIdParams,
    body: z.strictObject({ reason: zText(2000) }),
    response: ZAgreement,
    example: () => ({ reason: 'Material breach: repeated deal-registration abuse' }),
    handler: async ({ ctx, params, body }) => terminateAgreement(ctx, params.id, body.reason),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/agreements/:id/notice',
    summary: 'Give notice of non-renewal (either side, by the notice deadline)',
    description: 'The agreement stays in force to the end of its term, then expires instead of renewing.',
    tags: ['agreements'],
    access: access.roles(['admin', 'partner_manager', 'partner_admin'], { scope: 'partner' }),
    permission: 'agreement.giveNotice',
    target: 'agreementActive',
    params: ZIdParams,
    body: z.strictObject({ reason: zOptionalText(2000).optional() }),
    response: ZAgreement,
    example: () => ({ reason: 'Moving to the referral program' }),
    handler: async ({ ctx, params, body }) => giveNotice(ctx, params.id, body.reason ?? ''),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/agreements/:id/files',
    summary: "An agreement's documents, newest first",
    tags: ['agreements', 'files'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'agreement.read',
    target: 'agreement',
    params: ZIdParams,
    response: ZFileList,
    export: false,
    handler: async ({ ctx, params }) => ({
      data: await listRecordFiles(ctx, params.id, [AGREEMENT_DOCUMENT_KIND]),
      nextCursor: null,
    }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/agreements/:id/files',
    summary: 'Attach a document to an agreement (PDF, Office, OpenDocument, image or text; ≤ 25 MiB)',
    tags: ['agreements', 'files'],
    access: access.roles(MANAGERS, { scope: 'partner' }),
    permission: 'agreement.attach',
    target: 'agreement',
    params: ZIdParams,
    upload: {
      maxBytes: DOCUMENT_MAX_BYTES,
      example: () => ({ filename: 'agreement.pdf', contentType: 'application/pdf', bytes: simplePdf(['Reseller agreement']) }),
    },
    status: 201,
    response: ZFile,
    handler: async ({ ctx, params, upload }) => attachFile(ctx, AGREEMENT_DOCUMENT_KIND, params.id, uploaded(upload)),
  }),
];
