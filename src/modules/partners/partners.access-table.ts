import { type AccessTable, grants } from '../../shared/access-table.js';

const VENDOR_READS = { admin: 'any', partner_manager: 'any', executive: 'any', finance: 'any' } as const;
const PARTNER_READS = { partner_admin: 'own', partner_user: 'own' } as const;

/**
 * Partners (the role table, docs/api.md): all vendor staff read every partner; a partner manager manages
 * only the partners they own; admins do everything; a partner's people read their own company,
 * and its admin keeps its profile and contacts.
 */
export const accessTable: AccessTable = {
  partner: {
    read: grants(VENDOR_READS, PARTNER_READS),
    report: grants(VENDOR_READS),
    create: grants({ admin: 'any', partner_manager: 'any' }),
    edit: grants({ admin: 'any', partner_manager: 'owned' }, { partner_admin: 'own' }),
    delete: grants({ admin: 'any' }),
    changeStage: grants({ admin: 'any', partner_manager: 'owned' }),
    /** POST /imports/partners: as create. */
    import: grants({ admin: 'any', partner_manager: 'any' }),
    // Documents the vendor keeps on a partner (its logo is `edit`); reading them is `read`.
    attachDocument: grants({ admin: 'any', partner_manager: 'owned' }),
    /** Fit against the Ideal Partner Profile: the vendor's internal view. */
    fit: grants(VENDOR_READS),
  },
  idealProfile: {
    read: grants(VENDOR_READS),
    edit: grants({ admin: 'any', partner_manager: 'any' }),
  },
  contact: {
    read: grants(VENDOR_READS, PARTNER_READS),
    create: grants({ admin: 'any', partner_manager: 'owned' }, { partner_admin: 'own' }),
    edit: grants({ admin: 'any', partner_manager: 'owned' }, { partner_admin: 'own' }),
    delete: grants({ admin: 'any', partner_manager: 'owned' }, { partner_admin: 'own' }),
    /** POST /imports/contacts: each row's partner is checked as create is (a manager's own partners, an admin's own company). */
    import: grants({ admin: 'any', partner_manager: 'any' }, { partner_admin: 'own' }),
  },
};
