import type { ModuleDescriptor } from '../../server/module.js';
import { marketingDemo } from './marketing.demo.js';
import { makeTestAudience, makeTestKit, makeTestLaunch, makeTestSuppression } from './marketing.fixtures.js';
import { marketingMetrics } from './marketing.metrics.js';
import { mayApproveKits, mayEditSuppressions, mayLaunch, mayWriteKits } from './marketing.policy.js';
import { marketingRoutes } from './marketing.routes.js';
import { sendDueMessages } from './marketing.service.js';

export { makeTestAudience, makeTestKit, makeTestLaunch, makeTestSuppression } from './marketing.fixtures.js';
export type { KitStep, LandingPage, MergeValues } from './marketing.rules.js';
export { launchReturn, mergeText, renderMarketingEmail, scheduleSteps } from './marketing.rules.js';
export { marketingLaunches, marketingLeads } from './marketing.schema.js';
export type { CapturedLeadDto, LaunchDetailDto, LaunchDto, LaunchResults, MarketingSummary } from './marketing.service.js';
export { getLaunch, leadsInNinetyDays, listLaunches, marketingSummary, sendDueMessages } from './marketing.service.js';

/**
 * Through-channel marketing: vendor-approved co-branded campaign kits (an e-mail sequence and a
 * landing page) that partners launch to their own uploaded audiences from the portal; sent step
 * by step through the mail service with the partner's name; opens, clicks, unsubscribes, landing
 * visits and the leads its forms create tracked per launch and per kit (decisions 0240–0245).
 */
export const module: ModuleDescriptor = {
  name: 'marketing',
  routes: marketingRoutes,
  metrics: marketingMetrics,
  demo: marketingDemo,
  appPermissions: (actor) => ({
    writeMarketingKits: mayWriteKits(actor),
    approveMarketingKits: mayApproveKits(actor),
    launchMarketingKits: mayLaunch(actor),
    editMarketingSuppressions: mayEditSuppressions(actor),
  }),
  jobs: [
    {
      name: 'marketing.send',
      // Every minute: the steps whose delay has passed go out (a launch also wakes it at once).
      schedule: '* * * * *',
      retries: 2,
      run: async (ctx) => sendDueMessages(ctx.db),
    },
  ],
  recordKinds: [
    {
      name: 'marketingKit',
      belongsTo: 'vendor',
      make: async (ctx) => ({ id: (await makeTestKit(ctx, false)).id }),
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: () => null,
    },
    {
      name: 'marketingOffer',
      belongsTo: 'vendor',
      make: async (ctx) => ({ id: (await makeTestKit(ctx, true)).id }),
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: () => null,
    },
    {
      name: 'marketingAudience',
      belongsTo: 'partner',
      make: async (ctx, owner) => ({ id: (await makeTestAudience(ctx, owner.partnerId ?? owner.existingPartner)).id }),
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: (row) => row.partnerId as string,
    },
    {
      // An audience and an approved kit to launch to it.
      name: 'marketingLaunchable',
      belongsTo: 'partner',
      make: async (ctx, owner) => ({
        id: (await makeTestAudience(ctx, owner.partnerId ?? owner.existingPartner)).id,
        kitId: (await makeTestKit(ctx, true)).id,
      }),
      missing: ({ missingId }) => ({ id: missingId, kitId: missingId }),
      partnerOf: (row) => row.partnerId as string,
    },
    {
      name: 'marketingLaunch',
      belongsTo: 'partner',
      make: async (ctx, owner) => ({ id: (await makeTestLaunch(ctx, owner.partnerId ?? owner.existingPartner)).id }),
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: (row) => row.partnerId as string,
    },
    {
      name: 'marketingSuppression',
      belongsTo: 'partner',
      make: async (ctx, owner) => ({ id: await makeTestSuppression(ctx, owner.partnerId ?? owner.existingPartner) }),
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: (row) => (row.partnerId as string | null) ?? null,
    },
    {
      // A sent message's tracking token (its signature is not the server's: counts nothing).
      name: 'marketingMessage',
      belongsTo: 'partner',
      make: async (ctx, owner) => ({
        token: `${(await makeTestLaunch(ctx, owner.partnerId ?? owner.existingPartner)).id}.unsigned`,
      }),
      missing: ({ missingId }) => ({ token: `${missingId}.unsigned` }),
      partnerOf: () => null,
    },
    {
      name: 'marketingLanding',
      belongsTo: 'partner',
      make: async (ctx, owner) => ({ token: (await makeTestLaunch(ctx, owner.partnerId ?? owner.existingPartner)).landingToken }),
      missing: ({ missingId }) => ({ token: missingId }),
      partnerOf: () => null,
    },
  ],
};
