import type { PolicyActor } from '../../shared/context.js';

export type RiskPermissions = {
  /** Change its title, description, category, ratings, review date (and, for the vendor, owner and status). */
  edit: boolean;
  delete: boolean;
  /** Share it with the partner's people, or stop sharing it (the vendor's decision). */
  share: boolean;
  /** Add mitigation actions. */
  mitigate: boolean;
};

export type RiskActionPermissions = { edit: boolean; delete: boolean };

type RiskFacts = { partnerId: string; shared: boolean; raisedBy: 'vendor' | 'partner' };

/** An admin, or the partner manager who owns the partner: keeps its risk register. */
export function managesRisks(actor: PolicyActor, partner: { ownerId: string | null }): boolean {
  return (
    actor.role === 'admin' || (actor.role === 'partner_manager' && actor.userId !== null && actor.userId === partner.ownerId)
  );
}

function ofPartner(actor: PolicyActor, partnerId: string): boolean {
  return (actor.role === 'partner_admin' || actor.role === 'partner_user') && actor.partnerId === partnerId;
}

/**
 * The vendor (an admin, the partner's manager) keeps the register: every field, sharing, deleting.
 * The partner's people raise risks on their alliance; they keep editing what they raised (never
 * its sharing: a risk a partner raised is always shared), and add mitigation actions to it.
 * Executives and finance read.
 */
export function riskPermissions(actor: PolicyActor, risk: RiskFacts, partner: { ownerId: string | null }): RiskPermissions {
  const vendor = managesRisks(actor, partner);
  const raisedByThem = ofPartner(actor, risk.partnerId) && risk.shared && risk.raisedBy === 'partner';
  return {
    edit: vendor || raisedByThem,
    delete: vendor,
    share: vendor && risk.raisedBy === 'vendor',
    mitigate: vendor || raisedByThem,
  };
}

/** The vendor keeps every action; the partner's people update the actions they own or that sit on a risk they raised. */
export function riskActionPermissions(
  actor: PolicyActor,
  action: { ownerId: string | null },
  risk: RiskFacts,
  partner: { ownerId: string | null },
): RiskActionPermissions {
  const vendor = managesRisks(actor, partner);
  const partnerSide = ofPartner(actor, risk.partnerId) && risk.shared;
  const theirs = partnerSide && (risk.raisedBy === 'partner' || (actor.userId !== null && action.ownerId === actor.userId));
  return { edit: vendor || theirs, delete: vendor || (partnerSide && risk.raisedBy === 'partner') };
}

/** Who may add a risk to a partner's register. */
export function mayRaiseRisk(actor: PolicyActor, partner: { id: string; ownerId: string | null }): boolean {
  return managesRisks(actor, partner) || ofPartner(actor, partner.id);
}
