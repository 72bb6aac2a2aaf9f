import { type AccessTable, grants } from '../../shared/access-table.js';

/**
 * Webhooks send any record out of the system (a subscription to `*` hears every event), and a
 * delivery's log holds the records it sent: admins only, on both counts.
 */
export const accessTable: AccessTable = {
  webhook: {
    read: grants({ admin: 'any' }),
    create: grants({ admin: 'any' }),
    edit: grants({ admin: 'any' }),
    delete: grants({ admin: 'any' }),
    test: grants({ admin: 'any' }),
  },
  webhookDelivery: {
    redeliver: grants({ admin: 'any' }),
  },
};
