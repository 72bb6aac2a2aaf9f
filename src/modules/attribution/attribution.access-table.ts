import { type AccessTable, grants } from '../../shared/access-table.js';

const VENDOR_READS = { admin: 'any', partner_manager: 'any', executive: 'any', finance: 'any' } as const;
const MANAGERS = { admin: 'any', finance: 'any' } as const;

/**
 * Attribution: vendor staff read credit, the influenced view, policies, settings and locks;
 * admins and finance set the default model, edit policies and lock or unlock periods. A partner's
 * people read their own company's credit (its own lines only) and the settings naming the model.
 */
export const accessTable: AccessTable = {
  attribution: {
    read: grants(VENDOR_READS, { partner_admin: 'own', partner_user: 'own' }),
  },
  attributionSettings: {
    read: grants(VENDOR_READS, { partner_admin: 'any', partner_user: 'any' }),
    edit: grants(MANAGERS),
  },
  attributionPolicy: {
    read: grants(VENDOR_READS),
    create: grants(MANAGERS),
    edit: grants(MANAGERS),
    // The CSV import of custom policies (weights per role).
    import: grants(MANAGERS),
  },
  attributionPeriod: {
    read: grants(VENDOR_READS),
    lock: grants(MANAGERS),
    unlock: grants(MANAGERS),
  },
};
