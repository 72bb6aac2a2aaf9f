import { type AccessTable, grants } from '../../shared/access-table.js';

/**
 * Integration listings: every vendor staff member and the partner's own people read them; its
 * admin proposes and keeps them, as do admins and its own partner manager; certification is the
 * vendor's alone.
 */
export const accessTable: AccessTable = {
  integrationListing: {
    read: grants(
      { admin: 'any', partner_manager: 'any', executive: 'any', finance: 'any' },
      { partner_admin: 'own', partner_user: 'own' },
    ),
    create: grants({ admin: 'any', partner_manager: 'owned' }, { partner_admin: 'own' }),
    edit: grants({ admin: 'any', partner_manager: 'owned' }, { partner_admin: 'own' }),
    delete: grants({ admin: 'any', partner_manager: 'owned' }, { partner_admin: 'own' }),
    certify: grants({ admin: 'any', partner_manager: 'owned' }),
  },
};
