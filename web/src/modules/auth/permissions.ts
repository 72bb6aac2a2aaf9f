import type { Partner, Role, User } from '../../api/types';

/**
 * Every decision about what the UI offers to whom, and nothing else decides it: pages, menus and
 * route gates call these functions and never look at a role themselves. The server decides (and
 * answers 403/404 otherwise); these only keep the UI from offering what would be refused.
 *
 * Today they mirror PRODUCT.md's role table. The server is to return the same answers as flags
 * (`me.can`, `partner.can`, `user.can`); each function below names the flag that will replace
 * its body, so switching is an edit of this file only.
 */
type Actor = Pick<User, 'id' | 'role' | 'partnerId'>;
type PartnerRecord = Pick<Partner, 'id' | 'ownerId'>;
type UserRecord = Pick<User, 'id' | 'role' | 'partnerId'>;

const VENDOR_ROLES: readonly Role[] = ['admin', 'partner_manager', 'executive', 'finance'];
const PARTNER_ROLES: readonly Role[] = ['partner_admin', 'partner_user'];

// Which app: the vendor's, or the partner portal.

export function isVendor(user: Actor): boolean {
  return VENDOR_ROLES.includes(user.role);
}

export function isPartnerSide(user: Actor): boolean {
  return !isVendor(user);
}

/** Whether a role belongs to a partner company's people (as opposed to vendor staff). */
export function isPartnerRole(role: Role): boolean {
  return PARTNER_ROLES.includes(role);
}

// App-level: me.can.

/** me.can.createPartner */
export function canCreatePartner(user: Actor): boolean {
  return user.role === 'admin' || user.role === 'partner_manager';
}

/** me.can.manageUsers */
export function canManageUsers(user: Actor): boolean {
  return user.role === 'admin' || user.role === 'partner_admin';
}

/** me.can.viewAudit */
export function canViewAudit(user: Actor): boolean {
  return user.role === 'admin';
}

/** me.can.manageSettings */
export function canManageSettings(user: Actor): boolean {
  return user.role === 'admin';
}

/** me.can.assignableRoles: the roles a user may hand out (the server's rolesAssignableBy). */
export function assignableRoles(user: Actor): Role[] {
  if (user.role === 'admin') return [...VENDOR_ROLES, ...PARTNER_ROLES];
  if (user.role === 'partner_admin') return [...PARTNER_ROLES];
  return [];
}

// One partner: partner.can.

/** partner.can.edit. Admins change any partner; a partner manager those they own; a partner admin their own company. */
export function canEditPartner(user: Actor, partner: PartnerRecord): boolean {
  switch (user.role) {
    case 'admin':
      return true;
    case 'partner_manager':
      return partner.ownerId === user.id;
    case 'partner_admin':
      return partner.id === user.partnerId;
    default:
      return false;
  }
}

/** partner.can.editVendorFields: everything beyond the company profile (legal name, website, …). */
export function canEditVendorFields(user: Actor, partner: PartnerRecord): boolean {
  return canEditPartner(user, partner) && isVendor(user);
}

/** partner.can.delete */
export function canDeletePartner(user: Actor, _partner: PartnerRecord): boolean {
  return user.role === 'admin';
}

/** partner.can.changeStage */
export function canChangeStage(user: Actor, partner: PartnerRecord): boolean {
  return user.role === 'admin' || (user.role === 'partner_manager' && partner.ownerId === user.id);
}

/** partner.can.manageContacts */
export function canManageContacts(user: Actor, partner: PartnerRecord): boolean {
  return canEditPartner(user, partner);
}

// One user record: user.can. Whoever manages users may do all of it to the users they see today.

/** user.can.edit */
export function canEditUser(user: Actor, _target: UserRecord): boolean {
  return canManageUsers(user);
}

/** user.can.changeRole */
export function canChangeRole(user: Actor, _target: UserRecord): boolean {
  return canManageUsers(user);
}

/** user.can.deactivate */
export function canDeactivateUser(user: Actor, _target: UserRecord): boolean {
  return canManageUsers(user);
}

/** user.can.resetPassword */
export function canResetPassword(user: Actor, _target: UserRecord): boolean {
  return canManageUsers(user);
}

/** user.can.revokeSessions */
export function canRevokeSessions(user: Actor, _target: UserRecord): boolean {
  return canManageUsers(user);
}

/** The roles a user may be given: one the editor may assign, on the user's side (nobody moves between the vendor and a partner). */
export function rolesFor(user: Actor, target: UserRecord): Role[] {
  if (!canChangeRole(user, target)) return [target.role];
  return assignableRoles(user).filter((role) => isPartnerRole(role) === isPartnerRole(target.role));
}

// Who fills which part in a partnership, and what a new record starts with.

/** Who may be a partner's owner (its partner manager). */
export function mayOwnPartners(user: Pick<User, 'role'>): boolean {
  return user.role === 'admin' || user.role === 'partner_manager';
}

/** Who may be a partner's executive sponsor on the vendor's side. */
export function maySponsorPartners(user: Pick<User, 'role'>): boolean {
  return user.role === 'admin' || user.role === 'executive';
}

/** Whether the user has partners of their own to look at ("Partners I manage"). */
export function managesOwnPartners(user: Actor): boolean {
  return user.role === 'partner_manager';
}

/** The owner a new partner starts with: a partner manager who names no other owns what they create (as the server does). */
export function defaultOwnerId(user: Actor): string | null {
  return user.role === 'partner_manager' ? user.id : null;
}

/**
 * What a new user starts as: a partner admin adds colleagues to their own company; an admin picks
 * the company of a partner-side user (`choosesCompany`).
 */
export function newUserDefaults(user: Actor): { role: Role; partnerId: string | null; choosesCompany: boolean } {
  if (user.role === 'partner_admin') return { role: 'partner_user', partnerId: user.partnerId, choosesCompany: false };
  return { role: 'partner_manager', partnerId: null, choosesCompany: user.role === 'admin' };
}
