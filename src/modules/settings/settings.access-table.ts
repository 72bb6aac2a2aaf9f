import { type AccessTable, grants } from '../../shared/access-table.js';

/** Everyone reads the organisation's settings (name, currency, fiscal year); admins change them. */
export const accessTable: AccessTable = {
  settings: {
    read: grants(
      { admin: 'any', partner_manager: 'any', executive: 'any', finance: 'any' },
      { partner_admin: 'any', partner_user: 'any' },
    ),
    edit: grants({ admin: 'any' }),
  },
};
