import { type AccessTable, grants } from '../../shared/access-table.js';

/**
 * Off-boarding runbooks are the vendor's: every vendor role reads them, an admin or the partner's
 * own manager works through them; the partner's people never see them.
 */
export const accessTable: AccessTable = {
  offboardingRunbook: {
    read: grants({ admin: 'any', partner_manager: 'any', executive: 'any', finance: 'any' }),
    /** By hand, for a partner already off-boarding without one. */
    start: grants({ admin: 'any', partner_manager: 'owned' }),
  },
  offboardingItem: {
    complete: grants({ admin: 'any', partner_manager: 'owned' }),
  },
};
