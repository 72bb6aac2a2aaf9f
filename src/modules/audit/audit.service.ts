import { and, desc, eq, gte, lt, lte, or, type SQL } from 'drizzle-orm';
import type { Tx } from '../../db/database.js';
import { partnerFilter, withTx } from '../../db/scope.js';
import type { Ctx } from '../../shared/context.js';
import { notFound } from '../../shared/errors.js';
import { decodeCursor, encodeCursor, type Page, toPage } from '../../shared/paging.js';
import { auditSnapshot, changedFields } from './audit.rules.js';
import { type AuditEventRow, auditEvents } from './audit.schema.js';

export type AuditEntry = {
  action: string;
  entityType: string;
  entityId: string;
  partnerId: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  summary?: string;
};

function actorFields(ctx: Ctx) {
  const actor = ctx.actor;
  switch (actor.kind) {
    case 'user':
      return { actorId: actor.userId, actorLabel: actor.email, actorRole: actor.role };
    case 'system':
      return { actorId: null, actorLabel: `system (${actor.reason})`, actorRole: null };
    case 'anonymous':
      return { actorId: null, actorLabel: 'anonymous', actorRole: null };
  }
}

/**
 * Writes one audit entry inside the caller's transaction, so the entry exists exactly when the
 * change does. Every service mutation calls this (or `records()` does it for them).
 */
export async function recordAudit(tx: Tx, ctx: Ctx, entry: AuditEntry): Promise<void> {
  const before = auditSnapshot(entry.before);
  const after = auditSnapshot(entry.after);
  await tx.insert(auditEvents).values({
    ...actorFields(ctx),
    occurredAt: ctx.now,
    requestId: ctx.requestId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    partnerId: entry.partnerId,
    summary: entry.summary ?? '',
    before,
    after,
    changedFields: entry.action === 'update' ? changedFields(before, after) : [],
  });
}

export type AuditQuery = {
  limit: number;
  cursor?: string;
  entityType?: string;
  entityId?: string;
  actorId?: string;
  partnerId?: string;
  action?: string;
  from?: Date;
  to?: Date;
};

/** Newest first; the cursor is the (occurredAt, id) of the last row on the previous page. */
export async function listAuditEvents(ctx: Ctx, query: AuditQuery): Promise<Page<AuditEventRow>> {
  return withTx(ctx, async (tx) => {
    const conditions: (SQL | undefined)[] = [
      partnerFilter(ctx, auditEvents.partnerId),
      query.entityType ? eq(auditEvents.entityType, query.entityType) : undefined,
      query.entityId ? eq(auditEvents.entityId, query.entityId) : undefined,
      query.actorId ? eq(auditEvents.actorId, query.actorId) : undefined,
      query.partnerId ? eq(auditEvents.partnerId, query.partnerId) : undefined,
      query.action ? eq(auditEvents.action, query.action) : undefined,
      query.from ? gte(auditEvents.occurredAt, query.from) : undefined,
      query.to ? lte(auditEvents.occurredAt, query.to) : undefined,
    ];
    if (query.cursor) {
      const [at, id] = decodeCursor(query.cursor, 'audit', 2);
      const after = new Date(String(at));
      conditions.push(
        or(lt(auditEvents.occurredAt, after), and(eq(auditEvents.occurredAt, after), lt(auditEvents.id, String(id)))),
      );
    }
    const rows = await tx
      .select()
      .from(auditEvents)
      .where(and(...conditions))
      .orderBy(desc(auditEvents.occurredAt), desc(auditEvents.id))
      .limit(query.limit + 1);
    return toPage(rows, query.limit, (last) => encodeCursor('audit', [last.occurredAt.toISOString(), last.id]));
  });
}

export async function getAuditEvent(ctx: Ctx, id: string): Promise<AuditEventRow> {
  return withTx(ctx, async (tx) => {
    const [row] = await tx
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.id, id), partnerFilter(ctx, auditEvents.partnerId)));
    if (!row) throw notFound('Audit event');
    return row;
  });
}
