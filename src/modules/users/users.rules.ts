import { isPartnerRole, PARTNER_ROLES, ROLES, type Role } from '../../shared/roles.js';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

/** NIST 800-63B style: length over composition rules; refuse the obvious. */
export function passwordProblem(password: string, email: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `must be at least ${MIN_PASSWORD_LENGTH} characters`;
  if (password.length > MAX_PASSWORD_LENGTH) return `must be at most ${MAX_PASSWORD_LENGTH} characters`;
  if (password.toLowerCase() === email.toLowerCase()) return 'must not be the e-mail address';
  if (new Set(password).size < 4) return 'is too repetitive';
  return null;
}

/** Admins assign any role; a partner's admin assigns only partner roles, within their company. */
export function rolesAssignableBy(actorRole: Role): readonly Role[] {
  if (actorRole === 'admin') return ROLES;
  if (actorRole === 'partner_admin') return PARTNER_ROLES;
  return [];
}

/** Partner roles need a partner company; vendor roles must not have one. */
export function membershipProblem(role: Role, partnerId: string | null | undefined): { path: string; message: string } | null {
  if (isPartnerRole(role) && !partnerId) return { path: 'partnerId', message: `is required for role ${role}` };
  if (!isPartnerRole(role) && partnerId) return { path: 'partnerId', message: `must be empty for vendor role ${role}` };
  return null;
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Whether an address is at one of a company's domains or a subdomain of one (`eu.acme.com` under
 * `acme.com`), compared label by label: `notacme.com` and `acme.com.evil.io` are not `acme.com`.
 */
export function isAddressAtDomains(email: string, domains: readonly string[]): boolean {
  const at = email.lastIndexOf('@');
  if (at < 0) return false;
  const host = email
    .slice(at + 1)
    .trim()
    .toLowerCase()
    .replace(/\.$/, '');
  return domains.some((raw) => {
    const domain = raw.trim().toLowerCase().replace(/\.$/, '');
    return domain.length > 0 && (host === domain || host.endsWith(`.${domain}`));
  });
}
