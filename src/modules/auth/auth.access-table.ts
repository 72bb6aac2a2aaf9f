import { type AccessTable, grants } from '../../shared/access-table.js';

const EVERYONE_OWN = grants(
  { admin: 'own', partner_manager: 'own', executive: 'own', finance: 'own' },
  { partner_admin: 'own', partner_user: 'own' },
);

/**
 * Credentials: everyone keeps their own sessions, API tokens and password. Admins sign anyone
 * out; a partner's admin signs out the people of their own company.
 */
export const accessTable: AccessTable = {
  session: { read: EVERYONE_OWN, end: EVERYONE_OWN },
  apiToken: { read: EVERYONE_OWN, create: EVERYONE_OWN, revoke: EVERYONE_OWN },
  me: { changePassword: EVERYONE_OWN },
  user: { revokeSessions: grants({ admin: 'any' }, { partner_admin: 'own' }) },
};
