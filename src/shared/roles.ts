/**
 * The six roles (docs/api.md, Roles). Vendor roles work for the vendor running Consort;
 * partner roles belong to exactly one partner company and see only its records.
 */
export const VENDOR_ROLES = ['admin', 'partner_manager', 'executive', 'finance'] as const;
export const PARTNER_ROLES = ['partner_admin', 'partner_user'] as const;
export const ROLES = [...VENDOR_ROLES, ...PARTNER_ROLES] as const;

export type VendorRole = (typeof VENDOR_ROLES)[number];
export type PartnerRole = (typeof PARTNER_ROLES)[number];
export type Role = (typeof ROLES)[number];

export function isPartnerRole(role: Role): role is PartnerRole {
  return (PARTNER_ROLES as readonly string[]).includes(role);
}

export function isVendorRole(role: Role): role is VendorRole {
  return !isPartnerRole(role);
}

export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Unexpected ${what}: ${JSON.stringify(value)}`);
}
