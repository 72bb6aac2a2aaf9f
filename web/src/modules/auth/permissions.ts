import type { Partner, Role, User } from '../../api/types';

/**
 * What the UI offers to whom. The server decides (and answers 403/404 otherwise); these only keep
 * the UI from offering what would be refused. They mirror PRODUCT.md's role table.
 */
type Actor = Pick<User, 'id' | 'role' | 'partnerId'>;

const VENDOR_ROLES: readonly Role[] = ['admin', 'partner_manager', 'executive', 'finance'];

export function isVendor(user: Actor): boolean {
  return VENDOR_ROLES.includes(user.role);
}

export function isPartnerSide(user: Actor): boolean {
  return !isVendor(user);
}

export function canCreatePartner(user: Actor): boolean {
  return user.role === 'admin' || user.role === 'partner_manager';
}

/** Admins change any partner; a partner manager only those they own; a partner admin only their own company's profile. */
export function canEditPartner(user: Actor, partner: Pick<Partner, 'id' | 'ownerId'>): boolean {
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

/** Whether the edit form is limited to the company profile (legal name, website, …). */
export function editsProfileOnly(user: Actor): boolean {
  return user.role === 'partner_admin';
}

export function canManageContacts(user: Actor, partner: Pick<Partner, 'id' | 'ownerId'>): boolean {
  return canEditPartner(user, partner);
}

export function canChangeStage(user: Actor, partner: Pick<Partner, 'ownerId'>): boolean {
  return user.role === 'admin' || (user.role === 'partner_manager' && partner.ownerId === user.id);
}

export function canDeletePartner(user: Actor): boolean {
  return user.role === 'admin';
}

export function canManageUsers(user: Actor): boolean {
  return user.role === 'admin' || user.role === 'partner_admin';
}

export function isAdmin(user: Actor): boolean {
  return user.role === 'admin';
}

/** Roles a user may hand out (the server's rolesAssignableBy). */
export function assignableRoles(user: Actor): Role[] {
  if (user.role === 'admin') return ['admin', 'partner_manager', 'executive', 'finance', 'partner_admin', 'partner_user'];
  if (user.role === 'partner_admin') return ['partner_admin', 'partner_user'];
  return [];
}

export function isPartnerRole(role: Role): boolean {
  return role === 'partner_admin' || role === 'partner_user';
}
