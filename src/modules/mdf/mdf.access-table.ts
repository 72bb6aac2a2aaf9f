import { type AccessTable, grants } from '../../shared/access-table.js';

const VENDOR_READS = { admin: 'any', partner_manager: 'any', executive: 'any', finance: 'any' } as const;
const PARTNER_READS = { partner_admin: 'own', partner_user: 'own' } as const;
const DECIDERS = { admin: 'any', partner_manager: 'owned' } as const;

/**
 * MDF: every vendor role reads the funds, requests and claims (finance pays from them, executives
 * look at ROI); a partner's people read their own company's. The partner's people request and
 * claim; an admin or the partner's manager may do it on its behalf and decides; an admin
 * allocates funds and sets the caps; finance (or an admin) marks approved claims paid.
 */
export const accessTable: AccessTable = {
  mdfSettings: {
    read: grants(VENDOR_READS, PARTNER_READS),
    edit: grants({ admin: 'any' }),
  },
  mdfAllocation: {
    read: grants(VENDOR_READS, PARTNER_READS),
    create: grants({ admin: 'any' }),
    /** Run the quarterly accrual now. */
    accrue: grants({ admin: 'any' }),
  },
  mdfRequest: {
    read: grants(VENDOR_READS, PARTNER_READS),
    create: grants(DECIDERS, PARTNER_READS),
    approve: grants(DECIDERS),
    cancel: grants(DECIDERS, PARTNER_READS),
  },
  mdfClaim: {
    read: grants(VENDOR_READS, PARTNER_READS),
    create: grants(DECIDERS, PARTNER_READS),
    attach: grants(DECIDERS, PARTNER_READS),
    approve: grants(DECIDERS),
    pay: grants({ admin: 'any', finance: 'any' }),
  },
};
