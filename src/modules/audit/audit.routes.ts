import { z } from 'zod';
import { access, defineRoute } from '../../server/route.js';
import { ZCursor, ZId, ZIdParams, ZLimit, zDateTime, zPage, zString } from '../../server/schemas.js';
import { getAuditEvent, listAuditEvents } from './audit.service.js';

export const ZAuditEvent = z
  .object({
    id: z.uuid(),
    occurredAt: z.date(),
    actorId: z.uuid().nullable(),
    actorLabel: z.string(),
    actorRole: z.string().nullable(),
    requestId: z.string(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string(),
    partnerId: z.uuid().nullable(),
    summary: z.string(),
    before: z.record(z.string(), z.unknown()).nullable(),
    after: z.record(z.string(), z.unknown()).nullable(),
    changedFields: z.array(z.string()),
  })
  .meta({ id: 'AuditEvent' });

const ZAuditQuery = z.object({
  limit: ZLimit,
  cursor: ZCursor,
  entityType: zString(60).optional(),
  entityId: zString(100).optional(),
  actorId: ZId.optional(),
  partnerId: ZId.optional(),
  action: zString(40).optional(),
  from: zDateTime().optional(),
  to: zDateTime().optional(),
});

export const auditRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/audit-events',
    summary: 'Browse the audit log, newest first',
    description: 'Every create, update and delete, with who, when and the record before and after.',
    tags: ['audit'],
    access: access.roles(['admin'], { scope: 'partner' }),
    permission: 'auditEvent.read',
    query: ZAuditQuery,
    response: zPage(ZAuditEvent),
    handler: async ({ ctx, query }) =>
      listAuditEvents(ctx, {
        ...query,
        from: query.from ? new Date(query.from) : undefined,
        to: query.to ? new Date(query.to) : undefined,
      }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/audit-events/:id',
    summary: 'One audit entry',
    tags: ['audit'],
    access: access.roles(['admin'], { scope: 'partner' }),
    permission: 'auditEvent.read',
    target: 'auditEvent',
    params: ZIdParams,
    response: ZAuditEvent,
    handler: async ({ ctx, params }) => getAuditEvent(ctx, params.id),
  }),
];
