import { z } from 'zod';
import { access, defineRoute } from '../../server/route.js';
import { ZCurrency, ZId, ZIdParams, zText } from '../../server/schemas.js';
import { ROLES, VENDOR_ROLES } from '../../shared/roles.js';
import { RUNBOOK_ITEM_KINDS, RUNBOOK_STATUSES } from './offboarding.rules.js';
import { completeItem, listPartnerRunbooks, startRunbook } from './offboarding.service.js';

const ZPersonRef = z.object({ id: z.uuid(), name: z.string(), email: z.string(), role: z.enum(ROLES) });

const ZItem = z
  .object({
    id: z.uuid(),
    runbookId: z.uuid(),
    partnerId: z.uuid(),
    position: z.number().int(),
    kind: z.enum(RUNBOOK_ITEM_KINDS),
    title: z.string(),
    description: z.string(),
    amount: z
      .object({ amount: z.number().int(), currency: z.string() })
      .nullable()
      .describe('The amount settled (the settlement item), minor units'),
    note: z.string(),
    doneAt: z.date().nullable(),
    doneById: z.uuid().nullable(),
    doneBy: ZPersonRef.nullable(),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'OffboardingItem' });

const ZRunbook = z
  .object({
    id: z.uuid(),
    partnerId: z.uuid(),
    partnerName: z.string(),
    status: z.enum(RUNBOOK_STATUSES),
    reason: z.string().describe('Why the partner is leaving'),
    startedAt: z.date(),
    startedById: z.uuid().nullable(),
    startedBy: ZPersonRef.nullable(),
    completedAt: z.date().nullable(),
    cancelledAt: z.date().nullable(),
    open: z.number().int().describe('Items not done yet'),
    items: z.array(ZItem),
    can: z.object({ work: z.boolean() }),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'OffboardingRunbook' });

const MANAGERS = ['admin', 'partner_manager'] as const;

export const offboardingRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/partners/:id/offboarding-runbooks',
    summary: "A partner's off-boarding runbooks, the latest first",
    tags: ['offboarding', 'partners'],
    access: access.roles(VENDOR_ROLES, { scope: 'none' }),
    permission: 'offboardingRunbook.read',
    target: 'partner',
    params: ZIdParams,
    response: z.object({ data: z.array(ZRunbook) }),
    export: false,
    handler: async ({ ctx, params }) => ({ data: await listPartnerRunbooks(ctx, params.id) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/partners/:id/offboarding-runbooks',
    summary: 'Start the off-boarding runbook of a partner already off-boarding without one',
    description:
      'For a partner that entered off-boarding before runbooks existed (moving a partner into off-boarding ' +
      'starts its runbook by itself). 409 naming `partnerId` when the partner is not off-boarding or its runbook is ' +
      'open or finished.',
    tags: ['offboarding', 'partners'],
    access: access.roles(MANAGERS, { scope: 'none' }),
    permission: 'offboardingRunbook.start',
    target: 'offboardingPartner',
    params: ZIdParams,
    body: z.strictObject({ reason: zText(2000).optional().describe('Why the partner is leaving') }),
    status: 201,
    response: ZRunbook,
    example: () => ({ reason: 'Off-boarding began before the runbook existed' }),
    handler: async ({ ctx, params, body }) => startRunbook(ctx, params.id, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/offboarding-items/:id/complete',
    summary: 'Mark an off-boarding runbook item done, with a note (and the settlement with its amount)',
    description:
      '`end_access` deactivates every user of the partner (their sessions and API tokens stop working); ' +
      '`archive_plans` cancels its onboarding in progress. The last item finishes the runbook, which lets the partner ' +
      'be terminated (`POST /api/v1/partners/{id}/stage-transitions`).',
    tags: ['offboarding'],
    access: access.roles(MANAGERS, { scope: 'none' }),
    permission: 'offboardingItem.complete',
    target: 'offboardingItem',
    params: ZIdParams,
    body: z.strictObject({
      note: zText(2000),
      amount: z
        .strictObject({
          amount: z.number({ error: 'must be whole minor units' }).int('must be whole minor units').min(0).max(1e13),
          currency: ZCurrency,
        })
        .nullable()
        .optional()
        .describe('The settlement item only: the amount settled, 0 when nothing is owed'),
      transferTo: ZId.nullable()
        .optional()
        .describe(
          'The transfer item only: the active partner taking over open leads and opportunities (absent or null: the direct team)',
        ),
    }),
    response: ZRunbook,
    example: () => ({ note: 'Transferred to the direct team' }),
    handler: async ({ ctx, params, body }) => completeItem(ctx, params.id, body),
  }),
];
