import type { Partner, Role, User } from '../../api/types';
import type { SessionUser } from './session';

/**
 * Every decision about what the UI offers to whom, and nothing else decides it: pages, menus and
 * route gates call these functions and never look at a role themselves. The answers are the
 * server's: app-wide ones from `GET /api/v1/me` (`can`, kept on the session user as `app`), and
 * per record from the record's own `can` flags, computed by the server's policy. The server still
 * decides every request (403/404 otherwise); these only keep the UI from offering what it would
 * refuse.
 */
type Actor = Pick<SessionUser, 'id' | 'role' | 'partnerId' | 'app' | 'assignableRoles'>;
type PartnerRecord = Pick<Partner, 'id' | 'can'>;
type UserRecord = Pick<User, 'id' | 'role' | 'partnerId' | 'can'>;

const VENDOR_ROLES: readonly Role[] = ['admin', 'partner_manager', 'executive', 'finance'];
const PARTNER_ROLES: readonly Role[] = ['partner_admin', 'partner_user'];

// Which app: the vendor's, or the partner portal (who the user is, not what they may do).

export function isVendor(user: Pick<User, 'role'>): boolean {
  return VENDOR_ROLES.includes(user.role);
}

export function isPartnerSide(user: Pick<User, 'role'>): boolean {
  return !isVendor(user);
}

/** Whether a role belongs to a partner company's people (as opposed to vendor staff). */
export function isPartnerRole(role: Role): boolean {
  return PARTNER_ROLES.includes(role);
}

// App-level: me.can. A new module's app-wide flag needs no function here: `mayApp(user, 'flag')`.

/** Any app-wide flag a module contributes to `GET /api/v1/me`'s `can` (server: appPermissions). */
export function mayApp(user: Actor, flag: string): boolean {
  return user.app[flag] === true;
}

export function canCreatePartner(user: Actor): boolean {
  return user.app.createPartner === true;
}

export function canManageUsers(user: Actor): boolean {
  return user.app.manageUsers === true;
}

/** Webhooks (the admins'): a subscription can read every event. */
export function canManageWebhooks(user: Actor): boolean {
  return mayApp(user, 'manageWebhooks');
}

export function canViewAudit(user: Actor): boolean {
  return user.app.viewAudit === true;
}

/** Admins and partner managers shape the Ideal Partner Profile that recruitment scores against. */
export function canEditIdealProfile(user: Actor): boolean {
  return user.app.editIdealProfile === true;
}

export function canManageSettings(user: Actor): boolean {
  return user.app.manageSettings === true;
}

/** The roles the user may hand out. */
export function assignableRoles(user: Actor): Role[] {
  return [...user.assignableRoles];
}

// One partner: partner.can.

export function canEditPartner(_user: Actor, partner: PartnerRecord): boolean {
  return partner.can.edit;
}

/** Everything beyond the company profile (owner, tier, motion, domains, …). */
export function canEditVendorFields(_user: Actor, partner: PartnerRecord): boolean {
  return partner.can.editVendorFields;
}

export function canDeletePartner(_user: Actor, partner: PartnerRecord): boolean {
  return partner.can.delete;
}

export function canChangeStage(_user: Actor, partner: PartnerRecord): boolean {
  return partner.can.changeStage;
}

export function canManageContacts(_user: Actor, partner: PartnerRecord): boolean {
  return partner.can.manageContacts;
}

// One user record: user.can.

export function canEditUser(_user: Actor, target: UserRecord): boolean {
  return target.can.edit;
}

export function canChangeRole(_user: Actor, target: UserRecord): boolean {
  return target.can.changeRole;
}

export function canDeactivateUser(_user: Actor, target: UserRecord): boolean {
  return target.can.deactivate;
}

/** Setting a new password for someone comes with managing their account. */
export function canResetPassword(_user: Actor, target: UserRecord): boolean {
  return target.can.edit;
}

export function canRevokeSessions(_user: Actor, target: UserRecord): boolean {
  return target.can.revokeSessions;
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
