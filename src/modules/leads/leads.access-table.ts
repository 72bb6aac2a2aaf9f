import { type AccessTable, grants } from '../../shared/access-table.js';

const VENDOR_READS = { admin: 'any', partner_manager: 'any', executive: 'any', finance: 'any' } as const;
const MANAGERS = { admin: 'any', partner_manager: 'any' } as const;
const PARTNER = { partner_admin: 'own', partner_user: 'own' } as const;

/**
 * Leads: vendor staff read every lead; admins and partner managers create, correct, import, route,
 * assign and disqualify them (the lead queue is shared, so any manager works any lead). A partner's
 * people see only the leads assigned to their company, accept or decline them, and convert the
 * accepted ones. The coverage model, routing rules and SLA: read by vendor staff, kept by admins.
 */
export const accessTable: AccessTable = {
  lead: {
    read: grants(VENDOR_READS, PARTNER),
    create: grants(MANAGERS),
    edit: grants(MANAGERS),
    import: grants(MANAGERS),
    assign: grants(MANAGERS),
    disqualify: grants(MANAGERS),
    accept: grants({}, PARTNER),
    decline: grants({}, PARTNER),
    convert: grants(MANAGERS, PARTNER),
  },
  // Counts only, in the caller's scope (a partner's people: their own company's).
  leadSummary: { read: grants(VENDOR_READS, PARTNER) },
  leadRoutingRule: {
    read: grants(VENDOR_READS),
    create: grants({ admin: 'any' }),
    edit: grants({ admin: 'any' }),
    delete: grants({ admin: 'any' }),
  },
  coverageSegment: {
    read: grants(VENDOR_READS),
    create: grants({ admin: 'any' }),
    edit: grants({ admin: 'any' }),
    delete: grants({ admin: 'any' }),
  },
  leadSettings: {
    read: grants(VENDOR_READS),
    edit: grants({ admin: 'any' }),
  },
};
