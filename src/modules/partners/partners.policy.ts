import type { PolicyActor } from '../../shared/context.js';

/** What the caller may do to one partner now; sent to the web app as the partner's `can`. */
export type PartnerPermissions = {
  /** Change anything about it at all (a partner's own admin: only its company profile). */
  edit: boolean;
  /** Change what the vendor manages: owner, tier, motion, designation, domains, status, tags. */
  editVendorFields: boolean;
  delete: boolean;
  changeStage: boolean;
  manageContacts: boolean;
};

const NONE: PartnerPermissions = {
  edit: false,
  editVendorFields: false,
  delete: false,
  changeStage: false,
  manageContacts: false,
};

/**
 * The role table (docs/api.md): admins do everything; a partner manager reads every partner but manages only
 * the partners they own; executives and finance read; a partner's own admin keeps its company
 * profile and contacts; partner users read. Deleting a partner is an admin's decision.
 */
export function partnerPermissions(actor: PolicyActor, partner: { id: string; ownerId: string | null }): PartnerPermissions {
  switch (actor.role) {
    case 'admin':
      return { edit: true, editVendorFields: true, delete: true, changeStage: true, manageContacts: true };
    case 'partner_manager': {
      const owns = actor.userId !== null && partner.ownerId === actor.userId;
      return { edit: owns, editVendorFields: owns, delete: false, changeStage: owns, manageContacts: owns };
    }
    case 'partner_admin': {
      const own = actor.partnerId === partner.id;
      return { ...NONE, edit: own, manageContacts: own };
    }
    case 'executive':
    case 'finance':
    case 'partner_user':
      return NONE;
  }
}

/** Vendor admins and partner managers recruit partners. */
export function mayCreatePartner(actor: PolicyActor): boolean {
  return actor.role === 'admin' || actor.role === 'partner_manager';
}

/** The portfolio dashboard is for vendor staff. */
export function maySeePortfolio(actor: PolicyActor): boolean {
  return actor.partnerId === null;
}
