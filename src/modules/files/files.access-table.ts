import { type AccessTable, grants } from '../../shared/access-table.js';

/**
 * Files (docs/development.md, "Attaching files"): whoever may read a record reads its files; the
 * routes on a file by id admit the widest grant any file kind gives, and the kind's own check
 * narrows it. The matrix aims at a partner's logo, the kind that gives the widest grant today:
 * an admin any, a partner manager the partners they own, a partner's admin their own company's.
 * A partner manager on another's partner answers 403, another partner's file 404.
 */
export const accessTable: AccessTable = {
  file: {
    read: grants(
      { admin: 'any', partner_manager: 'any', executive: 'any', finance: 'any' },
      { partner_admin: 'own', partner_user: 'own' },
    ),
    delete: grants({ admin: 'any', partner_manager: 'owned' }, { partner_admin: 'own' }),
  },
};
