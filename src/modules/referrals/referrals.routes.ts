import { z } from 'zod';
import { isSecureRequest } from '../../server/authenticate.js';
import { access, defineRoute } from '../../server/route.js';
import {
  ZCurrency,
  ZCursor,
  ZEmail,
  ZId,
  ZIdList,
  ZIdParams,
  ZLimit,
  ZQueryBoolean,
  zAnyOf,
  zDateTime,
  zOptionalText,
  zString,
  zText,
} from '../../server/schemas.js';
import { VENDOR_ROLES } from '../../shared/roles.js';
import {
  COMMISSION_STATUSES,
  CONVERSION_KINDS,
  MAX_COOKIE_DAYS,
  MIN_COOKIE_DAYS,
  SUBMISSION_STATUSES,
} from './referrals.rules.js';
import {
  approveReferralCommission,
  archiveReferralLink,
  createReferralLink,
  getReferralSettings,
  listReferralCommissions,
  listReferralConversions,
  listReferralLinks,
  listReferralSubmissions,
  referralSummary,
  rotateTrackingKey,
  submitReferral,
  trackClick,
  trackConversion,
  updateReferralSettings,
} from './referrals.service.js';

/** The visitor's referral cookie (first-party on this server; the token also rides on the redirect). */
export const REFERRAL_COOKIE = 'consort_ref';

const TAGS = ['referrals'];
const PARTNER_SIDE = ['partner_admin', 'partner_user'] as const;
const EVERYONE = [...VENDOR_ROLES, ...PARTNER_SIDE] as const;
const LINK_MAKERS = ['admin', 'partner_manager', 'partner_admin'] as const;
const SUBMITTERS = ['admin', 'partner_manager', ...PARTNER_SIDE] as const;

const ZMoneyOut = z.object({ amount: z.number().int(), currency: z.string() });

const ZSettings = z
  .object({
    cookieDays: z.number().int(),
    allowedDomains: z.array(z.string()),
    trackingKeyHint: z.string().nullable().describe('The last characters of the current tracking key; null until one is made'),
    can: z.object({ edit: z.boolean() }),
  })
  .meta({ id: 'ReferralSettings' });

const ZLink = z
  .object({
    id: z.uuid(),
    partnerId: z.uuid(),
    partnerName: z.string(),
    code: z.string(),
    url: z.string().describe('The short link to share: it redirects to destinationUrl'),
    destinationUrl: z.string(),
    label: z.string(),
    active: z.boolean(),
    clicks: z.number().int(),
    createdAt: z.date(),
    can: z.object({ archive: z.boolean() }),
  })
  .meta({ id: 'ReferralLink' });

const ZConversion = z
  .object({
    id: z.uuid(),
    partnerId: z.uuid(),
    partnerName: z.string(),
    kind: z.enum(CONVERSION_KINDS),
    customerRef: z.string(),
    customerDomain: z.string().nullable(),
    amount: ZMoneyOut.nullable().describe('The first payment (customers)'),
    via: z.string().describe('earlier | click | code: what attributed it'),
    linkCode: z.string().nullable(),
    occurredAt: z.date(),
  })
  .meta({ id: 'ReferralConversion' });

const ZCommission = z
  .object({
    id: z.uuid(),
    partnerId: z.uuid(),
    partnerName: z.string(),
    customerRef: z.string(),
    base: ZMoneyOut,
    ratePercent: z.number(),
    commission: ZMoneyOut,
    status: z.enum(COMMISSION_STATUSES),
    accruedAt: z.date(),
    approvedAt: z.date().nullable(),
    can: z.object({ approve: z.boolean() }),
  })
  .meta({ id: 'ReferralCommission' });

const ZSubmission = z
  .object({
    id: z.uuid(),
    partnerId: z.uuid(),
    partnerName: z.string(),
    companyName: z.string(),
    domain: z.string().nullable(),
    contactName: z.string(),
    contactEmail: z.string(),
    note: z.string(),
    status: z.enum(SUBMISSION_STATUSES).describe('Follows its lead: accepted, converted, rejected when disqualified'),
    leadId: z.uuid().nullable().describe('The lead it became'),
    submittedAt: z.date(),
  })
  .meta({ id: 'ReferralSubmission' });

const ZSummary = z
  .object({
    partners: z.array(
      z.object({
        partnerId: z.uuid(),
        partnerName: z.string(),
        links: z.number().int(),
        clicks: z.number().int(),
        clicks90d: z.number().int(),
        signups: z.number().int(),
        customers: z.number().int(),
        commissions: z.array(ZMoneyOut),
      }),
    ),
    months: z.array(
      z.object({ month: z.string(), clicks: z.number().int(), signups: z.number().int(), customers: z.number().int() }),
    ),
  })
  .meta({ id: 'ReferralSummary' });

const ZTrackBase = {
  key: zString(100).min(1, 'is required').describe('The organisation’s referral tracking key'),
  ref: zString(64).optional().describe('The visitor’s referral token (the consort_ref cookie or query parameter)'),
  code: zString(32).optional().describe('A referral code the customer typed'),
  customer: z.strictObject({
    id: zText(200).describe('The customer’s id on the vendor’s side'),
    domain: zString(253).optional().describe('The customer’s e-mail or web domain'),
  }),
};
const ZAccepted = z.object({ accepted: z.literal(true) }).meta({ id: 'ReferralTrackAccepted' });
const TRACK_DESCRIPTION =
  'Called by the vendor’s site (no sign-in) with the organisation’s tracking key. The answer is the same whether or not a ' +
  'partner is credited; a wrong key is 400 with a detail naming `key`; more than 600 calls an hour from one address is 429 with Retry-After.';

export const referralRoutes = [
  // ——— Public tracking ———
  defineRoute({
    method: 'GET',
    url: '/r/:code',
    summary: 'Follow a referral link (public): counts the click and redirects to the vendor’s page',
    description:
      'Sets the first-party referral cookie (consort_ref) for the cookie window unless the visitor already holds one inside ' +
      'it (first touch), and redirects (302) to the link’s destination with `consort_ref` added. An unknown or archived ' +
      'code is 404; clicks beyond 120 an hour from one address still redirect but are not counted.',
    tags: TAGS,
    access: access.public(),
    target: 'referralCode',
    params: z.object({ code: zString(64) }),
    handler: async ({ ctx, params, req, reply, config }) => {
      const cookies = (req as unknown as { cookies?: Record<string, string | undefined> }).cookies ?? {};
      const outcome = await trackClick(ctx.db, params.code, cookies[REFERRAL_COOKIE], req.ip);
      if (outcome.setCookie) {
        reply.setCookie(REFERRAL_COOKIE, outcome.token, {
          path: '/',
          sameSite: 'lax',
          httpOnly: false,
          secure: isSecureRequest(req, config),
          maxAge: outcome.maxAgeSeconds,
        });
      }
      reply.header('cache-control', 'no-store');
      reply.header('referrer-policy', 'no-referrer');
      return reply.redirect(outcome.location, 302);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/referrals/track/signup',
    summary: 'Report a sign-up from the vendor’s site (public, tracking key)',
    description: TRACK_DESCRIPTION,
    tags: TAGS,
    access: access.public(),
    status: 202,
    body: z.strictObject(ZTrackBase),
    response: ZAccepted,
    example: (refs) => ({
      key: 'rk_example',
      ref: 'unknown',
      customer: { id: `cust-${refs.unique}`, domain: 'initech.example' },
    }),
    handler: async ({ ctx, body, req }) => trackConversion(ctx.db, 'signup', body, req.ip),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/referrals/track/customer',
    summary: 'Report a customer’s first payment from the vendor’s site (public, tracking key)',
    description: `${TRACK_DESCRIPTION} A credited customer accrues the partner’s commission at its program’s rate.`,
    tags: TAGS,
    access: access.public(),
    status: 202,
    body: z.strictObject({
      ...ZTrackBase,
      amount: z.number().int('must be whole minor units').min(0, 'must not be negative').max(1e13, 'is too large'),
      currency: ZCurrency,
      paidAt: zDateTime().optional(),
    }),
    response: ZAccepted,
    example: (refs) => ({ key: 'rk_example', customer: { id: `cust-${refs.unique}` }, amount: 120_000, currency: 'USD' }),
    handler: async ({ ctx, body, req }) =>
      trackConversion(ctx.db, 'customer', { ...body, occurredAt: body.paidAt ? new Date(body.paidAt) : undefined }, req.ip),
  }),
  // ——— Settings ———
  defineRoute({
    method: 'GET',
    url: '/api/v1/referrals/settings',
    summary: 'The referral program settings: cookie window, allowed destinations, tracking key hint',
    tags: TAGS,
    access: access.roles(VENDOR_ROLES, { scope: 'none' }),
    permission: 'referralSettings.read',
    response: ZSettings,
    handler: async ({ ctx }) => getReferralSettings(ctx),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/v1/referrals/settings',
    summary: 'Change the cookie window or the allowed destination domains',
    tags: TAGS,
    access: access.roles(['admin'], { scope: 'none' }),
    permission: 'referralSettings.edit',
    body: z.strictObject({
      cookieDays: z
        .number()
        .int('must be whole days')
        .min(MIN_COOKIE_DAYS, `must be ${MIN_COOKIE_DAYS} to ${MAX_COOKIE_DAYS} days`)
        .max(MAX_COOKIE_DAYS, `must be ${MIN_COOKIE_DAYS} to ${MAX_COOKIE_DAYS} days`)
        .optional(),
      allowedDomains: z.array(zString(253)).max(50, 'at most 50 domains').optional(),
    }),
    response: ZSettings,
    example: () => ({ cookieDays: 90, allowedDomains: ['example.com', 'consort.example'] }),
    handler: async ({ ctx, body }) => updateReferralSettings(ctx, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/referrals/settings/tracking-key',
    summary: 'Make a new tracking key (shown once; the old one stops working)',
    tags: TAGS,
    access: access.roles(['admin'], { scope: 'none' }),
    permission: 'referralSettings.edit',
    response: z.object({ key: z.string(), settings: ZSettings }).meta({ id: 'ReferralTrackingKey' }),
    handler: async ({ ctx }) => rotateTrackingKey(ctx),
  }),
  // ——— Figures ———
  defineRoute({
    method: 'GET',
    url: '/api/v1/referrals/summary',
    summary: 'Referral figures per partner (links, clicks, sign-ups, customers, commissions) and per month',
    tags: TAGS,
    access: access.roles(EVERYONE, { scope: 'partner' }),
    permission: 'referral.read',
    query: z.object({ partnerId: ZIdList.optional() }),
    response: ZSummary,
    handler: async ({ ctx, query }) => referralSummary(ctx, query),
  }),
  // ——— Links ———
  defineRoute({
    method: 'GET',
    url: '/api/v1/referral-links',
    summary: 'Referral links, newest first',
    tags: TAGS,
    access: access.roles(EVERYONE, { scope: 'partner' }),
    permission: 'referralLink.read',
    query: z.object({ limit: ZLimit, cursor: ZCursor, partnerId: ZIdList.optional(), active: ZQueryBoolean.optional() }),
    response: z.object({ data: z.array(ZLink), nextCursor: z.string().nullable() }),
    export: { omit: ['can'] },
    handler: async ({ ctx, query, config }) => listReferralLinks(ctx, query, config.publicUrl),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/referral-links',
    summary: 'Make a referral link for a partner',
    description:
      'The destination must be an https page on one of the allowed domains (referral settings): never an open redirect ' +
      '(422 naming `destinationUrl`). Without a `code`, one is made from the partner’s name; a taken code is 409 naming `code`.',
    tags: TAGS,
    access: access.roles(LINK_MAKERS, { scope: 'partner' }),
    permission: 'referralLink.create',
    bodyTarget: true,
    status: 201,
    body: z.strictObject({
      partnerId: ZId.optional(),
      destinationUrl: zText(2000),
      label: zOptionalText(200).optional(),
      code: zString(32).optional(),
    }),
    response: ZLink,
    example: (refs) => ({ partnerId: refs.partnerId, destinationUrl: 'https://www.example.com/pricing', label: 'Pricing page' }),
    handler: async ({ ctx, body, config }) => createReferralLink(ctx, body, config.publicUrl),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/referral-links/:id/archive',
    summary: 'Archive a referral link (its short link stops redirecting; its figures stay)',
    tags: TAGS,
    access: access.roles(LINK_MAKERS, { scope: 'partner' }),
    permission: 'referralLink.edit',
    target: 'referralLink',
    params: ZIdParams,
    response: ZLink,
    handler: async ({ ctx, params, config }) => archiveReferralLink(ctx, params.id, config.publicUrl),
  }),
  // ——— Conversions and commissions ———
  defineRoute({
    method: 'GET',
    url: '/api/v1/referral-conversions',
    summary: 'Sign-ups and paying customers attributed to partners, newest first',
    tags: TAGS,
    access: access.roles(EVERYONE, { scope: 'partner' }),
    permission: 'referral.read',
    query: z.object({ limit: ZLimit, cursor: ZCursor, partnerId: ZIdList.optional(), kind: zAnyOf(CONVERSION_KINDS).optional() }),
    response: z.object({ data: z.array(ZConversion), nextCursor: z.string().nullable() }),
    handler: async ({ ctx, query }) => listReferralConversions(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/referral-commissions',
    summary: 'Commissions accrued on referred customers (a ledger), newest first',
    tags: TAGS,
    access: access.roles(EVERYONE, { scope: 'partner' }),
    permission: 'referralCommission.read',
    query: z.object({
      limit: ZLimit,
      cursor: ZCursor,
      partnerId: ZIdList.optional(),
      status: zAnyOf(COMMISSION_STATUSES).optional(),
    }),
    response: z.object({ data: z.array(ZCommission), nextCursor: z.string().nullable() }),
    export: { omit: ['can'] },
    handler: async ({ ctx, query }) => listReferralCommissions(ctx, query),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/referral-commissions/:id/approve',
    summary: 'Approve an accrued commission: it enters the earnings ledger and a payout batch pays it',
    tags: TAGS,
    access: access.roles(['admin', 'finance'], { scope: 'none' }),
    permission: 'referralCommission.approve',
    target: 'referralCommission',
    params: ZIdParams,
    response: ZCommission,
    handler: async ({ ctx, params }) => approveReferralCommission(ctx, params.id),
  }),
  // ——— Submitted referrals ———
  defineRoute({
    method: 'GET',
    url: '/api/v1/referral-submissions',
    summary: 'Customers partners referred by hand, newest first',
    tags: TAGS,
    access: access.roles(EVERYONE, { scope: 'partner' }),
    permission: 'referralSubmission.read',
    query: z.object({
      limit: ZLimit,
      cursor: ZCursor,
      partnerId: ZIdList.optional(),
      status: zAnyOf(SUBMISSION_STATUSES).optional(),
    }),
    response: z.object({ data: z.array(ZSubmission), nextCursor: z.string().nullable() }),
    handler: async ({ ctx, query }) => listReferralSubmissions(ctx, query),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/referral-submissions',
    summary: 'Refer a customer (company, domain, contact, note)',
    description:
      'A partner’s people refer for their own company; vendor staff on a partner’s behalf name it. Emits `referral.submitted` ' +
      '(the leads module makes it a lead).',
    tags: TAGS,
    access: access.roles(SUBMITTERS, { scope: 'partner' }),
    permission: 'referralSubmission.create',
    bodyTarget: true,
    status: 201,
    body: z.strictObject({
      partnerId: ZId.optional(),
      companyName: zText(200),
      domain: zString(253).optional(),
      contactName: zOptionalText(200).optional(),
      contactEmail: ZEmail.optional(),
      note: zOptionalText(2000).optional(),
    }),
    response: ZSubmission,
    example: (refs) => ({
      partnerId: refs.partnerId,
      companyName: `Initech ${refs.unique}`,
      domain: `initech-${refs.unique}.example`,
      contactName: 'Peter Gibbons',
      contactEmail: 'peter@initech.example',
      note: 'Evaluating a platform switch next quarter.',
    }),
    handler: async ({ ctx, body }) => submitReferral(ctx, body),
  }),
];
