import type { PolicyActor } from '../../shared/context.js';
import { isPartnerRole } from '../../shared/roles.js';
import type { DealStatus } from './deal-registrations.rules.js';

/** What the caller may do with a registration now; sent as the registration's `can`. */
export type DealRegistrationPermissions = {
  approve: boolean;
  reject: boolean;
  close: boolean;
  requestExtension: boolean;
  extend: boolean;
  /** Name (or clear) the joint value proposition it uses: either side while it is submitted or protected. */
  edit: boolean;
};

type Facts = { partnerId: string; status: DealStatus; expiresOn: string | null; extensionRequestedUntil: string | null };

/** An admin, or the partner manager who owns the partner: who approves its registrations. */
export function approvesFor(actor: PolicyActor, partner: { ownerId: string | null }): boolean {
  return (
    actor.role === 'admin' || (actor.role === 'partner_manager' && actor.userId !== null && actor.userId === partner.ownerId)
  );
}

/** The partner's own people (admins and users alike) act on their company's registrations. */
export function actsForPartner(actor: PolicyActor, r: { partnerId: string }): boolean {
  return isPartnerRole(actor.role) && actor.partnerId === r.partnerId;
}

/** Who registers a deal for `partnerId`: its own people, an admin or any partner manager on its behalf. */
export function mayRegisterFor(actor: PolicyActor, partnerId: string): boolean {
  if (isPartnerRole(actor.role)) return actor.partnerId === partnerId;
  return actor.role === 'admin' || actor.role === 'partner_manager';
}

/** Vendor staff who may register on a partner's behalf (the app-wide flag). */
export function mayRegisterDeals(actor: PolicyActor): boolean {
  return isPartnerRole(actor.role) || actor.role === 'admin' || actor.role === 'partner_manager';
}

/** Only an admin changes the SLA, reminders and default protection. */
export function mayEditDealSettings(actor: PolicyActor): boolean {
  return actor.role === 'admin';
}

/**
 * The approver (an admin or the partner's owner) approves or rejects a submitted registration,
 * grants extensions; the partner's people ask for one; either side records won or lost.
 */
export function dealRegistrationPermissions(
  actor: PolicyActor,
  r: Facts,
  partner: { ownerId: string | null },
  today: string,
): DealRegistrationPermissions {
  const approver = approvesFor(actor, partner);
  const own = actsForPartner(actor, r);
  const protectedNow = r.status === 'approved' && r.expiresOn !== null && r.expiresOn >= today;
  return {
    approve: approver && r.status === 'submitted',
    reject: approver && r.status === 'submitted',
    close: (approver || own) && protectedNow,
    requestExtension: own && protectedNow && r.extensionRequestedUntil === null,
    extend: approver && protectedNow,
    edit: (approver || own) && (r.status === 'submitted' || protectedNow),
  };
}
