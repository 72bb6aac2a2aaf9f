import { type AccessTable, grants } from '../../shared/access-table.js';

const VENDOR_READS = { admin: 'any', partner_manager: 'any', executive: 'any' } as const;
const PARTNER_READS = { partner_admin: 'own', partner_user: 'own' } as const;

/**
 * Account mapping: everyone who sees the partner (but finance) reads its mapping as its own side
 * shares it; each side sets its own sharing (the vendor's: an admin or the partner's manager;
 * the partner's: its admin); the partner's admin uploads its list and runs private matches. The
 * vendor's own list is read by vendor staff and uploaded by admins and partner managers.
 */
export const accessTable: AccessTable = {
  accountMapping: {
    read: grants(VENDOR_READS, PARTNER_READS),
    share: grants({ admin: 'any', partner_manager: 'owned' }, { partner_admin: 'own' }),
    /** POST /imports/partner-accounts, DELETE …/account-mapping/accounts. */
    upload: grants({}, { partner_admin: 'own' }),
    match: grants({}, { partner_admin: 'own' }),
  },
  vendorAccount: {
    read: grants(VENDOR_READS),
    /** POST /imports/vendor-accounts. */
    import: grants({ admin: 'any', partner_manager: 'any' }),
  },
};
