import { IconWebhook } from '@tabler/icons-react';
import type { WebModule } from '../../app/module';
import { canManageWebhooks } from '../auth/permissions';

/** Outbound webhooks: subscriptions, their secrets and their delivery logs (admins). */
export const module: WebModule = {
  routes: [
    { path: 'webhooks', allow: canManageWebhooks, page: () => import('./pages/WebhooksPage').then((m) => m.WebhooksPage) },
    { path: 'webhooks/:id', allow: canManageWebhooks, page: () => import('./pages/WebhookPage').then((m) => m.WebhookPage) },
  ],
  nav: [
    {
      label: 'Webhooks',
      to: '/webhooks',
      icon: IconWebhook,
      order: 87,
      apps: ['vendor'],
      group: 'admin',
      visible: canManageWebhooks,
    },
  ],
  audit: {
    entities: {
      webhook: { label: 'Webhook', link: (event) => `/webhooks/${event.entityId}` },
      webhook_delivery: { label: 'Webhook delivery' },
    },
    actions: {
      rotate_secret: { label: 'Secret rotated', color: 'orange' },
      test: { label: 'Test sent', color: 'blue' },
      redeliver: { label: 'Redelivered', color: 'blue' },
    },
    fields: { url: 'URL', events: 'Events', enabled: 'On', disabledReason: 'Why off', secretRotatedAt: 'Secret rotated' },
  },
};
