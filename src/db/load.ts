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
