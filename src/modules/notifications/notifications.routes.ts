import { z } from 'zod';
import { access, defineRoute } from '../../server/route.js';
import { ZCursor, ZIdParams, ZLimit, ZQueryBoolean, zString } from '../../server/schemas.js';
import { CHANNELS } from './notifications.rules.js';
import {
  describeUnsubscribe,
  getPreferences,
  listInbox,
  markAllRead,
  markRead,
  setPreferences,
  unreadCount,
  unsubscribe,
} from './notifications.service.js';

const ZChannel = z.enum(CHANNELS, { error: `must be one of ${CHANNELS.join(', ')}` });

const ZNotification = z
  .object({
    id: z.uuid(),
    kind: z.string(),
    title: z.string(),
    body: z.string(),
    link: z.string().nullable().describe('A path in the web app, e.g. /partners/{id}'),
    entity: z.object({ type: z.string(), id: z.string() }).nullable(),
    createdAt: z.date(),
    readAt: z.date().nullable(),
  })
  .meta({ id: 'Notification' });

const ZPreference = z
  .object({
    kind: z.string(),
    label: z.string(),
    description: z.string(),
    channel: ZChannel,
    defaultChannel: ZChannel,
  })
  .meta({ id: 'NotificationPreference' });

const ZUnsubscribeQuery = z.object({ token: zString(2000).min(1, 'is required') });
const ZUnsubscribed = z.object({ kind: z.string(), label: z.string() }).meta({ id: 'Unsubscribe' });

export const notificationRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/me/notifications',
    summary: 'Your notifications, newest first, with how many are unread',
    tags: ['notifications'],
    access: access.signedIn(),
    permission: 'notification.read',
    query: z.object({ limit: ZLimit, cursor: ZCursor, unread: ZQueryBoolean.optional() }),
    response: z.object({
      data: z.array(ZNotification),
      nextCursor: z.string().nullable(),
      unread: z.number().int().describe('Unread notifications in all'),
    }),
    handler: async ({ ctx, query }) => listInbox(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/me/notifications/unread-count',
    summary: 'How many of your notifications are unread (for the bell)',
    tags: ['notifications'],
    access: access.signedIn(),
    permission: 'notification.read',
    response: z.object({ unread: z.number().int() }),
    handler: async ({ ctx }) => ({ unread: await unreadCount(ctx) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/me/notifications/:id/read',
    summary: 'Mark one of your notifications read',
    tags: ['notifications'],
    access: access.self(),
    permission: 'notification.markRead',
    target: 'notification',
    params: ZIdParams,
    response: ZNotification,
    handler: async ({ ctx, params }) => markRead(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/me/notifications/read-all',
    summary: 'Mark all your notifications read',
    tags: ['notifications'],
    access: access.signedIn(),
    permission: 'notification.markRead',
    response: z.object({ updated: z.number().int() }),
    handler: async ({ ctx }) => ({ updated: await markAllRead(ctx) }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/me/notification-preferences',
    summary: 'How you hear of each kind of notification',
    description:
      '`channel`: in_app (the inbox only), email (the inbox and an e-mail), digest (the inbox and a daily e-mail), off.',
    tags: ['notifications'],
    access: access.signedIn(),
    permission: 'notificationPreference.read',
    response: z.object({ data: z.array(ZPreference) }),
    handler: async ({ ctx }) => ({ data: await getPreferences(ctx) }),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/v1/me/notification-preferences',
    summary: 'Choose how you hear of some kinds of notification',
    description: 'Kinds not named keep their setting. Answers every kind, as GET does.',
    tags: ['notifications'],
    access: access.signedIn(),
    permission: 'notificationPreference.edit',
    body: z.strictObject({
      preferences: z
        .array(z.strictObject({ kind: zString(100), channel: ZChannel }))
        .min(1, 'must name at least one kind')
        .max(200),
    }),
    response: z.object({ data: z.array(ZPreference) }),
    example: () => ({ preferences: [{ kind: 'users.role_changed', channel: 'email' }] }),
    handler: async ({ ctx, body }) => ({ data: await setPreferences(ctx, body.preferences) }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/notifications/unsubscribe',
    summary: 'What an unsubscribe link from an e-mail turns off (changes nothing)',
    tags: ['notifications'],
    access: access.public(),
    query: ZUnsubscribeQuery,
    exampleQuery: { token: 'not-a-real-token' },
    response: ZUnsubscribed,
    handler: async ({ ctx, query }) => describeUnsubscribe(ctx.db, query.token),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/notifications/unsubscribe',
    summary: 'Follow an unsubscribe link: e-mail of that kind becomes in-app only',
    description:
      'The token comes from the link in an e-mail; no sign-in is needed. Also the List-Unsubscribe URL: ' +
      'mail clients POST `List-Unsubscribe=One-Click` as a form (RFC 8058); the body is ignored.',
    tags: ['notifications'],
    access: access.public(),
    acceptsForms: true,
    query: ZUnsubscribeQuery,
    exampleQuery: { token: 'not-a-real-token' },
    response: ZUnsubscribed,
    handler: async ({ ctx, query }) => unsubscribe(ctx.db, query.token),
  }),
];
