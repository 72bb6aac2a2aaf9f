import { type AccessTable, grants } from '../../shared/access-table.js';

const VENDOR_READS = { admin: 'any', partner_manager: 'any', executive: 'any', finance: 'any' } as const;
const PARTNER_OWN = { partner_admin: 'own', partner_user: 'own' } as const;

/**
 * Incentives: vendor staff read plans, the ledger and payouts; admins and partner managers design
 * plans; finance (and admins) make, approve and pay batches and record reversals. A partner's
 * people read their own company's earnings, statement and payouts — its admin and its users alike
 * (a partner user sells the deals the earnings come from).
 */
export const accessTable: AccessTable = {
  incentivePlan: {
    read: grants(VENDOR_READS),
    create: grants({ admin: 'any', partner_manager: 'any' }),
    edit: grants({ admin: 'any', partner_manager: 'any' }),
  },
  incentiveSettings: {
    read: grants(VENDOR_READS),
    edit: grants({ admin: 'any', finance: 'any' }),
  },
  earning: {
    read: grants(VENDOR_READS, PARTNER_OWN),
    reverse: grants({ admin: 'any', finance: 'any' }),
  },
  payoutBatch: {
    read: grants(VENDOR_READS),
    create: grants({ admin: 'any', finance: 'any' }),
    approve: grants({ admin: 'any', finance: 'any' }),
    pay: grants({ admin: 'any', finance: 'any' }),
    cancel: grants({ admin: 'any', finance: 'any' }),
  },
};
