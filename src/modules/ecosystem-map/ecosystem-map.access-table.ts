import { type AccessTable, grants } from '../../shared/access-table.js';

/**
 * The ecosystem map shows every partner's relationships with the others: the vendor's view only
 * (decision 0295). All vendor staff read it; a partner's people never do.
 */
export const accessTable: AccessTable = {
  ecosystemMap: {
    read: grants({ admin: 'any', partner_manager: 'any', executive: 'any', finance: 'any' }),
  },
};
