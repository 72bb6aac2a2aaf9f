import { z } from 'zod';
import { access, defineRoute } from '../../server/route.js';
import { ZIdParams, zString } from '../../server/schemas.js';
import { ROLES } from '../../shared/roles.js';
import { renderQbrPdf } from './qbr.pdf.js';
import { slugOf } from './qbr.rules.js';
import { assembleQbr } from './qbr.service.js';

const ZMoney = z.object({ amount: z.number().int(), currency: z.string() });
const ZColour = z.enum(['green', 'yellow', 'red']);
const ZQuarterRef = z.object({ key: z.string(), label: z.string(), start: z.string(), end: z.string() });

const ZQbrPack = z
  .object({
    partner: z.object({ id: z.uuid(), name: z.string() }),
    vendorName: z.string(),
    quarter: ZQuarterRef,
    previousQuarter: ZQuarterRef,
    quarters: z.array(ZQuarterRef),
    audience: z.enum(['vendor', 'partner']),
    generatedAt: z.date(),
    asOf: z.date(),
    currency: z.string(),
    sponsors: z.object({ vendor: z.string().nullable(), partner: z.string().nullable(), partnerTitle: z.string().nullable() }),
    highlights: z.array(z.object({ key: z.string(), tone: z.enum(['positive', 'negative', 'neutral']), text: z.string() })),
    kpis: z.array(
      z.object({
        key: z.string(),
        label: z.string(),
        unit: z.enum(['money', 'percent', 'score', 'count']),
        value: z.number().nullable(),
        previous: z.number().nullable(),
        change: z.number().nullable(),
        currency: z.string().nullable(),
      }),
    ),
    revenue: z.object({
      won: ZMoney,
      wonDeals: z.number().int(),
      previousWon: ZMoney,
      target: ZMoney.nullable(),
      attainment: z.number().nullable(),
      pipeline: ZMoney.nullable(),
      previousPipeline: ZMoney.nullable(),
      pipelineTarget: ZMoney.nullable(),
      pipelineAttainment: z.number().nullable(),
      byQuarter: z.array(
        z.object({ quarter: z.string(), label: z.string(), won: ZMoney, target: ZMoney.nullable(), deals: z.number().int() }),
      ),
      unconverted: z.number().int(),
    }),
    plan: z
      .object({
        id: z.uuid(),
        title: z.string(),
        periodStart: z.string(),
        periodEnd: z.string(),
        status: z.string(),
        goals: z.array(
          z.object({
            id: z.string(),
            title: z.string(),
            kind: z.string(),
            side: z.string(),
            target: ZMoney.nullable(),
            targetCount: z.number().nullable(),
            unit: z.string(),
          }),
        ),
      })
      .nullable(),
    commitments: z
      .object({
        vendor: z.number().nullable(),
        partner: z.number().nullable(),
        asymmetry: z.number().nullable(),
        counts: z.object({
          vendor: z.number().int(),
          partner: z.number().int(),
          done: z.number().int(),
          open: z.number().int(),
          missed: z.number().int(),
        }),
        items: z.array(
          z.object({
            id: z.uuid(),
            title: z.string(),
            side: z.enum(['vendor', 'partner']),
            dueDate: z.string(),
            status: z.string(),
            overdue: z.boolean(),
            owner: z.string().nullable(),
          }),
        ),
      })
      .nullable(),
    attribution: z
      .object({
        model: z.string(),
        modelLabel: z.string(),
        credited: ZMoney,
        influenced: ZMoney,
        opportunities: z.number().int(),
        trend: z.array(z.object({ quarter: z.string(), label: z.string(), credited: ZMoney, influenced: ZMoney })),
      })
      .nullable(),
    health: z
      .object({
        score: z.number().nullable(),
        status: ZColour.nullable(),
        previousScore: z.number().nullable(),
        dimensions: z.array(
          z.object({
            key: z.string(),
            score: z.number().nullable(),
            status: ZColour.nullable(),
            evidence: z.array(
              z.object({
                metric: z.string(),
                label: z.string(),
                value: z.number().nullable(),
                unit: z.string(),
                points: z.number().nullable(),
                leading: z.boolean(),
                measured: z.boolean(),
                contribution: z.number(),
              }),
            ),
          }),
        ),
        trend: z.array(z.object({ period: z.string(), score: z.number().nullable(), status: ZColour.nullable() })),
      })
      .nullable(),
    governance: z
      .object({
        openActions: z.array(
          z.object({
            id: z.uuid(),
            title: z.string(),
            side: z.string(),
            owner: z.string().nullable(),
            dueOn: z.string(),
            overdue: z.boolean(),
          }),
        ),
        overdueActions: z.number().int(),
        decisions: z.array(
          z.object({
            id: z.uuid(),
            title: z.string(),
            status: z.string(),
            closedAt: z.date().nullable(),
            forPercent: z.number().nullable(),
          }),
        ),
        nextMeeting: z.object({ id: z.uuid(), title: z.string(), kind: z.string(), startsAt: z.date() }).nullable(),
      })
      .nullable(),
    risks: z
      .object({
        open: z.array(
          z.object({
            id: z.uuid(),
            title: z.string(),
            category: z.string(),
            likelihood: z.number().int(),
            impact: z.number().int(),
            score: z.number().int(),
            band: z.string(),
            status: z.string(),
            owner: z.string().nullable(),
          }),
        ),
        high: z.number().int(),
      })
      .nullable(),
    unavailable: z.array(z.object({ section: z.string(), reason: z.string() })),
  })
  .meta({ id: 'QbrPack' });

const ZQbrQuery = z.object({
  quarter: zString(7)
    .regex(/^\d{4}-Q[1-4]$/, 'must be a quarter such as 2026-Q3')
    .optional()
    .describe('YYYY-Qn; default: the last complete quarter in the organisation’s time zone'),
});

const TAGS = ['qbr', 'partners'];

export const qbrRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/partners/:id/qbr',
    summary: 'The QBR pack of a partner for a quarter, from live data',
    description:
      'Revenue won and open pipeline against the joint business plan’s targets (the quarter’s share of them), ' +
      'attribution by the organisation’s default model and influenced revenue with six quarters of trend, commitments ' +
      'of both sides with fulfilment and asymmetry, health with its evidence and trend (vendor staff only), open ' +
      'action items, decisions taken in the quarter, open risks, and the highlights. A section the caller may not ' +
      'read or with nothing behind it is null and listed in `unavailable` with the reason.',
    tags: TAGS,
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'qbrPack.read',
    target: 'partner',
    params: ZIdParams,
    query: ZQbrQuery,
    response: ZQbrPack,
    export: false,
    handler: async ({ ctx, params, query }) => assembleQbr(ctx, params.id, query.quarter),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/partners/:id/qbr.pdf',
    summary: 'The QBR pack as a PDF to present: landscape slides with charts',
    tags: TAGS,
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'qbrPack.read',
    target: 'partner',
    params: ZIdParams,
    query: ZQbrQuery,
    handler: async ({ ctx, params, query, reply }) => {
      const pack = await assembleQbr(ctx, params.id, query.quarter);
      const pdf = await renderQbrPdf(pack);
      const filename = `QBR-${slugOf(pack.partner.name)}-${pack.quarter.key}.pdf`;
      reply.header('content-type', 'application/pdf');
      reply.header('content-disposition', `attachment; filename="${filename}"`);
      reply.header('cache-control', 'private, no-store');
      return reply.send(pdf) as never;
    },
  }),
];
