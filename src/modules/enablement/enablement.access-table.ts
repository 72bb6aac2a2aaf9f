import { type AccessTable, grants } from '../../shared/access-table.js';

const EVERYONE = {
  admin: 'any',
  partner_manager: 'any',
  executive: 'any',
  finance: 'any',
  partner_admin: 'any',
  partner_user: 'any',
} as const;
const VENDOR_READS = { admin: 'any', partner_manager: 'any', executive: 'any', finance: 'any' } as const;
const AUTHORS = { admin: 'any', partner_manager: 'any' } as const;
const LEARNERS_OWN = { partner_admin: 'own', partner_user: 'own' } as const;

/**
 * Enablement: the vendor's admins and partner managers author courses and certifications, which
 * everyone reads (partner people: the published ones). Partner people enrol and take courses, each
 * for themselves only; a partner's admin also reads colleagues' progress and certificates. Vendor
 * staff read every partner's; nobody takes a course for someone else.
 */
export const accessTable: AccessTable = {
  course: {
    read: grants(EVERYONE),
    create: grants(AUTHORS),
    edit: grants(AUTHORS),
    attach: grants(AUTHORS),
  },
  certification: {
    read: grants(EVERYONE),
    create: grants(AUTHORS),
    edit: grants(AUTHORS),
  },
  courseEnrolment: {
    read: grants(VENDOR_READS, LEARNERS_OWN),
    // Enrolling names the course (a vendor record every partner person may take).
    create: grants({}, { partner_admin: 'any', partner_user: 'any' }),
    take: grants({}, LEARNERS_OWN),
    reset: grants(AUTHORS),
  },
  certificate: {
    read: grants(VENDOR_READS, LEARNERS_OWN),
    report: grants(VENDOR_READS),
  },
};
