import { and, desc, eq, gte, inArray, isNotNull, lte, type SQL } from 'drizzle-orm';
import type { PgColumn, PgInsertValue, PgTable, PgUpdateSetSource } from 'drizzle-orm/pg-core';
import { insertFromJson } from '../../db/bulk-insert.js';
import { keyset } from '../../db/keyset.js';
import { pgErrorOf } from '../../db/pg-error.js';
import { partnerFilter, withTx } from '../../db/scope.js';
import type { Ctx, TxCtx } from '../../shared/context.js';
import { AppError, type FieldError, notFound } from '../../shared/errors.js';
import { eventName } from '../../shared/events.js';
import { type Page, toPage } from '../../shared/paging.js';
import { emitEvent, emitEvents } from '../events/index.js';
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
  /** The event this change emits; `<entityType>.<past tense of action>` unless named. */
  event?: string;
  /** Extra facts for the event's subscribers (the changed fields are always there). */
  eventData?: Record<string, unknown>;
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

/** The audit row and the domain event of one change, as `recordChange` and `recordChanges` write them. */
function changeRecord(ctx: TxCtx, actor: ReturnType<typeof actorFields>, entry: AuditEntry) {
  const before = auditSnapshot(entry.before);
  const after = auditSnapshot(entry.after);
  const changed = entry.action === 'update' ? changedFields(before, after) : [];
  return {
    row: {
      ...actor,
      occurredAt: ctx.now,
      requestId: ctx.requestId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      partnerId: entry.partnerId,
      summary: entry.summary ?? '',
      before,
      after,
      changedFields: changed,
    },
    event: {
      name: entry.event ?? eventName(entry.entityType, entry.action),
      entityType: entry.entityType,
      entityId: entry.entityId,
      partnerId: entry.partnerId,
      changedFields: changed,
      data: entry.eventData,
    },
  };
}

/**
 * Records one change inside the caller's transaction: the audit entry and the domain event, so
 * both exist exactly when the change does. Every service mutation ends here, usually through
 * `insertAudited` / `updateAudited` / `deleteAudited`.
 */
export async function recordChange(ctx: TxCtx, entry: AuditEntry): Promise<void> {
  const { row, event } = changeRecord(ctx, actorFields(ctx), entry);
  await ctx.tx.insert(auditEvents).values(row);
  await emitEvent(ctx, event);
}

/**
 * Records many changes at once: the set-based `recordChange` (one statement for the audit
 * entries, one for the events, whatever their number), in the caller's transaction, with the
 * same entries and events `recordChange` would write one by one. For portfolio-wide runs that
 * touch a row per partner (scorecard evaluation, imports). `dispatch: 'later'`: see `emitEvents`.
 */
export async function recordChanges(
  ctx: TxCtx,
  entries: readonly AuditEntry[],
  options: { dispatch?: 'after-commit' | 'later' } = {},
): Promise<void> {
  if (entries.length === 0) return;
  const actor = actorFields(ctx);
  const records = entries.map((entry) => changeRecord(ctx, actor, entry));
  // One JSON parameter per statement, not one per cell (src/db/bulk-insert.ts).
  await insertFromJson(
    ctx.tx,
    auditEvents,
    records.map((r) => r.row),
    { returning: false },
  );
  await emitEvents(
    ctx,
    records.map((r) => r.event),
    { dispatch: options.dispatch ?? 'after-commit' },
  );
}

/**
 * How the audit log and the events see one kind of record: its name, the partner a row belongs
 * to, a label for summaries, and which unique constraints and foreign keys answer 409 naming a
 * field instead of failing.
 */
export type AuditedKind<Row> = {
  entityType: string;
  partnerIdOf(row: Row): string | null;
  labelOf(row: Row): string;
  /** Unique constraint name → the field it guards and what to say. */
  conflicts?: Readonly<Record<string, FieldError>>;
  /** Said when a delete is refused because other records still point at this one. */
  inUse?: string;
};

export type ChangeNote = { summary?: string; event?: string; eventData?: Record<string, unknown> };

type IdTable = PgTable & { id: PgColumn };
type Row<T extends IdTable> = T['$inferSelect'] & { id: string | number };

/** Turns a unique or foreign-key violation into the 409 the kind declares; anything else rethrows. */
function conflictOf<R>(kind: AuditedKind<R>) {
  return (error: unknown): never => {
    const pg = pgErrorOf(error);
    const field = pg?.constraint ? kind.conflicts?.[pg.constraint] : undefined;
    if (field) throw new AppError('CONFLICT', field.message, { errors: [field] });
    if (kind.inUse && (pg?.code === '23001' || pg?.code === '23503')) throw new AppError('CONFLICT', kind.inUse);
    throw error;
  };
}

const VERBS = { create: 'Created', update: 'Updated', delete: 'Deleted' } as const;

/** The audit entry and event of one row change, with the kind's default summary. */
function recordRowChange<R extends { id: string | number }>(
  ctx: TxCtx,
  action: keyof typeof VERBS,
  kind: AuditedKind<R>,
  row: R,
  states: { before?: R; after?: R },
  note: ChangeNote,
): Promise<void> {
  return recordChange(ctx, {
    action,
    entityType: kind.entityType,
    entityId: String(row.id),
    partnerId: kind.partnerIdOf(row),
    ...states,
    summary: note.summary ?? `${VERBS[action]} ${kind.entityType.replaceAll('_', ' ')} ${kind.labelOf(row)}`,
    event: note.event,
    eventData: note.eventData,
  });
}

export async function insertAudited<T extends IdTable>(
  ctx: TxCtx,
  table: T,
  values: PgInsertValue<T>,
  kind: AuditedKind<Row<T>>,
  note: ChangeNote = {},
): Promise<Row<T>> {
  const [row] = (await ctx.tx.insert(table).values(values).returning().catch(conflictOf(kind))) as unknown as Row<T>[];
  if (!row) throw new Error('insert returned no row');
  await recordRowChange(ctx, 'create', kind, row, { after: row }, note);
  return row;
}

/** Changes the row `before` (loaded by the caller, who checked the policy) and audits before/after. */
export async function updateAudited<T extends IdTable>(
  ctx: TxCtx,
  table: T,
  before: Row<T>,
  set: PgUpdateSetSource<T>,
  kind: AuditedKind<Row<T>>,
  note: ChangeNote = {},
): Promise<Row<T>> {
  const [after] = (await ctx.tx
    .update(table)
    .set(set)
    .where(eq(table.id, before.id))
    .returning()
    .catch(conflictOf(kind))) as unknown as Row<T>[];
  if (!after) throw notFound(kind.entityType);
  await recordRowChange(ctx, 'update', kind, after, { before, after }, note);
  return after;
}

export async function deleteAudited<T extends IdTable>(
  ctx: TxCtx,
  table: T,
  before: Row<T>,
  kind: AuditedKind<Row<T>>,
  note: ChangeNote = {},
): Promise<void> {
  const rows = await ctx.tx.delete(table).where(eq(table.id, before.id)).returning({ id: table.id }).catch(conflictOf(kind));
  if (rows.length === 0) throw notFound(kind.entityType);
  await recordRowChange(ctx, 'delete', kind, before, { before }, note);
}

/**
 * Inserts many rows of one kind in one statement, with an audit entry and a `<kind>.created`
 * event for each (two more statements), all in the caller's transaction: the set-based
 * `insertAudited` for imports. `values` at most a few thousand rows (PostgreSQL takes 65,535
 * parameters a statement). `dispatch: 'later'`: the events stay in the outbox until the caller
 * hands them over after the commit (events' `dispatchStoredEvents`), so memory stays flat.
 */
export async function insertManyAudited<T extends IdTable>(
  ctx: TxCtx,
  table: T,
  values: readonly PgInsertValue<T>[],
  kind: AuditedKind<Row<T>>,
  note: { summaryOf?: (row: Row<T>) => string; eventData?: Record<string, unknown>; dispatch?: 'after-commit' | 'later' } = {},
): Promise<Row<T>[]> {
  if (values.length === 0) return [];
  // One JSON parameter per statement, not one per cell (src/db/bulk-insert.ts).
  const rows = (await insertFromJson(ctx.tx, table, values, { returning: true }).catch(conflictOf(kind))) as unknown as Row<T>[];
  await recordChanges(
    ctx,
    rows.map((row) => ({
      action: 'create',
      entityType: kind.entityType,
      entityId: String(row.id),
      partnerId: kind.partnerIdOf(row),
      after: row,
      summary: note.summaryOf?.(row) ?? `${VERBS.create} ${kind.entityType.replaceAll('_', ' ')} ${kind.labelOf(row)}`,
      eventData: note.eventData,
    })),
    { dispatch: note.dispatch },
  );
  return rows;
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

/** Newest first; keyset paging on (occurredAt, id). */
export async function listAuditEvents(ctx: Ctx, query: AuditQuery): Promise<Page<AuditEventRow>> {
  return withTx(ctx, async (c) => {
    const ks = keyset('audit', '-occurredAt', { occurredAt: auditEvents.occurredAt }, auditEvents.id, query.cursor);
    const conditions: (SQL | undefined)[] = [
      partnerFilter(c, auditEvents.partnerId),
      ks.where,
      query.entityType ? eq(auditEvents.entityType, query.entityType) : undefined,
      query.entityId ? eq(auditEvents.entityId, query.entityId) : undefined,
      query.actorId ? eq(auditEvents.actorId, query.actorId) : undefined,
      query.partnerId ? eq(auditEvents.partnerId, query.partnerId) : undefined,
      query.action ? eq(auditEvents.action, query.action) : undefined,
      query.from ? gte(auditEvents.occurredAt, query.from) : undefined,
      query.to ? lte(auditEvents.occurredAt, query.to) : undefined,
    ];
    const rows = await c.tx
      .select()
      .from(auditEvents)
      .where(and(...conditions))
      .orderBy(...ks.orderBy)
      .limit(query.limit + 1);
    return toPage(rows, query.limit, ks.cursorOf);
  });
}

export async function getAuditEvent(ctx: Ctx, id: string): Promise<AuditEventRow> {
  return withTx(ctx, async (c) => {
    const [row] = await c.tx
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.id, id), partnerFilter(c, auditEvents.partnerId)));
    if (!row) throw notFound('Audit event');
    return row;
  });
}

/**
 * One record's audited changes, oldest first (create and update entries with their before and
 * after), in the caller's scope: for a record's readable history of a few fields (an alliance's
 * sponsors) kept only in its current state. A record has tens of entries, not thousands.
 */
export async function auditTrailOf(
  ctx: TxCtx,
  entityType: string,
  entityId: string,
): Promise<Pick<AuditEventRow, 'occurredAt' | 'actorId' | 'action' | 'summary' | 'before' | 'after' | 'changedFields'>[]> {
  return ctx.tx
    .select({
      occurredAt: auditEvents.occurredAt,
      actorId: auditEvents.actorId,
      action: auditEvents.action,
      summary: auditEvents.summary,
      before: auditEvents.before,
      after: auditEvents.after,
      changedFields: auditEvents.changedFields,
    })
    .from(auditEvents)
    .where(
      and(eq(auditEvents.entityType, entityType), eq(auditEvents.entityId, entityId), partnerFilter(ctx, auditEvents.partnerId)),
    )
    .orderBy(auditEvents.occurredAt, auditEvents.id);
}

/**
 * What each record looked like at `asOf`, from the audit log: the `after` snapshot of its last
 * audited change on or before then (one query for all `entityIds`; a record with no entry by then
 * is absent). For metrics that must answer a past `asOf` from a record that keeps only its
 * current state (alliances.sponsors_named, alliances.design_explicit): the audit log is its history.
 */
export async function snapshotsAsOf(
  ctx: TxCtx,
  entityType: string,
  entityIds: readonly string[],
  asOf: Date,
): Promise<Map<string, Record<string, unknown>>> {
  if (entityIds.length === 0) return new Map();
  const rows = await ctx.tx
    .selectDistinctOn([auditEvents.entityId], { entityId: auditEvents.entityId, after: auditEvents.after })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.entityType, entityType),
        inArray(auditEvents.entityId, [...entityIds]),
        lte(auditEvents.occurredAt, asOf),
        isNotNull(auditEvents.after),
      ),
    )
    .orderBy(auditEvents.entityId, desc(auditEvents.occurredAt), desc(auditEvents.id));
  return new Map(rows.flatMap((r) => (r.after ? [[r.entityId, r.after] as const] : [])));
}
