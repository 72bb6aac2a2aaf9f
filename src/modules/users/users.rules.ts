import { dictionary } from '@zxcvbn-ts/language-common';
import { isPartnerRole, PARTNER_ROLES, ROLES, type Role } from '../../shared/roles.js';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

/**
 * NIST 800-63B style: length over composition rules; refuse the obvious, and passwords that
 * attackers try first (a list of passwords common in breaches, see `isCommonPassword`).
 */
export function passwordProblem(password: string, email: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `must be at least ${MIN_PASSWORD_LENGTH} characters`;
  if (password.length > MAX_PASSWORD_LENGTH) return `must be at most ${MAX_PASSWORD_LENGTH} characters`;
  if (password.toLowerCase() === email.toLowerCase()) return 'must not be the e-mail address';
  if (new Set(password).size < 4) return 'is too repetitive';
  if (isCommonPassword(password)) return 'is too common: it is, or is built on, a password often seen in breaches';
  return null;
}

/**
 * The ~50,000 passwords most common in published breaches, from zxcvbn-ts's common dictionary (a
 * maintained npm package with no install scripts). Built on first use, kept for the process.
 */
let commonPasswords: ReadonlySet<string> | undefined;

/** Look-alike digits and signs people put in place of letters. */
const UNLEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '!': 'i',
};

/** `s` without the digits, signs and spaces before its first and after its last letter. */
const lettersCore = (s: string) => s.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');

/** The shortest `unit` with `s === unit.repeat(n)` for some n ≥ 2, or null. */
function repeatedUnit(s: string): string | null {
  for (let size = 1; size <= s.length / 2; size++) {
    if (s.length % size === 0 && s.slice(0, size).repeat(s.length / size) === s) return s.slice(0, size);
  }
  return null;
}

/**
 * Whether a password is a common one, or one dressed up the way people dress them up: any case,
 * spaces between words, digits or signs before or after ("Summer2024!!!!"), look-alike digits
 * ("P@ssw0rd"), or a common one repeated ("qwertyqwerty"). Length alone does not help a password
 * an attacker's list holds, which is why this applies to passwords of any length.
 */
export function isCommonPassword(password: string): boolean {
  commonPasswords ??= new Set(dictionary['passwords-common']);
  const list = commonPasswords;
  const compact = password.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
  const unleeted = Array.from(compact, (ch) => UNLEET[ch] ?? ch).join('');
  const forms = [compact, unleeted, lettersCore(compact), lettersCore(unleeted)];
  for (const form of [...forms]) {
    const unit = repeatedUnit(form);
    if (unit) forms.push(unit, lettersCore(unit));
  }
  // A stem of one or two letters ("ab" + ten digits) says little; the whole password was checked.
  return forms.some((form, i) => (i < 2 || form.length >= 3) && list.has(form));
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
