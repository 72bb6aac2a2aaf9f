import { type AccessTable, grants } from '../../shared/access-table.js';

const VENDOR_READ = { admin: 'any', partner_manager: 'any', executive: 'any', finance: 'any' } as const;

/**
 * Programs and their tiers are the vendor's design: admins and partner managers shape them;
 * every vendor role reads them; a partner's people read the programs their company is in (the
 * tier-benefits matrix), never another's. Memberships, tier progress and tier history belong to
 * the partner: its own people read them. Changing a partner's standing (joining, leaving,
 * placing, approving a proposal) is for admins and the partner's owner. Evaluation runs,
 * proposals and milestone rules are the vendor's internal view.
 */
export const accessTable: AccessTable = {
  program: {
    read: grants(VENDOR_READ, { partner_admin: 'any', partner_user: 'any' }),
    create: grants({ admin: 'any', partner_manager: 'any' }),
    edit: grants({ admin: 'any', partner_manager: 'any' }),
    delete: grants({ admin: 'any' }),
    /** The members list of a program: the vendor's view. */
    readMembers: grants(VENDOR_READ),
  },
  programMembership: {
    read: grants(VENDOR_READ, { partner_admin: 'own', partner_user: 'own' }),
    create: grants({ admin: 'any', partner_manager: 'owned' }),
    edit: grants({ admin: 'any', partner_manager: 'owned' }),
    // The CSV import: each row is checked against the partner it names (the manager's own).
    import: grants({ admin: 'any', partner_manager: 'any' }),
  },
  tierProgress: {
    read: grants(VENDOR_READ, { partner_admin: 'own', partner_user: 'own' }),
  },
  customMetric: {
    read: grants(VENDOR_READ),
    edit: grants({ admin: 'any', partner_manager: 'owned' }),
  },
  tierEvaluation: {
    read: grants(VENDOR_READ),
    run: grants({ admin: 'any', partner_manager: 'any' }),
  },
  tierProposal: {
    read: grants(VENDOR_READ),
    decide: grants({ admin: 'any', partner_manager: 'owned' }),
  },
  milestoneRule: {
    read: grants(VENDOR_READ),
    create: grants({ admin: 'any', partner_manager: 'any' }),
    edit: grants({ admin: 'any', partner_manager: 'any' }),
    delete: grants({ admin: 'any', partner_manager: 'any' }),
    run: grants({ admin: 'any', partner_manager: 'any' }),
  },
  milestoneProposal: {
    read: grants(VENDOR_READ),
    decide: grants({ admin: 'any', partner_manager: 'owned' }),
  },
};
