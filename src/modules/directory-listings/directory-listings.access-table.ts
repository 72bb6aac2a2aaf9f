import { type AccessTable, grants } from '../../shared/access-table.js';

/**
 * A partner's public directory listing: everyone who sees the partner reads it; whoever may edit
 * the partner edits its text (only its own admin opts it in, a rule of the service); admins and
 * its own partner manager hide it.
 */
export const accessTable: AccessTable = {
  directoryListing: {
    read: grants(
      { admin: 'any', partner_manager: 'any', executive: 'any', finance: 'any' },
      { partner_admin: 'own', partner_user: 'own' },
    ),
    edit: grants({ admin: 'any', partner_manager: 'owned' }, { partner_admin: 'own' }),
    moderate: grants({ admin: 'any', partner_manager: 'owned' }),
    // The list of every partner's listing: the vendor's view.
    report: grants({ admin: 'any', partner_manager: 'any', executive: 'any', finance: 'any' }),
  },
};
