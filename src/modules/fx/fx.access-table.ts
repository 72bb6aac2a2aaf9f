import { type AccessTable, grants } from '../../shared/access-table.js';

/** Exchange rates are vendor data: its staff read them; admins and finance set them. */
export const accessTable: AccessTable = {
  fxRate: {
    read: grants({ admin: 'any', partner_manager: 'any', executive: 'any', finance: 'any' }),
    edit: grants({ admin: 'any', finance: 'any' }),
    /** POST /imports/fx-rates: as edit. */
    import: grants({ admin: 'any', finance: 'any' }),
  },
};
