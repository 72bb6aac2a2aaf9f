import { type AccessTable, grants } from '../../shared/access-table.js';

/** Everyone sees the tiers (the portal shows a partner its tier); only admins define them. */
export const accessTable: AccessTable = {
  tier: {
    read: grants(
      { admin: 'any', partner_manager: 'any', executive: 'any', finance: 'any' },
      { partner_admin: 'any', partner_user: 'any' },
    ),
    create: grants({ admin: 'any' }),
    edit: grants({ admin: 'any' }),
    delete: grants({ admin: 'any' }),
  },
};
