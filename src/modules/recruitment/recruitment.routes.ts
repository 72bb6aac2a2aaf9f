import { z } from 'zod';
import { sortValues } from '../../db/keyset.js';
import { access, defineRoute } from '../../server/route.js';
import {
  ZCursor,
  ZEmail,
  ZId,
  ZIdParams,
  ZLimit,
  zAnyOf,
  zCountry,
  zOptionalText,
  zPage,
  zString,
  zText,
} from '../../server/schemas.js';
import { VENDOR_ROLES } from '../../shared/roles.js';
import { COMPANY_SIZES, MOTIONS, normalizeDomain, PARTNER_TYPES, REGIONS } from '../partners/index.js';
import { APPLICATION_STATUSES, FORM_MIN_SECONDS } from './recruitment.rules.js';
import {
  APPLICATION_RECEIVED,
  acceptApplication,
  applicationForm,
  getApplication,
  listApplications,
  rejectApplication,
  submitApplication,
} from './recruitment.service.js';

const uniqueList = <T>(list: T[]) => [...new Set(list)];

/** The company's website: an http(s) address whose host is a domain (it identifies the company). */
function isCompanyWebsite(value: string): boolean {
  try {
    const url = new URL(value.trim());
    return (url.protocol === 'http:' || url.protocol === 'https:') && normalizeDomain(url.hostname) !== null;
  } catch {
    return false;
  }
}

const ZWebsite = zString(300)
  .trim()
  .refine(isCompanyWebsite, 'must be the company’s website, an http(s) address on its own domain');

const ZCountry = zCountry();

const ZApplicationInput = z.strictObject({
  companyName: zText(200),
  website: ZWebsite,
  country: ZCountry.nullable().default(null),
  regions: z.array(z.enum(REGIONS)).max(REGIONS.length).transform(uniqueList).default([]),
  types: z
    .array(z.enum(PARTNER_TYPES, { error: `must be one of ${PARTNER_TYPES.join(', ')}` }))
    .min(1, 'choose at least one')
    .max(5, 'choose at most 5')
    .transform(uniqueList),
  companySize: z.enum(COMPANY_SIZES).nullable().default(null),
  industries: z.array(zText(100)).max(10, 'at most 10 industries').transform(uniqueList).default([]),
  contactName: zText(120),
  contactEmail: ZEmail,
  contactPhone: zOptionalText(40).default(''),
  contactTitle: zOptionalText(120).default(''),
  message: zOptionalText(3000).default(''),
  formToken: zString(300).min(1, 'is required: reload the page'),
  fax: zString(200).optional().describe('Leave out: the form hides it from people (a field only bots fill in)'),
});

const ZApplicationFitReason = z.object({
  criterion: z.string(),
  attribute: z.string(),
  weight: z.number().int(),
  met: z.boolean(),
  points: z.number().int(),
});

const ZApplication = z
  .object({
    id: z.uuid(),
    status: z.enum(APPLICATION_STATUSES),
    companyName: z.string(),
    website: z.string(),
    domain: z.string(),
    country: z.string().nullable(),
    regions: z.array(z.string()),
    types: z.array(z.string()),
    companySize: z.string().nullable(),
    industries: z.array(z.string()),
    contactName: z.string(),
    contactEmail: z.string(),
    contactPhone: z.string(),
    contactTitle: z.string(),
    message: z.string(),
    duplicates: z
      .array(
        z.object({
          reason: z.enum(['domain', 'name', 'application']),
          id: z.uuid(),
          name: z.string(),
        }),
      )
      .describe('Partners claiming its domain or with a much alike name, and earlier applications from its domain still waiting'),
    fit: z
      .object({ score: z.number().int(), reasons: z.array(ZApplicationFitReason) })
      .describe('Against the Ideal Partner Profile as it is now'),
    prospect: z.object({ id: z.uuid(), name: z.string() }).nullable().describe('The prospect partner it became (accepted)'),
    reviewedBy: z.object({ id: z.uuid(), name: z.string(), email: z.string(), role: z.string() }).nullable(),
    reviewedAt: z.date().nullable(),
    decisionReason: z.string(),
    createdAt: z.date(),
    updatedAt: z.date(),
    can: z.object({ review: z.boolean() }),
  })
  .meta({ id: 'PartnerApplication' });

const SORTS = sortValues(['createdAt'] as const);

export const recruitmentRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/partner-applications/form',
    summary: 'What the public application form needs: a signed form token and the choices it offers',
    description:
      `Send \`formToken\` back with the application: it must be at least ${FORM_MIN_SECONDS} seconds old (people take ` +
      'longer than that) and less than a day.',
    tags: ['recruitment'],
    access: access.public(),
    response: z
      .object({
        formToken: z.string(),
        notBefore: z.date().describe('The application is taken from this moment on'),
        expiresAt: z.date(),
        choices: z.object({
          types: z.array(z.enum(PARTNER_TYPES)),
          regions: z.array(z.enum(REGIONS)),
          companySizes: z.array(z.enum(COMPANY_SIZES)),
        }),
      })
      .meta({ id: 'ApplicationForm' }),
    handler: async ({ ctx, reply }) => {
      reply.header('cache-control', 'no-store');
      return {
        ...(await applicationForm(ctx.db)),
        choices: { types: [...PARTNER_TYPES], regions: [...REGIONS], companySizes: [...COMPANY_SIZES] },
      };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/partner-applications',
    summary: 'Apply to become a partner (public, no sign-in)',
    description:
      'Always 202 with the same answer once the application is taken, whether the company is new, known or applied ' +
      'before: the vendor reviews it. A submission that fails the spam checks is 400 with a generic message; more than a ' +
      'few per client IP per hour or per company domain per day is 429 with Retry-After.',
    tags: ['recruitment'],
    access: access.public(),
    status: 202,
    body: ZApplicationInput,
    response: z.object({ message: z.string() }).meta({ id: 'ApplicationReceived' }),
    example: (refs) => ({
      companyName: `Applicant ${refs.unique}`,
      website: `https://applicant-${refs.unique}.example`,
      country: 'DE',
      regions: ['europe'],
      types: ['msp'],
      companySize: '51-200',
      industries: ['Healthcare'],
      contactName: 'Ada Applicant',
      contactEmail: `ada@applicant-${refs.unique}.example`,
      message: 'We run managed services for 40 clinics.',
      formToken: 'not-a-real-token',
    }),
    handler: async ({ ctx, body, req }) => {
      await submitApplication(ctx.db, body, req.ip);
      return { message: APPLICATION_RECEIVED };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/partner-applications',
    summary: 'Partner applications, newest first, with their fit and duplicate flags',
    tags: ['recruitment'],
    access: access.roles(VENDOR_ROLES, { scope: 'none' }),
    permission: 'partnerApplication.read',
    query: z.object({
      limit: ZLimit,
      cursor: ZCursor,
      sort: z.enum(SORTS).default('-createdAt'),
      status: zAnyOf(APPLICATION_STATUSES).optional(),
      q: zString(200).optional().describe('Company name, domain or contact e-mail contains'),
    }),
    response: zPage(ZApplication),
    export: { omit: ['message'] },
    handler: async ({ ctx, query }) => listApplications(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/partner-applications/:id',
    summary: 'One partner application',
    tags: ['recruitment'],
    access: access.roles(VENDOR_ROLES, { scope: 'none' }),
    permission: 'partnerApplication.read',
    target: 'partnerApplication',
    params: ZIdParams,
    response: ZApplication,
    handler: async ({ ctx, params }) => getApplication(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/partner-applications/:id/accept',
    summary: 'Accept an application: make a prospect partner from it, or link it to an existing partner',
    description:
      'Without `partnerId` a new prospect is made (the applicant becomes its primary contact); with one, the application is ' +
      'linked to that partner. The applicant is e-mailed unless `notifyApplicant` is false. 422 INVALID_TRANSITION once decided.',
    tags: ['recruitment'],
    access: access.roles(['admin', 'partner_manager'], { scope: 'none' }),
    permission: 'partnerApplication.review',
    target: 'partnerApplication',
    params: ZIdParams,
    body: z.strictObject({
      partnerId: ZId.optional().describe('Link to this existing partner instead of making a new prospect'),
      ownerId: ZId.nullable().optional().describe('Owner of the new prospect (default: the reviewer, if a partner manager)'),
      motion: z.enum(MOTIONS).optional(),
      notifyApplicant: z.boolean().default(true),
      note: zOptionalText(1000).optional(),
    }),
    response: ZApplication,
    example: () => ({ notifyApplicant: false }),
    handler: async ({ ctx, params, body }) => acceptApplication(ctx, params.id, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/partner-applications/:id/reject',
    summary: 'Reject an application with a reason (kept for the vendor; the applicant gets a polite e-mail without it)',
    tags: ['recruitment'],
    access: access.roles(['admin', 'partner_manager'], { scope: 'none' }),
    permission: 'partnerApplication.review',
    target: 'partnerApplication',
    params: ZIdParams,
    body: z.strictObject({ reason: zText(1000), notifyApplicant: z.boolean().default(true) }),
    response: ZApplication,
    example: () => ({ reason: 'Outside our target regions for now', notifyApplicant: false }),
    handler: async ({ ctx, params, body }) => rejectApplication(ctx, params.id, body),
  }),
];
