import { type AccessTable, grants } from '../../shared/access-table.js';

const VENDOR_READS = { admin: 'any', partner_manager: 'any', executive: 'any', finance: 'any' } as const;
const MANAGERS = { admin: 'any', partner_manager: 'owned' } as const;

/**
 * Agreements: everyone who sees the partner reads its agreements; an admin or the partner's own
 * manager drafts, sends, countersigns, terminates and attaches documents; the partner's admin
 * signs for the company; either side gives notice of non-renewal.
 */
export const accessTable: AccessTable = {
  agreement: {
    read: grants(VENDOR_READS, { partner_admin: 'own', partner_user: 'own' }),
    create: grants(MANAGERS),
    edit: grants(MANAGERS),
    delete: grants(MANAGERS),
    send: grants(MANAGERS),
    sign: grants({}, { partner_admin: 'own' }),
    countersign: grants(MANAGERS),
    terminate: grants(MANAGERS),
    giveNotice: grants(MANAGERS, { partner_admin: 'own' }),
    attach: grants(MANAGERS),
    // The CSV import: each row is checked against the partner it names (the manager's own).
    import: grants({ admin: 'any', partner_manager: 'any' }),
  },
};
