import type { PolicyActor } from '../../shared/context.js';
import type { AgreementStatus, RenewalType } from './agreements.rules.js';

/** What the caller may do with an agreement now; sent as the agreement's `can`. */
export type AgreementPermissions = {
  edit: boolean;
  delete: boolean;
  send: boolean;
  sign: boolean;
  countersign: boolean;
  terminate: boolean;
  giveNotice: boolean;
  attach: boolean;
};

type AgreementFacts = {
  partnerId: string;
  status: AgreementStatus;
  renewalType: RenewalType;
  noticeGivenOn: string | null;
  endOn: string | null;
};

/** An admin, or the partner manager who owns the partner: the vendor's side of its contracts. */
export function managesAgreements(actor: PolicyActor, partner: { ownerId: string | null }): boolean {
  return (
    actor.role === 'admin' || (actor.role === 'partner_manager' && actor.userId !== null && actor.userId === partner.ownerId)
  );
}

/** The partner's own admin signs for the company and may give notice; its users read. */
export function signsForPartner(actor: PolicyActor, agreement: { partnerId: string }): boolean {
  return actor.role === 'partner_admin' && actor.partnerId === agreement.partnerId;
}

/**
 * The vendor drafts, sends, countersigns and terminates; the partner's admin signs. Terms change
 * only before signing (draft or sent): a signed agreement changes by a new one. Either side may
 * give notice of non-renewal of an auto-renewing agreement in force.
 */
export function agreementPermissions(
  actor: PolicyActor,
  a: AgreementFacts,
  partner: { ownerId: string | null },
): AgreementPermissions {
  const vendor = managesAgreements(actor, partner);
  const partnerAdmin = signsForPartner(actor, a);
  const inForce = a.status === 'active' || a.status === 'countersigned';
  return {
    edit: vendor && (a.status === 'draft' || a.status === 'sent'),
    delete: vendor && a.status === 'draft',
    send: vendor && a.status === 'draft',
    sign: partnerAdmin && a.status === 'sent',
    countersign: vendor && a.status === 'partner_signed',
    terminate: vendor && (inForce || a.status === 'sent' || a.status === 'partner_signed'),
    giveNotice: (vendor || partnerAdmin) && inForce && a.renewalType === 'auto' && a.noticeGivenOn === null && a.endOn !== null,
    attach: vendor,
  };
}
