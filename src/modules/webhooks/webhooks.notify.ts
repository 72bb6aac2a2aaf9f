import type { WorkerLog } from '../../server/module.js';
import type { Ctx } from '../../shared/context.js';
import type { WebhookSubscriptionRow } from './webhooks.schema.js';

/**
 * The one place the admins hear that a webhook was switched off after failing for a day. The
 * event `webhook.disabled` is already in the outbox (audited, in the same transaction as the
 * change); this runs after that commit. Today it logs; the notifications module is to be called
 * here (in-app and e-mail to every admin) once it exists.
 */
export async function notifyAdminsOfDisabledWebhook(
  _ctx: Ctx,
  log: WorkerLog,
  webhook: Pick<WebhookSubscriptionRow, 'id' | 'url' | 'disabledReason'>,
): Promise<void> {
  log.warn(
    { webhookId: webhook.id, url: webhook.url, reason: webhook.disabledReason },
    'a webhook was disabled after its deliveries kept failing; the admins must be told',
  );
}
