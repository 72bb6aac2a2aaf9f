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
    // What each importer takes (its columns and the headers it recognises): what the API
    // documentation says to anyone, so every signed-in role.
    columns: grants(
      { admin: 'any', partner_manager: 'any', executive: 'any', finance: 'any' },
      { partner_admin: 'any', partner_user: 'any' },
    ),
  },
};
