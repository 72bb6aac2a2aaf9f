import { type AccessTable, grants } from '../../shared/access-table.js';

const VENDOR_READS = { admin: 'any', partner_manager: 'any', executive: 'any', finance: 'any' } as const;
const PARTNER_READS = { partner_admin: 'own', partner_user: 'own' } as const;
const MANAGERS = { admin: 'any', partner_manager: 'owned' } as const;

/**
 * Onboarding: templates are the vendor's (admins and partner managers write them); an admin or
 * the partner's own manager starts, cancels and steers a partner's onboarding; everyone who sees
 * the partner reads it. Tasks are completed by their own side (onboarding.rules.ts): the matrix
 * aims each caller at a task of its side — the partner's admin and users complete their company's,
 * an admin any vendor-side one, a partner manager those of the partners they own (or assigned to
 * them); executives and finance only read.
 */
export const accessTable: AccessTable = {
  onboardingTemplate: {
    read: grants(VENDOR_READS),
    create: grants({ admin: 'any', partner_manager: 'any' }),
    edit: grants({ admin: 'any', partner_manager: 'any' }),
    delete: grants({ admin: 'any', partner_manager: 'any' }),
  },
  onboarding: {
    read: grants(VENDOR_READS, PARTNER_READS),
    report: grants(VENDOR_READS),
    start: grants(MANAGERS),
    cancel: grants(MANAGERS),
  },
  onboardingTask: {
    read: grants(VENDOR_READS, PARTNER_READS),
    edit: grants(MANAGERS),
    cancel: grants(MANAGERS),
    complete: grants(MANAGERS, { partner_admin: 'own', partner_user: 'own' }),
    attach: grants(MANAGERS, { partner_admin: 'own', partner_user: 'own' }),
  },
};
