import { IconUsers } from '@tabler/icons-react';
import type { WebModule } from '../../app/module';
import { canManageUsers } from '../auth/permissions';
import { userAudit, userColors, userLabels } from './labels';

/** The people who sign in: vendor staff and partner users (a partner admin manages their own company's). */
export const module: WebModule = {
  routes: [{ path: 'users', allow: canManageUsers, page: () => import('./pages/UsersPage').then((m) => m.UsersPage) }],
  nav: [
    {
      label: 'Users',
      to: '/users',
      icon: IconUsers,
      order: 30,
      apps: ['vendor', 'portal'],
      group: 'admin',
      visible: canManageUsers,
    },
  ],
  labels: userLabels,
  colors: userColors,
  audit: userAudit,
};
