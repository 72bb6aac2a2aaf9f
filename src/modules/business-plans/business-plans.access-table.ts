import { type AccessTable, grants } from '../../shared/access-table.js';

const VENDOR_READS = { admin: 'any', partner_manager: 'any', executive: 'any', finance: 'any' } as const;
const PARTNER_READS = { partner_admin: 'own', partner_user: 'own' } as const;
const VENDOR_WRITERS = { admin: 'any', partner_manager: 'any' } as const;

/**
 * Joint business plans: everyone who sees the partner reads its plans. The vendor's admins and
 * partner managers (alliance managers work across the portfolio, decision 0133) draft, propose,
 * close and archive; the partner's admin approves or sends a proposal back; both sides' writers
 * edit their own parts. Commitments are changed by their own side: the matrix aims each caller at
 * a commitment of its side (a partner's people at their company's partner-side one, vendor staff
 * at a vendor-side one); executives and finance read.
 */
export const accessTable: AccessTable = {
  // The fiscal year and quarter presets for a plan's period: the organisation's calendar.
  fiscalPeriod: { read: grants(VENDOR_READS, { partner_admin: 'any', partner_user: 'any' }) },
  businessPlan: {
    read: grants(VENDOR_READS, PARTNER_READS),
    create: grants(VENDOR_WRITERS),
    edit: grants(VENDOR_WRITERS, PARTNER_READS),
    delete: grants(VENDOR_WRITERS),
    propose: grants(VENDOR_WRITERS),
    approve: grants({}, { partner_admin: 'own' }),
    return: grants(VENDOR_WRITERS, { partner_admin: 'own' }),
    close: grants(VENDOR_WRITERS),
    archive: grants(VENDOR_WRITERS),
  },
  planCommitment: {
    read: grants(VENDOR_READS, PARTNER_READS),
    create: grants(VENDOR_WRITERS, PARTNER_READS),
    update: grants(VENDOR_WRITERS, PARTNER_READS),
    delete: grants(VENDOR_WRITERS, PARTNER_READS),
    attach: grants(VENDOR_WRITERS, PARTNER_READS),
    // The CSV import into a draft or proposed plan: the vendor's plan writers.
    import: grants(VENDOR_WRITERS),
  },
};
