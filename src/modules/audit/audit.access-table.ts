import { type AccessTable, grants } from '../../shared/access-table.js';

/** The audit log is the admins'. */
export const accessTable: AccessTable = {
  auditEvent: { read: grants({ admin: 'any' }) },
};
