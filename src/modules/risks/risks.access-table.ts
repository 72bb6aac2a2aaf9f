import { type AccessTable, grants } from '../../shared/access-table.js';

const VENDOR_READS = { admin: 'any', partner_manager: 'any', executive: 'any', finance: 'any' } as const;
const MANAGERS = { admin: 'any', partner_manager: 'owned' } as const;
const PARTNER_PEOPLE = { partner_admin: 'own', partner_user: 'own' } as const;

/**
 * The risk register: vendor staff read every partner's; an admin or the partner's manager keeps
 * it. A partner's people read the risks shared with their company, raise risks on their alliance,
 * keep editing and mitigating what they raised, and update the actions they own (decision 0151).
 * The matrix's fixture risk is one the partner raised (shared), so `own` holds for those rows.
 */
export const accessTable: AccessTable = {
  risk: {
    read: grants(VENDOR_READS, PARTNER_PEOPLE),
    create: grants(MANAGERS, PARTNER_PEOPLE),
    edit: grants(MANAGERS, PARTNER_PEOPLE),
    delete: grants(MANAGERS),
    // The CSV import: each row is checked against the partner it names (the manager's own).
    import: grants({ admin: 'any', partner_manager: 'any' }),
    mitigate: grants(MANAGERS, PARTNER_PEOPLE),
  },
  riskAction: {
    edit: grants(MANAGERS, PARTNER_PEOPLE),
    delete: grants(MANAGERS, PARTNER_PEOPLE),
  },
};
