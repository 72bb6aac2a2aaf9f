import type { ModuleDescriptor } from '../../server/module.js';
import { systemCtx } from '../../shared/context.js';
import { loyaltyDemo } from './loyalty.demo.js';
import { makeTestRedemption, makeTestReward } from './loyalty.fixtures.js';

export { makeTestRedemption, makeTestReward } from './loyalty.fixtures.js';

import { loyaltyMetrics } from './loyalty.metrics.js';
import { mayRunLoyaltyProgram } from './loyalty.policy.js';
import { loyaltyRoutes } from './loyalty.routes.js';
import { awardForEvent, runLoyaltyExpiry } from './loyalty.service.js';

export type { LoyaltyRule, LoyaltySource, RedemptionStatus } from './loyalty.rules.js';
export { DEFAULT_RULES, LOYALTY_SOURCES, pointsFor } from './loyalty.rules.js';
export { loyaltyEntries, loyaltyRedemptions, loyaltyRewards } from './loyalty.schema.js';
export type { LoyaltySummary } from './loyalty.service.js';
export {
  adjustPoints,
  awardForEvent,
  createReward,
  loyaltySummary,
  moveRedemption,
  requestRedemption,
  runLoyaltyExpiry,
} from './loyalty.service.js';

const award = async (ctx: Parameters<typeof awardForEvent>[0], event: Parameters<typeof awardForEvent>[1]) =>
  awardForEvent(systemCtx(ctx.db, 'loyalty points', event.occurredAt), event);

/**
 * Partner loyalty: points for engagement heard from other modules' events (certifications,
 * courses, deal registrations, won deals, downloads) priced by the vendor's points table with caps
 * per period, kept as a ledger per partner whose sum is the balance; a rewards catalogue partners
 * redeem from, approved and fulfilled (or rejected, points returned) by the vendor (0249–0252).
 */
export const module: ModuleDescriptor = {
  name: 'loyalty',
  routes: loyaltyRoutes,
  demo: loyaltyDemo,
  metrics: loyaltyMetrics,
  appPermissions: (actor) => ({
    viewLoyalty: true,
    runLoyaltyProgram: mayRunLoyaltyProgram(actor),
    redeemRewards: actor.partnerId !== null,
  }),
  subscribers: {
    'certification.earned': award,
    'course.completed': award,
    'deal_registration.submitted': award,
    'deal_registration.approved': award,
    'opportunity.stage_changed': award,
    'resource.downloaded': award,
  },
  jobs: [{ name: 'loyalty.expiry', schedule: '20 5 * * *', run: async (ctx) => runLoyaltyExpiry(ctx) }],
  notificationKinds: [
    {
      kind: 'loyalty.points_expiring',
      label: 'Your loyalty points expire soon',
      description: 'Points earned long ago expire in 30 days: redeem them for a reward before then.',
      defaultChannel: 'email',
      audience: 'partner',
    },
    {
      kind: 'loyalty.redemption_requested',
      label: 'A partner redeemed loyalty points',
      description: 'A partner you manage asked for a reward: approve and fulfil it, or reject it to return the points.',
      defaultChannel: 'email',
      audience: 'vendor',
    },
    {
      kind: 'loyalty.redemption_decided',
      label: 'Your reward was approved, sent or declined',
      description: 'What the vendor decided about a reward you redeemed points for.',
      defaultChannel: 'in_app',
      audience: 'partner',
    },
  ],
  recordKinds: [
    {
      name: 'loyaltyReward',
      belongsTo: 'vendor',
      make: async (ctx, owner) => ({ id: await makeTestReward(ctx, owner.existingPartner) }),
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: () => null,
    },
    {
      name: 'loyaltyRedemption',
      belongsTo: 'partner',
      make: async (ctx, owner) => ({ id: await makeTestRedemption(ctx, owner.partnerId ?? owner.existingPartner) }),
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: (row) => row.partnerId as string,
    },
  ],
};
