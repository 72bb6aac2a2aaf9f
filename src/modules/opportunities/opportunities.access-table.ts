import { type AccessTable, grants } from '../../shared/access-table.js';

const VENDOR_READS = { admin: 'any', partner_manager: 'any', executive: 'any', finance: 'any' } as const;
const MANAGERS = { admin: 'any', partner_manager: 'any' } as const;
const PARTNER = { partner_admin: 'own', partner_user: 'own' } as const;

/**
 * Opportunities and co-sell: the vendor's pipeline is run by admins and partner managers and read
 * by all vendor staff; a partner's people read only the opportunities their company is involved
 * in (outside its competing areas), ask the vendor to co-sell and answer the vendor's invitations.
 * Accounts are the vendor's alone.
 */
export const accessTable: AccessTable = {
  opportunity: {
    read: grants(VENDOR_READS, PARTNER),
    create: grants(MANAGERS),
    edit: grants(MANAGERS),
    touch: grants(MANAGERS),
    inviteCoSell: grants(MANAGERS),
    import: grants(MANAGERS),
  },
  account: {
    read: grants(VENDOR_READS),
    create: grants(MANAGERS),
    edit: grants(MANAGERS),
    import: grants(MANAGERS),
  },
  coSellRequest: {
    read: grants(VENDOR_READS, PARTNER),
    create: grants({}, PARTNER),
    decide: grants(MANAGERS, PARTNER),
  },
};
