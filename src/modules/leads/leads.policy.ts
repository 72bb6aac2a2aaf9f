import type { PolicyActor } from '../../shared/context.js';
import type { LeadStatus } from './leads.rules.js';

export type LeadPermissions = {
  /** Send it through the routing rules again, or assign it to a partner by hand. */
  assign: boolean;
  /** The partner's people take it on (an assigned lead of their company). */
  accept: boolean;
  decline: boolean;
  /** Turn an accepted lead into an opportunity. */
  convert: boolean;
  disqualify: boolean;
  /** Correct the lead's own fields (company, contact, where, industry, size, products, notes) while it is not closed. */
  edit: boolean;
};

const VENDOR_MANAGERS = new Set(['admin', 'partner_manager']);

/** Admins and partner managers work the lead queue: create, route, assign, disqualify, convert. */
export function mayManageLeads(actor: PolicyActor): boolean {
  return VENDOR_MANAGERS.has(actor.role);
}

/** The coverage model, the routing rules and the acceptance SLA are an admin's settings. */
export function mayEditLeadSettings(actor: PolicyActor): boolean {
  return actor.role === 'admin';
}

function ofPartner(actor: PolicyActor, partnerId: string | null): boolean {
  return (actor.role === 'partner_admin' || actor.role === 'partner_user') && partnerId !== null && actor.partnerId === partnerId;
}

/**
 * The vendor's managers route, assign and disqualify open leads and may convert an accepted one;
 * the assigned partner's people accept or decline an assigned lead and convert it once accepted.
 * Executives and finance read.
 */
export function leadPermissions(actor: PolicyActor, lead: { status: LeadStatus; partnerId: string | null }): LeadPermissions {
  const vendor = mayManageLeads(actor);
  const theirs = ofPartner(actor, lead.partnerId);
  const open = lead.status === 'new' || lead.status === 'assigned' || lead.status === 'declined';
  return {
    assign: vendor && open,
    accept: theirs && lead.status === 'assigned',
    decline: theirs && lead.status === 'assigned',
    convert: (vendor || theirs) && lead.status === 'accepted',
    disqualify: vendor && (open || lead.status === 'accepted'),
    edit: vendor && (open || lead.status === 'accepted'),
  };
}
