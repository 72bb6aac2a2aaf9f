import type { PolicyActor } from '../../shared/context.js';
import { isPartnerRole } from '../../shared/roles.js';
import type { Side } from './alliances.rules.js';

/** What the caller may do with a partner's alliance now; sent as the alliance's `can`. */
export type AlliancePermissions = {
  /** Type, phase, stage, the vendor's sponsor, the shared parts of the commercial design. */
  edit: boolean;
  /** The partner's own side: its sponsor, its investment commitments and value capture. */
  editPartnerSide: boolean;
  /** Tick checklist items for the caller's own side. */
  tick: boolean;
  /** Score the strategic qualification test for the caller's own side. */
  qualify: boolean;
};

type PartnerRef = { id: string; ownerId: string | null };

/** An admin or the partner's own manager runs the vendor side of its alliance. */
export function managesAlliance(actor: PolicyActor, partner: PartnerRef): boolean {
  return (
    actor.role === 'admin' || (actor.role === 'partner_manager' && actor.userId !== null && actor.userId === partner.ownerId)
  );
}

/**
 * Each side edits its own side (decision 0113): the vendor's manager everything the vendor
 * records (and the partner's side on its behalf), the partner's admin its sponsor, investment and
 * value capture; any of the partner's people tick its side of the checklist; its admin scores the
 * qualification test for the partner.
 */
export function alliancePermissions(actor: PolicyActor, partner: PartnerRef): AlliancePermissions {
  const manages = managesAlliance(actor, partner);
  const ownPartner = actor.partnerId !== null && actor.partnerId === partner.id;
  const partnerAdmin = ownPartner && actor.role === 'partner_admin';
  return {
    edit: manages,
    editPartnerSide: manages || partnerAdmin,
    tick: manages || (ownPartner && isPartnerRole(actor.role)),
    qualify: manages || partnerAdmin,
  };
}

/** Starting an alliance: as managing one. */
export function mayStartAlliance(actor: PolicyActor, partner: PartnerRef): boolean {
  return managesAlliance(actor, partner);
}

/** The side a person acts for: a partner's people for the partner, vendor staff for the vendor. */
export function sideOf(actor: PolicyActor): Side {
  return isPartnerRole(actor.role) ? 'partner' : 'vendor';
}
