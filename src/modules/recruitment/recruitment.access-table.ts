import { type AccessTable, grants } from '../../shared/access-table.js';

const VENDOR_READS = { admin: 'any', partner_manager: 'any', executive: 'any', finance: 'any' } as const;

/**
 * Partner applications are the vendor's: every member of its staff reads them, admins and partner
 * managers (who recruit) decide them. The form itself is public (no row here: public routes are
 * not in the table). Partner users never see applications, their own company's included.
 */
export const accessTable: AccessTable = {
  partnerApplication: {
    read: grants(VENDOR_READS),
    review: grants({ admin: 'any', partner_manager: 'any' }),
  },
};
