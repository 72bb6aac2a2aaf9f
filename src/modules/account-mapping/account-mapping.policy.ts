import type { PolicyActor } from '../../shared/context.js';
import { isPartnerRole } from '../../shared/roles.js';
import type { MappingSide } from './account-mapping.rules.js';

/** What the caller may do with one partner's account mapping now; sent as the mapping's `can`. */
export type AccountMappingPermissions = {
  /** Upload, replace or clear its own side's list (the partner's list: its people or its manager). */
  upload: boolean;
  /** Choose what its own side shares with the other. */
  share: boolean;
  /** Run a private match and reveal its overlap (the partner's admin, in the portal). */
  match: boolean;
};

type PartnerRef = { id: string; ownerId: string | null };

/** The side a caller looks from: the partner's people from theirs, vendor staff from the vendor's. */
export function viewerSide(actor: PolicyActor): MappingSide {
  return isPartnerRole(actor.role) ? 'partner' : 'vendor';
}

/** An admin or the partner's own manager decides the vendor's side of a partner's mapping. */
function manages(actor: PolicyActor, partner: PartnerRef): boolean {
  return (
    actor.role === 'admin' || (actor.role === 'partner_manager' && actor.userId !== null && actor.userId === partner.ownerId)
  );
}

/**
 * Each side decides its own side (decision 0196): vendor staff who manage the partner set what
 * the vendor shares with it; the partner's admin uploads its list, sets what it shares and runs
 * private matches. Nobody sets the other side's sharing; vendor staff never upload a partner's list.
 */
export function accountMappingPermissions(actor: PolicyActor, partner: PartnerRef): AccountMappingPermissions {
  const partnerAdmin = actor.partnerId !== null && actor.partnerId === partner.id && actor.role === 'partner_admin';
  return {
    upload: partnerAdmin,
    share: manages(actor, partner) || partnerAdmin,
    match: partnerAdmin,
  };
}

/** The vendor's own list (one for all partners): admins and partner managers upload it. */
export function mayUploadVendorAccounts(actor: PolicyActor): boolean {
  return actor.role === 'admin' || actor.role === 'partner_manager';
}

export function mayViewAccountMapping(actor: PolicyActor): boolean {
  return actor.role !== 'finance';
}
