import type { PolicyActor } from '../../shared/context.js';
import type { ClaimStatus, RequestStatus } from './mdf.rules.js';

export type MdfRequestPermissions = {
  approve: boolean;
  reject: boolean;
  cancel: boolean;
  /** Submit the claim for its activity. */
  claim: boolean;
};

export type MdfClaimPermissions = {
  approve: boolean;
  reject: boolean;
  /** Mark it paid (finance). */
  pay: boolean;
  /** Upload proof of performance. */
  attach: boolean;
};

/** An admin, or the partner's own manager: decides its requests and claims. */
export function decidesFor(actor: PolicyActor, partner: { ownerId: string | null }): boolean {
  return (
    actor.role === 'admin' || (actor.role === 'partner_manager' && actor.userId !== null && actor.userId === partner.ownerId)
  );
}

/** The partner's own people (admin or user) request funds and claim them for their company. */
export function actsForPartner(actor: PolicyActor, partnerId: string): boolean {
  return (actor.role === 'partner_admin' || actor.role === 'partner_user') && actor.partnerId === partnerId;
}

/** Requests are made by the partner's people, or on its behalf by whoever decides for it. */
export function mayRequestFunds(actor: PolicyActor, partner: { id: string; ownerId: string | null }): boolean {
  return actsForPartner(actor, partner.id) || decidesFor(actor, partner);
}

export function mdfRequestPermissions(
  actor: PolicyActor,
  request: { partnerId: string; status: RequestStatus },
  partner: { ownerId: string | null },
): MdfRequestPermissions {
  const decides = decidesFor(actor, partner);
  const own = actsForPartner(actor, request.partnerId);
  return {
    approve: decides && request.status === 'submitted',
    reject: decides && request.status === 'submitted',
    cancel: (decides || own) && (request.status === 'submitted' || request.status === 'approved'),
    claim: (decides || own) && request.status === 'approved',
  };
}

export function mdfClaimPermissions(
  actor: PolicyActor,
  claim: { partnerId: string; status: ClaimStatus },
  partner: { ownerId: string | null },
): MdfClaimPermissions {
  const decides = decidesFor(actor, partner);
  const own = actsForPartner(actor, claim.partnerId);
  return {
    approve: decides && claim.status === 'submitted',
    reject: decides && claim.status === 'submitted',
    pay: (actor.role === 'finance' || actor.role === 'admin') && claim.status === 'approved',
    attach: (decides || own) && claim.status === 'submitted',
  };
}

/** Allocations, the caps and the claim window are an admin's; finance pays. */
export function mayManageFunds(actor: PolicyActor): boolean {
  return actor.role === 'admin';
}

export function mayPayClaims(actor: PolicyActor): boolean {
  return actor.role === 'admin' || actor.role === 'finance';
}
