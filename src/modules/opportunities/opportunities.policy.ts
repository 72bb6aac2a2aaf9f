import type { PolicyActor } from '../../shared/context.js';
import { isPartnerRole } from '../../shared/roles.js';
import { type CoSellDirection, type CoSellStatus, coSellDecision, type OpportunityStage } from './opportunities.rules.js';

/** Who runs the vendor's pipeline: admins and partner managers (executives and finance read it). */
export function mayManageOpportunities(actor: PolicyActor): boolean {
  return actor.role === 'admin' || actor.role === 'partner_manager';
}

export type OpportunityPermissions = { edit: boolean; addTouch: boolean; inviteCoSell: boolean; requestCoSell: boolean };

/** What the caller may do with an opportunity now; sent as its `can`. */
export function opportunityPermissions(actor: PolicyActor, _o: { stage: OpportunityStage }): OpportunityPermissions {
  const manager = mayManageOpportunities(actor);
  return { edit: manager, addTouch: manager, inviteCoSell: manager, requestCoSell: isPartnerRole(actor.role) };
}

export type CoSellPermissions = { accept: boolean; decline: boolean };

/** The addressee decides a requested co-sell: vendor managers a partner's ask, the partner's people the vendor's invitation. */
export function coSellPermissions(
  actor: PolicyActor,
  r: { partnerId: string; direction: CoSellDirection; status: CoSellStatus },
): CoSellPermissions {
  const partnerSide = isPartnerRole(actor.role);
  if (partnerSide && actor.partnerId !== r.partnerId) return { accept: false, decline: false };
  if (!partnerSide && !mayManageOpportunities(actor)) return { accept: false, decline: false };
  const ok = coSellDecision(r, partnerSide ? 'partner' : 'vendor').allowed;
  return { accept: ok, decline: ok };
}
