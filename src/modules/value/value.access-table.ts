import { type AccessTable, grants } from '../../shared/access-table.js';

const VENDOR_READS = { admin: 'any', partner_manager: 'any', executive: 'any', finance: 'any' } as const;
const PARTNER_OWN = { partner_admin: 'own', partner_user: 'own' } as const;
const MANAGERS = { admin: 'any', partner_manager: 'owned' } as const;

/**
 * Joint value: everyone who sees the partner reads its JVP, sessions and simulations. Each side
 * acts for itself: the alliance's managers (an admin, the owning partner manager) for the vendor,
 * the partner's people for the partner — they propose JVP drafts, run calculator sessions and
 * simulations; a draft is edited by its side, and only the vendor publishes. Executives and
 * finance read. (The policy narrows further: a session's link is managed by whoever ran it, the
 * partner's admin for its company's sessions, and the alliance's managers; the matrix aims each
 * caller at a record of its own side.)
 */
export const accessTable: AccessTable = {
  valueProposition: {
    read: grants(VENDOR_READS, PARTNER_OWN),
    create: grants(MANAGERS, PARTNER_OWN),
    edit: grants(MANAGERS, PARTNER_OWN),
    withdraw: grants(MANAGERS, PARTNER_OWN),
    publish: grants(MANAGERS),
  },
  valueSession: {
    read: grants(VENDOR_READS, PARTNER_OWN),
    create: grants(MANAGERS, PARTNER_OWN),
    share: grants(MANAGERS, PARTNER_OWN),
    delete: grants(MANAGERS, PARTNER_OWN),
  },
  valueSimulation: {
    read: grants(VENDOR_READS, PARTNER_OWN),
    create: grants(MANAGERS, PARTNER_OWN),
    edit: grants(MANAGERS, PARTNER_OWN),
    delete: grants(MANAGERS, PARTNER_OWN),
  },
};
