import { type AccessTable, grants } from '../../shared/access-table.js';

/**
 * Vendor staff see every tier; a partner's people the tiers of the programs their company is in
 * (the portal's tier-benefits matrix). Admins and partner managers shape them, as they shape programs.
 */
export const accessTable: AccessTable = {
  tier: {
    read: grants(
      { admin: 'any', partner_manager: 'any', executive: 'any', finance: 'any' },
      { partner_admin: 'any', partner_user: 'any' },
    ),
    create: grants({ admin: 'any', partner_manager: 'any' }),
    edit: grants({ admin: 'any', partner_manager: 'any' }),
    delete: grants({ admin: 'any', partner_manager: 'any' }),
  },
};
