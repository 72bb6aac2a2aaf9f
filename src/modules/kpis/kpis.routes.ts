import { z } from 'zod';
import { access, defineRoute } from '../../server/route.js';
import {
  ZCurrency,
  ZCursor,
  ZId,
  ZIdList,
  ZIdParams,
  ZLimit,
  zAnyOf,
  zDate,
  zOneOrMore,
  zOptionalText,
  zPage,
  zString,
} from '../../server/schemas.js';
import { VENDOR_ROLES } from '../../shared/roles.js';
import { roiReport, SPEND_KINDS } from './kpis.roi.js';
import { COST_CATEGORIES, KPI_MEASURES, ROI_GROUPS } from './kpis.rules.js';
import {
  createCostEntry,
  deleteCostEntry,
  kpiDashboard,
  kpiDrillDown,
  listCostEntries,
  listSnapshotMonths,
  partnerKpis,
  updateCostEntry,
} from './kpis.service.js';
import { takeSnapshot } from './kpis.snapshot.js';

const ZMoney = z.object({ amount: z.number().int(), currency: z.string() });
const ZMoneyInput = z.strictObject({
  amount: z
    .number({ error: 'must be a whole number of minor units' })
    .int('must be a whole number of minor units')
    .positive('must be more than zero'),
  currency: ZCurrency,
});
const zMonth = () => zString(7).regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month (YYYY-MM)');
const zTexts = (what: string) => zOneOrMore((v) => v.length > 0 && v.length <= 100, what);

const ZKpiMonth = z
  .object({
    month: z.string().describe('YYYY-MM'),
    currency: z.string(),
    partners: z.number().int(),
    deals: z.number().int(),
    takenAt: z.date(),
  })
  .meta({ id: 'KpiSnapshotMonth' });

const filters = {
  from: zMonth().optional().describe('First month (YYYY-MM); default: eleven months before `to`'),
  to: zMonth().optional().describe('Last month (YYYY-MM); default: the latest snapshot'),
  programId: ZIdList.optional(),
  tierId: ZIdList.optional(),
  segment: zTexts('segments').optional(),
  industry: zTexts('industries').optional(),
  region: zTexts('regions').optional(),
  motion: zTexts('motions').optional(),
};

const nullableNumber = z.number().nullable();
const ZKpiPoint = z
  .object({
    month: z.string(),
    sourcedRevenue: z.number().int(),
    influencedRevenue: z.number().int().describe('Each deal once, however many partners influenced it'),
    jointPipeline: z.number().int(),
    totalPipeline: z.number().int(),
    pipelineContribution: nullableNumber,
    jointWinRate: nullableNumber,
    independentWinRate: nullableNumber,
    jointDealSize: nullableNumber,
    independentDealSize: nullableNumber,
    jointWon: z.number().int(),
    jointLost: z.number().int(),
    independentWon: z.number().int(),
    independentLost: z.number().int(),
    activePartners: z.number().int(),
    newPartners: z.number().int(),
    churnedPartners: z.number().int(),
    churnRate: nullableNumber,
    certifiedPartners: z.number().int(),
    certificationRate: nullableNumber,
    timeToFirstDeal: nullableNumber,
    nps: nullableNumber,
  })
  .meta({ id: 'KpiPoint' });

const ZKpiDashboard = z
  .object({
    currency: z.string(),
    from: z.string(),
    to: z.string(),
    months: z.array(z.string()),
    series: z.array(ZKpiPoint),
    tiles: z.array(
      z.object({
        measure: z.enum(KPI_MEASURES),
        value: nullableNumber,
        previous: nullableNumber,
        delta: nullableNumber,
        percent: nullableNumber,
        unit: z.enum(['money', 'percent', 'count', 'days', 'score']),
      }),
    ),
    cohorts: z.array(
      z.object({ cohort: z.string(), partners: z.number().int(), withFirstDeal: z.number().int(), medianDays: nullableNumber }),
    ),
    filtered: z.boolean(),
  })
  .meta({ id: 'KpiDashboard' });

const ZDrillRow = z
  .object({
    kind: z.enum(['partner', 'opportunity']),
    id: z.uuid(),
    name: z.string(),
    link: z.string(),
    value: nullableNumber,
    amount: ZMoney.nullable(),
    detail: z.string(),
    partners: z.array(z.object({ id: z.uuid(), name: z.string() })),
  })
  .meta({ id: 'KpiDrillRow' });

const ZPartnerKpis = z
  .object({
    partnerId: z.uuid(),
    currency: z.string(),
    signedOn: z.string().nullable(),
    firstWonOn: z.string().nullable(),
    daysToFirstDeal: nullableNumber,
    months: z.array(
      z.object({
        month: z.string(),
        sourcedRevenue: z.number().int(),
        influencedRevenue: z.number().int(),
        wonDeals: z.number().int(),
        lostDeals: z.number().int(),
        openPipeline: z.number().int(),
      }),
    ),
    quarters: z.array(
      z.object({
        quarter: z.string(),
        sourcedRevenue: z.number().int(),
        influencedRevenue: z.number().int(),
        wonDeals: z.number().int(),
        lostDeals: z.number().int(),
        winRate: nullableNumber,
      }),
    ),
  })
  .meta({ id: 'PartnerKpis' });

const ZCostEntry = z
  .object({
    id: z.uuid(),
    onDate: z.string(),
    partnerId: z.uuid().nullable(),
    partnerName: z.string().nullable(),
    programId: z.uuid().nullable(),
    programName: z.string().nullable(),
    segment: z.string().nullable(),
    category: z.enum(COST_CATEGORIES),
    amount: ZMoney,
    note: z.string(),
    can: z.object({ edit: z.boolean(), delete: z.boolean() }),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'CostEntry' });

const costFields = {
  onDate: zDate(),
  partnerId: ZId.nullable().optional(),
  programId: ZId.nullable().optional(),
  segment: zString(100).nullable().optional(),
  category: z.enum(COST_CATEGORIES, { error: `must be one of ${COST_CATEGORIES.join(', ')}` }),
  amount: ZMoneyInput,
  note: zOptionalText(2000).optional(),
};

const ZFigures = {
  spend: ZMoney,
  revenue: ZMoney,
  roi: nullableNumber.describe('(revenue − spend) ÷ spend; null without spend'),
  roiLabel: z.string(),
  spendBy: z.object(
    Object.fromEntries(SPEND_KINDS.map((k) => [k, z.number().int()])) as Record<(typeof SPEND_KINDS)[number], z.ZodNumber>,
  ),
};
const ZRoiReport = z
  .object({
    groupBy: z.enum(ROI_GROUPS),
    from: z.string(),
    to: z.string(),
    currency: z.string(),
    revenueMeasure: z.literal('attributed').describe('Revenue is credited revenue by the default attribution model'),
    model: z.string().describe('The attribution model (the organisation’s default)'),
    modelLabel: z.string(),
    unconverted: z.number().int().describe('Spend amounts no exchange rate converts (left out)'),
    unconvertedDeals: z.number().int().describe('Won deals no exchange rate converts at their close date (left out)'),
    groups: z.array(
      z.object({
        key: z.string().nullable(),
        name: z.string(),
        ...ZFigures,
        quarters: z.array(z.object({ quarter: z.string(), ...ZFigures })),
      }),
    ),
    total: z.object(ZFigures),
  })
  .meta({ id: 'RoiReport' });

const COST_KEEPERS = ['admin', 'finance'] as const;

export const kpiRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/kpi-snapshots',
    summary: 'The months whose KPI snapshot was taken, newest first',
    tags: ['kpis'],
    access: access.roles(VENDOR_ROLES, { scope: 'none' }),
    permission: 'kpiSnapshot.read',
    response: z.object({ data: z.array(ZKpiMonth) }),
    handler: async ({ ctx }) => ({ data: await listSnapshotMonths(ctx) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/kpi-snapshots',
    summary: 'Take (or re-take) the KPI snapshot of a month',
    description:
      'Replaces the month’s partner and deal facts as of its end (a running month: up to today). Idempotent per month; audited as `kpi_snapshot.taken`.',
    tags: ['kpis'],
    access: access.roles(['admin'], { scope: 'none' }),
    permission: 'kpiSnapshot.take',
    body: z.strictObject({ month: zMonth() }),
    response: ZKpiMonth,
    example: () => ({ month: '2026-01' }),
    handler: async ({ ctx, body }) => takeSnapshot(ctx, body.month),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/kpis/dashboard',
    summary: 'The ecosystem dashboard from KPI snapshots: per month and tiles with the change from the month before',
    tags: ['kpis'],
    access: access.roles(VENDOR_ROLES, { scope: 'none' }),
    permission: 'kpiSnapshot.read',
    query: z.object(filters),
    response: ZKpiDashboard,
    handler: async ({ ctx, query }) => kpiDashboard(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/kpis/drill-down',
    summary: 'The records behind a KPI in one month and slice: partners, or the deals',
    tags: ['kpis'],
    access: access.roles(VENDOR_ROLES, { scope: 'none' }),
    permission: 'kpiSnapshot.read',
    query: z.object({
      month: zMonth(),
      measure: z.enum(KPI_MEASURES, { error: `must be one of ${KPI_MEASURES.join(', ')}` }),
      ...filters,
    }),
    response: z.object({ data: z.array(ZDrillRow) }),
    exampleQuery: { month: '2026-01', measure: 'active_partners' },
    export: false,
    handler: async ({ ctx, query }) => kpiDrillDown(ctx, query.month, query.measure, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/partners/:id/kpis',
    summary: 'A partner’s own KPIs by month and quarter (sourced and influenced revenue, win rate, time to first deal)',
    tags: ['kpis', 'partners'],
    access: access.roles(['admin', 'partner_manager', 'executive', 'finance', 'partner_admin', 'partner_user'], {
      scope: 'partner',
    }),
    permission: 'partnerKpi.read',
    target: 'partner',
    params: ZIdParams,
    response: ZPartnerKpis,
    handler: async ({ ctx, params }) => partnerKpis(ctx, params.id),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/roi',
    summary:
      'ROI per partner, program or segment and quarter: spend (MDF paid, incentives paid, cost entries) against credited revenue by the default attribution model',
    tags: ['kpis'],
    access: access.roles(VENDOR_ROLES, { scope: 'none' }),
    permission: 'roi.read',
    query: z.object({
      groupBy: z.enum(ROI_GROUPS, { error: `must be one of ${ROI_GROUPS.join(', ')}` }).default('partner'),
      from: zDate().optional(),
      to: zDate().optional(),
    }),
    response: ZRoiReport,
    handler: async ({ ctx, query }) => roiReport(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/cost-entries',
    summary: 'Ecosystem cost entries (enablement, events, people, tools, other), newest first',
    tags: ['kpis'],
    access: access.roles(VENDOR_ROLES, { scope: 'none' }),
    permission: 'costEntry.read',
    query: z.object({
      limit: ZLimit,
      cursor: ZCursor,
      from: zDate().optional(),
      to: zDate().optional(),
      category: zAnyOf(COST_CATEGORIES).optional(),
    }),
    response: zPage(ZCostEntry),
    handler: async ({ ctx, query }) => listCostEntries(ctx, query),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/cost-entries',
    summary: 'Record a cost on one partner, program or segment',
    tags: ['kpis'],
    access: access.roles(COST_KEEPERS, { scope: 'none' }),
    permission: 'costEntry.create',
    body: z.strictObject(costFields),
    response: ZCostEntry,
    example: () => ({
      onDate: '2026-02-10',
      segment: 'Enterprise',
      category: 'events',
      amount: { amount: 250_000, currency: 'USD' },
      note: 'Partner summit',
    }),
    handler: async ({ ctx, body }) => createCostEntry(ctx, body),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/cost-entries/:id',
    summary: 'Change a cost entry',
    tags: ['kpis'],
    access: access.roles(COST_KEEPERS, { scope: 'none' }),
    permission: 'costEntry.edit',
    target: 'costEntry',
    params: ZIdParams,
    body: z.strictObject({
      onDate: costFields.onDate.optional(),
      partnerId: costFields.partnerId,
      programId: costFields.programId,
      segment: costFields.segment,
      category: costFields.category.optional(),
      amount: ZMoneyInput.optional(),
      note: costFields.note,
    }),
    response: ZCostEntry,
    example: () => ({ note: 'Summit booth and travel' }),
    handler: async ({ ctx, params, body }) => updateCostEntry(ctx, params.id, body),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/cost-entries/:id',
    summary: 'Delete a cost entry',
    tags: ['kpis'],
    access: access.roles(COST_KEEPERS, { scope: 'none' }),
    permission: 'costEntry.delete',
    target: 'costEntry',
    params: ZIdParams,
    response: z.object({ ok: z.literal(true) }),
    handler: async ({ ctx, params }) => {
      await deleteCostEntry(ctx, params.id);
      return { ok: true as const };
    },
  }),
];
