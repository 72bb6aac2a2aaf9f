import { type AccessTable, grants } from '../../shared/access-table.js';

/**
 * The QBR pack of an alliance: every vendor role reads any partner's; a partner's people read
 * their own company's, without the sections their side does not see elsewhere (decision 0305).
 */
export const accessTable: AccessTable = {
  qbrPack: {
    read: grants(
      { admin: 'any', partner_manager: 'any', executive: 'any', finance: 'any' },
      { partner_admin: 'own', partner_user: 'own' },
    ),
  },
};
