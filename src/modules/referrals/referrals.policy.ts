import type { PolicyActor } from '../../shared/context.js';
import { isPartnerRole } from '../../shared/roles.js';

/** Who makes and retires a partner's links: an admin or a partner manager, or the partner's own admin. */
export function mayManageLinksFor(actor: PolicyActor, partnerId: string): boolean {
  if (isPartnerRole(actor.role)) return actor.role === 'partner_admin' && actor.partnerId === partnerId;
  return actor.role === 'admin' || actor.role === 'partner_manager';
}

/** Who submits a referral for `partnerId`: its own people, or an admin or partner manager on its behalf. */
export function maySubmitFor(actor: PolicyActor, partnerId: string): boolean {
  if (isPartnerRole(actor.role)) return actor.partnerId === partnerId;
  return actor.role === 'admin' || actor.role === 'partner_manager';
}

/** The cookie window, allowed destinations and the tracking key: admins. */
export function mayEditReferralSettings(actor: PolicyActor): boolean {
  return actor.role === 'admin';
}

/** Commissions are approved (and marked paid) by finance or an admin. */
export function mayApproveCommissions(actor: PolicyActor): boolean {
  return actor.role === 'admin' || actor.role === 'finance';
}

export type ReferralLinkPermissions = { archive: boolean };
export function referralLinkPermissions(
  actor: PolicyActor,
  link: { partnerId: string; archivedAt: Date | null },
): ReferralLinkPermissions {
  return { archive: link.archivedAt === null && mayManageLinksFor(actor, link.partnerId) };
}

/** Payment is not an action here: a payout batch of the incentives module pays approved commissions (decision 0186). */
export type ReferralCommissionPermissions = { approve: boolean };
export function referralCommissionPermissions(actor: PolicyActor, row: { status: string }): ReferralCommissionPermissions {
  return { approve: mayApproveCommissions(actor) && row.status === 'accrued' };
}
