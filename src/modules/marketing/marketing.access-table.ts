import { type AccessTable, grants } from '../../shared/access-table.js';

const VENDOR_READS = { admin: 'any', partner_manager: 'any', executive: 'any', finance: 'any' } as const;
const PARTNER_OWN = { partner_admin: 'own', partner_user: 'own' } as const;

/**
 * Through-channel marketing. Kits are the vendor's: admins and partner managers write them, admins
 * approve and retire them; every partner's people read the approved kits offered to them (the
 * catalogue). Audiences are the partner's own: its people upload and launch to them; vendor staff
 * see their names, sizes and results but never the contacts (decision 0241). Launches are read by
 * vendor staff and the partner's people; the partner's people, or an admin, stop one.
 */
export const accessTable: AccessTable = {
  marketingKit: {
    read: grants(VENDOR_READS),
    create: grants({ admin: 'any', partner_manager: 'any' }),
    edit: grants({ admin: 'any', partner_manager: 'any' }),
    approve: grants({ admin: 'any' }),
  },
  marketingOffer: {
    read: grants(VENDOR_READS, { partner_admin: 'any', partner_user: 'any' }),
  },
  marketingAudience: {
    read: grants(VENDOR_READS, PARTNER_OWN),
    create: grants({}, PARTNER_OWN),
    edit: grants({}, PARTNER_OWN),
    readContacts: grants({}, PARTNER_OWN),
    launch: grants({}, PARTNER_OWN),
  },
  marketingLaunch: {
    read: grants(VENDOR_READS, PARTNER_OWN),
    cancel: grants({ admin: 'any' }, PARTNER_OWN),
  },
  marketingSuppression: {
    read: grants(VENDOR_READS, PARTNER_OWN),
    create: grants({ admin: 'any' }, { partner_admin: 'own' }),
    delete: grants({ admin: 'any' }, { partner_admin: 'own' }),
  },
};
