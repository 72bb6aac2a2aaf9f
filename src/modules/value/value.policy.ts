import type { PolicyActor } from '../../shared/context.js';
import { isPartnerRole } from '../../shared/roles.js';
import { mayEditProposition, mayPublish, type PropositionStatus, type Side } from './value.rules.js';

type PartnerFacts = { id: string; ownerId: string | null };

/** An admin, or the partner manager who owns the partner: the vendor's side of the alliance. */
export function managesAlliance(actor: PolicyActor, partner: PartnerFacts): boolean {
  return (
    actor.role === 'admin' || (actor.role === 'partner_manager' && actor.userId !== null && actor.userId === partner.ownerId)
  );
}

/** The partner's own people (admins and users) act for the partner's side. */
export function actsForPartner(actor: PolicyActor, partner: PartnerFacts): boolean {
  return isPartnerRole(actor.role) && actor.partnerId === partner.id;
}

/** The caller's side in this alliance, or null when it may not act on it (read only). */
export function sideOf(actor: PolicyActor, partner: PartnerFacts): Side | null {
  if (managesAlliance(actor, partner)) return 'vendor';
  if (actsForPartner(actor, partner)) return 'partner';
  return null;
}

/** Either side proposes a new version of the alliance's joint value proposition. */
export function mayProposeValueProposition(actor: PolicyActor, partner: PartnerFacts): boolean {
  return sideOf(actor, partner) !== null;
}

export type PropositionPermissions = {
  /** Change this draft (its own side). */
  edit: boolean;
  /** Give up this draft (its own side, or the vendor). */
  withdraw: boolean;
  /** Make this draft the current version (the vendor). */
  publish: boolean;
  /** Run the calculator with a customer's numbers and keep it as a session. */
  runSession: boolean;
};

export function propositionPermissions(
  actor: PolicyActor,
  p: { status: PropositionStatus; proposedBy: Side },
  partner: PartnerFacts,
): PropositionPermissions {
  const side = sideOf(actor, partner);
  const ownDraft = side !== null && side === p.proposedBy && mayEditProposition(p.status).allowed;
  return {
    edit: ownDraft,
    withdraw: ownDraft || (side === 'vendor' && p.status === 'draft'),
    publish: side === 'vendor' && mayPublish(p.status).allowed,
    runSession: side !== null && p.status === 'published',
  };
}

export type SessionPermissions = {
  /** Share as a public page, renew or revoke the link, delete the session. */
  share: boolean;
  delete: boolean;
};

/**
 * Whoever ran a session manages its link; so do the vendor's managers of the alliance, and the
 * partner's admin for sessions its company ran.
 */
export function sessionPermissions(
  actor: PolicyActor,
  s: { side: Side; createdById: string | null },
  partner: PartnerFacts,
): SessionPermissions {
  const mine = actor.userId !== null && actor.userId === s.createdById && sideOf(actor, partner) !== null;
  const manages =
    managesAlliance(actor, partner) || (actor.role === 'partner_admin' && actsForPartner(actor, partner) && s.side === 'partner');
  return { share: mine || manages, delete: mine || manages };
}

/** A simulation is edited by the side that made it (the vendor's managers, or the partner's people). */
export function simulationPermissions(
  actor: PolicyActor,
  s: { side: Side },
  partner: PartnerFacts,
): { edit: boolean; delete: boolean } {
  const edit = sideOf(actor, partner) === s.side;
  return { edit, delete: edit };
}
