import type { ModuleDescriptor, RecordKind } from '../../server/module.js';
import { campaignsDemo } from './campaigns.demo.js';
import { makeTestCampaign } from './campaigns.fixtures.js';

export { makeTestCampaign } from './campaigns.fixtures.js';

import { mayCreateCampaign } from './campaigns.policy.js';
import { campaignRoutes } from './campaigns.routes.js';

export type { BudgetSplit, CampaignStatus, CampaignType, OwnerSide } from './campaigns.rules.js';
export { CAMPAIGN_STATUSES, CAMPAIGN_TYPES, campaignReturn, OWNER_SIDES, splitBudget } from './campaigns.rules.js';
export { campaignLeads, campaignOpportunities, campaigns } from './campaigns.schema.js';
export type { CampaignDetailDto, CampaignDto, CampaignInput, CampaignResults } from './campaigns.service.js';
export {
  createCampaign,
  creditCampaign,
  decideCampaign,
  getCampaign,
  listCampaigns,
  moveCampaign,
  upcomingCampaigns,
} from './campaigns.service.js';

function campaignKind(name: string, proposed: boolean): RecordKind {
  return {
    name,
    belongsTo: 'partner',
    make: async (ctx, owner) => ({ id: await makeTestCampaign(ctx, owner.partnerId ?? owner.existingPartner, proposed) }),
    missing: ({ missingId }) => ({ id: missingId }),
    partnerOf: (row) => row.partnerId as string,
  };
}

/**
 * Joint marketing campaigns on a shared calendar: one partner and the vendor, who runs it, the
 * budget split between them, and the leads, pipeline and won revenue it generated against that
 * budget; partners propose, the vendor approves (docs/decisions/0246–0248).
 */
export const module: ModuleDescriptor = {
  name: 'campaigns',
  routes: campaignRoutes,
  demo: campaignsDemo,
  appPermissions: (actor) => ({
    viewCampaigns: true,
    planCampaigns: actor.role === 'admin' || actor.role === 'partner_manager',
    proposeCampaigns: actor.partnerId !== null && mayCreateCampaign(actor, { id: actor.partnerId, ownerId: null }),
  }),
  recordKinds: [campaignKind('campaign', false), campaignKind('campaignProposal', true)],
};
