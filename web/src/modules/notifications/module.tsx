import { IconBell } from '@tabler/icons-react';
import type { WebModule } from '../../app/module';

/** The inbox (the bell in the header), notification settings, and the unsubscribe page e-mails link to. */
export const module: WebModule = {
  routes: [
    { path: 'notifications', page: () => import('./pages/NotificationsPage').then((m) => m.NotificationsPage) },
    {
      path: 'account/notifications',
      page: () => import('./pages/NotificationPreferencesPage').then((m) => m.NotificationPreferencesPage),
    },
    { path: 'unsubscribe', public: true, page: () => import('./pages/UnsubscribePage').then((m) => m.UnsubscribePage) },
  ],
  nav: [{ label: 'Notifications', to: '/notifications', icon: IconBell, order: 1, apps: ['vendor', 'portal'], section: 'you' }],
  audit: {
    entities: { notification_preferences: { label: 'Notification settings' } },
  },
};
