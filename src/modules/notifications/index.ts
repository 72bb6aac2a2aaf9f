import { and, desc, eq } from 'drizzle-orm';
import { withTx } from '../../db/scope.js';
import type { ModuleDescriptor } from '../../server/module.js';
import { notificationsDemo } from './notifications.demo.js';
import { NOTIFICATION_KINDS } from './notifications.kinds.js';
import { notificationRoutes } from './notifications.routes.js';
import { notifications } from './notifications.schema.js';
import { notify, sendDailyDigests } from './notifications.service.js';
import { notificationSubscribers } from './notifications.subscribers.js';

export type { NotificationDto, NotifyInput, NotifyResult } from './notifications.service.js';
export { activeUsersWithRole, notify, seedInboxItem, sendDailyDigests } from './notifications.service.js';

/**
 * Telling people things: each person's inbox (the bell), their choice per kind of notification
 * (in the app, by e-mail, in a daily digest, or not at all), e-mail through the mail module with
 * an unsubscribe link, and `notify` for every other module.
 */
export const module: ModuleDescriptor = {
  name: 'notifications',
  routes: notificationRoutes,
  notificationKinds: NOTIFICATION_KINDS,
  subscribers: notificationSubscribers,
  demo: notificationsDemo,
  // Each morning (the organisation's time zone), yesterday's digest items go out as one e-mail a person.
  jobs: [
    {
      name: 'notifications.daily-digest',
      schedule: '0 7 * * *',
      run: async (ctx) => ({ emails: await sendDailyDigests(ctx, ctx.now) }),
    },
  ],
  recordKinds: [
    {
      name: 'notification',
      belongsTo: 'user',
      async make(ctx, owner) {
        const actor = owner.user.ctx.actor;
        const partnerId = actor.kind === 'user' ? actor.partnerId : null;
        await notify(ctx, {
          to: [owner.user.id],
          kind: 'users.role_changed',
          title: 'Matrix notification',
          partnerId,
        });
        const [row] = await withTx(ctx, (c) =>
          c.tx
            .select({ id: notifications.id })
            .from(notifications)
            .where(and(eq(notifications.userId, owner.user.id)))
            .orderBy(desc(notifications.createdAt), desc(notifications.id))
            .limit(1),
        );
        if (!row) throw new Error('the matrix notification was not made');
        return { id: row.id };
      },
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: () => null,
    },
  ],
};
