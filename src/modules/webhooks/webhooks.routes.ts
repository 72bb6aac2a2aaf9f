import { z } from 'zod';
import { access, defineRoute } from '../../server/route.js';
import { ZCursor, ZId, ZIdParams, ZLimit, zAnyOf, zOptionalText, zString } from '../../server/schemas.js';
import {
  createWebhook,
  deleteWebhook,
  getWebhook,
  listDeliveries,
  listEventTypes,
  listWebhooks,
  redeliver,
  rotateWebhookSecret,
  sendTestEvent,
  updateWebhook,
} from './webhooks.service.js';

const ZWebhookCan = z.object({
  edit: z.boolean(),
  delete: z.boolean(),
  rotateSecret: z.boolean(),
  sendTest: z.boolean(),
  redeliver: z.boolean(),
});

const webhookFields = {
  id: z.uuid(),
  url: z.string(),
  description: z.string(),
  events: z.array(z.string()).describe('Event names, `<record>.*` or `*`'),
  enabled: z.boolean(),
  disabledReason: z.string().nullable(),
  disabledAt: z.date().nullable(),
  secretRotatedAt: z.date().nullable(),
  previousSecretExpiresAt: z.date().nullable().describe('Until then deliveries carry a signature with the previous secret too'),
  lastSuccessAt: z.date().nullable(),
  lastFailureAt: z.date().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
  can: ZWebhookCan,
};

const ZWebhook = z.object(webhookFields).meta({ id: 'Webhook' });
const ZWebhookWithSecret = z
  .object({ ...webhookFields, secret: z.string().describe('whsec_…: shown only in this answer; verify signatures with it') })
  .meta({ id: 'WebhookWithSecret' });

const ZAttempt = z
  .object({
    id: z.uuid(),
    attempt: z.number().int(),
    url: z.string(),
    requestHeaders: z.record(z.string(), z.string()),
    requestBody: z.string(),
    responseStatus: z.number().int().nullable(),
    responseBody: z.string().describe('The start of the response body'),
    location: z.string().nullable().describe('Where a redirect pointed (never followed)'),
    error: z.string().nullable(),
    durationMs: z.number().int(),
    succeeded: z.boolean(),
    nextAttemptAt: z.date().nullable(),
    startedAt: z.date(),
  })
  .meta({ id: 'WebhookAttempt' });

const DELIVERY_STATUSES = ['pending', 'delivering', 'succeeded', 'failed'] as const;

const ZDelivery = z
  .object({
    id: z.uuid(),
    subscriptionId: z.uuid(),
    eventId: z.uuid().describe('Also the webhook-id header, the same on every attempt'),
    eventType: z.string(),
    payload: z.record(z.string(), z.unknown()),
    status: z.enum(DELIVERY_STATUSES),
    attempts: z.number().int(),
    manual: z.boolean(),
    nextAttemptAt: z.date().nullable(),
    lastStatus: z.number().int().nullable(),
    lastError: z.string().nullable(),
    completedAt: z.date().nullable(),
    createdAt: z.date(),
    log: z.array(ZAttempt),
  })
  .meta({ id: 'WebhookDelivery' });

const ZEvents = z.array(zString(120)).min(1, 'must name at least one event type').max(100, 'must name at most 100 event types');

const ZWebhookInput = z.strictObject({
  url: zString(2000),
  events: ZEvents,
  description: zOptionalText(500).optional(),
  enabled: z.boolean().optional(),
});

const ZDeliveryParams = z.object({ id: ZId, deliveryId: ZId });

const ADMIN = access.roles(['admin'], { scope: 'none' });

export const webhookRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/webhooks',
    summary: 'Webhook subscriptions, oldest first',
    tags: ['webhooks'],
    access: ADMIN,
    permission: 'webhook.read',
    query: z.object({ limit: ZLimit, cursor: ZCursor }),
    response: z.object({ data: z.array(ZWebhook), nextCursor: z.string().nullable() }),
    handler: async ({ ctx, query }) => listWebhooks(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/webhooks/event-types',
    summary: 'Event types to subscribe to: those seen so far, each record type’s `<record>.*`, and `*`',
    tags: ['webhooks'],
    access: ADMIN,
    permission: 'webhook.read',
    response: z.object({ data: z.array(z.object({ name: z.string(), description: z.string() })) }),
    handler: async ({ ctx }) => listEventTypes(ctx),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/webhooks',
    summary: 'Subscribe a URL to events; the answer carries the signing secret, shown only this once',
    description:
      'Deliveries are signed in the Standard Webhooks format. Private and loopback targets are refused (422 naming `url`) unless the server allows them (CONSORT_WEBHOOK_ALLOW_PRIVATE).',
    tags: ['webhooks'],
    access: ADMIN,
    permission: 'webhook.create',
    status: 201,
    body: ZWebhookInput,
    response: ZWebhookWithSecret,
    example: (refs) => ({ url: `https://crm-sync.example/hooks/consort/${refs.seq}`, events: ['partner.created', 'partner.*'] }),
    handler: async ({ ctx, body, config }) => createWebhook(ctx, config.webhooks, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/webhooks/:id',
    summary: 'A webhook subscription',
    tags: ['webhooks'],
    access: ADMIN,
    permission: 'webhook.read',
    target: 'webhook',
    params: ZIdParams,
    response: ZWebhook,
    handler: async ({ ctx, params }) => getWebhook(ctx, params.id),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/webhooks/:id',
    summary: 'Change a webhook’s URL, events or description, or switch it on or off',
    tags: ['webhooks'],
    access: ADMIN,
    permission: 'webhook.edit',
    target: 'webhook',
    params: ZIdParams,
    body: ZWebhookInput.partial(),
    response: ZWebhook,
    example: () => ({ description: 'Changed description' }),
    handler: async ({ ctx, params, body, config }) => updateWebhook(ctx, config.webhooks, params.id, body),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/webhooks/:id',
    summary: 'Delete a webhook subscription with its delivery log',
    tags: ['webhooks'],
    access: ADMIN,
    permission: 'webhook.delete',
    target: 'webhook',
    params: ZIdParams,
    status: 204,
    handler: async ({ ctx, params }) => deleteWebhook(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/webhooks/:id/rotate-secret',
    summary: 'A new signing secret, shown only in this answer; the previous one also signs for 24 hours',
    tags: ['webhooks'],
    access: ADMIN,
    permission: 'webhook.edit',
    target: 'webhook',
    params: ZIdParams,
    response: ZWebhookWithSecret,
    handler: async ({ ctx, params, config }) => rotateWebhookSecret(ctx, config.webhooks, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/webhooks/:id/test',
    summary: 'Send a test event (`webhook.test`) to this webhook, on or off; answers its delivery',
    tags: ['webhooks'],
    access: ADMIN,
    permission: 'webhook.test',
    target: 'webhook',
    params: ZIdParams,
    status: 201,
    response: ZDelivery,
    handler: async ({ ctx, params }) => sendTestEvent(ctx, params.id),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/webhooks/:id/deliveries',
    summary: 'The delivery log: deliveries newest first, each with its attempts',
    tags: ['webhooks'],
    access: ADMIN,
    permission: 'webhook.read',
    target: 'webhook',
    params: ZIdParams,
    query: z.object({ limit: ZLimit, cursor: ZCursor, status: zAnyOf(DELIVERY_STATUSES).optional() }),
    response: z.object({ data: z.array(ZDelivery), nextCursor: z.string().nullable() }),
    handler: async ({ ctx, params, query }) => listDeliveries(ctx, params.id, query),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/webhooks/:id/deliveries/:deliveryId/redeliver',
    summary: 'Deliver a finished delivery once more, now, with the same webhook-id',
    description: '409 CONFLICT while the delivery is still pending or being attempted.',
    tags: ['webhooks'],
    access: ADMIN,
    permission: 'webhookDelivery.redeliver',
    target: 'webhookDelivery',
    params: ZDeliveryParams,
    response: ZDelivery,
    handler: async ({ ctx, params }) => redeliver(ctx, params.id, params.deliveryId),
  }),
];
