import { type AccessTable, grants } from '../../shared/access-table.js';

const VENDOR_READS = { admin: 'any', partner_manager: 'any', executive: 'any', finance: 'any' } as const;

/**
 * People: vendor staff see everyone; a partner's people see their own company's accounts. Admins
 * manage every account, a partner's admin those of their own company. Everyone reads and edits
 * their own profile.
 */
export const accessTable: AccessTable = {
  user: {
    read: grants(VENDOR_READS, { partner_admin: 'own', partner_user: 'own' }),
    create: grants({ admin: 'any' }, { partner_admin: 'own' }),
    edit: grants({ admin: 'any' }, { partner_admin: 'own' }),
    /** POST /imports/users: admins only (a partner's admin adds people one at a time, at their domains). */
    import: grants({ admin: 'any' }),
  },
  me: {
    read: grants(VENDOR_READS, { partner_admin: 'own', partner_user: 'own' }),
    edit: grants(VENDOR_READS, { partner_admin: 'own', partner_user: 'own' }),
  },
};
