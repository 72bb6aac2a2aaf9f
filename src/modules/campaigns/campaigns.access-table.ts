import { type AccessTable, grants } from '../../shared/access-table.js';

const VENDOR_READS = { admin: 'any', partner_manager: 'any', executive: 'any', finance: 'any' } as const;
const PARTNER_OWN = { partner_admin: 'own', partner_user: 'own' } as const;
const MANAGERS = { admin: 'any', partner_manager: 'owned' } as const;

/**
 * Joint campaigns: vendor staff see all, a partner's people their company's. An admin or the
 * partner's own manager plans and runs them; the partner's people propose campaigns and change
 * or withdraw a proposal until the vendor decides it (decision 0248).
 */
export const accessTable: AccessTable = {
  campaign: {
    read: grants(VENDOR_READS, PARTNER_OWN),
    create: grants(MANAGERS, PARTNER_OWN),
    /** Start, complete, cancel; record the leads and opportunities it generated. */
    run: grants(MANAGERS),
  },
  campaignProposal: {
    edit: grants(MANAGERS, PARTNER_OWN),
    approve: grants(MANAGERS),
  },
};
