import { z } from 'zod';
import { access, defineRoute } from '../../server/route.js';
import { ZCurrency, ZCursor, ZId, ZIdList, ZIdParams, ZLimit, zDate, zOneOrMore, zString, zText } from '../../server/schemas.js';
import { isCurrency } from '../../shared/money.js';
import { ROLES, VENDOR_ROLES } from '../../shared/roles.js';
import { simplePdf } from '../files/index.js';
import { DEFAULT_PROGRAM_ID } from '../programs/index.js';
import { BATCH_STATUSES, EARNING_KINDS, PLAN_KINDS } from './incentives.rules.js';
import {
  approveBatch,
  cancelBatch,
  createBatch,
  createPlan,
  EARNING_STATUSES,
  earningsStatement,
  earningsSummary,
  getBatch,
  getEarning,
  getIncentiveSettings,
  listBatches,
  listEarnings,
  listPlans,
  markBatchPaid,
  reconciliation,
  recordAdjustment,
  reverseEarning,
  updateIncentiveSettings,
  updatePlan,
} from './incentives.service.js';

const TAGS = ['incentives'];
const FINANCE = ['admin', 'finance'] as const;
const PLAN_EDITORS = ['admin', 'partner_manager'] as const;

const ZMoneyOut = z.object({ amount: z.number().int(), currency: z.string() });
const ZMoneyIn = z.strictObject({
  amount: z.number({ error: 'must be a whole number of minor units' }).int('must be a whole number of minor units'),
  currency: ZCurrency,
});
const ZBps = z
  .number({ error: 'must be whole basis points (1% = 100)' })
  .int('must be whole basis points (1% = 100)')
  .min(0, 'must be at least 0')
  .max(10_000, 'must be at most 10000 (100%)');

const ZPlanConfig = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('commission'),
    rateBps: ZBps.describe('Commission on credited revenue, in basis points'),
    productRates: z
      .array(z.strictObject({ product: zText(100), rateBps: ZBps }))
      .max(50, 'at most 50 product rates')
      .default([])
      .describe('Rates for deals carrying a product (the highest matching one applies)'),
  }),
  z.strictObject({ kind: z.literal('revenue_share'), rateBps: ZBps }),
  z.strictObject({
    kind: z.literal('spiff'),
    bonus: ZMoneyIn,
    products: z
      .array(zText(100))
      .max(50, 'at most 50 products')
      .default([])
      .describe('Any of these products qualifies (none: any deal)'),
    minDealAmount: z
      .number()
      .int('must be whole minor units')
      .min(0)
      .nullable()
      .default(null)
      .describe('Minimum deal size, in the bonus currency'),
    newLogoOnly: z.boolean().default(false).describe('Only the first won deal with a customer'),
  }),
  z.strictObject({
    kind: z.literal('rebate'),
    measure: z.enum(['volume', 'growth'], { error: 'must be volume or growth' }),
    period: z.enum(['quarter', 'year'], { error: 'must be quarter or year' }),
    currency: ZCurrency,
    bands: z
      .array(
        z.strictObject({
          from: z
            .number()
            .int('must be whole')
            .min(0, 'must be at least 0')
            .describe('Volume: minor units of credited revenue; growth: basis points'),
          rateBps: ZBps,
        }),
      )
      .min(1, 'needs at least one band')
      .max(10, 'at most 10 bands'),
  }),
]);

const ZPlan = z
  .object({
    id: z.uuid(),
    programId: z.uuid(),
    programName: z.string(),
    kind: z.enum(PLAN_KINDS),
    name: z.string(),
    description: z.string(),
    currency: z.string(),
    config: z.record(z.string(), z.unknown()),
    effectiveFrom: z.string(),
    effectiveTo: z.string().nullable(),
    inForce: z.boolean(),
    createdAt: z.date(),
    updatedAt: z.date(),
    can: z.object({ edit: z.boolean() }),
  })
  .meta({ id: 'IncentivePlan' });

const ZEarning = z
  .object({
    id: z.uuid(),
    partnerId: z.uuid(),
    partnerName: z.string(),
    kind: z.enum(EARNING_KINDS),
    opportunityId: z.uuid().nullable(),
    referralCommissionId: z.uuid().nullable().describe('For a `referral` entry: the referral commission it pays'),
    dealNumber: z.string(),
    dealTitle: z.string(),
    planId: z.uuid().nullable(),
    planName: z.string(),
    rule: z.string(),
    base: ZMoneyOut.nullable(),
    amount: ZMoneyOut,
    closeDate: z.string(),
    period: z.string(),
    payableOn: z.string(),
    reversesId: z.uuid().nullable(),
    reversed: z.boolean(),
    reason: z.string(),
    status: z.enum(EARNING_STATUSES),
    batchId: z.uuid().nullable(),
    paidAt: z.date().nullable(),
    accruedAt: z.date(),
    can: z.object({ reverse: z.boolean() }),
  })
  .meta({ id: 'Earning' });

const ZSummary = z
  .object({
    partnerId: z.uuid().nullable(),
    currencies: z.array(
      z.object({
        currency: z.string(),
        earned: z.number().int(),
        earnedT4q: z.number().int(),
        pending: z.number().int(),
        scheduled: z.number().int(),
        paid: z.number().int(),
        reversed: z.number().int(),
      }),
    ),
    nextPayout: z
      .object({ date: z.string(), amounts: z.array(ZMoneyOut), batchNumber: z.string().nullable(), estimated: z.boolean() })
      .nullable(),
    lastPayout: z.object({ date: z.string(), amounts: z.array(ZMoneyOut) }).nullable(),
    held: z.array(z.object({ currency: z.string(), amount: z.number().int(), reason: z.string() })),
  })
  .meta({ id: 'EarningsSummary' });

const ZStatement = z
  .object({
    partnerId: z.uuid().nullable().describe('Null: the vendor’s statement over every partner'),
    partnerName: z.string(),
    from: z.string(),
    to: z.string(),
    periods: z.array(
      z.object({
        period: z.string(),
        currency: z.string(),
        accrued: z.number().int(),
        reversed: z.number().int(),
        net: z.number().int(),
        paid: z.number().int(),
      }),
    ),
    deals: z.array(
      z.object({
        opportunityId: z.uuid().nullable(),
        dealNumber: z.string(),
        dealTitle: z.string(),
        closeDate: z.string(),
        currency: z.string(),
        net: z.number().int(),
        entries: z.number().int(),
      }),
    ),
    payouts: z.array(
      z.object({
        payDate: z.string(),
        status: z.string(),
        currency: z.string(),
        amount: z.number().int(),
        paidAt: z.date().nullable(),
      }),
    ),
    totals: z.array(z.object({ currency: z.string(), net: z.number().int(), paid: z.number().int(), unpaid: z.number().int() })),
  })
  .meta({ id: 'EarningsStatement' });

const ZBatch = z.object({
  id: z.uuid(),
  number: z.string(),
  periodEnd: z.string(),
  payDate: z.string(),
  status: z.enum(BATCH_STATUSES),
  approvalsRequired: z.number().int(),
  approvals: z.array(z.object({ userId: z.uuid(), name: z.string(), approvedAt: z.date() })),
  totals: z.array(ZMoneyOut),
  totalReporting: ZMoneyOut,
  partners: z.number().int(),
  held: z.number().int(),
  note: z.string(),
  createdBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  approvedAt: z.date().nullable(),
  paidAt: z.date().nullable(),
  paymentReference: z.string(),
  createdAt: z.date(),
  can: z.object({ approve: z.boolean(), markPaid: z.boolean(), cancel: z.boolean() }),
});
const ZBatchSummary = ZBatch.meta({ id: 'PayoutBatch' });
const ZBatchDetail = ZBatch.extend({
  lines: z.array(
    z.object({
      partnerId: z.uuid(),
      partnerName: z.string(),
      currency: z.string(),
      amount: z.number().int(),
      entryCount: z.number().int(),
      held: z.boolean(),
      heldReason: z.string(),
    }),
  ),
}).meta({ id: 'PayoutBatchDetail' });

const ZSettings = z
  .object({ approvalThreshold: ZMoneyOut, payoutDay: z.number().int(), can: z.object({ edit: z.boolean() }) })
  .meta({ id: 'IncentiveSettings' });

const ZCurrencies = zOneOrMore(isCurrency, 'ISO 4217 currency codes');
const ZStatementQuery = z.object({
  partnerId: ZId.optional().describe(
    'Vendor staff: one partner (none: every partner); a partner’s people always get their own company’s',
  ),
  from: zDate(),
  to: zDate(),
});

function pdfLines(s: Awaited<ReturnType<typeof earningsStatement>>): string[] {
  const amount = (n: number, currency: string) => `${(n / 100).toFixed(2)} ${currency}`;
  const lines = [`Earnings statement - ${s.partnerName}`, `Deals closed ${s.from} to ${s.to}`, ''];
  for (const t of s.totals)
    lines.push(
      `Total ${t.currency}: earned ${amount(t.net, t.currency)}, paid ${amount(t.paid, t.currency)}, unpaid ${amount(t.unpaid, t.currency)}`,
    );
  lines.push('', 'Per period');
  for (const p of s.periods)
    lines.push(
      `${p.period}  ${amount(p.net, p.currency)} (accrued ${amount(p.accrued, p.currency)}, reversed ${amount(p.reversed, p.currency)})`,
    );
  lines.push('', 'Per deal');
  for (const d of s.deals.slice(0, 20))
    lines.push(`${d.closeDate}  ${d.dealNumber} ${d.dealTitle.slice(0, 40)}  ${amount(d.net, d.currency)}`);
  if (s.deals.length > 20) lines.push(`... and ${s.deals.length - 20} more deals (download the CSV for all)`);
  return lines.slice(0, 38);
}

export const incentiveRoutes = [
  // ——— Plans ———
  defineRoute({
    method: 'GET',
    url: '/api/v1/incentive-plans',
    summary: 'Incentive plans (commission, tiered rebate, SPIFF, revenue share) per program, every version',
    tags: TAGS,
    access: access.roles(VENDOR_ROLES, { scope: 'none' }),
    permission: 'incentivePlan.read',
    query: z.object({
      programId: ZIdList.optional(),
      kind: zOneOrMore((v) => (PLAN_KINDS as readonly string[]).includes(v), 'plan kinds').optional(),
    }),
    response: z.object({ data: z.array(ZPlan) }),
    export: false,
    handler: async ({ ctx, query }) => listPlans(ctx, { programId: query.programId, kind: query.kind as never }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/incentive-plans',
    summary: 'Add an incentive plan version to a program',
    description:
      'Versions of the same program and kind never overlap (409 naming `effectiveFrom`). Rates are basis points (1% = 100). ' +
      'The plan in force at a won deal’s close date is the one that pays.',
    tags: TAGS,
    access: access.roles(PLAN_EDITORS, { scope: 'none' }),
    permission: 'incentivePlan.create',
    status: 201,
    body: z.strictObject({
      programId: ZId,
      kind: z.enum(PLAN_KINDS, { error: 'must be commission, rebate, spiff or revenue_share' }),
      name: zText(200).min(1, 'is required'),
      description: zText(2000).optional(),
      currency: ZCurrency,
      config: ZPlanConfig,
      effectiveFrom: zDate(),
      effectiveTo: zDate().nullable().optional(),
    }),
    response: ZPlan,
    example: (refs) => ({
      programId: DEFAULT_PROGRAM_ID,
      kind: 'spiff',
      name: `Matrix SPIFF ${refs.seq}`,
      currency: 'USD',
      config: { kind: 'spiff', bonus: { amount: 50_000, currency: 'USD' } },
      effectiveFrom: `${2100 + (refs.seq % 7000)}-01-01`,
      effectiveTo: `${2100 + (refs.seq % 7000)}-12-31`,
    }),
    handler: async ({ ctx, body }) => createPlan(ctx, body),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/incentive-plans/:id',
    summary: 'Change a plan version (a version with earnings may only change its name, description and end date)',
    tags: TAGS,
    access: access.roles(PLAN_EDITORS, { scope: 'none' }),
    permission: 'incentivePlan.edit',
    target: 'incentivePlan',
    params: ZIdParams,
    body: z.strictObject({
      name: zText(200).min(1, 'is required').optional(),
      description: zText(2000).optional(),
      currency: ZCurrency.optional(),
      config: ZPlanConfig.optional(),
      effectiveFrom: zDate().optional(),
      effectiveTo: zDate().nullable().optional(),
    }),
    response: ZPlan,
    example: () => ({ description: 'Reviewed by finance' }),
    handler: async ({ ctx, params, body }) => updatePlan(ctx, params.id, body),
  }),
  // ——— Settings ———
  defineRoute({
    method: 'GET',
    url: '/api/v1/incentive-settings',
    summary: 'Payout settings: the two-approver threshold (reporting currency) and the usual payout day',
    tags: TAGS,
    access: access.roles(VENDOR_ROLES, { scope: 'none' }),
    permission: 'incentiveSettings.read',
    response: ZSettings,
    handler: async ({ ctx }) => getIncentiveSettings(ctx),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/incentive-settings',
    summary: 'Change the payout settings',
    tags: TAGS,
    access: access.roles(FINANCE, { scope: 'none' }),
    permission: 'incentiveSettings.edit',
    body: z.strictObject({
      approvalThreshold: ZMoneyIn.refine((m) => m.amount >= 0, { message: 'must be at least 0', path: ['amount'] }).optional(),
      payoutDay: z.number().int('must be a day of the month').min(1, 'must be 1–28').max(28, 'must be 1–28').optional(),
    }),
    response: ZSettings,
    example: () => ({ payoutDay: 15 }),
    handler: async ({ ctx, body }) => updateIncentiveSettings(ctx, body),
  }),
  // ——— Earnings ledger ———
  defineRoute({
    method: 'GET',
    url: '/api/v1/earnings',
    summary: 'The earnings ledger: accruals, true-ups, reversals and adjustments, newest first',
    tags: TAGS,
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'earning.read',
    query: z.object({
      limit: ZLimit,
      cursor: ZCursor,
      partnerId: ZIdList.optional(),
      kind: zOneOrMore((v) => (EARNING_KINDS as readonly string[]).includes(v), 'earning kinds').optional(),
      status: zOneOrMore((v) => (EARNING_STATUSES as readonly string[]).includes(v), 'pending, in_batch or paid').optional(),
      opportunityId: ZId.optional(),
      batchId: ZId.optional(),
      currency: ZCurrencies.optional(),
      from: zDate().optional().describe('Close date on or after'),
      to: zDate().optional().describe('Close date on or before'),
    }),
    response: z.object({ data: z.array(ZEarning), nextCursor: z.string().nullable() }),
    export: { omit: ['can'] },
    handler: async ({ ctx, query }) => listEarnings(ctx, { ...query, kind: query.kind as never, status: query.status as never }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/earnings/summary',
    summary: 'How much a partner has earned, what is pending, when it is paid (a partner: its own; vendor: one partner or all)',
    tags: TAGS,
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'earning.read',
    query: z.object({ partnerId: ZId.optional() }),
    response: ZSummary,
    handler: async ({ ctx, query }) => earningsSummary(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/earnings/statement',
    summary: 'A partner’s earnings statement: per period, per deal, payouts, for deals closed between two dates',
    tags: TAGS,
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'earning.read',
    query: ZStatementQuery,
    exampleQuery: { from: '2026-01-01', to: '2026-12-31' },
    response: ZStatement,
    handler: async ({ ctx, query }) => earningsStatement(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/earnings/statement.pdf',
    summary: 'The earnings statement as a PDF to download or print',
    tags: TAGS,
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'earning.read',
    query: ZStatementQuery,
    exampleQuery: { from: '2026-01-01', to: '2026-12-31' },
    handler: async ({ ctx, query, reply }) => {
      const statement = await earningsStatement(ctx, query);
      const name = `earnings-${statement.partnerName.replace(/[^A-Za-z0-9]+/g, '-').toLowerCase()}-${query.from}-${query.to}.pdf`;
      reply.header('content-type', 'application/pdf');
      reply.header('content-disposition', `attachment; filename="${name}"`);
      reply.header('cache-control', 'no-store');
      return reply.send(simplePdf(pdfLines(statement))) as never;
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/earnings/reconciliation',
    summary: 'Per currency: accrued = paid + pending + reversed (paid from the paid batches’ lines)',
    tags: TAGS,
    access: access.roles(VENDOR_ROLES, { scope: 'none' }),
    permission: 'payoutBatch.read',
    response: z.object({
      currencies: z.array(
        z.object({
          currency: z.string(),
          accrued: z.number().int(),
          reversed: z.number().int(),
          paid: z.number().int(),
          pending: z.number().int(),
          balanced: z.boolean(),
        }),
      ),
    }),
    handler: async ({ ctx }) => reconciliation(ctx),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/earnings/adjustments',
    summary: 'Record a manual adjustment for a partner (a goodwill bonus, a correction; negative for a clawback)',
    tags: TAGS,
    access: access.roles(FINANCE, { scope: 'none' }),
    permission: 'earning.reverse',
    bodyTarget: true,
    status: 201,
    body: z.strictObject({
      partnerId: ZId,
      amount: ZMoneyIn,
      reason: zText(500).min(1, 'is required: say why'),
      payableOn: zDate().optional(),
    }),
    response: ZEarning,
    example: (refs) => ({ partnerId: refs.partnerId, amount: { amount: 2500, currency: 'USD' }, reason: 'Goodwill bonus' }),
    handler: async ({ ctx, body }) => recordAdjustment(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/earnings/:id',
    summary: 'One ledger entry, with its deal, plan and rule',
    tags: TAGS,
    access: access.roles(ROLES, { scope: 'partner' }),
    permission: 'earning.read',
    target: 'earning',
    params: ZIdParams,
    response: ZEarning,
    handler: async ({ ctx, params }) => getEarning(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/earnings/:id/reverse',
    summary: 'Reverse an entry (a refund or cancellation the vendor records): a negative entry linked to it',
    tags: TAGS,
    access: access.roles(FINANCE, { scope: 'none' }),
    permission: 'earning.reverse',
    target: 'earning',
    params: ZIdParams,
    status: 201,
    body: z.strictObject({ reason: zText(500).min(1, 'is required: say why (refund, cancellation…)') }),
    response: ZEarning,
    example: () => ({ reason: 'Customer refund' }),
    handler: async ({ ctx, params, body }) => reverseEarning(ctx, params.id, body.reason),
  }),
  // ——— Payout batches ———
  defineRoute({
    method: 'GET',
    url: '/api/v1/payout-batches',
    summary: 'Payout batches, newest first',
    tags: TAGS,
    access: access.roles(VENDOR_ROLES, { scope: 'none' }),
    permission: 'payoutBatch.read',
    query: z.object({
      limit: ZLimit,
      cursor: ZCursor,
      status: zOneOrMore(
        (v) => (BATCH_STATUSES as readonly string[]).includes(v),
        'draft, approved, paid or cancelled',
      ).optional(),
    }),
    response: z.object({ data: z.array(ZBatchSummary), nextCursor: z.string().nullable() }),
    export: { omit: ['can', 'approvals', 'createdBy'] },
    handler: async ({ ctx, query }) => listBatches(ctx, { ...query, status: query.status as never }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/payout-batches',
    summary: 'Make a draft payout batch of what is payable up to a date',
    description:
      'Collects accrued, unpaid entries no batch holds, payable on or before `periodEnd`, netted per partner and currency. ' +
      'A partner whose payouts a compliance item blocks gets a held line. Above the threshold (incentive settings) two ' +
      'different approvers are needed. With nothing payable the batch has no lines (the record that the run was made).',
    tags: TAGS,
    access: access.roles(FINANCE, { scope: 'none' }),
    permission: 'payoutBatch.create',
    status: 201,
    body: z.strictObject({ periodEnd: zDate(), payDate: zDate(), note: zText(1000).optional() }),
    response: ZBatchDetail,
    example: () => ({ periodEnd: '2099-12-31', payDate: '2099-12-31' }),
    handler: async ({ ctx, body }) => createBatch(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/payout-batches/:id',
    summary: 'A payout batch with its lines per partner and currency',
    tags: TAGS,
    access: access.roles(VENDOR_ROLES, { scope: 'none' }),
    permission: 'payoutBatch.read',
    target: 'payoutBatch',
    params: ZIdParams,
    response: ZBatchDetail,
    handler: async ({ ctx, params }) => getBatch(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/payout-batches/:id/approve',
    summary: 'Approve a draft batch (never your own; above the threshold a second, different approver completes it)',
    tags: TAGS,
    access: access.roles(FINANCE, { scope: 'none' }),
    permission: 'payoutBatch.approve',
    target: 'payoutBatch',
    params: ZIdParams,
    response: ZBatchDetail,
    handler: async ({ ctx, params }) => approveBatch(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/payout-batches/:id/mark-paid',
    summary: 'Record an approved batch as paid (idempotent: a retried call pays nothing twice)',
    tags: TAGS,
    access: access.roles(FINANCE, { scope: 'none' }),
    permission: 'payoutBatch.pay',
    target: 'approvedPayoutBatch',
    params: ZIdParams,
    body: z.strictObject({ paymentReference: zString(200).optional() }),
    response: ZBatchDetail,
    example: () => ({ paymentReference: 'WIRE-2026-12' }),
    handler: async ({ ctx, params, body }) => markBatchPaid(ctx, params.id, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/payout-batches/:id/cancel',
    summary: 'Cancel a draft or approved batch: its entries go back to pending',
    tags: TAGS,
    access: access.roles(FINANCE, { scope: 'none' }),
    permission: 'payoutBatch.cancel',
    target: 'payoutBatch',
    params: ZIdParams,
    body: z.strictObject({ reason: zText(500).optional() }),
    response: ZBatchDetail,
    example: () => ({ reason: 'Wrong period' }),
    handler: async ({ ctx, params, body }) => cancelBatch(ctx, params.id, body.reason ?? ''),
  }),
];
