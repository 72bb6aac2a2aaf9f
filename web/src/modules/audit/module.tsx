import { IconHistory } from '@tabler/icons-react';
import type { WebModule } from '../../app/module';
import { canViewAudit } from '../auth/permissions';

/** The audit log. The record types and actions it filters by come from each module's `audit`. */
export const module: WebModule = {
  routes: [{ path: 'audit', allow: canViewAudit, page: () => import('./pages/AuditPage').then((m) => m.AuditPage) }],
  nav: [
    { label: 'Audit log', to: '/audit', icon: IconHistory, order: 80, apps: ['vendor'], group: 'admin', visible: canViewAudit },
  ],
  audit: {
    // The verbs every module's records share; a module adds its own (auth: sign-in, revoke, …).
    actions: {
      create: { label: 'Created', color: 'green' },
      update: { label: 'Updated', color: 'blue' },
      delete: { label: 'Deleted', color: 'red' },
    },
    fields: { createdAt: 'Created', updatedAt: 'Updated' },
  },
};
