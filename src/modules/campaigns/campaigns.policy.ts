import type { PolicyActor } from '../../shared/context.js';
import { isPartnerRole } from '../../shared/roles.js';
import { type CampaignStatus, isFinished } from './campaigns.rules.js';

type PartnerFacts = { id: string; ownerId: string | null };

/** An admin, or the partner manager who owns the partner, plans and runs its joint campaigns. */
export function managesCampaignsOf(actor: PolicyActor, partner: PartnerFacts): boolean {
  return (
    actor.role === 'admin' || (actor.role === 'partner_manager' && actor.userId !== null && actor.userId === partner.ownerId)
  );
}

/** The partner's own people (either role) propose campaigns for their company. */
export function isPartnerSideOf(actor: PolicyActor, partnerId: string): boolean {
  return isPartnerRole(actor.role) && actor.partnerId === partnerId;
}

export function mayCreateCampaign(actor: PolicyActor, partner: PartnerFacts): boolean {
  return managesCampaignsOf(actor, partner) || isPartnerSideOf(actor, partner.id);
}

export type CampaignPermissions = {
  /** Change name, dates, budget and split (vendor managers until it is finished; the partner while proposed). */
  edit: boolean;
  /** Approve or decline a partner's proposal. */
  approve: boolean;
  /** Start, complete or cancel it (vendor managers); a partner withdraws its own proposal. */
  move: boolean;
  /** Record the leads and opportunities it generated (vendor managers). */
  credit: boolean;
};

export function campaignPermissions(
  actor: PolicyActor,
  campaign: { partnerId: string; status: CampaignStatus },
  partner: PartnerFacts,
): CampaignPermissions {
  const manages = managesCampaignsOf(actor, partner);
  const proposer = isPartnerSideOf(actor, campaign.partnerId) && campaign.status === 'proposed';
  return {
    edit: (manages && !isFinished(campaign.status)) || proposer,
    approve: manages && campaign.status === 'proposed',
    move: (manages && !isFinished(campaign.status)) || proposer,
    credit: manages && ['planned', 'active', 'completed'].includes(campaign.status),
  };
}

/** A partner's people may only withdraw (cancel) their own proposal; vendor managers make every move. */
export function mayMoveTo(
  actor: PolicyActor,
  campaign: { partnerId: string; status: CampaignStatus },
  partner: PartnerFacts,
  to: CampaignStatus,
) {
  if (managesCampaignsOf(actor, partner)) return to !== 'planned' && to !== 'declined' ? true : campaign.status !== 'proposed';
  return isPartnerSideOf(actor, campaign.partnerId) && campaign.status === 'proposed' && to === 'cancelled';
}
