import { type AccessTable, grants } from '../../shared/access-table.js';

/**
 * "Strategic in name only" alerts, failure modes and the portfolio are the vendor's diagnosis of
 * its alliances: every vendor role reads them; a partner's people never do (decision 0153).
 */
export const accessTable: AccessTable = {
  allianceAlert: {
    read: grants({ admin: 'any', partner_manager: 'any', executive: 'any', finance: 'any' }),
    // The organisation's limits (days between governance meetings, points of asymmetry): admins set them.
    configure: grants({ admin: 'any' }),
  },
};
