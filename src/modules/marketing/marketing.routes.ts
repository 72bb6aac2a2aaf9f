import { z } from 'zod';
import { access, defineRoute } from '../../server/route.js';
import {
  ZCursor,
  ZEmail,
  ZId,
  ZIdParams,
  ZLimit,
  ZOk,
  zAnyOf,
  zOptionalText,
  zPage,
  zString,
  zText,
} from '../../server/schemas.js';
import { PARTNER_ROLES, VENDOR_ROLES } from '../../shared/roles.js';
import { KIT_STATUSES, LAUNCH_STATUSES, MAX_DELAY_DAYS, MAX_STEPS } from './marketing.rules.js';
import {
  addSuppression,
  cancelLaunch,
  createAudience,
  createKit,
  describeUnsubscribe,
  getKit,
  getLaunch,
  landingLogo,
  landingPage,
  launchKit,
  listAudiences,
  listContacts,
  listKits,
  listLaunches,
  listOffers,
  listSuppressions,
  marketingSummary,
  moveKit,
  previewOffer,
  removeSuppression,
  submitLanding,
  trackClick,
  trackOpen,
  unsubscribe,
  updateKit,
  uploadContacts,
} from './marketing.service.js';

const TAGS = ['marketing'];
const EVERYONE = [...VENDOR_ROLES, ...PARTNER_ROLES];
const KIT_WRITERS = ['admin', 'partner_manager'] as const;

const ZStep = z.strictObject({
  subject: zText(200),
  body: zText(10_000).describe(
    'Plain text; blank lines separate paragraphs; merge fields such as {{contact.firstName}}, {{partner.name}}',
  ),
  delayDays: z
    .number()
    .int('must be whole days')
    .min(0, 'must not be negative')
    .max(MAX_DELAY_DAYS, `must be at most ${MAX_DELAY_DAYS} days`),
});
const ZLanding = z.strictObject({ headline: zText(200), body: zText(5_000), cta: zText(60) });
const ZStepOut = z.object({ subject: z.string(), body: z.string(), delayDays: z.number() }).meta({ id: 'MarketingKitStep' });
const ZLandingOut = z.object({ headline: z.string(), body: z.string(), cta: z.string() }).meta({ id: 'MarketingLandingPage' });

const ZKitBody = {
  name: zText(120),
  description: zOptionalText(2_000).optional(),
  programId: ZId.nullable().optional().describe('Offer only to members of this program (null: every partner)'),
  tierIds: z.array(ZId).max(20, 'at most 20 tiers').optional().describe('…and only at these tiers of it (empty: any)'),
  steps: z.array(ZStep).max(MAX_STEPS, `at most ${MAX_STEPS} e-mails`),
  landing: ZLanding,
};

const ZMoneyOut = z.object({ amount: z.number().int(), currency: z.string() });
const ZResults = z
  .object({
    asOf: z.string().describe('Today in the organisation’s time zone: open pipeline is converted at this date'),
    reportingCurrency: z.string(),
    leads: z.number().describe('Leads captured on the landing page'),
    convertedLeads: z.number().describe('…of which converted into an opportunity'),
    opportunities: z.number(),
    openOpportunities: z.number(),
    wonOpportunities: z.number(),
    pipeline: ZMoneyOut.nullable().describe('Open opportunities’ amounts, reporting currency; null when a rate is missing'),
    won: ZMoneyOut.nullable().describe('Won opportunities’ amounts at their close dates’ rates; null when a rate is missing'),
  })
  .meta({ id: 'MarketingResults' });

const ZKit = z
  .object({
    id: z.uuid(),
    name: z.string(),
    description: z.string(),
    status: z.enum(KIT_STATUSES),
    programId: z.uuid().nullable(),
    tierIds: z.array(z.uuid()),
    steps: z.array(ZStepOut),
    landing: ZLandingOut,
    approvedAt: z.date().nullable(),
    retiredAt: z.date().nullable(),
    createdAt: z.date(),
    updatedAt: z.date(),
    usage: z.object({ launches: z.number(), partners: z.number(), sent: z.number(), leads: z.number() }),
    results: ZResults,
    can: z.object({ edit: z.boolean(), approve: z.boolean(), retire: z.boolean(), launch: z.boolean() }),
  })
  .meta({ id: 'MarketingKit' });

const ZOffer = z
  .object({
    id: z.uuid(),
    name: z.string(),
    description: z.string(),
    steps: z.array(ZStepOut),
    landing: ZLandingOut,
    approvedAt: z.date().nullable(),
    can: z.object({ launch: z.boolean() }),
  })
  .meta({ id: 'MarketingOffer' });

const ZPreview = z
  .object({
    partnerName: z.string(),
    logoUrl: z.string().nullable(),
    steps: z.array(
      z.object({ step: z.number(), sendOnDay: z.number(), subject: z.string(), html: z.string(), text: z.string() }),
    ),
    landing: ZLandingOut,
  })
  .meta({ id: 'MarketingPreview' });

const ZAudience = z
  .object({
    id: z.uuid(),
    partnerId: z.uuid(),
    name: z.string(),
    contacts: z.number(),
    unsubscribed: z.number(),
    createdAt: z.date(),
    updatedAt: z.date(),
    can: z.object({ edit: z.boolean(), launch: z.boolean(), readContacts: z.boolean() }),
  })
  .meta({ id: 'MarketingAudience' });

const ZAudienceUpload = z
  .object({ audience: ZAudience, added: z.number(), duplicates: z.number(), alreadyThere: z.number() })
  .meta({ id: 'MarketingAudienceUpload' });

const ZContact = z
  .object({
    id: z.uuid(),
    partnerId: z.uuid(),
    email: z.string(),
    firstName: z.string(),
    lastName: z.string(),
    company: z.string(),
    consent: z.enum(['subscribed', 'unsubscribed']),
    suppressed: z.boolean(),
    unsubscribedAt: z.date().nullable(),
    createdAt: z.date(),
  })
  .meta({ id: 'MarketingContact' });

const ZSuppression = z
  .object({
    id: z.uuid(),
    partnerId: z.uuid().nullable(),
    email: z.string(),
    reason: z.string(),
    scope: z.enum(['organisation', 'partner']),
    createdAt: z.date(),
    can: z.object({ delete: z.boolean() }),
  })
  .meta({ id: 'MarketingSuppression' });

const ZFigures = z.object({
  contacts: z.number(),
  scheduled: z.number(),
  sent: z.number(),
  skipped: z.number(),
  opened: z.number(),
  clicked: z.number(),
  unsubscribed: z.number(),
  visits: z.number(),
  leads: z.number(),
  openRate: z.number().nullable(),
  clickRate: z.number().nullable(),
});

const ZLaunch = z
  .object({
    id: z.uuid(),
    partnerId: z.uuid(),
    partnerName: z.string(),
    kitId: z.uuid(),
    kitName: z.string(),
    audienceId: z.uuid().nullable(),
    audienceName: z.string().nullable(),
    name: z.string(),
    status: z.enum(LAUNCH_STATUSES),
    landingUrl: z.string(),
    landingVisits: z.number(),
    launchedAt: z.date(),
    completedAt: z.date().nullable(),
    nextSendAt: z.date().nullable(),
    createdAt: z.date(),
    updatedAt: z.date(),
    figures: ZFigures,
    results: ZResults,
    steps: z.array(
      z.object({
        step: z.number(),
        subject: z.string(),
        delayDays: z.number(),
        sent: z.number(),
        opened: z.number(),
        clicked: z.number(),
        skipped: z.number(),
      }),
    ),
    can: z.object({ cancel: z.boolean() }),
  })
  .meta({ id: 'MarketingLaunch' });

const ZLaunchDetail = ZLaunch.extend({
  leads: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      company: z.string(),
      capturedAt: z.date(),
      leadId: z.uuid().nullable(),
      leadNumber: z.string().nullable(),
      leadStatus: z.string().nullable(),
      opportunity: z
        .object({ id: z.uuid(), title: z.string(), stage: z.string(), amount: ZMoneyOut, closeDate: z.string() })
        .nullable(),
    }),
  ),
}).meta({ id: 'MarketingLaunchDetail' });

const ZSummary = z
  .object({
    partnerId: z.uuid().nullable().describe('The caller’s company (null: vendor staff, the whole programme)'),
    kitsOffered: z.number(),
    launchesRunning: z.number(),
    launches: z.number(),
    sent: z.number(),
    opened: z.number(),
    clicked: z.number(),
    leads: z.number(),
    leads90d: z.number(),
    nextSendAt: z.date().nullable(),
  })
  .meta({ id: 'MarketingSummary' });

const ZUnsubscribed = z
  .object({ email: z.string().describe('Masked'), partnerName: z.string(), unsubscribed: z.boolean() })
  .meta({ id: 'MarketingUnsubscribe' });

const ZLandingPublic = z
  .object({
    partnerName: z.string(),
    vendorName: z.string(),
    logoUrl: z.string().nullable(),
    headline: z.string(),
    body: z.string(),
    cta: z.string(),
    open: z.boolean(),
  })
  .meta({ id: 'MarketingLandingPublic' });

const ZToken = z.object({ token: zString(200) });
const ZKitParams = z.object({ id: ZId, kitId: ZId });

const EXAMPLE_KIT = (unique: string) => ({
  name: `Spring webinar ${unique}`,
  description: 'Invite customers to the analytics webinar',
  steps: [
    { subject: 'Hi {{contact.firstName}}: analytics in 30 minutes', body: 'Join {{partner.name}} for a webinar.', delayDays: 0 },
    { subject: 'Last seats, {{contact.firstName}}', body: 'Seats are going fast.', delayDays: 3 },
  ],
  landing: { headline: 'Analytics in 30 minutes', body: 'Sign up with {{partner.name}}.', cta: 'Save my seat' },
});

const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

export const marketingRoutes = [
  // ——— Kits (vendor) ———
  defineRoute({
    method: 'GET',
    url: '/api/v1/marketing-kits',
    summary: 'Through-channel marketing kits, with their usage (launches, partners, e-mails sent, leads)',
    tags: TAGS,
    access: access.roles(VENDOR_ROLES, { scope: 'none' }),
    permission: 'marketingKit.read',
    query: z.object({ status: zAnyOf(KIT_STATUSES).optional() }),
    response: zPage(ZKit),
    export: { omit: ['steps', 'landing', 'tierIds'], expand: ['usage', 'results'] },
    handler: async ({ ctx, query }) => listKits(ctx, query as { status?: (typeof KIT_STATUSES)[number] }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/marketing-kits',
    summary: 'Write a kit (a draft): an e-mail sequence of at least two steps and a landing page',
    description: 'Unknown merge fields are refused naming the field (`steps.1.body`); steps after the first wait at least a day.',
    tags: TAGS,
    access: access.roles(KIT_WRITERS, { scope: 'none' }),
    permission: 'marketingKit.create',
    status: 201,
    body: z.strictObject(ZKitBody),
    response: ZKit,
    example: (refs) => EXAMPLE_KIT(refs.unique),
    handler: async ({ ctx, body }) => createKit(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/marketing-kits/:id',
    summary: 'A kit',
    tags: TAGS,
    access: access.roles(VENDOR_ROLES, { scope: 'none' }),
    permission: 'marketingKit.read',
    target: 'marketingKit',
    params: ZIdParams,
    response: ZKit,
    handler: async ({ ctx, params }) => getKit(ctx, params.id),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/marketing-kits/:id',
    summary: 'Edit a kit (an approved one goes back to draft until approved again)',
    tags: TAGS,
    access: access.roles(KIT_WRITERS, { scope: 'none' }),
    permission: 'marketingKit.edit',
    target: 'marketingKit',
    params: ZIdParams,
    body: z.strictObject(ZKitBody).partial(),
    response: ZKit,
    example: () => ({ description: 'Edited' }),
    handler: async ({ ctx, params, body }) => updateKit(ctx, params.id, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/marketing-kits/:id/approve',
    summary: 'Approve a draft kit: partners it is offered to can launch it',
    tags: TAGS,
    access: access.roles(['admin'], { scope: 'none' }),
    permission: 'marketingKit.approve',
    target: 'marketingKit',
    params: ZIdParams,
    response: ZKit,
    handler: async ({ ctx, params }) => moveKit(ctx, params.id, 'approve'),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/marketing-kits/:id/retire',
    summary: 'Retire a kit: no new launches (running ones finish)',
    tags: TAGS,
    access: access.roles(['admin'], { scope: 'none' }),
    permission: 'marketingKit.approve',
    target: 'marketingKit',
    params: ZIdParams,
    response: ZKit,
    handler: async ({ ctx, params }) => moveKit(ctx, params.id, 'retire'),
  }),
  // ——— The catalogue (approved kits offered to the caller) ———
  defineRoute({
    method: 'GET',
    url: '/api/v1/marketing-catalogue',
    summary: 'Approved kits the caller’s company may launch (vendor staff: every approved kit)',
    tags: TAGS,
    access: access.roles(EVERYONE, { scope: 'partner' }),
    permission: 'marketingOffer.read',
    response: zPage(ZOffer),
    export: false,
    handler: async ({ ctx }) => listOffers(ctx),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/marketing-catalogue/:id/preview',
    summary: 'A kit’s e-mails and landing page with the caller’s company name and logo merged in',
    tags: TAGS,
    access: access.roles(EVERYONE, { scope: 'partner' }),
    permission: 'marketingOffer.read',
    target: 'marketingOffer',
    params: ZIdParams,
    response: ZPreview,
    handler: async ({ ctx, params }) => previewOffer(ctx, params.id),
  }),
  // ——— Audiences (partner) ———
  defineRoute({
    method: 'GET',
    url: '/api/v1/marketing-audiences',
    summary: 'Audiences (names and sizes; a partner’s people: their own)',
    tags: TAGS,
    access: access.roles(EVERYONE, { scope: 'partner' }),
    permission: 'marketingAudience.read',
    query: z.object({ partnerId: ZId.optional() }),
    response: zPage(ZAudience),
    handler: async ({ ctx, query }) => listAudiences(ctx, query),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/marketing-audiences',
    summary: 'Upload an audience (CSV: email, first name, last name, company)',
    description:
      'All or nothing: a bad row is a 422 naming `csv` with its row number; an address met twice is kept once (`duplicates`).',
    tags: TAGS,
    access: access.roles(PARTNER_ROLES, { scope: 'partner' }),
    permission: 'marketingAudience.create',
    status: 201,
    body: z.strictObject({ name: zText(120), csv: zString(1_000_000).describe('The CSV file as text (at most 5,000 contacts)') }),
    response: ZAudienceUpload,
    example: (refs) => ({
      name: `Customers ${refs.unique}`,
      csv: `Email,First name,Last name,Company\nana-${refs.unique}@example.com,Ana,Lima,Initech\n`,
    }),
    handler: async ({ ctx, body }) => createAudience(ctx, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/marketing-audiences/:id/contacts',
    summary: 'Add contacts to an audience from a CSV (addresses already there are left as they are)',
    tags: TAGS,
    access: access.roles(PARTNER_ROLES, { scope: 'partner' }),
    permission: 'marketingAudience.edit',
    target: 'marketingAudience',
    params: ZIdParams,
    body: z.strictObject({ csv: zString(1_000_000) }),
    response: ZAudienceUpload,
    example: (refs) => ({ csv: `email,first name\nbo-${refs.unique}@example.com,Bo\n` }),
    handler: async ({ ctx, params, body }) => uploadContacts(ctx, params.id, body.csv),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/marketing-audiences/:id/contacts',
    summary: 'An audience’s contacts with their consent (the partner’s own people only)',
    tags: TAGS,
    access: access.roles(PARTNER_ROLES, { scope: 'partner' }),
    permission: 'marketingAudience.readContacts',
    target: 'marketingAudience',
    params: ZIdParams,
    query: z.object({ limit: ZLimit, cursor: ZCursor }),
    response: zPage(ZContact),
    handler: async ({ ctx, params, query }) => listContacts(ctx, params.id, query),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/marketing-audiences/:id/launches/:kitId',
    summary: 'Launch an approved kit to this audience: every step scheduled for every subscribed contact',
    tags: TAGS,
    access: access.roles(PARTNER_ROLES, { scope: 'partner' }),
    permission: 'marketingAudience.launch',
    target: 'marketingLaunchable',
    params: ZKitParams,
    status: 201,
    body: z.strictObject({ name: zText(160).optional() }),
    response: ZLaunch,
    example: () => ({}),
    handler: async ({ ctx, params, body }) => launchKit(ctx, params.id, params.kitId, body),
  }),
  // ——— Launches ———
  defineRoute({
    method: 'GET',
    url: '/api/v1/marketing-launches',
    summary: 'Launches with their results (sent, opened, clicked, unsubscribed, visits, leads), newest first',
    tags: TAGS,
    access: access.roles(EVERYONE, { scope: 'partner' }),
    permission: 'marketingLaunch.read',
    query: z.object({
      limit: ZLimit,
      cursor: ZCursor,
      partnerId: ZId.optional(),
      kitId: ZId.optional(),
      status: zAnyOf(LAUNCH_STATUSES).optional(),
    }),
    response: zPage(ZLaunch),
    // Every figure of the launch and of each of its e-mails (decision 0327).
    export: {
      expand: ['figures', 'results'],
      items: { steps: { max: MAX_STEPS, fields: ['subject', 'sent', 'opened', 'clicked', 'skipped'] } },
    },
    handler: async ({ ctx, query }) => listLaunches(ctx, query as Parameters<typeof listLaunches>[1]),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/marketing-launches/:id',
    summary: 'A launch with its figures per step, the leads it captured and the pipeline and revenue they generated',
    tags: TAGS,
    access: access.roles(EVERYONE, { scope: 'partner' }),
    permission: 'marketingLaunch.read',
    target: 'marketingLaunch',
    params: ZIdParams,
    response: ZLaunchDetail,
    handler: async ({ ctx, params }) => getLaunch(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/marketing-launches/:id/cancel',
    summary: 'Stop a running launch: its steps not yet sent are skipped',
    tags: TAGS,
    access: access.roles(['admin', ...PARTNER_ROLES], { scope: 'partner' }),
    permission: 'marketingLaunch.cancel',
    target: 'marketingLaunch',
    params: ZIdParams,
    response: ZLaunch,
    handler: async ({ ctx, params }) => cancelLaunch(ctx, params.id),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/marketing/summary',
    summary: 'Marketing figures: a partner’s own (the portal card), or the whole programme',
    tags: TAGS,
    access: access.roles(EVERYONE, { scope: 'partner' }),
    permission: 'marketingLaunch.read',
    query: z.object({ partnerId: ZId.optional().describe('Vendor: one partner’s figures (a partner always gets its own)') }),
    response: ZSummary,
    handler: async ({ ctx, query }) => marketingSummary(ctx, query),
  }),
  // ——— Suppression lists ———
  defineRoute({
    method: 'GET',
    url: '/api/v1/marketing-suppressions',
    summary: 'Addresses that get no campaign e-mail: the organisation’s and each partner’s (a partner: its own)',
    tags: TAGS,
    access: access.roles(EVERYONE, { scope: 'partner' }),
    permission: 'marketingSuppression.read',
    query: z.object({ limit: ZLimit, cursor: ZCursor, partnerId: ZId.optional() }),
    response: zPage(ZSuppression),
    handler: async ({ ctx, query }) => listSuppressions(ctx, query),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/marketing-suppressions',
    summary: 'Suppress an address (an admin: for every partner; a partner’s admin: for its company)',
    tags: TAGS,
    access: access.roles(['admin', 'partner_admin'], { scope: 'partner' }),
    permission: 'marketingSuppression.create',
    status: 201,
    body: z.strictObject({ email: ZEmail, reason: zOptionalText(300).optional() }),
    response: ZSuppression,
    example: (refs) => ({ email: `no-mail-${refs.unique}@example.com`, reason: 'Asked by phone' }),
    handler: async ({ ctx, body }) => addSuppression(ctx, body),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/marketing-suppressions/:id',
    summary: 'Take an address off a suppression list',
    tags: TAGS,
    access: access.roles(['admin', 'partner_admin'], { scope: 'partner' }),
    permission: 'marketingSuppression.delete',
    target: 'marketingSuppression',
    params: ZIdParams,
    response: ZOk,
    handler: async ({ ctx, params }) => {
      await removeSuppression(ctx, params.id);
      return { ok: true as const };
    },
  }),
  // ——— Public: tracking, unsubscribing, landing pages ———
  defineRoute({
    method: 'GET',
    url: '/api/v1/marketing/o/:token',
    summary: 'Open tracking (public): a 1×1 GIF; a genuine token counts an open',
    tags: TAGS,
    access: access.public(),
    target: 'marketingMessage',
    params: ZToken,
    handler: async ({ ctx, params, req, reply }) => {
      await trackOpen(ctx.db, params.token, req.ip);
      reply.type('image/gif').header('cache-control', 'no-store').header('x-content-type-options', 'nosniff');
      return reply.send(GIF);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/marketing/c/:token',
    summary: 'Click tracking (public): redirects to the address the e-mail carried, and only that one',
    description: 'The signature covers the message and the address: any other `u` is a 404, never a redirect.',
    tags: TAGS,
    access: access.public(),
    target: 'marketingMessage',
    params: ZToken,
    query: z.object({ u: zString(2_000) }),
    exampleQuery: { u: 'https://example.com/' },
    handler: async ({ ctx, params, query, req, reply }) => {
      const location = await trackClick(ctx.db, params.token, query.u, req.ip);
      reply.header('cache-control', 'no-store').header('referrer-policy', 'no-referrer');
      return reply.redirect(location, 302);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/marketing/unsubscribe',
    summary: 'What a campaign unsubscribe link stops (changes nothing)',
    tags: TAGS,
    access: access.public(),
    query: ZToken,
    exampleQuery: { token: 'not-a-real-token' },
    response: ZUnsubscribed,
    handler: async ({ ctx, query }) => describeUnsubscribe(ctx.db, query.token),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/marketing/unsubscribe',
    summary: 'Unsubscribe from a partner’s campaigns (public, signed link; idempotent; RFC 8058 one-click)',
    tags: TAGS,
    access: access.public(),
    acceptsForms: true,
    query: ZToken,
    exampleQuery: { token: 'not-a-real-token' },
    response: ZUnsubscribed,
    handler: async ({ ctx, query }) => unsubscribe(ctx.db, query.token),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/marketing/landing/:token',
    summary: 'A campaign landing page (public): headline, text and form with the partner’s name merged in',
    tags: TAGS,
    access: access.public(),
    target: 'marketingLanding',
    params: ZToken,
    response: ZLandingPublic,
    handler: async ({ ctx, params, req, reply }) => {
      reply.header('cache-control', 'no-store');
      return landingPage(ctx.db, params.token, req.ip);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/marketing/landing/:token/logo',
    summary: 'The logo of the partner behind a landing page (public)',
    tags: TAGS,
    access: access.public(),
    target: 'marketingLanding',
    params: ZToken,
    handler: async ({ ctx, params, reply }) => {
      const logo = await landingLogo(ctx.db, params.token);
      reply
        .type(logo.contentType)
        .header('cache-control', 'public, max-age=300')
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'; sandbox");
      return reply.send(logo.stream);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/marketing/landing/:token/submissions',
    summary: 'Send a landing page’s form (public): a lead for the partner',
    description:
      'Answers 202 whether or not it was kept (a filled-in `website` honeypot is dropped); 10 an hour per address, then 429.',
    tags: TAGS,
    access: access.public(),
    target: 'marketingLanding',
    status: 202,
    params: ZToken,
    body: z.strictObject({
      name: zText(120),
      email: ZEmail,
      company: zText(200),
      website: zOptionalText(200).optional().describe('Leave empty (a field people never see)'),
    }),
    response: z.object({ accepted: z.literal(true) }).meta({ id: 'MarketingSubmissionAccepted' }),
    example: (refs) => ({ name: 'Ana Lima', email: `ana-${refs.unique}@initech.example`, company: 'Initech' }),
    handler: async ({ ctx, params, body, req }) => submitLanding(ctx.db, params.token, body, req.ip),
  }),
];
