import { z } from 'zod';
import { sortValues } from '../../db/keyset.js';
import { access, defineRoute } from '../../server/route.js';
import {
  TEXT_CHECK,
  ZCursor,
  ZId,
  ZIdList,
  ZIdParams,
  ZLimit,
  zAnyOf,
  zCountry,
  zOptionalText,
  zPage,
  zString,
  zText,
} from '../../server/schemas.js';
import { countryCodeProblem, retiredCountryCode } from '../../shared/locale.js';
import { ROLES, VENDOR_ROLES } from '../../shared/roles.js';
import { ZFit } from './fit.routes.js';
import { createContact, deleteContact, listContacts, updateContact } from './partner-contacts.service.js';
import {
  COMPANY_SIZES,
  CONTACT_INFLUENCES,
  CONTACT_SIDES,
  DESIGNATIONS,
  LIFECYCLE_STAGES,
  MOTIONS,
  normalizeDomain,
  PARTNER_STATUSES,
  PARTNER_TYPES,
  REGIONS,
} from './partners.rules.js';
import {
  createPartner,
  deletePartner,
  getPartner,
  listPartners,
  listStageTransitions,
  partnerStats,
  transitionStage,
  updatePartner,
} from './partners.service.js';

const ZPersonRef = z.object({ id: z.uuid(), name: z.string(), email: z.string(), role: z.enum(ROLES) }).meta({ id: 'PersonRef' });

export const ZPartner = z
  .object({
    id: z.uuid(),
    name: z.string(),
    legalName: z.string(),
    website: z.string(),
    description: z.string(),
    domains: z.array(z.string()),
    types: z.array(z.enum(PARTNER_TYPES)),
    motion: z.enum(MOTIONS),
    designation: z.enum(DESIGNATIONS),
    country: z.string().nullable(),
    regions: z.array(z.enum(REGIONS)),
    industries: z.array(z.string()),
    companySize: z.enum(COMPANY_SIZES).nullable(),
    status: z.enum(PARTNER_STATUSES),
    tags: z.array(z.string()),
    segment: z.string(),
    lifecycleStage: z.enum(LIFECYCLE_STAGES),
    lifecycleStageChangedAt: z.date(),
    nextStages: z
      .array(
        z.object({
          toStage: z.enum(LIFECYCLE_STAGES).describe('Send it as `toStage` to POST /partners/{id}/stage-transitions'),
          stage: z
            .enum(LIFECYCLE_STAGES)
            .meta({ deprecated: true, description: 'Deprecated: the same as `toStage`, kept for clients written before it' }),
          needsReason: z.boolean(),
        }),
      )
      .describe('The stages the caller may move this partner to now, and whether the move needs a reason'),
    can: z
      .object({
        edit: z.boolean(),
        editVendorFields: z.boolean(),
        delete: z.boolean(),
        changeStage: z.boolean(),
        manageContacts: z.boolean(),
      })
      .describe('What the caller may do to this partner now'),
    tierId: z.uuid().nullable(),
    tier: z.object({ id: z.uuid(), name: z.string(), rank: z.number().int(), color: z.string() }).nullable(),
    ownerId: z.uuid().nullable(),
    owner: ZPersonRef.nullable(),
    executiveSponsorId: z.uuid().nullable(),
    executiveSponsor: ZPersonRef.nullable(),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'Partner' });

/** A create or update answers the partner with anything the caller should look at again. */
const ZSavedPartner = ZPartner.extend({
  warnings: z
    .array(z.object({ path: z.string(), message: z.string() }))
    .describe(
      "Saved, but worth a second look: a name much like an existing partner's gives " +
        '`{path: "name", message: "Similar to existing partner …"}` (to vendor staff only)',
    ),
}).meta({ id: 'SavedPartner' });

const ZCountry = zCountry();

const zOneOrMoreCountries = z.union([zString(2000), z.array(zString(2000))]).transform((raw, ctx) => {
  const codes = (Array.isArray(raw) ? raw : [raw]).flatMap((v) => v.split(',')).map((v) => v.trim().toUpperCase());
  const wrong = codes.find((code) => countryCodeProblem(code) !== null);
  if (codes.length === 0 || wrong !== undefined) {
    ctx.addIssue({
      code: 'custom',
      message:
        wrong && retiredCountryCode(wrong)
          ? `${wrong} ${countryCodeProblem(wrong)}`
          : 'must be one or more ISO 3166-1 alpha-2 country codes, comma-separated or repeated',
    });
    return z.NEVER;
  }
  return [...new Set(codes)];
});

const ZWebsite = z.union([
  z.literal(''),
  z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
    .max(300)
    .check(TEXT_CHECK),
]);

/**
 * A company domain as typed ("https://www.Acme.example/contact"), normalised to the host that
 * identifies the company ("acme.example"). Checked here rather than in the service so that a bad
 * domain is reported together with every other field error of the request. Positions are kept
 * (duplicates are merged by the service), so a later error about `domains.N` means what was sent.
 */
const ZDomain = zString(253).transform((raw, ctx) => {
  const domain = normalizeDomain(raw);
  if (domain) return domain;
  ctx.addIssue({ code: 'custom', message: `"${raw}" is not a domain name` });
  return z.NEVER;
});

const uniqueList = <T>(list: T[]) => [...new Set(list)];

const partnerFields = {
  name: zText(200),
  legalName: zOptionalText(200).optional(),
  website: ZWebsite.optional(),
  description: zOptionalText(5000).optional(),
  domains: z.array(ZDomain).max(20, 'at most 20 domains').optional(),
  types: z
    .array(z.enum(PARTNER_TYPES, { error: `must be one of ${PARTNER_TYPES.join(', ')}` }))
    .max(20)
    .transform(uniqueList)
    .optional(),
  motion: z.enum(MOTIONS, { error: 'must be channel or alliance' }),
  designation: z.enum(DESIGNATIONS, { error: `must be one of ${DESIGNATIONS.join(', ')}` }).optional(),
  country: ZCountry.nullable().optional(),
  regions: z.array(z.enum(REGIONS)).max(REGIONS.length).transform(uniqueList).optional(),
  industries: z.array(zText(100)).max(20).transform(uniqueList).optional(),
  companySize: z.enum(COMPANY_SIZES).nullable().optional(),
  status: z.enum(PARTNER_STATUSES).optional(),
  tags: z.array(zText(50)).max(30).transform(uniqueList).optional(),
  segment: zOptionalText(100).optional(),
  tierId: ZId.nullable().optional(),
  ownerId: ZId.nullable().optional(),
  executiveSponsorId: ZId.nullable().optional(),
};

const ZPartnerCreate = z.strictObject({
  ...partnerFields,
  lifecycleStage: z.enum(LIFECYCLE_STAGES).optional(),
});

const ZPartnerPatch = z.strictObject(partnerFields).partial();

const PARTNER_SORTS = sortValues(['name', 'createdAt', 'updatedAt', 'lifecycleStageChangedAt', 'fit'] as const);

const ZPartnerQuery = z.object({
  limit: ZLimit,
  cursor: ZCursor,
  sort: z.enum(PARTNER_SORTS).default('name'),
  q: zString(200).optional(),
  type: zAnyOf(PARTNER_TYPES).optional(),
  motion: zAnyOf(MOTIONS).optional(),
  designation: zAnyOf(DESIGNATIONS).optional(),
  tierId: ZIdList.optional(),
  lifecycleStage: zAnyOf(LIFECYCLE_STAGES).optional(),
  ownerId: ZIdList.optional(),
  status: zAnyOf(PARTNER_STATUSES).optional(),
  country: zOneOrMoreCountries.optional(),
  minFit: z.coerce
    .number({ error: 'must be a number from 0 to 100' })
    .int('must be a whole number')
    .min(0, 'must be a number from 0 to 100')
    .max(100, 'must be a number from 0 to 100')
    .optional()
    .describe('Vendor staff: only partners whose fit against the Ideal Partner Profile is at least this'),
});

/** A row of the partners list: vendor staff also see its fit (sort `fit`, filter `minFit`). */
const ZPartnerListItem = ZPartner.extend({
  fit: ZFit.optional().describe('Vendor staff only: the fit against the Ideal Partner Profile, with its reasons'),
}).meta({ id: 'PartnerListItem' });

const ZContact = z
  .object({
    id: z.uuid(),
    partnerId: z.uuid(),
    name: z.string(),
    email: z.string(),
    phone: z.string(),
    title: z.string(),
    side: z.enum(CONTACT_SIDES),
    role: z.string(),
    influence: z.enum(CONTACT_INFLUENCES),
    isPrimary: z.boolean(),
    isExecutiveSponsor: z.boolean(),
    notes: z.string(),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'PartnerContact' });

const ZContactInput = z.strictObject({
  name: zText(120),
  email: z.union([z.literal(''), z.email({ error: 'must be an e-mail address' }).max(254).check(TEXT_CHECK)]).optional(),
  phone: zOptionalText(40).optional(),
  title: zOptionalText(120).optional(),
  side: z.enum(CONTACT_SIDES).optional(),
  role: zOptionalText(60).optional(),
  influence: z.enum(CONTACT_INFLUENCES).optional(),
  isPrimary: z.boolean().optional(),
  isExecutiveSponsor: z.boolean().optional(),
  notes: zOptionalText(2000).optional(),
});

const ZContactParams = z.object({ id: ZId, contactId: ZId });

export const ZStageTransition = z
  .object({
    id: z.uuid(),
    partnerId: z.uuid(),
    fromStage: z.enum(LIFECYCLE_STAGES).nullable(),
    toStage: z.enum(LIFECYCLE_STAGES),
    reason: z.string(),
    actorId: z.uuid().nullable(),
    actor: ZPersonRef.nullable(),
    occurredAt: z.date(),
  })
  .meta({ id: 'StageTransition' });

export const ZStageTransitionCreated = ZStageTransition.extend({
  partner: ZPartner.describe('The partner after the move: its new stage, the moves it allows now and what the caller may do'),
}).meta({ id: 'StageTransitionCreated' });

const ZCount = z.object({ key: z.string(), count: z.number().int() });

/** Who may try to change a partner and its contacts; the policy decides which (partners.policy.ts). */
const PARTNER_EDITORS = ['admin', 'partner_manager', 'partner_admin'] as const;

export const partnerRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/partners',
    summary: 'List partners: search, filter, sort and page',
    description:
      '`q` matches name, legal name or an exact domain. Filters take one or more values (comma-separated or repeated) ' +
      'and match any of them; different filters must all match. Partner users see only their own company.',
    tags: ['partners'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'partner.read',
    query: ZPartnerQuery,
    response: zPage(ZPartnerListItem),
    // The fit as its score; partner users' files have no fit column (their rows have no fit).
    export: { pick: { fit: 'score' }, staffOnly: ['fit'] },
    handler: async ({ ctx, query }) => listPartners(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/partners/stats',
    summary: 'Portfolio counts by stage, motion, designation, tier and type',
    tags: ['partners'],
    access: access.roles(VENDOR_ROLES, { scope: 'none' }),
    permission: 'partner.report',
    response: z.object({
      total: z.number().int(),
      byStage: z.array(ZCount),
      byMotion: z.array(ZCount),
      byDesignation: z.array(ZCount),
      byTier: z.array(ZCount),
      byType: z.array(ZCount),
    }),
    handler: async ({ ctx }) => partnerStats(ctx),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/partners',
    summary: 'Create a partner',
    description:
      'A partner manager who names no owner becomes the owner. A domain another partner claims answers 409 naming ' +
      "`domains.N`. A name much like an existing partner's is saved, with a warning in `warnings`.",
    tags: ['partners'],
    access: access.roles(['admin', 'partner_manager'], { scope: 'none' }),
    permission: 'partner.create',
    status: 201,
    body: ZPartnerCreate,
    response: ZSavedPartner,
    example: (refs) => ({
      name: `Northwind Systems ${refs.unique}`,
      domains: [`northwind-${refs.unique}.example`],
      types: ['reseller', 'msp'],
      motion: 'channel',
      designation: 'standard',
      country: 'US',
    }),
    handler: async ({ ctx, body }) => createPartner(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/partners/:id',
    summary: 'Get a partner',
    tags: ['partners'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'partner.read',
    target: 'partner',
    params: ZIdParams,
    response: ZPartner,
    handler: async ({ ctx, params }) => getPartner(ctx, params.id),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/partners/:id',
    summary: 'Change a partner',
    description:
      "A partner's own admin may change only its profile (legal name, website, description, country, regions, " +
      'industries, size); other fields answer 403 naming them.',
    tags: ['partners'],
    access: access.roles(PARTNER_EDITORS, { scope: 'partner' }),
    permission: 'partner.edit',
    target: 'partner',
    params: ZIdParams,
    body: ZPartnerPatch,
    response: ZSavedPartner,
    example: () => ({ description: 'Cloud and security reseller for the mid-market.' }),
    handler: async ({ ctx, params, body }) => updatePartner(ctx, params.id, body),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/partners/:id',
    summary: 'Delete a partner and its contacts (refused while it has users)',
    tags: ['partners'],
    access: access.roles(['admin'], { scope: 'partner' }),
    permission: 'partner.delete',
    target: 'partner',
    params: ZIdParams,
    status: 204,
    handler: async ({ ctx, params }) => deletePartner(ctx, params.id),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/partners/:id/stage-transitions',
    summary: "The partner's lifecycle stage history, oldest first",
    tags: ['partners'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'partner.read',
    target: 'partner',
    params: ZIdParams,
    response: z.object({ data: z.array(ZStageTransition) }),
    handler: async ({ ctx, params }) => ({ data: await listStageTransitions(ctx, params.id) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/partners/:id/stage-transitions',
    summary: 'Move a partner to another lifecycle stage',
    description:
      'Forward along prospect → qualified → onboarding → enabled → active → strategic; back one stage, into ' +
      'off-boarding, out of off-boarding (terminated or retained as active) and re-recruiting a terminated ' +
      'partner need a reason. Other moves answer 422 INVALID_TRANSITION. Answers the transition it recorded, ' +
      'with the partner as it is now under `partner`.',
    tags: ['partners'],
    access: access.roles(['admin', 'partner_manager'], { scope: 'partner' }),
    permission: 'partner.changeStage',
    target: 'partner',
    params: ZIdParams,
    status: 201,
    body: z.strictObject({ toStage: z.enum(LIFECYCLE_STAGES), reason: zOptionalText(1000).optional() }),
    response: ZStageTransitionCreated,
    example: () => ({ toStage: 'offboarding', reason: 'Partner asked to end the agreement' }),
    handler: async ({ ctx, params, body }) => transitionStage(ctx, params.id, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/partners/:id/contacts',
    summary: "The partner's contacts and stakeholders",
    tags: ['partners'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'contact.read',
    target: 'partner',
    params: ZIdParams,
    response: z.object({ data: z.array(ZContact) }),
    handler: async ({ ctx, params }) => ({ data: await listContacts(ctx, params.id) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/partners/:id/contacts',
    summary: 'Add a contact',
    tags: ['partners'],
    access: access.roles(PARTNER_EDITORS, { scope: 'partner' }),
    permission: 'contact.create',
    target: 'partner',
    params: ZIdParams,
    status: 201,
    body: ZContactInput,
    response: ZContact,
    example: (refs) => ({
      name: 'Dana Whitfield',
      email: `dana.${refs.unique}@example.com`,
      title: 'VP Alliances',
      role: 'alliance_manager',
    }),
    handler: async ({ ctx, params, body }) => createContact(ctx, params.id, body),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/partners/:id/contacts/:contactId',
    summary: 'Change a contact',
    tags: ['partners'],
    access: access.roles(PARTNER_EDITORS, { scope: 'partner' }),
    permission: 'contact.edit',
    target: 'contact',
    params: ZContactParams,
    body: ZContactInput.partial(),
    response: ZContact,
    example: () => ({ influence: 'high' }),
    handler: async ({ ctx, params, body }) => updateContact(ctx, params.id, params.contactId, body),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/partners/:id/contacts/:contactId',
    summary: 'Remove a contact',
    tags: ['partners'],
    access: access.roles(PARTNER_EDITORS, { scope: 'partner' }),
    permission: 'contact.delete',
    target: 'contact',
    params: ZContactParams,
    status: 204,
    handler: async ({ ctx, params }) => deleteContact(ctx, params.id, params.contactId),
  }),
];
