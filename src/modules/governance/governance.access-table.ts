import { type AccessTable, grants } from '../../shared/access-table.js';

const VENDOR_READS = { admin: 'any', partner_manager: 'any', executive: 'any', finance: 'any' } as const;
const PARTNER_READS = { partner_admin: 'own', partner_user: 'own' } as const;
const MANAGERS = { admin: 'any', partner_manager: 'owned' } as const;

/**
 * Governance of an alliance: an admin or the partner's own manager sets up bodies, schedules and
 * runs meetings, puts decisions to the vote and assigns action items; everyone who sees the partner
 * reads them, the partner's people their own alliance's. Taking part is by membership, not role:
 * the matrix makes each caller a voting member of the decision it votes on (any vendor role, the
 * partner's own people), the owner of the action item it updates, and aims minutes at a meeting
 * whose minutes the vendor opened to the partner (decision 0141). The chair closes a vote like a
 * manager (governance.policy.ts).
 */
export const accessTable: AccessTable = {
  governanceBody: {
    read: grants(VENDOR_READS, PARTNER_READS),
    create: grants(MANAGERS),
    edit: grants(MANAGERS),
    delete: grants(MANAGERS),
  },
  governanceMeeting: {
    read: grants(VENDOR_READS, PARTNER_READS),
    create: grants(MANAGERS),
    edit: grants(MANAGERS),
    cancel: grants(MANAGERS),
    hold: grants(MANAGERS),
    attendance: grants(MANAGERS),
    minutes: grants(MANAGERS, PARTNER_READS),
    delete: grants(MANAGERS),
  },
  governanceDecision: {
    read: grants(VENDOR_READS, PARTNER_READS),
    create: grants(MANAGERS),
    vote: grants(VENDOR_READS, PARTNER_READS),
    close: grants(VENDOR_READS, PARTNER_READS),
  },
  governanceAction: {
    read: grants(VENDOR_READS, PARTNER_READS),
    create: grants(MANAGERS),
    edit: grants(VENDOR_READS, PARTNER_READS),
    delete: grants(MANAGERS),
    // The CSV import: each row is checked against the partner it names (an admin, or its own manager).
    import: grants({ admin: 'any', partner_manager: 'any' }),
  },
};
