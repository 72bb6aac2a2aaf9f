import { type AccessTable, grants } from '../../shared/access-table.js';

/** Coopetition areas: the vendor's view of where a partner competes; its people never see them. */
export const accessTable: AccessTable = {
  coopetitionArea: {
    read: grants({ admin: 'any', partner_manager: 'any', executive: 'any', finance: 'any' }),
    edit: grants({ admin: 'any', partner_manager: 'owned' }),
  },
};
