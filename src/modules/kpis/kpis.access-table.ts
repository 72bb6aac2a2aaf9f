import { type AccessTable, grants } from '../../shared/access-table.js';

const VENDOR = { admin: 'any', partner_manager: 'any', executive: 'any', finance: 'any' } as const;
const KEEPERS = { admin: 'any', finance: 'any' } as const;

/**
 * Ecosystem KPIs are the vendor's view of its whole portfolio: every vendor role reads the
 * dashboard, the ROI and the cost entries; an admin takes snapshots; admins and finance keep the
 * costs. A partner's people read their own company's KPIs, never another's or the portfolio's
 * (decision 0302).
 */
export const accessTable: AccessTable = {
  kpiSnapshot: {
    read: grants(VENDOR),
    take: grants({ admin: 'any' }),
  },
  partnerKpi: {
    read: grants(VENDOR, { partner_admin: 'own', partner_user: 'own' }),
  },
  roi: {
    read: grants(VENDOR),
  },
  costEntry: {
    read: grants(VENDOR),
    create: grants(KEEPERS),
    edit: grants(KEEPERS),
    delete: grants(KEEPERS),
    import: grants(KEEPERS),
  },
};
