import { IconSettings } from '@tabler/icons-react';
import type { WebModule } from '../../app/module';
import { canManageSettings } from '../auth/permissions';
import { settingsAudit, settingsLabels } from './labels';

/** The vendor organisation: name, logo, fiscal calendar, currency, and the partner tiers. */
export const module: WebModule = {
  routes: [
    { path: 'settings', allow: canManageSettings, page: () => import('./pages/SettingsPage').then((m) => m.SettingsPage) },
  ],
  nav: [
    {
      label: 'Settings',
      to: '/settings',
      icon: IconSettings,
      order: 90,
      apps: ['vendor'],
      group: 'admin',
      visible: canManageSettings,
    },
  ],
  labels: settingsLabels,
  audit: settingsAudit,
};
