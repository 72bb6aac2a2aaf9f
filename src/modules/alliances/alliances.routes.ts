import { z } from 'zod';
import { access, defineRoute } from '../../server/route.js';
import { ZCurrency, ZCursor, ZId, ZIdParams, ZLimit, zAnyOf, zOptionalText, zText } from '../../server/schemas.js';
import { ROLES, VENDOR_ROLES } from '../../shared/roles.js';
import {
  ALLIANCE_PHASES,
  ALLIANCE_TYPES,
  CADENCES,
  CHECKLIST_KEYS,
  DESIGN_DIMENSIONS,
  DEVELOPMENT_STAGES,
  QUALIFICATION_DIMENSIONS,
  RECOMMENDATIONS,
  SIDES,
  VALUE_CAPTURE_MECHANISMS,
} from './alliances.rules.js';
import {
  allianceOrNone,
  getAlliance,
  listAlliances,
  listQualifications,
  startAlliance,
  submitQualification,
  tickChecklistItem,
  updateAlliance,
  updateDesign,
} from './alliances.service.js';

const MANAGERS = ['admin', 'partner_manager'] as const;

const ZPersonRef = z
  .object({ id: z.uuid(), name: z.string(), email: z.string(), role: z.enum(ROLES) })
  .meta({ id: 'AlliancePerson' });

const ZMoneyInput = z.strictObject({
  amount: z
    .number({ error: 'must be a whole number of minor units' })
    .int('must be whole minor units')
    .min(0, 'must be 0 or more')
    .max(1e13),
  currency: ZCurrency,
});
const zCount = (max: number) =>
  z
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(0, 'must be 0 or more')
    .max(max, `must be at most ${max}`);
const zList = (max: number) => z.array(zText(120)).max(max, `at most ${max} entries`);
const ZCadence = z.enum(CADENCES, { error: `must be one of ${CADENCES.join(', ')}` });

const ZSideInvestment = z
  .strictObject({
    coMarketingBudget: ZMoneyInput.nullable().default(null).describe('Co-marketing budget a year'),
    presalesPeople: zCount(10_000).nullable().default(null).describe('Pre-sales people assigned'),
    engineeringDaysPerQuarter: zCount(100_000).nullable().default(null),
    executiveHoursPerQuarter: zCount(10_000).nullable().default(null),
    notes: zOptionalText(2000).default(''),
  })
  .meta({ id: 'AllianceSideInvestment' });

const ZValueCapture = z
  .strictObject({
    mechanism: z.enum(VALUE_CAPTURE_MECHANISMS, { error: `must be one of ${VALUE_CAPTURE_MECHANISMS.join(', ')}` }),
    percent: z
      .number({ error: 'must be a number' })
      .min(0, 'must be 0–100')
      .max(100, 'must be 0–100')
      .multipleOf(0.01, 'must have at most two decimals')
      .nullable()
      .default(null),
    amount: ZMoneyInput.nullable().default(null),
    basis: zOptionalText(300).default(''),
  })
  .meta({ id: 'AllianceValueCapture' });

const ZValueProposition = z.strictObject({
  statement: zOptionalText(2000).describe('“Together, X and Y enable <outcome> for <customer> by …”'),
  targetCustomer: zOptionalText(300),
  outcome: zOptionalText(500),
  customerValidated: z.boolean().default(false).describe('Tested with customers of the target segment'),
});
const ZMarketScope = z.strictObject({ segments: zList(30), territories: zList(60), solutionCategories: zList(30) });
const ZGovernance = z.strictObject({
  cadence: ZCadence.nullable(),
  decisionRights: zOptionalText(2000),
  escalationPath: zOptionalText(2000),
});
const ZPerformance = z.strictObject({
  metrics: z
    .array(
      z.strictObject({
        name: zText(200),
        side: z.enum([...SIDES, 'joint'], { error: 'must be vendor, partner or joint' }),
        target: zOptionalText(200).default(''),
      }),
    )
    .max(30, 'at most 30 metrics'),
  frequency: ZCadence.nullable(),
  consequences: zOptionalText(2000),
});

const ZDesign = z
  .object({
    valueProposition: ZValueProposition,
    marketScope: ZMarketScope,
    investment: z.object({ vendor: ZSideInvestment, partner: ZSideInvestment }),
    governance: ZGovernance,
    performance: ZPerformance,
    valueCapture: z.object({ vendor: z.array(ZValueCapture), partner: z.array(ZValueCapture) }),
  })
  .meta({ id: 'AllianceDesign' });

const ZTick = z
  .object({ done: z.boolean(), note: z.string(), by: ZPersonRef.nullable(), at: z.date() })
  .meta({ id: 'AllianceTick' });

const ZQualificationSummary = z
  .object({
    recommendation: z.enum(RECOMMENDATIONS),
    provisional: z.boolean().describe('Only one side has scored so far'),
    scorePercent: z.number().int().describe('Combined scores over the maximum, 20–100'),
    dimensions: z.array(
      z.object({
        dimension: z.enum(QUALIFICATION_DIMENSIONS),
        vendor: z.number().int().nullable(),
        partner: z.number().int().nullable(),
        combined: z.number().int().describe('The lower of the two sides'),
        disagreement: z.boolean().describe('The sides are 2 or more points apart'),
      }),
    ),
    reasons: z.array(z.string()),
    lastRunAt: z.date(),
    dueOn: z.string().describe('The annual re-run is due (YYYY-MM-DD)'),
    overdue: z.boolean(),
  })
  .meta({ id: 'AllianceQualificationSummary' });

const ZAlliance = z
  .object({
    id: z.uuid(),
    partnerId: z.uuid(),
    partnerName: z.string(),
    type: z.enum(ALLIANCE_TYPES),
    phase: z.enum(ALLIANCE_PHASES).describe('ASAP alliance life-cycle phase'),
    stage: z.enum(DEVELOPMENT_STAGES).describe('Current development stage'),
    startedAt: z.date(),
    startedBy: ZPersonRef.nullable(),
    sponsors: z.object({
      vendor: ZPersonRef.nullable(),
      partner: z
        .object({ kind: z.enum(['user', 'contact']), id: z.uuid(), name: z.string(), email: z.string(), title: z.string() })
        .nullable(),
    }),
    sponsorsNamed: z.number().int().describe('Sides with a named executive sponsor, 0–2'),
    design: ZDesign,
    designChecks: z.array(
      z.object({ dimension: z.enum(DESIGN_DIMENSIONS), explicit: z.boolean(), missing: z.array(z.string()) }),
    ),
    designExplicit: z.number().int().describe('Commercial dimensions designed explicitly, 0–5'),
    stages: z.array(
      z.object({
        stage: z.enum(DEVELOPMENT_STAGES),
        current: z.boolean(),
        items: z.array(z.object({ key: z.string(), label: z.string(), vendor: ZTick.nullable(), partner: ZTick.nullable() })),
        itemCount: z.number().int(),
        vendorDone: z.number().int(),
        partnerDone: z.number().int(),
        bothDone: z.number().int(),
        complete: z.boolean().describe('Every item ticked by both sides'),
        bilateral: z.boolean().describe('Both sides ticked at least one item'),
      }),
    ),
    phaseHistory: z.array(
      z.object({
        fromPhase: z.enum(ALLIANCE_PHASES).nullable(),
        toPhase: z.enum(ALLIANCE_PHASES),
        note: z.string(),
        actor: ZPersonRef.nullable(),
        occurredAt: z.date(),
      }),
    ),
    sponsorHistory: z
      .array(
        z.object({
          side: z.enum(['vendor', 'partner']),
          from: z.object({ name: z.string() }).nullable().describe('null: the side had no sponsor'),
          to: z.object({ name: z.string() }).nullable().describe('null: the sponsorship ended'),
          note: z.string(),
          actor: ZPersonRef.nullable(),
          occurredAt: z.date(),
        }),
      )
      .describe('Every sponsor named, replaced or ended, newest first'),
    qualification: ZQualificationSummary.nullable(),
    can: z.object({ edit: z.boolean(), editPartnerSide: z.boolean(), tick: z.boolean(), qualify: z.boolean() }),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'Alliance' });

const ZAllianceSummary = z
  .object({
    id: z.uuid(),
    partnerId: z.uuid(),
    partnerName: z.string(),
    type: z.enum(ALLIANCE_TYPES),
    phase: z.enum(ALLIANCE_PHASES),
    stage: z.enum(DEVELOPMENT_STAGES),
    sponsorsNamed: z.number().int(),
    designExplicit: z.number().int(),
    recommendation: z.enum(RECOMMENDATIONS).nullable(),
    qualificationScore: z.number().int().nullable(),
    qualificationDueOn: z.string().nullable(),
    startedAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'AllianceSummary' });

const ZDimensionScore = z.strictObject({
  score: z
    .number({ error: 'must be a score from 1 to 5' })
    .int('must be a whole score from 1 to 5')
    .min(1, 'must be 1–5')
    .max(5, 'must be 1–5'),
  notes: zOptionalText(2000).default(''),
});

const ZQualificationRun = z
  .object({
    id: z.uuid(),
    partnerId: z.uuid(),
    side: z.enum(SIDES),
    scores: z.object(
      Object.fromEntries(
        QUALIFICATION_DIMENSIONS.map((d) => [d, z.object({ score: z.number().int(), notes: z.string() })]),
      ) as Record<(typeof QUALIFICATION_DIMENSIONS)[number], z.ZodObject<{ score: z.ZodNumber; notes: z.ZodString }>>,
    ),
    summary: z.string(),
    assessedBy: ZPersonRef.nullable(),
    assessedAt: z.date(),
    recommendation: z.enum(RECOMMENDATIONS),
    provisional: z.boolean(),
    scorePercent: z.number().int(),
    reasons: z.array(z.string()),
  })
  .meta({ id: 'AllianceQualificationRun' });

const sponsorFields = {
  vendorSponsorId: ZId.nullable().optional().describe('A vendor executive (or admin, partner manager) sponsoring the alliance'),
  partnerSponsorUserId: ZId.nullable().optional().describe('The partner’s sponsor, one of its portal users'),
  partnerSponsorContactId: ZId.nullable().optional().describe('…or one of its contacts without an account'),
};

export const allianceRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/alliances',
    summary: 'Alliances across the portfolio, the latest started first',
    tags: ['alliances'],
    access: access.roles(VENDOR_ROLES, { scope: 'none' }),
    permission: 'alliance.report',
    query: z.object({
      limit: ZLimit,
      cursor: ZCursor,
      sort: z.enum(['startedAt', '-startedAt', 'updatedAt', '-updatedAt']).default('-startedAt'),
      type: zAnyOf(ALLIANCE_TYPES).optional(),
      phase: zAnyOf(ALLIANCE_PHASES).optional(),
      stage: zAnyOf(DEVELOPMENT_STAGES).optional(),
    }),
    response: z.object({ data: z.array(ZAllianceSummary), nextCursor: z.string().nullable() }),
    handler: async ({ ctx, query }) => listAlliances(ctx, query),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/partners/:id/alliance',
    summary: 'Start the alliance with a partner',
    description:
      'One alliance per partner (409 naming `partnerId`). `phase` defaults to `negotiation`; the development stages start at ' +
      'the strategic fit assessment. Sponsors: a vendor executive, and the partner’s as a user or a contact (not both).',
    tags: ['alliances', 'partners'],
    access: access.roles(MANAGERS, { scope: 'none' }),
    permission: 'alliance.start',
    target: 'partner',
    params: ZIdParams,
    status: 201,
    body: z.strictObject({
      type: z.enum(ALLIANCE_TYPES, { error: `must be one of ${ALLIANCE_TYPES.join(', ')}` }),
      phase: z.enum(ALLIANCE_PHASES, { error: `must be one of ${ALLIANCE_PHASES.join(', ')}` }).optional(),
      note: zOptionalText(1000).optional(),
      ...sponsorFields,
    }),
    response: ZAlliance,
    example: () => ({ type: 'co_sell', phase: 'negotiation' }),
    handler: async ({ ctx, params, body }) => startAlliance(ctx, params.id, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/partners/:id/alliance-state',
    summary: 'Whether an alliance with the partner was started, and the alliance if so (`alliance: null` otherwise)',
    tags: ['alliances', 'partners'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'alliance.read',
    target: 'partner',
    params: ZIdParams,
    response: z.object({ partnerId: z.uuid(), alliance: ZAlliance.nullable() }).meta({ id: 'AllianceState' }),
    handler: async ({ ctx, params }) => allianceOrNone(ctx, params.id),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/partners/:id/alliance',
    summary: 'The alliance with a partner: stages, design, sponsors, qualification (404 if none was started)',
    tags: ['alliances', 'partners'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'alliance.read',
    target: 'alliance',
    params: ZIdParams,
    response: ZAlliance,
    handler: async ({ ctx, params }) => getAlliance(ctx, params.id),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/partners/:id/alliance',
    summary: 'Change the alliance: type, phase (kept in its history), stage, sponsors (kept in their history)',
    description:
      'The stage moves on one at a time, once both sides ticked every item of the stage it leaves (422 naming `stage`). ' +
      'The partner’s admin changes only its own sponsor (403 naming the other fields).',
    tags: ['alliances', 'partners'],
    access: access.roles([...MANAGERS, 'partner_admin'], { scope: 'partner' }),
    permission: 'alliance.edit',
    target: 'alliance',
    params: ZIdParams,
    body: z.strictObject({
      type: z.enum(ALLIANCE_TYPES, { error: `must be one of ${ALLIANCE_TYPES.join(', ')}` }).optional(),
      phase: z.enum(ALLIANCE_PHASES, { error: `must be one of ${ALLIANCE_PHASES.join(', ')}` }).optional(),
      phaseNote: zOptionalText(1000).optional(),
      stage: z.enum(DEVELOPMENT_STAGES, { error: `must be one of ${DEVELOPMENT_STAGES.join(', ')}` }).optional(),
      ...sponsorFields,
      sponsorNote: zOptionalText(500)
        .optional()
        .describe('Why a sponsor changed or ended ("left the company"), kept in the sponsor history'),
    }),
    response: ZAlliance,
    example: () => ({ partnerSponsorUserId: null }),
    handler: async ({ ctx, params, body }) => updateAlliance(ctx, params.id, body),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/partners/:id/alliance/design',
    summary: 'Change the commercial design: each part sent replaces that part; every dimension is re-checked for being explicit',
    description:
      'Parts: `valueProposition`, `marketScope`, `investment.vendor|partner`, `governance`, `performance`, ' +
      '`valueCapture.vendor|partner`. The partner’s admin sends only its own side’s investment and value capture.',
    tags: ['alliances', 'partners'],
    access: access.roles([...MANAGERS, 'partner_admin'], { scope: 'partner' }),
    permission: 'alliance.design',
    target: 'alliance',
    params: ZIdParams,
    body: z.strictObject({
      valueProposition: ZValueProposition.optional(),
      marketScope: ZMarketScope.optional(),
      investment: z.strictObject({ vendor: ZSideInvestment.optional(), partner: ZSideInvestment.optional() }).optional(),
      governance: ZGovernance.optional(),
      performance: ZPerformance.optional(),
      valueCapture: z
        .strictObject({
          vendor: z.array(ZValueCapture).max(10, 'at most 10 mechanisms').optional(),
          partner: z.array(ZValueCapture).max(10, 'at most 10 mechanisms').optional(),
        })
        .optional(),
    }),
    response: ZAlliance,
    example: () => ({
      investment: { partner: { presalesPeople: 2, executiveHoursPerQuarter: 12 } },
      valueCapture: { partner: [{ mechanism: 'revenue_share', percent: 20, basis: 'Subscription revenue of joint customers' }] },
    }),
    handler: async ({ ctx, params, body }) => updateDesign(ctx, params.id, body),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/v1/partners/:id/alliance/checklist/:item',
    summary: 'Tick (or untick) a development-stage checklist item for your own side, with a note',
    description: 'Vendor staff tick the vendor’s side, a partner’s people the partner’s: the evidence that both sides took part.',
    tags: ['alliances', 'partners'],
    access: access.roles([...MANAGERS, 'partner_admin', 'partner_user'], { scope: 'partner' }),
    permission: 'alliance.tick',
    target: 'alliance',
    params: z.object({ id: ZId, item: z.enum(CHECKLIST_KEYS, { error: 'is not a checklist item' }) }),
    body: z.strictObject({ done: z.boolean().default(true), note: zOptionalText(2000).optional() }),
    response: ZAlliance,
    example: () => ({ done: true, note: 'Scored in the kick-off workshop' }),
    handler: async ({ ctx, params, body }) => tickChecklistItem(ctx, params.id, params.item, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/partners/:id/qualifications',
    summary: 'Every run of the partner’s strategic qualification test, newest first, and the combined result now',
    tags: ['alliances', 'partners'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'allianceQualification.read',
    target: 'allianceQualification',
    params: ZIdParams,
    response: z.object({ data: z.array(ZQualificationRun), current: ZQualificationSummary.nullable() }),
    export: { omit: ['scores', 'reasons'] },
    handler: async ({ ctx, params }) => listQualifications(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/partners/:id/qualifications',
    summary: 'Score the strategic qualification test for your side (four dimensions, 1–5 each, with notes)',
    description:
      'Vendor staff score for the vendor, the partner’s admin for the partner. The answer carries the recommendation ' +
      '(strategic candidate: every dimension 4+ on both sides; otherwise premier tier only) with its reasons.',
    tags: ['alliances', 'partners'],
    access: access.roles([...MANAGERS, 'partner_admin'], { scope: 'partner' }),
    permission: 'allianceQualification.create',
    target: 'partner',
    params: ZIdParams,
    status: 201,
    body: z.strictObject({
      scores: z.strictObject(
        Object.fromEntries(QUALIFICATION_DIMENSIONS.map((d) => [d, ZDimensionScore])) as Record<
          (typeof QUALIFICATION_DIMENSIONS)[number],
          typeof ZDimensionScore
        >,
      ),
      summary: zOptionalText(2000).optional(),
    }),
    response: ZQualificationRun,
    example: () => ({
      scores: {
        marketAccess: { score: 4, notes: 'Opens mid-market banking in DACH' },
        capability: { score: 5, notes: 'Managed SOC service' },
        commitment: { score: 3, notes: 'Sponsor named, no plan yet' },
        alignment: { score: 4, notes: '' },
      },
    }),
    handler: async ({ ctx, params, body }) => submitQualification(ctx, params.id, body),
  }),
];
