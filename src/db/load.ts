import { and, eq } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { TxCtx } from '../shared/context.js';
import { notFound } from '../shared/errors.js';
import { partnerFilter } from './scope.js';

/** A table of records that belong to one partner each: an `id` and a `partnerId`. */
export type PartnerOwnedTable = PgTable & { id: AnyPgColumn; partnerId: AnyPgColumn };

/**
 * The record `id` of `table` if the caller's scope sees it (vendor staff: any; a partner's people:
 * their own partner's), else null: another partner's record is exactly a missing one. `lock`
 * takes it FOR UPDATE, for a change that reads before it writes.
 */
export async function findScoped<T extends PartnerOwnedTable>(
  c: TxCtx,
  table: T,
  id: string,
  options: { lock?: boolean } = {},
): Promise<T['$inferSelect'] | null> {
  const query = c.tx
    .select()
    .from(table as PgTable)
    .where(and(eq(table.id, id), partnerFilter(c, table.partnerId)));
  const [row] = options.lock ? await query.for('update') : await query;
  return (row as T['$inferSelect'] | undefined) ?? null;
}

/** `findScoped`, or the 404 problem naming the record (`noun`: "Agreement"). */
export async function loadScoped<T extends PartnerOwnedTable>(
  c: TxCtx,
  table: T,
  id: string,
  noun: string,
  options: { lock?: boolean } = {},
): Promise<T['$inferSelect']> {
  const row = await findScoped(c, table, id, options);
  if (!row) throw notFound(noun);
  return row;
}

/** A table of one row (`id` 1): an organisation's settings of one module, its columns defaulted. */
export type SingletonTable = PgTable & { id: AnyPgColumn };

/**
 * The settings row of a one-row table, made with its column defaults the first time it is read.
 * Reads first, so once the row exists it costs one round trip and never writes (nothing queues
 * on it).
 */
export async function loadSingleton<T extends SingletonTable>(c: TxCtx, table: T): Promise<T['$inferSelect']> {
  const read = async () => {
    const [row] = await c.tx
      .select()
      .from(table as PgTable)
      .where(eq(table.id, 1));
    return row as T['$inferSelect'] | undefined;
  };
  const found = await read();
  if (found) return found;
  await c.tx
    .insert(table as PgTable)
    .values({ id: 1 } as never)
    .onConflictDoNothing();
  const made = await read();
  if (!made) throw new Error('settings row missing after insert');
  return made;
}
