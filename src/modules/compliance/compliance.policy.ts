import type { PolicyActor } from '../../shared/context.js';
import type { ItemStatus } from './compliance.rules.js';

export type ComplianceItemPermissions = {
  edit: boolean;
  delete: boolean;
  /** Verify or reject it (the vendor's review). */
  review: boolean;
  /** Upload evidence. */
  attach: boolean;
};

export function managesCompliance(actor: PolicyActor, partner: { ownerId: string | null }): boolean {
  return (
    actor.role === 'admin' || (actor.role === 'partner_manager' && actor.userId !== null && actor.userId === partner.ownerId)
  );
}

/**
 * The vendor (an admin, the partner's manager) keeps and reviews a partner's compliance items;
 * the partner's admin adds its own and uploads evidence, and corrects an item until it is
 * verified (a change sends it back for review). Partner users read.
 */
export function complianceItemPermissions(
  actor: PolicyActor,
  item: { partnerId: string; status: ItemStatus },
  partner: { ownerId: string | null },
): ComplianceItemPermissions {
  const vendor = managesCompliance(actor, partner);
  const partnerAdmin = actor.role === 'partner_admin' && actor.partnerId === item.partnerId;
  const unreviewed = item.status === 'pending' || item.status === 'rejected';
  return {
    edit: vendor || (partnerAdmin && unreviewed),
    delete: vendor,
    review: vendor && item.status === 'pending',
    attach: vendor || (partnerAdmin && item.status !== 'verified'),
  };
}

export function mayAddComplianceItem(actor: PolicyActor, partner: { id: string; ownerId: string | null }): boolean {
  return managesCompliance(actor, partner) || (actor.role === 'partner_admin' && actor.partnerId === partner.id);
}

export function mayEditRequirements(actor: PolicyActor): boolean {
  return actor.role === 'admin';
}
