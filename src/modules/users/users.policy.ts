import type { PolicyActor } from '../../shared/context.js';
import { rolesAssignableBy } from './users.rules.js';

/** What the caller may do to one user account; sent to the web app as the user's `can`. */
export type UserPermissions = {
  edit: boolean;
  changeRole: boolean;
  deactivate: boolean;
  revokeSessions: boolean;
};

const NONE: UserPermissions = { edit: false, changeRole: false, deactivate: false, revokeSessions: false };

/**
 * Admins manage every account; a partner's admin manages the accounts of their own company
 * (the role table, docs/api.md). Nobody deactivates themselves — an admin could lock everyone out.
 * Managing an account includes setting a new password for it.
 */
export function userPermissions(actor: PolicyActor, user: { id: string; partnerId: string | null }): UserPermissions {
  const manages =
    actor.role === 'admin' || (actor.role === 'partner_admin' && actor.partnerId !== null && user.partnerId === actor.partnerId);
  if (!manages) return NONE;
  // Demoting oneself is allowed while another admin remains (the service checks that).
  const self = actor.userId === user.id;
  return { edit: true, changeRole: true, deactivate: !self, revokeSessions: true };
}

/** Whether the caller manages people at all (the Users page). */
export function managesUsers(actor: PolicyActor): boolean {
  return actor.role === 'admin' || actor.role === 'partner_admin';
}

/** The roles the caller may hand out, on create and on change. */
export function assignableRoles(actor: PolicyActor) {
  return rolesAssignableBy(actor.role);
}

/**
 * A partner's admin creates accounts only at their own company's e-mail domains (docs/decisions/0032):
 * they speak for their company's addresses, not for the vendor's or another partner's, and they
 * must not learn through a 409 whether an address elsewhere has an account. Admins create any.
 */
export function createsOnlyAtCompanyDomains(actor: PolicyActor): boolean {
  return actor.role !== 'admin';
}

/** A partner admin creates accounts for their own company only; admins for anyone. */
export function mayCreateUserFor(actor: PolicyActor, partnerId: string | null): boolean {
  if (actor.role === 'admin') return true;
  return actor.role === 'partner_admin' && partnerId !== null && partnerId === actor.partnerId;
}
