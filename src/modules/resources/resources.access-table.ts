import { type AccessTable, grants } from '../../shared/access-table.js';

const EVERYONE = {
  admin: 'any',
  partner_manager: 'any',
  executive: 'any',
  finance: 'any',
} as const;
const PARTNER_PEOPLE = { partner_admin: 'any', partner_user: 'any' } as const;
const KEEPERS = { admin: 'any', partner_manager: 'any' } as const;

/**
 * The resource library is the vendor's: admins and partner managers keep it, every vendor role
 * reads it and its figures. A partner's people read (and open, download, co-brand) what its gate
 * lets them see — the matrix's fixture resource is published to every partner, so `any`; a
 * gated-out one answers 404 like a missing one (test/api/resources.test.ts).
 */
export const accessTable: AccessTable = {
  resource: {
    read: grants(EVERYONE, PARTNER_PEOPLE),
    create: grants(KEEPERS),
    edit: grants(KEEPERS),
    stats: grants(EVERYONE),
  },
  resourceCategory: {
    read: grants(EVERYONE, PARTNER_PEOPLE),
    create: grants(KEEPERS),
    edit: grants(KEEPERS),
    delete: grants(KEEPERS),
  },
};
