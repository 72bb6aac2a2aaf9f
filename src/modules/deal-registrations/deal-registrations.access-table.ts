import { type AccessTable, grants } from '../../shared/access-table.js';

const VENDOR_READS = { admin: 'any', partner_manager: 'any', executive: 'any', finance: 'any' } as const;
const APPROVERS = { admin: 'any', partner_manager: 'owned' } as const;
const PARTNER = { partner_admin: 'own', partner_user: 'own' } as const;

/**
 * Deal registrations: a partner's people register deals for their own company and see only its
 * registrations; an admin or any partner manager registers on a partner's behalf; the partner's
 * owner (or an admin) approves, rejects and grants extensions; the partner asks for extensions;
 * either side records the outcome. Vendor staff read every registration.
 */
export const accessTable: AccessTable = {
  dealRegistration: {
    read: grants(VENDOR_READS, PARTNER),
    create: grants({ admin: 'any', partner_manager: 'any' }, PARTNER),
    approve: grants(APPROVERS),
    reject: grants(APPROVERS),
    close: grants(APPROVERS, PARTNER),
    requestExtension: grants({}, PARTNER),
    extend: grants(APPROVERS),
    // Name the joint value proposition it uses (decision 0344): its approvers and the partner's people.
    edit: grants(APPROVERS, PARTNER),
    // The CSV import: vendor staff register on partners' behalf, every row checked for conflicts.
    import: grants({ admin: 'any', partner_manager: 'any' }),
  },
  // Counts only, in the caller's scope (a partner's people: their own company's).
  dealRegistrationSummary: { read: grants(VENDOR_READS, PARTNER) },
  dealRegistrationSettings: {
    read: grants(VENDOR_READS),
    edit: grants({ admin: 'any' }),
  },
};
