import { type AccessTable, grants } from '../../shared/access-table.js';

const VENDOR_READS = { admin: 'any', partner_manager: 'any', executive: 'any', finance: 'any' } as const;
const VENDOR_WRITERS = { admin: 'any', partner_manager: 'any' } as const;
const PARTNER = { partner_admin: 'own', partner_user: 'own' } as const;

/**
 * Joint account plans: all vendor staff read them; the vendor's admins and partner managers create,
 * activate and close them and write every part; a partner's people read their company's plans and
 * write their side (their header fields, whitespace cells, their team, goals and their side's
 * actions). The matrix aims a partner's caller at an action of its own side.
 */
export const accessTable: AccessTable = {
  accountPlan: {
    read: grants(VENDOR_READS, PARTNER),
    create: grants(VENDOR_WRITERS),
    edit: grants(VENDOR_WRITERS, PARTNER),
    transition: grants(VENDOR_WRITERS),
  },
  accountPlanGoal: {
    create: grants(VENDOR_WRITERS, PARTNER),
    edit: grants(VENDOR_WRITERS, PARTNER),
    delete: grants(VENDOR_WRITERS, PARTNER),
  },
  accountPlanAction: {
    create: grants(VENDOR_WRITERS, PARTNER),
    edit: grants(VENDOR_WRITERS, PARTNER),
  },
};
