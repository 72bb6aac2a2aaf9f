import { type AccessTable, grants } from '../../shared/access-table.js';

const EVERYONE_OWN = grants(
  { admin: 'own', partner_manager: 'own', executive: 'own', finance: 'own' },
  { partner_admin: 'own', partner_user: 'own' },
);

/** Admins manage anyone's credentials; a partner's admin those of their own company's people. */
const CREDENTIAL_ADMINS = grants({ admin: 'any' }, { partner_admin: 'own' });

/**
 * Credentials: everyone keeps their own sessions, API tokens and password. Admins sign anyone
 * out and see and revoke anyone's API tokens; a partner's admin does so for the people of their
 * own company.
 */
export const accessTable: AccessTable = {
  session: { read: EVERYONE_OWN, end: EVERYONE_OWN },
  apiToken: { read: EVERYONE_OWN, create: EVERYONE_OWN, revoke: EVERYONE_OWN },
  me: { changePassword: EVERYONE_OWN },
  user: { revokeSessions: CREDENTIAL_ADMINS },
  userApiToken: { read: CREDENTIAL_ADMINS, revoke: CREDENTIAL_ADMINS },
};
