import type { PolicyActor } from '../../shared/context.js';

export type IntegrationPermissions = {
  /** Change the listing's content (name, description, compatibility…). */
  edit: boolean;
  delete: boolean;
  /** Move its certification (vendor staff who manage the partner). */
  certify: boolean;
};

/**
 * A partner's own admin proposes and keeps its listings; admins and the partner's own partner
 * manager may edit them too and alone decide certification. Others read.
 */
export function integrationPermissions(
  actor: PolicyActor,
  listing: { partnerId: string },
  partner: { ownerId: string | null },
): IntegrationPermissions {
  switch (actor.role) {
    case 'admin':
      return { edit: true, delete: true, certify: true };
    case 'partner_manager': {
      const owns = actor.userId !== null && partner.ownerId === actor.userId;
      return { edit: owns, delete: owns, certify: owns };
    }
    case 'partner_admin': {
      const own = actor.partnerId === listing.partnerId;
      return { edit: own, delete: own, certify: false };
    }
    case 'executive':
    case 'finance':
    case 'partner_user':
      return { edit: false, delete: false, certify: false };
  }
}

/** Who may propose a listing for a partner (the service checks which partner). */
export function mayProposeIntegration(actor: PolicyActor): boolean {
  return actor.role === 'admin' || actor.role === 'partner_manager' || actor.role === 'partner_admin';
}
