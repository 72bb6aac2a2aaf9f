import type { ModuleDescriptor } from '../../server/module.js';
import { systemCtx } from '../../shared/context.js';
import { DEFAULT_PROGRAM_ID } from '../programs/index.js';
import { incentivesDemo } from './incentives.demo.js';
import { makeTestBatch, makeTestEarning } from './incentives.fixtures.js';
import { incentiveMetrics } from './incentives.metrics.js';
import { mayEditPlans, mayManagePayouts } from './incentives.policy.js';
import { incentiveRoutes } from './incentives.routes.js';
import { accrueReferralCommission, createPlan, reconcileDeal } from './incentives.service.js';

export { makeTestBatch, makeTestEarning } from './incentives.fixtures.js';
export type { PlanConfig, PlanKind } from './incentives.rules.js';
export { incentiveEarnings, payoutBatches } from './incentives.schema.js';
export type {
  EarningDto,
  EarningsSummaryDto,
  PayoutBatchDetailDto,
  PlanDto,
  PlanInput,
  ReferralCommissionFacts,
} from './incentives.service.js';
export {
  accrueReferralCommission,
  approveBatch,
  createBatch,
  createPlan,
  earningsSummary,
  markBatchPaid,
  reconcileDeal,
  recordAdjustment,
} from './incentives.service.js';

let made = 0;

/**
 * Incentives: plans per program (commission, tiered rebates with true-up, SPIFFs, revenue share)
 * with effective dates; the earnings ledger fed by won deals (`opportunity.stage_changed`) with
 * reversals; payout batches with four-eyes approval and idempotent payment; partner earnings
 * statements (docs/decisions/0260–0265).
 */
export const module: ModuleDescriptor = {
  name: 'incentives',
  routes: incentiveRoutes,
  metrics: incentiveMetrics,
  demo: incentivesDemo,
  notificationKinds: [
    {
      kind: 'incentives.batch_review',
      label: 'Payout batches to approve',
      description: 'A payout batch someone else made waits for your approval (or a second approver).',
      defaultChannel: 'email',
      audience: 'vendor',
    },
    {
      kind: 'incentives.batch_decision',
      label: 'Your payout batches approved or paid',
      description: 'A payout batch you made or approved was approved, or its payment was recorded.',
      defaultChannel: 'in_app',
      audience: 'vendor',
    },
  ],
  appPermissions: (actor) => ({
    viewEarnings: true,
    editIncentivePlans: mayEditPlans(actor),
    managePayouts: mayManagePayouts(actor),
  }),
  subscribers: {
    // A deal entering or leaving closed-won: the ledger follows (idempotent, so a repeat is harmless).
    'opportunity.stage_changed': async (ctx, event) => {
      const data = event.data as { fromStage?: string; toStage?: string };
      if (data.toStage !== 'closed_won' && data.fromStage !== 'closed_won') return;
      await reconcileDeal(systemCtx(ctx.db, 'incentives from a won deal', event.occurredAt), event.entityId);
    },
    // An approved referral commission is owed through the one ledger and paid by a payout batch (decision 0186).
    'referral_commission.approved': async (ctx, event) => {
      const data = event.data as {
        amount?: number;
        currency?: string;
        baseAmount?: number | null;
        customerRef?: string;
      } | null;
      if (!event.partnerId || typeof data?.amount !== 'number' || !data.currency) return;
      await accrueReferralCommission(systemCtx(ctx.db, 'incentives from a referral commission', event.occurredAt), {
        commissionId: event.entityId,
        partnerId: event.partnerId,
        customerRef: data.customerRef ?? '',
        base: typeof data.baseAmount === 'number' ? { amount: data.baseAmount, currency: data.currency } : null,
        commission: { amount: data.amount, currency: data.currency },
        approvedOn: event.occurredAt.toISOString().slice(0, 10),
      });
    },
  },
  recordKinds: [
    {
      name: 'incentivePlan',
      belongsTo: 'vendor',
      make: async (ctx) => {
        made += 1;
        const year = 5000 + (((Date.now() / 1000 + made) % 4000) | 0);
        const plan = await createPlan(ctx, {
          programId: DEFAULT_PROGRAM_ID,
          kind: 'revenue_share',
          name: `Matrix plan ${made}`,
          currency: 'USD',
          config: { kind: 'revenue_share', rateBps: 500 },
          effectiveFrom: `${year}-01-01`,
          effectiveTo: `${year}-01-01`,
        });
        return { id: plan.id };
      },
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: () => null,
    },
    {
      name: 'earning',
      belongsTo: 'partner',
      make: async (ctx, owner) => ({ id: await makeTestEarning(ctx, owner.partnerId ?? owner.existingPartner) }),
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: (row) => (row.partnerId as string | undefined) ?? null,
    },
    {
      name: 'payoutBatch',
      belongsTo: 'vendor',
      make: async (ctx, owner) => ({ id: await makeTestBatch(ctx, owner.existingPartner) }),
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: () => null,
    },
    {
      name: 'approvedPayoutBatch',
      belongsTo: 'vendor',
      make: async (ctx, owner) => ({ id: await makeTestBatch(ctx, owner.existingPartner, true) }),
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: () => null,
    },
  ],
};
