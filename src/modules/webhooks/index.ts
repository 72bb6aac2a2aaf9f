import { and, eq } from 'drizzle-orm';
import { withTx } from '../../db/scope.js';
import type { ModuleDescriptor } from '../../server/module.js';
import { webhooksDemo } from './webhooks.demo.js';
import { startDispatcher } from './webhooks.dispatcher.js';
import { webhookNotificationKinds } from './webhooks.notify.js';
import { managesWebhooks } from './webhooks.policy.js';
import { webhookRoutes } from './webhooks.routes.js';
import { webhookDeliveries } from './webhooks.schema.js';
import { createWebhook, DELIVERY_RETENTION_DAYS, purgeFinishedDeliveries, sendTestEvent } from './webhooks.service.js';
import { wakeForEvent } from './webhooks.wake.js';

let made = 0;

const matrixWebhook = (ctx: Parameters<typeof createWebhook>[0]) => {
  made += 1;
  return createWebhook(
    ctx,
    { allowPrivate: false, secretKey: null },
    { url: `https://matrix.example/hooks/${made}`, events: ['matrix.never_emitted'] },
  );
};

/**
 * Outbound webhooks: every domain event, delivered to the admins' subscriptions signed in the
 * Standard Webhooks format and retried for more than a day (docs/development.md, "Webhooks").
 * A module author does nothing for it beyond emitting events.
 */
export const module: ModuleDescriptor = {
  name: 'webhooks',
  routes: webhookRoutes,
  demo: webhooksDemo,
  appPermissions: (actor) => ({ manageWebhooks: managesWebhooks(actor) }),
  subscribers: { '*': wakeForEvent },
  workers: [{ name: 'webhooks', start: startDispatcher }],
  notificationKinds: webhookNotificationKinds,
  jobs: [
    {
      name: 'webhooks.purge',
      schedule: '37 3 * * *',
      async run(ctx) {
        const before = new Date(ctx.now.getTime() - DELIVERY_RETENTION_DAYS * 24 * 3_600_000);
        return { deleted: await purgeFinishedDeliveries(ctx, before) };
      },
    },
  ],
  recordKinds: [
    {
      name: 'webhook',
      belongsTo: 'vendor',
      async make(ctx) {
        return { id: (await matrixWebhook(ctx)).id };
      },
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: () => null,
    },
    {
      name: 'webhookDelivery',
      belongsTo: 'vendor',
      // A finished (failed) delivery: only those may be delivered again.
      async make(ctx) {
        const webhook = await matrixWebhook(ctx);
        const delivery = await sendTestEvent(ctx, webhook.id);
        await withTx(ctx, (c) =>
          c.tx
            .update(webhookDeliveries)
            .set({ status: 'failed', attempts: 1, completedAt: c.now })
            .where(and(eq(webhookDeliveries.id, delivery.id))),
        );
        return { id: webhook.id, deliveryId: delivery.id };
      },
      missing: ({ missingId }) => ({ id: missingId, deliveryId: missingId }),
      partnerOf: () => null,
    },
  ],
};
