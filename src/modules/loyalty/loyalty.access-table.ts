import { type AccessTable, grants } from '../../shared/access-table.js';

const VENDOR_READS = { admin: 'any', partner_manager: 'any', executive: 'any', finance: 'any' } as const;
const PARTNER_OWN = { partner_admin: 'own', partner_user: 'own' } as const;
const EVERYONE = { ...VENDOR_READS, partner_admin: 'any', partner_user: 'any' } as const;

/**
 * Partner loyalty: the points table and the catalogue are the vendor's, read by everyone and kept
 * by admins; a partner's points and redemptions are its own (vendor staff see all). Its people
 * redeem; an admin or the partner's manager approves, fulfils or rejects (decision 0250).
 */
export const accessTable: AccessTable = {
  loyaltyRule: {
    read: grants(EVERYONE),
    edit: grants({ admin: 'any' }),
  },
  loyaltyPoints: {
    read: grants(VENDOR_READS, PARTNER_OWN),
    adjust: grants({ admin: 'any' }),
    leaderboard: grants(VENDOR_READS),
  },
  loyaltyReward: {
    read: grants(EVERYONE),
    edit: grants({ admin: 'any' }),
    redeem: grants({}, { partner_admin: 'any', partner_user: 'any' }),
  },
  loyaltyRedemption: {
    read: grants(VENDOR_READS, PARTNER_OWN),
    decide: grants({ admin: 'any', partner_manager: 'owned' }),
  },
};
