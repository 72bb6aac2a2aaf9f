import { type AccessTable, grants } from '../../shared/access-table.js';

const EVERYONE_OWN = grants(
  { admin: 'own', partner_manager: 'own', executive: 'own', finance: 'own' },
  { partner_admin: 'own', partner_user: 'own' },
);

/** Everyone has an inbox and notification settings of their own, and reaches nobody else's. */
export const accessTable: AccessTable = {
  notification: { read: EVERYONE_OWN, markRead: EVERYONE_OWN },
  notificationPreference: { read: EVERYONE_OWN, edit: EVERYONE_OWN },
};
