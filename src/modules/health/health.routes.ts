import { z } from 'zod';
import { access, defineRoute } from '../../server/route.js';
import { ZId, ZIdParams, zAnyOf, zOptionalText, zString, zText } from '../../server/schemas.js';
import { ROLES, VENDOR_ROLES } from '../../shared/roles.js';
import { COLOURS, DIRECTIONS, HEALTH_DIMENSIONS, STANDARD_TEMPLATE_ID } from './health.rules.js';
import {
  getHealthHistory,
  getHealthSettings,
  getPartnerHealth,
  listHealth,
  takeSnapshots,
  updateHealthSettings,
} from './health.service.js';
import {
  createTemplate,
  deleteTemplate,
  evaluateTemplate,
  getTemplate,
  listScorecards,
  listTemplates,
  partnerScorecards,
  updateTemplate,
} from './scorecards.service.js';

const ZColour = z.enum(COLOURS);
const ZPersonRef = z.object({ id: z.uuid(), name: z.string(), email: z.string(), role: z.enum(ROLES) });
const ZDimensionScores = z.object(
  Object.fromEntries(HEALTH_DIMENSIONS.map((k) => [k, z.number().nullable()])) as Record<
    (typeof HEALTH_DIMENSIONS)[number],
    z.ZodNullable<z.ZodNumber>
  >,
);

const ZBand = z.number({ error: 'must be a number' }).int('must be a whole number').min(0).max(100);
const ZHealthSettings = z
  .object({
    green: z.number().int().describe('A score at or above this is green'),
    red: z.number().int().describe('A score below this is red; between red and green is yellow'),
    can: z.object({ edit: z.boolean() }),
  })
  .meta({ id: 'HealthSettings' });

const ZEvidence = z
  .object({
    metric: z.string().describe('The metric key (registry) or a derived key of this module'),
    label: z.string(),
    value: z.number().nullable(),
    unit: z.string(),
    leading: z.boolean().describe('Leading indicator (moves before revenue) or lagging (records outcomes)'),
    measured: z.boolean().describe('False: "no data" — its weight went to the measured indicators'),
    points: z.number().nullable().describe('The indicator’s own points, 0–100'),
    weight: z.number().describe('Its share of the dimension after redistribution, %'),
    contribution: z.number().describe('Points it added to the dimension score'),
    link: z.string().nullable().describe('Where the records behind it are, in the app'),
    records: z.array(z.object({ type: z.string(), id: z.uuid(), label: z.string(), link: z.string() })),
  })
  .meta({ id: 'HealthEvidence' });

const ZPartnerHealth = z
  .object({
    partnerId: z.uuid(),
    partnerName: z.string(),
    score: z.number().nullable().describe('0–100; null only when no input has any data'),
    status: ZColour.nullable(),
    dimensions: z.array(
      z.object({
        key: z.enum(HEALTH_DIMENSIONS),
        score: z.number().nullable(),
        status: ZColour.nullable(),
        evidence: z.array(ZEvidence),
      }),
    ),
    computedAt: z.date(),
    thresholds: z.object({ green: z.number(), yellow: z.number() }),
    trend: z.enum(['up', 'down', 'flat']).nullable(),
    previous: z.object({ period: z.string(), score: z.number().nullable(), status: ZColour.nullable() }).nullable(),
    currency: z.string().describe('The currency of money evidence (the reporting currency; values in minor units)'),
  })
  .meta({ id: 'PartnerHealth' });

const ZSnapshot = z
  .object({
    period: z.string(),
    asOf: z.date(),
    score: z.number().nullable(),
    status: ZColour.nullable(),
    dimensions: ZDimensionScores,
  })
  .meta({ id: 'HealthSnapshot' });

const ZMonth = zString(7).regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month such as 2026-11');
const ZPeriod = zString(7).regex(
  /^\d{4}-((0[1-9]|1[0-2])|Q[1-4])$/,
  'must be a month such as 2026-11 or a quarter such as 2026-Q3',
);

const zPercent = (what: string) =>
  z
    .number({ error: 'must be a number from 0 to 200' })
    .min(0, 'must be a number from 0 to 200')
    .max(200, 'must be a number from 0 to 200')
    .describe(what);
const ZWeight = z
  .number({ error: 'must be a positive number' })
  .positive('must be a positive number')
  .max(1000, 'must be at most 1000');

const ZMetricDefInput = z.strictObject({
  metric: zString(100).describe('A metric key from GET /api/v1/metrics'),
  target: z
    .number({ error: 'must be a number' })
    .finite('must be a number')
    .describe('The value meaning 100 % attainment (money: minor units)'),
  weight: ZWeight,
  direction: z.enum(DIRECTIONS, { error: 'must be higher or lower' }).default('higher'),
  green: zPercent('Attainment % for green'),
  yellow: zPercent('Attainment % for yellow (below: red)'),
});

const ZDimensionInput = z.strictObject({
  key: zString(40).regex(/^[a-z][a-z0-9_]*$/, 'must be lower-case letters, digits and underscores'),
  label: zText(100),
  weight: ZWeight,
  metrics: z.array(ZMetricDefInput).min(1, 'must hold at least one metric').max(20, 'at most 20 metrics'),
});

const ZTemplateFields = {
  name: zText(120),
  description: zOptionalText(2000).optional(),
  cadence: z.enum(['month', 'quarter'], { error: 'must be month or quarter' }),
  appliesTo: z
    .strictObject({
      motion: z.enum(['channel', 'alliance'], { error: 'must be channel or alliance' }).nullable().optional(),
      programId: ZId.nullable().optional(),
      tierId: ZId.nullable().optional(),
    })
    .optional(),
  dimensions: z.array(ZDimensionInput).min(1, 'must hold at least one dimension').max(10, 'at most 10 dimensions'),
  green: zPercent('Overall score for green'),
  yellow: zPercent('Overall score for yellow (below: red)'),
  shared: z.boolean().optional().describe('The partner sees its scorecards of this template (default true)'),
  active: z.boolean().optional(),
};

const ZTemplate = z
  .object({
    id: z.uuid(),
    name: z.string(),
    description: z.string(),
    cadence: z.enum(['month', 'quarter']),
    appliesTo: z.object({ motion: z.string().nullable(), programId: z.string().nullable(), tierId: z.string().nullable() }),
    dimensions: z.array(
      z.object({
        key: z.string(),
        label: z.string(),
        weight: z.number(),
        metrics: z.array(
          z.object({
            metric: z.string(),
            target: z.number(),
            weight: z.number(),
            direction: z.enum(DIRECTIONS),
            green: z.number(),
            yellow: z.number(),
          }),
        ),
      }),
    ),
    green: z.number(),
    yellow: z.number(),
    shared: z.boolean(),
    active: z.boolean(),
    createdAt: z.date(),
    updatedAt: z.date(),
    metricInfo: z.record(z.string(), z.object({ label: z.string(), unit: z.string() }).nullable()),
    evaluatedPeriods: z.array(z.string()),
    can: z.object({ edit: z.boolean(), delete: z.boolean(), evaluate: z.boolean() }),
  })
  .meta({ id: 'ScorecardTemplate' });

const ZScorecard = z
  .object({
    id: z.uuid(),
    templateId: z.uuid(),
    templateName: z.string(),
    partnerId: z.uuid(),
    partnerName: z.string(),
    period: z.string(),
    asOf: z.date(),
    score: z.number().nullable(),
    colour: ZColour.nullable(),
    shared: z.boolean(),
    evaluatedAt: z.date(),
    dimensions: z.array(
      z.object({
        key: z.string(),
        label: z.string(),
        score: z.number().nullable(),
        colour: ZColour.nullable(),
        metrics: z.array(
          z.object({
            metric: z.string(),
            value: z.number().nullable(),
            target: z.number(),
            attainment: z.number().nullable(),
            colour: ZColour.nullable(),
            weight: z.number(),
            label: z.string().describe('What people call the metric (the registry’s label)'),
            unit: z
              .enum(['money', 'count', 'percent', 'days', 'boolean'])
              .nullable()
              .describe('How to show value and target; money is minor units of `currency`. Null: no longer provided'),
          }),
        ),
      }),
    ),
    currency: z.string().describe('The currency of money metrics (the reporting currency)'),
  })
  .meta({ id: 'Scorecard' });

const exampleTemplate = (refs: { seq: number }) => ({
  name: `Reseller scorecard ${refs.seq}`,
  cadence: 'quarter' as const,
  dimensions: [
    {
      key: 'revenue',
      label: 'Revenue',
      weight: 2,
      metrics: [
        { metric: 'opportunities.won_deals', target: 4, weight: 1, direction: 'higher' as const, green: 100, yellow: 60 },
      ],
    },
  ],
  green: 90,
  yellow: 60,
});

export const healthRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/partners/:id/health',
    summary: 'A partner’s evidence-backed health score: four dimensions, each with the evidence that produced it',
    description:
      'Live from the data: strategic, operational, financial and relationship, each 0–100, with every input as ' +
      'evidence (metric, value, points, weight, leading or lagging, link to the records); an input with no data ' +
      'gives its weight to the others. Status green ≥ 70, yellow ≥ 40, red below. Vendor staff only.',
    tags: ['health', 'partners'],
    access: access.roles(VENDOR_ROLES, { scope: 'none' }),
    permission: 'partnerHealth.read',
    target: 'partner',
    params: ZIdParams,
    response: ZPartnerHealth,
    handler: async ({ ctx, params }) => getPartnerHealth(ctx, params.id),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/partners/:id/health/history',
    summary: 'A partner’s monthly health snapshots, oldest first (the trend)',
    tags: ['health', 'partners'],
    access: access.roles(VENDOR_ROLES, { scope: 'none' }),
    permission: 'partnerHealth.read',
    target: 'partner',
    params: ZIdParams,
    response: z.object({ data: z.array(ZSnapshot) }),
    export: false,
    handler: async ({ ctx, params }) => ({ data: await getHealthHistory(ctx, params.id) }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/health',
    summary: 'Every partner in business with its health score, dimensions and trend; worst first',
    description:
      'Filter by `status` (green, yellow, red; several allowed), `q` (name) and `ownerId`. Set-based over all partners.',
    tags: ['health'],
    access: access.roles(VENDOR_ROLES, { scope: 'none' }),
    permission: 'partnerHealth.read',
    query: z.object({ status: zAnyOf(COLOURS).optional(), q: zString(100).optional(), ownerId: ZId.optional() }),
    response: z
      .object({
        asOf: z.date(),
        counts: z.object({ green: z.number(), yellow: z.number(), red: z.number(), none: z.number() }),
        data: z.array(
          z
            .object({
              partnerId: z.uuid(),
              partnerName: z.string(),
              lifecycleStage: z.string(),
              owner: ZPersonRef.nullable(),
              score: z.number().nullable(),
              status: ZColour.nullable(),
              dimensions: ZDimensionScores,
              trend: z.enum(['up', 'down', 'flat']).nullable(),
              history: z.array(z.object({ period: z.string(), score: z.number().nullable() })),
            })
            .meta({ id: 'PortfolioHealthRow' }),
        ),
      })
      .meta({ id: 'PortfolioHealth' }),
    export: false,
    handler: async ({ ctx, query }) => listHealth(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/health/settings',
    summary: 'The health status thresholds: green from `green`, red below `red`, yellow between',
    tags: ['health'],
    access: access.roles(VENDOR_ROLES, { scope: 'none' }),
    permission: 'healthSettings.read',
    response: ZHealthSettings,
    handler: async ({ ctx }) => getHealthSettings(ctx),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/health/settings',
    summary: 'Change the health status thresholds (admins)',
    description:
      'Whole points, 0 ≤ red < green ≤ 100 (422 naming the field). Live scores, the portfolio, snapshots taken from ' +
      'now on and the red alert use them; stored snapshots keep their status. Audited as `health_settings`.',
    tags: ['health'],
    access: access.roles(['admin'], { scope: 'none' }),
    permission: 'healthSettings.edit',
    body: z.strictObject({ green: ZBand.optional(), red: ZBand.optional() }),
    response: ZHealthSettings,
    example: () => ({ green: 70, red: 40 }),
    handler: async ({ ctx, body }) => updateHealthSettings(ctx, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/health/snapshots',
    summary: 'Take (or retake) every partner’s health snapshot for a month (admins; the job does it on the 1st)',
    description:
      'The month defaults to the running one (as of now); a past month is taken as of its end. Retaking replaces ' +
      'the month’s snapshots. A partner turning red (red now, not red the month before) alerts its owner once.',
    tags: ['health'],
    access: access.roles(['admin'], { scope: 'none' }),
    permission: 'partnerHealth.snapshot',
    body: z.strictObject({ period: ZMonth.optional() }),
    response: z
      .object({ period: z.string(), asOf: z.date(), partners: z.number(), red: z.number(), turnedRed: z.number() })
      .meta({ id: 'HealthSnapshotRun' }),
    example: () => ({}),
    handler: async ({ ctx, body }) => {
      const period = body.period ?? ctx.now.toISOString().slice(0, 7);
      return takeSnapshots(ctx, { period });
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/scorecard-templates',
    summary: 'Scorecard templates: dimensions of weighted metrics with targets and green/yellow/red thresholds',
    tags: ['health'],
    access: access.roles(VENDOR_ROLES, { scope: 'none' }),
    permission: 'scorecardTemplate.read',
    response: z.object({ data: z.array(ZTemplate) }),
    export: false,
    handler: async ({ ctx }) => ({ data: await listTemplates(ctx) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/scorecard-templates',
    summary: 'Create a scorecard template',
    description: 'Each metric names a key of GET /api/v1/metrics (422 naming `dimensions.N.metrics.M.metric` otherwise).',
    tags: ['health'],
    access: access.roles(['admin', 'partner_manager'], { scope: 'none' }),
    permission: 'scorecardTemplate.edit',
    status: 201,
    body: z.strictObject(ZTemplateFields),
    response: ZTemplate,
    example: exampleTemplate,
    handler: async ({ ctx, body }) => createTemplate(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/scorecard-templates/:id',
    summary: 'One scorecard template with the periods it was evaluated for',
    tags: ['health'],
    access: access.roles(VENDOR_ROLES, { scope: 'none' }),
    permission: 'scorecardTemplate.read',
    target: 'scorecardTemplate',
    params: ZIdParams,
    response: ZTemplate,
    handler: async ({ ctx, params }) => getTemplate(ctx, params.id),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/scorecard-templates/:id',
    summary: 'Change a scorecard template (evaluated periods keep what they stored; evaluate again to apply)',
    tags: ['health'],
    access: access.roles(['admin', 'partner_manager'], { scope: 'none' }),
    permission: 'scorecardTemplate.edit',
    target: 'scorecardTemplate',
    params: ZIdParams,
    body: z.strictObject(ZTemplateFields).partial(),
    response: ZTemplate,
    example: () => ({ description: 'Quarterly reseller scorecard' }),
    handler: async ({ ctx, params, body }) => updateTemplate(ctx, params.id, body),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/scorecard-templates/:id',
    summary: 'Delete a scorecard template never evaluated (409 naming `id` otherwise: deactivate it)',
    tags: ['health'],
    access: access.roles(['admin', 'partner_manager'], { scope: 'none' }),
    permission: 'scorecardTemplate.edit',
    target: 'scorecardTemplate',
    params: ZIdParams,
    status: 204,
    handler: async ({ ctx, params }) => deleteTemplate(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/scorecards/evaluate',
    summary: 'Evaluate a scorecard template for a period: every partner it applies to, as of the period’s end',
    description:
      'A quarterly template takes `2026-Q3`, a monthly one `2026-11`. Evaluating again replaces the period’s scorecards.',
    tags: ['health'],
    access: access.roles(['admin', 'partner_manager'], { scope: 'none' }),
    permission: 'scorecard.evaluate',
    body: z.strictObject({ templateId: ZId, period: ZPeriod }),
    response: z
      .object({
        templateId: z.uuid(),
        period: z.string(),
        asOf: z.date(),
        partners: z.number(),
        colours: z.object({ green: z.number(), yellow: z.number(), red: z.number(), none: z.number() }),
      })
      .meta({ id: 'ScorecardEvaluation' }),
    example: () => ({ templateId: STANDARD_TEMPLATE_ID, period: '2026-Q3' }),
    handler: async ({ ctx, body }) => evaluateTemplate(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/scorecards',
    summary: 'Evaluated scorecards by template, period, partner and colour (a partner’s people: their own shared ones)',
    tags: ['health'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'scorecard.read',
    query: z.object({
      templateId: ZId.optional(),
      period: ZPeriod.optional(),
      partnerId: ZId.optional(),
      colour: zAnyOf(COLOURS).optional(),
    }),
    response: z.object({ data: z.array(ZScorecard) }),
    export: false,
    handler: async ({ ctx, query }) => ({ data: await listScorecards(ctx, query) }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/partners/:id/scorecards',
    summary: 'A partner’s scorecards, newest period first (its people see the shared ones)',
    tags: ['health', 'partners'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'scorecard.read',
    target: 'partner',
    params: ZIdParams,
    response: z.object({ data: z.array(ZScorecard) }),
    export: false,
    handler: async ({ ctx, params }) => ({ data: await partnerScorecards(ctx, params.id) }),
  }),
];
