import type { PolicyActor } from '../../shared/context.js';
import { isPartnerRole } from '../../shared/roles.js';
import type { RedemptionStatus } from './loyalty.rules.js';

type PartnerFacts = { id: string; ownerId: string | null };

/** Admins set the points table, keep the catalogue and adjust a partner's points by hand. */
export function mayRunLoyaltyProgram(actor: PolicyActor): boolean {
  return actor.role === 'admin';
}

/** An admin, or the partner's own manager, approves, fulfils or rejects its redemptions. */
export function decidesRedemptionsOf(actor: PolicyActor, partner: PartnerFacts): boolean {
  return (
    actor.role === 'admin' || (actor.role === 'partner_manager' && actor.userId !== null && actor.userId === partner.ownerId)
  );
}

/** A partner's people (either role) redeem their company's points. */
export function mayRedeemFor(actor: PolicyActor, partnerId: string): boolean {
  return isPartnerRole(actor.role) && actor.partnerId === partnerId;
}

export type RedemptionPermissions = { approve: boolean; reject: boolean; fulfil: boolean };

export function redemptionPermissions(
  actor: PolicyActor,
  redemption: { status: RedemptionStatus },
  partner: PartnerFacts,
): RedemptionPermissions {
  const decides = decidesRedemptionsOf(actor, partner);
  return {
    approve: decides && redemption.status === 'requested',
    reject: decides && (redemption.status === 'requested' || redemption.status === 'approved'),
    fulfil: decides && redemption.status === 'approved',
  };
}
