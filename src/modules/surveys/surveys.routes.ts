import { z } from 'zod';
import { sortValues } from '../../db/keyset.js';
import { access, defineRoute } from '../../server/route.js';
import {
  ZCursor,
  ZId,
  ZIdList,
  ZIdParams,
  ZLimit,
  ZQueryBoolean,
  zAnyOf,
  zDate,
  zOptionalText,
  zPage,
  zString,
  zText,
} from '../../server/schemas.js';
import { addDays, localDateOf } from '../../shared/dates.js';
import { ROLES } from '../../shared/roles.js';
import { BUILT_IN_TEMPLATES } from './surveys.fixtures.js';
import { CADENCES, QUESTION_SCALES, ROUND_STATUSES, SIDES, SURVEY_KINDS } from './surveys.rules.js';
import {
  closeRound,
  createRound,
  createTemplate,
  getRound,
  getSurveySettings,
  getTemplate,
  listRounds,
  listTemplates,
  partnerSurveySummary,
  roundResponses,
  roundResults,
  sendWave,
  submitResponse,
  surveyTrends,
  updateSurveySettings,
  updateTemplate,
} from './surveys.service.js';

const VENDOR = ['admin', 'partner_manager', 'executive', 'finance'] as const;
const MANAGERS = ['admin', 'partner_manager'] as const;
const inDays = (n: number) => addDays(localDateOf(new Date(), 'UTC'), n);

const ZPersonRef = z.object({ id: z.uuid(), name: z.string(), email: z.string(), role: z.enum(ROLES) });
const ZQuestion = z
  .object({
    id: z.string(),
    text: z.string(),
    dimension: z.string(),
    scale: z.enum(QUESTION_SCALES).describe('agreement 1–5, nps 0–10'),
  })
  .meta({ id: 'SurveyQuestion' });
const ZSideCounts = z.object({ vendor: z.number().int(), partner: z.number().int() });
const ZAnswer = z.object({ questionId: z.string(), score: z.number().int(), comment: z.string().nullable() });

const ZTemplate = z
  .object({
    id: z.uuid(),
    kind: z.enum(SURVEY_KINDS),
    name: z.string(),
    description: z.string(),
    questions: z.array(ZQuestion),
    builtIn: z.boolean(),
    active: z.boolean(),
    can: z.object({ edit: z.boolean() }),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'SurveyTemplate' });

const ZRound = z
  .object({
    id: z.uuid(),
    partnerId: z.uuid(),
    partnerName: z.string(),
    templateId: z.uuid().nullable(),
    kind: z.enum(SURVEY_KINDS),
    title: z.string(),
    questions: z.array(ZQuestion).describe('As sent: a later template change does not alter them'),
    period: z.string().describe('2026-Q4 (diagnostic, PX) or 2026-H2 (NPS), from the opening day'),
    opensOn: z.string(),
    closesOn: z.string(),
    status: z.enum(ROUND_STATUSES),
    waveId: z.uuid().nullable().describe('Rounds sent to many partners at once share it'),
    recurring: z.boolean().describe('Opened by the recurring schedule'),
    createdBy: ZPersonRef.nullable(),
    closedAt: z.date().nullable(),
    recipients: ZSideCounts.describe('People asked, per side'),
    responses: ZSideCounts.describe('People who answered, per side'),
    asked: z.boolean().describe('The caller was asked to answer'),
    myResponse: z
      .object({ submittedAt: z.date(), updatedAt: z.date(), answers: z.array(ZAnswer) })
      .nullable()
      .describe("The caller's own answer, if given"),
    answerBlocked: z.string().nullable().describe('Why the caller cannot answer now'),
    can: z.object({ answer: z.boolean(), close: z.boolean(), viewResponses: z.boolean() }),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'SurveyRound' });

const ZSideStat = z.object({ average: z.number().nullable(), count: z.number().int() });
const gapFields = {
  vendor: ZSideStat,
  partner: ZSideStat,
  gap: z
    .number()
    .nullable()
    .describe('Vendor average − partner average (scale points): positive when the vendor is more positive'),
  flagged: z.boolean().describe('|gap| reaches the threshold'),
};
const ZNps = z
  .object({
    nps: z.number().int().nullable().describe('% promoters (9–10) − % detractors (0–6)'),
    promoters: z.number().int(),
    passives: z.number().int(),
    detractors: z.number().int(),
    count: z.number().int(),
  })
  .meta({ id: 'NpsResult' });

const ZResults = z
  .object({
    roundId: z.uuid(),
    partnerId: z.uuid(),
    kind: z.enum(SURVEY_KINDS),
    status: z.enum(ROUND_STATUSES),
    gapThreshold: z.number(),
    respondents: ZSideCounts,
    questions: z.array(
      z.object({ questionId: z.string(), text: z.string(), dimension: z.string(), scale: z.enum(QUESTION_SCALES), ...gapFields }),
    ),
    dimensions: z.array(z.object({ dimension: z.string(), ...gapFields })),
    overall: z.object(gapFields),
    score: z.number().nullable().describe('0–100: each side’s agreement as a percent, the two sides averaged'),
    perceptionGap: z.number().nullable().describe('|vendor − partner| in points of that score'),
    nps: ZNps.nullable(),
    comments: z.array(z.object({ questionId: z.string(), side: z.enum(SIDES), comment: z.string() })).describe('Without names'),
  })
  .meta({ id: 'SurveyResults' });

const ZSettings = z
  .object({
    pxCadence: z.enum(CADENCES),
    npsCadence: z.enum(CADENCES),
    responseDays: z.number().int(),
    reminderDays: z.number().int(),
    gapThreshold: z.number(),
    updatedAt: z.date().nullable(),
  })
  .meta({ id: 'SurveySettings' });

const ZDiagnosticFigure = z.object({
  roundId: z.uuid(),
  closesOn: z.string(),
  score: z.number().nullable(),
  vendor: z.number().nullable(),
  partner: z.number().nullable(),
  gap: z.number().nullable(),
});

const ZSummary = z
  .object({
    partnerId: z.uuid(),
    diagnostic: ZDiagnosticFigure.nullable().describe('Latest closed health diagnostic (0–100 per side)'),
    nps: ZNps.extend({ roundId: z.uuid(), period: z.string() }).nullable(),
    px: z.object({ roundId: z.uuid(), period: z.string(), score: z.number() }).nullable(),
    awaitingMe: z.number().int(),
  })
  .meta({ id: 'PartnerSurveySummary' });

const ZTrendPoint = { period: z.string(), value: z.number().nullable(), change: z.number().nullable() };
const ZTrends = z
  .object({
    nps: z.array(
      z.object({
        ...ZTrendPoint,
        promoters: z.number().int(),
        passives: z.number().int(),
        detractors: z.number().int(),
        count: z.number().int(),
        partners: z.number().int(),
      }),
    ),
    px: z.array(z.object({ ...ZTrendPoint, count: z.number().int(), dimensions: z.record(z.string(), z.number().nullable()) })),
    pxDimensions: z.array(z.string()),
    diagnostics: z.array(
      z.object({
        period: z.string(),
        vendor: z.number().nullable(),
        partner: z.number().nullable(),
        gap: z.number().nullable(),
        rounds: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'SurveyTrends' });

const zKind = z.enum(SURVEY_KINDS, { error: `must be one of ${SURVEY_KINDS.join(', ')}` });
const ZQuestionInput = z.strictObject({
  id: zString(60)
    .regex(/^[a-z][a-z0-9_]*$/, 'must be lower-case letters, digits and _')
    .optional()
    .describe('Keep it to keep the question (answers name it); leave it out for a new one'),
  text: zText(500),
  dimension: zText(60)
    .regex(/^[a-z][a-z0-9_]*$/, 'must be lower-case letters, digits and _')
    .describe('trust, commitments, problem_resolution, communication, … (nps for the NPS question)'),
});
const templateFields = {
  name: zText(200),
  description: zOptionalText(2000).optional(),
  questions: z.array(ZQuestionInput).min(1, 'must hold at least one question').max(60, 'must hold at most 60 questions'),
  active: z.boolean().optional().describe('false archives it: no new rounds'),
};

const zScore = z
  .number({ error: 'must be a whole number' })
  .int('must be a whole number')
  .min(0, 'must be a whole number from 0 to 10')
  .max(10, 'must be a whole number from 0 to 10')
  .describe('1–5 agreement, or 0–10 for the NPS question');

export const surveyRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/survey-templates',
    summary: 'Survey templates: the built-in health diagnostic, NPS and PX, and the vendor’s own',
    tags: ['surveys'],
    access: access.roles(['admin', 'partner_manager', 'executive'], { scope: 'none' }),
    permission: 'surveyTemplate.read',
    query: z.object({ kind: zAnyOf(SURVEY_KINDS).optional(), active: ZQueryBoolean.optional() }),
    response: z.object({ data: z.array(ZTemplate), nextCursor: z.null() }),
    handler: async ({ ctx, query }) => listTemplates(ctx, query),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/survey-templates',
    summary: 'Create a survey template',
    tags: ['surveys'],
    access: access.roles(MANAGERS, { scope: 'none' }),
    permission: 'surveyTemplate.create',
    status: 201,
    body: z.strictObject({ kind: zKind, ...templateFields }),
    response: ZTemplate,
    example: (refs) => ({
      kind: 'px',
      name: `Marketplace experience ${refs.unique}`,
      questions: [{ text: 'Listing our joint offer on the marketplace is easy.', dimension: 'ease_of_doing_business' }],
    }),
    handler: async ({ ctx, body }) => createTemplate(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/survey-templates/:id',
    summary: 'Get a survey template',
    tags: ['surveys'],
    access: access.roles(['admin', 'partner_manager', 'executive'], { scope: 'none' }),
    permission: 'surveyTemplate.read',
    target: 'surveyTemplate',
    params: ZIdParams,
    response: ZTemplate,
    handler: async ({ ctx, params }) => getTemplate(ctx, params.id),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/survey-templates/:id',
    summary: 'Change a template: its questions (order, text, dimension), name, or archive it',
    description: 'Rounds already sent keep the questions they were sent with.',
    tags: ['surveys'],
    access: access.roles(MANAGERS, { scope: 'none' }),
    permission: 'surveyTemplate.edit',
    target: 'surveyTemplate',
    params: ZIdParams,
    body: z.strictObject(templateFields).partial(),
    response: ZTemplate,
    example: () => ({ description: 'Asked every quarter.' }),
    handler: async ({ ctx, params, body }) => updateTemplate(ctx, params.id, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/survey-rounds',
    summary: 'Survey rounds: every partner’s, or one’s (`partnerId`); `awaitingMe` for the ones the caller still has to answer',
    description: 'A partner’s people see their own company’s rounds only.',
    tags: ['surveys'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'surveyRound.read',
    query: z.object({
      limit: ZLimit,
      cursor: ZCursor,
      sort: z.enum(sortValues(['opensOn', 'closesOn', 'createdAt'])).default('-opensOn'),
      partnerId: ZIdList.optional(),
      kind: zAnyOf(SURVEY_KINDS).optional(),
      status: zAnyOf(ROUND_STATUSES).optional(),
      awaitingMe: ZQueryBoolean.optional(),
      waveId: ZId.optional(),
    }),
    response: zPage(ZRound),
    export: { omit: ['questions', 'myResponse'] },
    handler: async ({ ctx, query }) => listRounds(ctx, query),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/survey-rounds',
    summary: 'Send a survey to one partner',
    description:
      'A health diagnostic asks both sides: `vendorRecipientIds` (default the partner’s manager) and ' +
      '`partnerRecipientIds` (default every active user of the partner). NPS and PX ask the partner’s people. ' +
      'Recipients are notified (in the app and by e-mail) when it opens and reminded before it closes.',
    tags: ['surveys'],
    access: access.roles(MANAGERS, { scope: 'none' }),
    permission: 'surveyRound.create',
    bodyTarget: true,
    status: 201,
    body: z.strictObject({
      partnerId: ZId,
      templateId: ZId,
      title: zText(200).optional(),
      opensOn: zDate().optional().describe('Default today; a later day schedules it'),
      closesOn: zDate(),
      vendorRecipientIds: z.array(ZId).max(50, 'must name at most 50 people').optional(),
      partnerRecipientIds: z.array(ZId).max(500, 'must name at most 500 people').optional(),
    }),
    response: ZRound,
    example: (refs) => ({ partnerId: refs.partnerId, templateId: BUILT_IN_TEMPLATES.health_diagnostic, closesOn: inDays(21) }),
    handler: async ({ ctx, body }) => createRound(ctx, body.partnerId, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/survey-waves',
    summary: 'Send an NPS or PX survey to many partners: one round each (default every enabled, active or strategic partner)',
    tags: ['surveys'],
    access: access.roles(MANAGERS, { scope: 'none' }),
    permission: 'surveyRound.send',
    status: 201,
    body: z.strictObject({
      templateId: ZId,
      partnerIds: z.array(ZId).min(1, 'must name at least one partner').max(5000).optional(),
      title: zText(200).optional(),
      opensOn: zDate().optional(),
      closesOn: zDate(),
    }),
    response: z
      .object({
        waveId: z.uuid(),
        kind: z.enum(SURVEY_KINDS),
        rounds: z.number().int(),
        partnerIds: z.array(z.uuid()),
        skipped: z.array(z.object({ partnerId: z.uuid(), reason: z.string() })),
      })
      .meta({ id: 'SurveyWave' }),
    example: (refs) => ({ templateId: BUILT_IN_TEMPLATES.nps, partnerIds: [refs.partnerId], closesOn: inDays(14) }),
    handler: async ({ ctx, body }) => sendWave(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/survey-rounds/:id',
    summary: 'Get a survey round with its questions and the caller’s own answer',
    tags: ['surveys'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'surveyRound.read',
    target: 'surveyRound',
    params: ZIdParams,
    response: ZRound,
    handler: async ({ ctx, params }) => getRound(ctx, params.id),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/v1/survey-rounds/:id/response',
    summary: 'Answer a survey (or change the answer until it closes); one response per person',
    tags: ['surveys'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'surveyRound.answer',
    target: 'surveyRound',
    params: ZIdParams,
    body: z.strictObject({
      answers: z
        .array(z.strictObject({ questionId: zString(60), score: zScore, comment: zOptionalText(2000).nullable().optional() }))
        .max(60, 'must hold at most 60 answers'),
    }),
    response: ZRound,
    example: () => ({ answers: [{ questionId: 'trust', score: 4, comment: 'Good working relationship.' }] }),
    handler: async ({ ctx, params, body }) => submitResponse(ctx, params.id, body.answers),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/survey-rounds/:id/close',
    summary: 'Close a survey before its closing day',
    tags: ['surveys'],
    access: access.roles(MANAGERS, { scope: 'none' }),
    permission: 'surveyRound.close',
    target: 'surveyRound',
    params: ZIdParams,
    response: ZRound,
    handler: async ({ ctx, params }) => closeRound(ctx, params.id),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/survey-rounds/:id/results',
    summary: 'A round’s results per question and dimension: each side’s average and the perception gap; NPS',
    description: 'Aggregated per side; comments without names. Individual answers: /responses (admins).',
    tags: ['surveys'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'surveyRound.results',
    target: 'surveyRound',
    params: ZIdParams,
    response: ZResults,
    handler: async ({ ctx, params }) => roundResults(ctx, params.id),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/survey-rounds/:id/responses',
    summary: 'Each person’s answers by name (admins only)',
    tags: ['surveys'],
    access: access.roles(['admin'], { scope: 'none' }),
    permission: 'surveyRound.responses',
    target: 'surveyRound',
    params: ZIdParams,
    response: z.object({
      data: z.array(
        z
          .object({
            id: z.uuid(),
            user: ZPersonRef.nullable(),
            side: z.enum(SIDES),
            submittedAt: z.date(),
            updatedAt: z.date(),
            answers: z.array(ZAnswer),
          })
          .meta({ id: 'SurveyResponse' }),
      ),
      nextCursor: z.null(),
    }),
    export: false,
    handler: async ({ ctx, params }) => roundResponses(ctx, params.id),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/partners/:id/survey-summary',
    summary: 'A partner’s latest diagnostic score and perception gap, NPS of its people and PX score',
    tags: ['surveys', 'partners'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'surveyRound.read',
    target: 'partner',
    params: ZIdParams,
    response: ZSummary,
    handler: async ({ ctx, params }) => partnerSurveySummary(ctx, params.id),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/survey-trends',
    summary: 'Portfolio trends: NPS per half-year, PX per quarter and dimension, diagnostics per quarter',
    tags: ['surveys'],
    access: access.roles(VENDOR, { scope: 'none' }),
    permission: 'surveyRound.report',
    query: z.object({ partnerId: ZIdList.optional() }),
    response: ZTrends,
    handler: async ({ ctx, query }) => surveyTrends(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/survey-settings',
    summary: 'The survey schedule (recurring PX and NPS), reminders and the perception-gap threshold',
    tags: ['surveys'],
    access: access.roles(VENDOR, { scope: 'none' }),
    permission: 'surveySettings.read',
    response: ZSettings,
    handler: async ({ ctx }) => getSurveySettings(ctx),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/survey-settings',
    summary: 'Change the survey schedule and settings (admins)',
    tags: ['surveys'],
    access: access.roles(['admin'], { scope: 'none' }),
    permission: 'surveySettings.edit',
    body: z
      .strictObject({
        pxCadence: z.enum(CADENCES, { error: `must be one of ${CADENCES.join(', ')}` }),
        npsCadence: z.enum(CADENCES, { error: `must be one of ${CADENCES.join(', ')}` }),
        responseDays: z.number().int('must be a whole number').min(3, 'must be at least 3').max(90, 'must be at most 90'),
        reminderDays: z.number().int('must be a whole number').min(0, 'must be at least 0').max(30, 'must be at most 30'),
        gapThreshold: z.number().min(0.25, 'must be at least 0.25').max(4, 'must be at most 4'),
      })
      .partial(),
    response: ZSettings,
    example: () => ({ gapThreshold: 1 }),
    handler: async ({ ctx, body }) => updateSurveySettings(ctx, body),
  }),
];
