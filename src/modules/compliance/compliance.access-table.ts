import { type AccessTable, grants } from '../../shared/access-table.js';

const VENDOR_READS = { admin: 'any', partner_manager: 'any', executive: 'any', finance: 'any' } as const;
const MANAGERS = { admin: 'any', partner_manager: 'owned' } as const;

/**
 * Compliance: everyone who sees a partner reads its items and what they block; an admin or the
 * partner's manager keeps and reviews them; the partner's admin adds its own, uploads evidence and
 * corrects items until they are verified. The consequences (what a lapsed type blocks) are an
 * admin's setting that everyone may read.
 */
export const accessTable: AccessTable = {
  complianceRequirement: {
    read: grants(VENDOR_READS, { partner_admin: 'any', partner_user: 'any' }),
    edit: grants({ admin: 'any' }),
  },
  complianceItem: {
    read: grants(VENDOR_READS, { partner_admin: 'own', partner_user: 'own' }),
    create: grants(MANAGERS, { partner_admin: 'own' }),
    edit: grants(MANAGERS, { partner_admin: 'own' }),
    delete: grants(MANAGERS),
    review: grants(MANAGERS),
    attach: grants(MANAGERS, { partner_admin: 'own' }),
    // The CSV import: each row is checked against the partner it names (the manager's own).
    import: grants({ admin: 'any', partner_manager: 'any' }),
  },
};
