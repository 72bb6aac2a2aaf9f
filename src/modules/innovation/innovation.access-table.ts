import { type AccessTable, grants } from '../../shared/access-table.js';

const VENDOR_READS = { admin: 'any', partner_manager: 'any', executive: 'any', finance: 'any' } as const;
const PARTNER_OWN = { partner_admin: 'own', partner_user: 'own' } as const;
const MANAGERS = { admin: 'any', partner_manager: 'owned' } as const;

/**
 * The innovation funnel: each side sees its own — a partner's people their company's ideas,
 * vendor staff all. The partner's people submit and (at submission) edit ideas; the alliance's
 * managers may too, for the partner. The alliance's managers assign reviewers and decide stages;
 * assigned reviewers (admins, partner managers, executives) score. The matrix assigns the caller
 * as a reviewer of the idea it aims at.
 */
export const accessTable: AccessTable = {
  idea: {
    read: grants(VENDOR_READS, PARTNER_OWN),
    create: grants(MANAGERS, PARTNER_OWN),
    edit: grants(MANAGERS, PARTNER_OWN),
    decide: grants(MANAGERS),
    score: grants({ admin: 'any', partner_manager: 'any', executive: 'any' }),
  },
};
