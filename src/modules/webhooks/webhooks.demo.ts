import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { withTx } from '../../db/scope.js';
import type { DemoSeeder } from '../../server/module.js';
import { eventsSince } from '../events/index.js';
import { seedDisabledWebhookNotices } from './webhooks.notify.js';
import { webhookAttempts, webhookDeliveries, webhookSubscriptions } from './webhooks.schema.js';
import { signatureOf } from './webhooks.secrets.js';
import { createWebhook, disableFailingWebhook } from './webhooks.service.js';

const URL_ = 'https://crm-sync.lumen.example/hooks/consort';

/**
 * Alex connected the CRM two months ago: partner events go to a sync endpoint. Most deliveries
 * went through; a few needed a retry; last week the endpoint went down for good and, after a day
 * of failed retries, the webhook switched itself off — the admin's next job. The history is
 * written directly (the .example host does not exist), and every delivery in it is finished and
 * the subscription off, so a demo server sends nothing on start.
 */
export const webhooksDemo: DemoSeeder = {
  order: 90,
  async seed(_ctx, story) {
    const alex = story.people.get('alex');
    if (!alex) throw new Error('The webhooks demo needs the admin (users demo) first');
    const connectedAt = story.daysAgo(60);
    const webhook = await createWebhook(
      story.as('alex', connectedAt),
      { allowPrivate: false, secretKey: null },
      { url: URL_, events: ['partner.*'], description: 'CRM sync (partner records into the sales CRM)' },
    );
    const downSince = story.daysAgo(8);
    await withTx(story.system('demo webhook history', story.now), async (c) => {
      let lastSuccessAt: Date | null = null;
      let lastFailureAt: Date | null = null;
      const events = await eventsSince(c, 'partner.', connectedAt, 40);
      for (const event of events) {
        const timestamp = event.occurredAt.toISOString();
        const payload = {
          type: event.name,
          timestamp,
          data: {
            id: event.id,
            name: event.name,
            entityType: event.entityType,
            entityId: event.entityId,
            partnerId: event.partnerId,
            actorId: event.actorId,
            changedFields: event.changedFields,
            data: event.data,
            occurredAt: timestamp,
          },
        };
        const failing = event.occurredAt >= downSince;
        const retried = !failing && story.random.chance(0.15);
        const outcomes: (number | null)[] = failing ? [null, null, 502, null, 503] : retried ? [500, 200] : [200];
        const deliveryId = randomUUID();
        let at = new Date(event.occurredAt.getTime() + 200);
        const body = JSON.stringify(payload);
        const attempts = outcomes.map((status, i) => {
          const startedAt = at;
          const headers = {
            'content-type': 'application/json',
            'webhook-id': event.id,
            'webhook-timestamp': String(Math.floor(startedAt.getTime() / 1000)),
            'webhook-signature': signatureOf(webhook.secret, event.id, Math.floor(startedAt.getTime() / 1000), body),
          };
          at = new Date(at.getTime() + [5, 300, 1800, 7200, 18_000][i]! * 1000);
          const last = i === outcomes.length - 1;
          return {
            id: randomUUID(),
            deliveryId,
            attempt: i + 1,
            url: URL_,
            requestHeaders: headers,
            requestBody: body,
            responseStatus: status,
            responseBody: status === 200 ? '{"ok":true}' : status ? 'Bad gateway' : '',
            error:
              status === null ? 'ECONNREFUSED: connect ECONNREFUSED' : status >= 300 ? `the receiver answered ${status}` : null,
            durationMs: status === null ? 3 : story.random.int(40, 400),
            succeeded: status === 200,
            nextAttemptAt: last ? null : at,
            startedAt,
          };
        });
        const lastAttempt = attempts.at(-1)!;
        await c.tx.insert(webhookDeliveries).values({
          id: deliveryId,
          subscriptionId: webhook.id,
          eventId: event.id,
          eventType: event.name,
          payload,
          status: failing ? 'failed' : 'succeeded',
          attempts: attempts.length,
          nextAttemptAt: lastAttempt.startedAt,
          lastStatus: lastAttempt.responseStatus,
          lastError: lastAttempt.error,
          completedAt: lastAttempt.startedAt,
          createdAt: event.occurredAt,
          updatedAt: lastAttempt.startedAt,
        });
        await c.tx.insert(webhookAttempts).values(attempts);
        for (const a of attempts) {
          if (a.succeeded) lastSuccessAt = a.startedAt;
          else lastFailureAt = a.startedAt;
        }
      }
      await c.tx
        .update(webhookSubscriptions)
        .set({ lastSuccessAt, lastFailureAt })
        .where(eq(webhookSubscriptions.id, webhook.id));
    });
    const offAt = story.after(downSince, 1) ?? story.now;
    const off = await withTx(story.system('webhook delivery', offAt), (c) =>
      disableFailingWebhook(c, webhook.id, 'Every attempt failed for more than a day (ECONNREFUSED); switched off automatically'),
    );
    // The admins were told then, in the app and by e-mail; Alex read it the next morning.
    if (off) await seedDisabledWebhookNotices(story.system('webhook delivery', offAt), off, story.after(offAt, 1));
  },
};
