import { z } from 'zod';
import { access, defineRoute } from '../../server/route.js';
import { ZCursor, ZId, ZIdList, ZIdParams, ZLimit, zAnyOf, zOptionalText, zPage, zText } from '../../server/schemas.js';
import { PARTNER_ROLES, ROLES } from '../../shared/roles.js';
import { IDEA_STAGES } from './innovation.rules.js';
import {
  decideIdea,
  getIdea,
  ideaFunnel,
  listIdeas,
  scoreIdea,
  setReviewers,
  submitIdea,
  updateIdea,
} from './innovation.service.js';

const ZPersonRef = z.object({ id: z.uuid(), name: z.string(), email: z.string(), role: z.enum(ROLES) });

const ZIdea = z
  .object({
    id: z.uuid(),
    partnerId: z.uuid(),
    partnerName: z.string(),
    title: z.string(),
    problem: z.string(),
    proposal: z.string(),
    expectedValue: z.string(),
    stage: z.enum(IDEA_STAGES),
    stopReason: z.string().nullable(),
    stoppedAt: z.enum(IDEA_STAGES).nullable().describe('The stage it was stopped at'),
    submittedById: z.uuid().nullable(),
    submittedBy: ZPersonRef.nullable(),
    stageChangedAt: z.date(),
    reviews: z.array(
      z.object({
        reviewer: ZPersonRef,
        scored: z.boolean(),
        value: z.number().int().nullable().describe('1–5; null for the partner’s people'),
        feasibility: z.number().int().nullable(),
        comment: z.string().nullable(),
        scoredAt: z.date().nullable(),
      }),
    ),
    scores: z
      .object({ value: z.number().int().nullable(), feasibility: z.number().int().nullable(), count: z.number().int() })
      .describe('The reviewers’ averages in tenths (42 = 4.2)'),
    decisions: z.array(
      z.object({
        id: z.uuid(),
        fromStage: z.enum(IDEA_STAGES),
        toStage: z.enum(IDEA_STAGES),
        reason: z.string(),
        decidedBy: ZPersonRef.nullable(),
        decidedAt: z.date(),
      }),
    ),
    can: z.object({ edit: z.boolean(), decide: z.boolean(), score: z.boolean(), seeReviews: z.boolean() }),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'InnovationIdea' });

const ideaFields = {
  title: zText(160),
  problem: zOptionalText(2000).optional().describe('The customer problem it solves'),
  proposal: zText(4000).describe('What to build together'),
  expectedValue: zOptionalText(2000).optional().describe('The value it could bring, to whom'),
};

const SUBMITTERS = ['admin', 'partner_manager', ...PARTNER_ROLES] as const;
const MANAGERS = ['admin', 'partner_manager'] as const;

export const innovationRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/ideas',
    summary: 'Ideas in the innovation funnel (a partner’s people: their company’s), newest first',
    tags: ['innovation'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'idea.read',
    query: z.object({
      limit: ZLimit,
      cursor: ZCursor,
      sort: z.enum(['-createdAt', 'createdAt', '-stageChangedAt', 'stageChangedAt', 'title', '-title']).default('-createdAt'),
      partnerId: ZIdList.optional(),
      stage: zAnyOf(IDEA_STAGES).optional(),
    }),
    response: zPage(ZIdea),
    export: { omit: ['reviews', 'decisions', 'scores'] },
    handler: async ({ ctx, query }) => listIdeas(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/ideas/funnel',
    summary: 'How many ideas are at each stage (submission → feasibility → prototype → pilot → launch, or stopped)',
    tags: ['innovation'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'idea.read',
    query: z.object({ partnerId: ZIdList.optional() }),
    response: z
      .object({
        partnerId: z
          .uuid()
          .nullable()
          .describe('Whose funnel: the caller’s company (partner side) or the one partner asked for; null: the portfolio'),
        stages: z.object(
          Object.fromEntries(IDEA_STAGES.map((s) => [s, z.number().int()])) as Record<(typeof IDEA_STAGES)[number], z.ZodNumber>,
        ),
      })
      .meta({ id: 'IdeaFunnel' }),
    handler: async ({ ctx, query }) => ideaFunnel(ctx, query.partnerId),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/partners/:id/ideas',
    summary: 'Submit an idea for joint innovation (the partner’s people, or the alliance’s managers for it)',
    tags: ['innovation'],
    access: access.roles(SUBMITTERS, { scope: 'partner' }),
    permission: 'idea.create',
    target: 'partner',
    params: ZIdParams,
    status: 201,
    body: z.strictObject(ideaFields),
    response: ZIdea,
    example: () => ({
      title: 'Remote firmware updates for clinic devices',
      problem: 'Technicians drive to every clinic for each update',
      proposal: 'Push signed updates through the monitoring platform',
      expectedValue: 'Two site visits fewer per clinic and year',
    }),
    handler: async ({ ctx, params, body }) => submitIdea(ctx, params.id, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/ideas/:id',
    summary: 'An idea with its reviewers, scores and stage decisions',
    tags: ['innovation'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'idea.read',
    target: 'idea',
    params: ZIdParams,
    response: ZIdea,
    handler: async ({ ctx, params }) => getIdea(ctx, params.id),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/ideas/:id',
    summary: 'Change an idea still at submission (whoever submitted it, its company’s admin, the alliance’s managers)',
    tags: ['innovation'],
    access: access.roles(SUBMITTERS, { scope: 'partner' }),
    permission: 'idea.edit',
    target: 'idea',
    params: ZIdParams,
    body: z.strictObject(ideaFields).partial(),
    response: ZIdea,
    example: () => ({ expectedValue: 'Three site visits fewer per clinic and year' }),
    handler: async ({ ctx, params, body }) => updateIdea(ctx, params.id, body),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/v1/ideas/:id/reviewers',
    summary: 'Name the idea’s reviewers (vendor admins, partner managers, executives)',
    tags: ['innovation'],
    access: access.roles(MANAGERS, { scope: 'partner' }),
    permission: 'idea.decide',
    target: 'idea',
    params: ZIdParams,
    body: z.strictObject({ reviewerIds: z.array(ZId).max(10, 'at most 10 reviewers') }),
    response: ZIdea,
    example: (refs) => ({ reviewerIds: [refs.vendorUserId] }),
    handler: async ({ ctx, params, body }) => setReviewers(ctx, params.id, body.reviewerIds),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/v1/ideas/:id/score',
    summary: 'Score an idea’s value and feasibility, 1–5 (an assigned reviewer)',
    tags: ['innovation'],
    access: access.roles(['admin', 'partner_manager', 'executive'], { scope: 'none' }),
    permission: 'idea.score',
    target: 'idea',
    params: ZIdParams,
    body: z.strictObject({
      value: z
        .number({ error: 'must be a whole number from 1 to 5' })
        .int('must be a whole number from 1 to 5')
        .min(1, 'must be at least 1')
        .max(5, 'must be at most 5'),
      feasibility: z
        .number({ error: 'must be a whole number from 1 to 5' })
        .int('must be a whole number from 1 to 5')
        .min(1, 'must be at least 1')
        .max(5, 'must be at most 5'),
      comment: zOptionalText(2000).optional(),
    }),
    response: ZIdea,
    example: () => ({ value: 4, feasibility: 3, comment: 'Needs the device vendor’s signing keys' }),
    handler: async ({ ctx, params, body }) => scoreIdea(ctx, params.id, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/ideas/:id/decisions',
    summary: 'Decide an idea’s stage: on to the next stage, or stopped with a reason',
    description:
      'An idea moves one stage at a time (submission → feasibility → prototype → pilot → launch) or is stopped; launch and stopped are final (422 naming `stage`; a stop without `reason`: 422 naming `reason`).',
    tags: ['innovation'],
    access: access.roles(MANAGERS, { scope: 'partner' }),
    permission: 'idea.decide',
    target: 'idea',
    params: ZIdParams,
    status: 201,
    body: z.strictObject({
      stage: z.enum(IDEA_STAGES, { error: `must be one of ${IDEA_STAGES.join(', ')}` }),
      reason: zOptionalText(2000).optional(),
    }),
    response: ZIdea,
    example: () => ({ stage: 'feasibility', reason: 'Clear customer demand' }),
    handler: async ({ ctx, params, body }) => decideIdea(ctx, params.id, body),
  }),
];
