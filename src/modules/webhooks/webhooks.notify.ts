import type { NotificationKindDef } from '../../server/module.js';
import type { Ctx } from '../../shared/context.js';
import { activeUsersWithRole, notify, seedInboxItem } from '../notifications/index.js';
import type { WebhookSubscriptionRow } from './webhooks.schema.js';

export const WEBHOOK_DISABLED = 'webhooks.disabled';

export const webhookNotificationKinds: NotificationKindDef[] = [
  {
    kind: WEBHOOK_DISABLED,
    label: 'A webhook is switched off after failing',
    description: 'Its receiver refused every attempt for more than a day; nothing more is sent to it until an admin turns it on.',
    defaultChannel: 'email',
    audience: 'vendor',
  },
];

/**
 * The admins hear that a webhook was switched off after failing for a day: in the app and, unless
 * they chose otherwise, by e-mail. It runs in the transaction that switches it off, beside the
 * audit entry and the `webhook.disabled` event, so all three exist or none does.
 */
export async function notifyAdminsOfDisabledWebhook(ctx: Ctx, webhook: DisabledWebhook): Promise<void> {
  await notify(ctx, { to: await activeUsersWithRole(ctx, ['admin']), ...disabledNotice(webhook) });
}

/** For the demo: the admins' inbox items of a switch-off long past (its e-mails went out then). */
export async function seedDisabledWebhookNotices(ctx: Ctx, webhook: DisabledWebhook, readAt: Date | null): Promise<void> {
  for (const admin of await activeUsersWithRole(ctx, ['admin'])) {
    await seedInboxItem(ctx, { to: admin, ...disabledNotice(webhook), readAt });
  }
}

type DisabledWebhook = Pick<WebhookSubscriptionRow, 'id' | 'url' | 'disabledReason'>;

function disabledNotice(webhook: DisabledWebhook) {
  return {
    kind: WEBHOOK_DISABLED,
    title: `The webhook to ${new URL(webhook.url).host} was switched off`,
    body: webhook.disabledReason ?? 'Every attempt failed for more than a day.',
    link: `/webhooks/${webhook.id}`,
    entity: { type: 'webhook', id: webhook.id },
    partnerId: null,
  };
}
