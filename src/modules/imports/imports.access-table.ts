import { type AccessTable, grants } from '../../shared/access-table.js';

/**
 * An import run is its starter's: anyone who may import something reads how their own imports
 * went, nobody else's. Who may import each kind is in the table of the module that owns the
 * records (`partner.import` in partners, `user.import` in users, …).
 */
export const accessTable: AccessTable = {
  importRun: {
    read: grants(
      { admin: 'own', partner_manager: 'own', executive: 'own', finance: 'own' },
      { partner_admin: 'own', partner_user: 'own' },
    ),
  },
};
