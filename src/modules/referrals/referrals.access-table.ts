import { type AccessTable, grants } from '../../shared/access-table.js';

const VENDOR_READS = { admin: 'any', partner_manager: 'any', executive: 'any', finance: 'any' } as const;
const PARTNER_OWN = { partner_admin: 'own', partner_user: 'own' } as const;

/**
 * Referrals: every vendor role reads every partner's links and figures, a partner's people their
 * own company's. Links are made and archived by admins and partner managers, and by a partner's
 * admin for its own company; referrals are submitted by the partner's people (or by the vendor on
 * its behalf). Admins set the cookie window, the allowed destinations and the tracking key;
 * finance or an admin approves commissions.
 */
export const accessTable: AccessTable = {
  referralSettings: {
    read: grants(VENDOR_READS),
    edit: grants({ admin: 'any' }),
  },
  referral: {
    read: grants(VENDOR_READS, PARTNER_OWN),
  },
  referralLink: {
    read: grants(VENDOR_READS, PARTNER_OWN),
    create: grants({ admin: 'any', partner_manager: 'any' }, { partner_admin: 'own' }),
    edit: grants({ admin: 'any', partner_manager: 'any' }, { partner_admin: 'own' }),
  },
  referralCommission: {
    read: grants(VENDOR_READS, PARTNER_OWN),
    approve: grants({ admin: 'any', finance: 'any' }),
  },
  referralSubmission: {
    read: grants(VENDOR_READS, PARTNER_OWN),
    create: grants({ admin: 'any', partner_manager: 'any' }, PARTNER_OWN),
    // The CSV import: vendor staff submit on partners' behalf, a partner's admin its own company's
    // (decision 0224); each row through the same service.
    import: grants({ admin: 'any', partner_manager: 'any' }, { partner_admin: 'own' }),
  },
};
