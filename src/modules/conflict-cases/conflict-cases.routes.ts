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
  zOptionalText,
  zPage,
  zString,
  zText,
} from '../../server/schemas.js';
import { ROLES } from '../../shared/roles.js';
import { CASE_STATUSES, DECISION_OUTCOMES, PARTY_OUTCOMES } from './conflict-cases.rules.js';
import {
  addConflictNote,
  addConflictStatement,
  appealConflictCase,
  closeConflictCase,
  conflictCaseSummary,
  decideConflictCase,
  escalateConflictCase,
  getConflictCase,
  getConflictCaseSettings,
  listConflictCases,
  openConflictCase,
  updateConflictCaseSettings,
} from './conflict-cases.service.js';

const ZPersonRef = z.object({ id: z.uuid(), name: z.string(), email: z.string(), role: z.enum(ROLES) });

const ZParty = z
  .object({
    id: z.uuid(),
    partnerId: z.uuid().nullable().describe('Null: the vendor’s direct team'),
    partnerName: z.string(),
    registration: z.object({ id: z.uuid(), number: z.string(), title: z.string() }).nullable(),
    statement: z.string(),
    statementAt: z.date().nullable(),
    outcome: z.enum(PARTY_OUTCOMES).nullable().describe('The decision as it concerns this party'),
    appealedAt: z.date().nullable(),
    appealStatement: z.string(),
    appealedThisRound: z.boolean(),
  })
  .meta({ id: 'ConflictCaseParty' });

const caseShape = {
  id: z.uuid(),
  number: z.string().describe('Readable and sequential: CC-000123'),
  origin: z.enum(['registration', 'manual']),
  customer: z.object({ name: z.string(), domain: z.string().nullable() }),
  status: z.enum(CASE_STATUSES).describe('open → decided → closed; an appeal re-opens a decided case at the next tier'),
  tier: z.number().int().describe('Escalation tier: 1 partner manager, 2 channel chief, 3 executive'),
  tierLabel: z.string(),
  dueAt: z.date().describe('When the current tier’s SLA runs out'),
  overdue: z.boolean(),
  owner: ZPersonRef.nullable().describe('Vendor staff only'),
  summary: z.string().describe('Vendor staff only'),
  round: z.number().int().describe('Decisions made so far'),
  decision: z
    .object({
      outcome: z.enum(DECISION_OUTCOMES).nullable().describe('Vendor staff only: a party reads its own outcome on its party'),
      reasons: z.string(),
      internalNote: z.string().describe('Vendor staff only'),
      decidedAt: z.date(),
      decidedBy: ZPersonRef.nullable(),
      appealUntil: z.string().nullable(),
    })
    .nullable(),
  closedAt: z.date().nullable(),
  outcomeNote: z.string(),
  parties: z.array(ZParty).describe('Vendor staff: every party. A partner: its own only'),
  myParty: ZParty.nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
  can: z.object({
    escalate: z.boolean(),
    decide: z.boolean(),
    close: z.boolean(),
    note: z.boolean(),
    state: z.boolean(),
    appeal: z.boolean(),
  }),
};

export const ZConflictCase = z.object(caseShape).meta({ id: 'ConflictCase' });

const ZEntry = z
  .object({
    id: z.uuid(),
    kind: z.string(),
    tier: z.number().int(),
    body: z.string(),
    at: z.date(),
    actorName: z.string(),
    visibility: z.enum(['party', 'parties', 'vendor']),
    partnerName: z.string().nullable(),
  })
  .meta({ id: 'ConflictCaseEntry' });

export const ZConflictCaseDetail = z.object({ ...caseShape, timeline: z.array(ZEntry) }).meta({ id: 'ConflictCaseDetail' });

const ZSettings = z
  .object({ appealDays: z.number().int(), tierSlaHours: z.array(z.number().int()), updatedAt: z.date() })
  .meta({ id: 'ConflictCaseSettings' });

const SORTS = sortValues(['createdAt', 'dueAt'] as const);
const RUNNERS = ['admin', 'partner_manager'] as const;
const PARTNER_SIDE = ['partner_admin', 'partner_user'] as const;

type Handler = (ctx: Parameters<typeof getConflictCase>[0], id: string, body: never) => ReturnType<typeof getConflictCase>;

const action = (
  verb: string,
  summary: string,
  permission: `conflictCase.${string}`,
  target: string,
  roles: readonly (typeof ROLES)[number][],
  body: z.ZodObject,
  example: () => Record<string, unknown>,
  run: Handler,
) =>
  defineRoute({
    method: 'POST',
    url: `/api/v1/conflict-cases/:id/${verb}`,
    summary,
    tags: ['conflict-cases'],
    access: access.roles(roles, { scope: 'partner' }),
    permission,
    target,
    params: ZIdParams,
    body,
    example,
    response: ZConflictCaseDetail,
    handler: async ({ ctx, params, body: input }) => run(ctx, params.id, input as never),
  });

export const conflictCaseRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/conflict-cases',
    summary: 'Conflict cases (a partner’s people: those their company is a party of, its own side only)',
    description:
      'Filters: `status`, `tier`, `partnerId` (a party), `registrationId` (a party’s registration), `overdue=true` ' +
      '(open past the tier’s SLA), `q` (number, customer).',
    tags: ['conflict-cases'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'conflictCase.read',
    query: z.object({
      limit: ZLimit,
      cursor: ZCursor,
      sort: z.enum(SORTS).default('-createdAt'),
      status: zAnyOf(CASE_STATUSES).optional(),
      tier: zAnyOf(['1', '2', '3'] as const)
        .transform((v) => v.map(Number))
        .optional(),
      partnerId: ZIdList.optional(),
      registrationId: ZId.optional(),
      overdue: ZQueryBoolean.optional(),
      q: zString(200).optional(),
    }),
    response: zPage(ZConflictCase),
    export: { pick: { customer: 'name', owner: 'name', myParty: 'outcome' } },
    handler: async ({ ctx, query }) => listConflictCases(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/conflict-cases/summary',
    summary: 'Counts: open (by tier), overdue, decided',
    tags: ['conflict-cases'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'conflictCaseSummary.read',
    response: z
      .object({
        open: z.number().int(),
        overdue: z.number().int(),
        decided: z.number().int(),
        byTier: z.array(z.object({ tier: z.number().int(), open: z.number().int() })),
      })
      .meta({ id: 'ConflictCaseSummary' }),
    handler: async ({ ctx }) => conflictCaseSummary(ctx),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/conflict-cases/settings',
    summary: 'The appeal window and each tier’s SLA',
    tags: ['conflict-cases'],
    access: access.roles(['admin', 'partner_manager', 'executive', 'finance'], { scope: 'none' }),
    permission: 'conflictCaseSettings.read',
    response: ZSettings,
    handler: async ({ ctx }) => getConflictCaseSettings(ctx),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/v1/conflict-cases/settings',
    summary: 'Change the appeal window (days) or the tiers’ SLAs (hours of tiers 1, 2 and 3)',
    tags: ['conflict-cases'],
    access: access.roles(['admin'], { scope: 'none' }),
    permission: 'conflictCaseSettings.edit',
    body: z.strictObject({
      appealDays: z.number().int('must be whole days').min(1, 'must be 1 to 90 days').max(90, 'must be 1 to 90 days').optional(),
      tierSlaHours: z
        .array(z.number().int('must be whole hours').min(1, 'must be 1 to 2160 hours').max(2160, 'must be 1 to 2160 hours'))
        .length(3, 'must give the hours of tiers 1, 2 and 3')
        .optional(),
    }),
    response: ZSettings,
    example: () => ({ appealDays: 10, tierSlaHours: [72, 120, 168] }),
    handler: async ({ ctx, body }) => updateConflictCaseSettings(ctx, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/conflict-cases',
    summary: 'Open a conflict case by hand (a channel conflict between partners, or partners and the direct team)',
    description:
      'Flagged deal registrations open their case themselves. Each partner party’s admins are told a case concerns ' +
      'them; no party ever learns who the others are.',
    tags: ['conflict-cases'],
    access: access.roles(RUNNERS, { scope: 'none' }),
    permission: 'conflictCase.create',
    bodyTarget: true,
    status: 201,
    body: z.strictObject({
      customer: z.strictObject({ name: zText(200), domain: zOptionalText(253).nullable().optional() }),
      parties: z
        .array(z.strictObject({ partnerId: ZId, registrationId: ZId.nullable().optional() }))
        .min(1, 'must name at least one partner')
        .max(10, 'at most 10 partners'),
      vendorDirect: z.boolean().optional().describe('The vendor’s direct team is a party'),
      summary: zOptionalText(5000).optional(),
      ownerId: ZId.nullable()
        .optional()
        .describe('The partner manager or admin who runs it (default: you, or the first partner’s manager)'),
    }),
    response: ZConflictCaseDetail,
    example: (refs) => ({
      customer: { name: `Globex ${refs.unique}`, domain: `globex-${refs.unique}.example` },
      parties: [{ partnerId: refs.partnerId }],
      vendorDirect: true,
      summary: 'The partner is pursuing a named direct account',
    }),
    handler: async ({ ctx, body }) => openConflictCase(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/conflict-cases/:id',
    summary: 'Get a conflict case with its timeline (a partner: its own side only)',
    tags: ['conflict-cases'],
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'conflictCase.read',
    target: 'conflictCase',
    params: ZIdParams,
    response: ZConflictCaseDetail,
    handler: async ({ ctx, params }) => getConflictCase(ctx, params.id),
  }),
  action(
    'escalate',
    'Escalate an open case to the next tier (new SLA; the tier’s deciders are told)',
    'conflictCase.escalate',
    'conflictCase',
    RUNNERS,
    z.strictObject({ reason: zOptionalText(2000).optional() }),
    () => ({ reason: 'Both partners refuse to step back' }),
    (ctx, id, body: { reason?: string }) => escalateConflictCase(ctx, id, body.reason ?? ''),
  ),
  action(
    'decide',
    'Decide an open case: who keeps the customer, with the reasons every party reads',
    'conflictCase.decide',
    'conflictCase',
    [...RUNNERS, 'executive'],
    z.strictObject({
      outcome: z.enum(DECISION_OUTCOMES, { error: `must be one of ${DECISION_OUTCOMES.join(', ')}` }),
      keepers: z
        .array(ZId)
        .max(10, 'at most 10 parties')
        .optional()
        .describe('Party ids: one for awarded, two or more for split'),
      reasons: zText(5000).describe('Every party reads these: do not name other partners'),
      internalNote: zOptionalText(5000).optional().describe('Vendor staff only'),
    }),
    () => ({ outcome: 'vendor_direct', reasons: 'The customer is a named direct account this year.' }),
    (
      ctx,
      id,
      body: { outcome: (typeof DECISION_OUTCOMES)[number]; keepers?: string[]; reasons: string; internalNote?: string },
    ) => decideConflictCase(ctx, id, body),
  ),
  action(
    'notes',
    'Add an internal note to the timeline (vendor staff only read it)',
    'conflictCase.note',
    'conflictCase',
    RUNNERS,
    z.strictObject({ note: zText(5000) }),
    () => ({ note: 'Called both partner managers; the customer prefers the incumbent.' }),
    (ctx, id, body: { note: string }) => addConflictNote(ctx, id, body.note),
  ),
  action(
    'close',
    'Record the outcome of a decided case and close it',
    'conflictCase.close',
    'conflictCaseDecided',
    RUNNERS,
    z.strictObject({ outcomeNote: zOptionalText(5000).optional() }),
    () => ({ outcomeNote: 'The keeper closed the deal in the quarter.' }),
    (ctx, id, body: { outcomeNote?: string }) => closeConflictCase(ctx, id, body.outcomeNote ?? ''),
  ),
  action(
    'statement',
    'Your company’s statement on the conflict (only you and the vendor read it)',
    'conflictCase.state',
    'conflictCase',
    PARTNER_SIDE,
    z.strictObject({ statement: zText(5000) }),
    () => ({ statement: 'We have worked this account for a year and ran the proof of concept.' }),
    (ctx, id, body: { statement: string }) => addConflictStatement(ctx, id, body.statement),
  ),
  action(
    'appeal',
    'Appeal a decision that did not give your company the customer, within the appeal window: the case re-opens at the next tier',
    'conflictCase.appeal',
    'conflictCaseDecided',
    PARTNER_SIDE,
    z.strictObject({ statement: zText(5000) }),
    () => ({ statement: 'The customer signed our statement of work before the direct team engaged.' }),
    (ctx, id, body: { statement: string }) => appealConflictCase(ctx, id, body.statement),
  ),
];
