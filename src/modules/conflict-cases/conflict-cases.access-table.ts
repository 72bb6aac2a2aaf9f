import { type AccessTable, grants } from '../../shared/access-table.js';

const VENDOR_READS = { admin: 'any', partner_manager: 'any', executive: 'any', finance: 'any' } as const;
const RUNNERS = { admin: 'any', partner_manager: 'any' } as const;
const PARTNER = { partner_admin: 'own', partner_user: 'own' } as const;

/**
 * Conflict cases: vendor staff read every case; admins and partner managers run them (open,
 * escalate, note, record the outcome); the tier's deciders decide (a partner manager at tier 1,
 * admins and executives at any tier — the policy refuses a partner manager above tier 1). A
 * partner's people read the cases their company is a party of — its own side only — add its
 * statement and appeal a decision. Another partner's case answers like a missing one.
 */
export const accessTable: AccessTable = {
  conflictCase: {
    read: grants(VENDOR_READS, PARTNER),
    create: grants(RUNNERS),
    escalate: grants(RUNNERS),
    decide: grants({ ...RUNNERS, executive: 'any' }),
    note: grants(RUNNERS),
    close: grants(RUNNERS),
    state: grants({}, PARTNER),
    appeal: grants({}, PARTNER),
  },
  conflictCaseSummary: { read: grants(VENDOR_READS, PARTNER) },
  conflictCaseSettings: {
    read: grants(VENDOR_READS),
    edit: grants({ admin: 'any' }),
  },
};
