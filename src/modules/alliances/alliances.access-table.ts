import { type AccessTable, grants } from '../../shared/access-table.js';

const VENDOR_READS = { admin: 'any', partner_manager: 'any', executive: 'any', finance: 'any' } as const;
const PARTNER_READS = { partner_admin: 'own', partner_user: 'own' } as const;
const MANAGERS = { admin: 'any', partner_manager: 'owned' } as const;

/**
 * Alliances: everyone who sees the partner reads its alliance and its qualification history; an
 * admin or the partner's own manager starts and steers it. Each side edits its own side: the
 * partner's admin its sponsor, investment and value capture and its qualification score, any of
 * its people its side of the checklist (alliances.policy.ts). The portfolio list is the vendor's.
 */
export const accessTable: AccessTable = {
  alliance: {
    read: grants(VENDOR_READS, PARTNER_READS),
    report: grants(VENDOR_READS),
    start: grants(MANAGERS),
    edit: grants(MANAGERS, { partner_admin: 'own' }),
    design: grants(MANAGERS, { partner_admin: 'own' }),
    tick: grants(MANAGERS, { partner_admin: 'own', partner_user: 'own' }),
    // The CSV import: each row is checked against the partner it names (an admin, or its own manager).
    import: grants({ admin: 'any', partner_manager: 'any' }),
  },
  allianceQualification: {
    read: grants(VENDOR_READS, PARTNER_READS),
    create: grants(MANAGERS, { partner_admin: 'own' }),
  },
};
