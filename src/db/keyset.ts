import { type AnyColumn, asc, desc, type SQL, sql } from 'drizzle-orm';
import { decodeCursor, encodeCursor } from '../shared/paging.js';

/**
 * Keyset (cursor) paging over one sort column plus the id as tie-breaker. `sort` is the client's
 * `sort` parameter, e.g. "name" or "-createdAt"; `columns` maps the sortable names to columns.
 * The sort columns must be NOT NULL for the row comparison to be total.
 */
export type Keyset = {
  orderBy: SQL[];
  where: SQL | undefined;
  cursorOf: (row: { id: string } & Record<string, unknown>) => string;
};

export function keyset(
  list: string,
  sort: string,
  /** Columns, or expressions the query also selects under the same name (a computed score). */
  columns: Record<string, AnyColumn | SQL>,
  idColumn: AnyColumn,
  cursor: string | undefined,
): Keyset {
  const descending = sort.startsWith('-');
  const field = descending ? sort.slice(1) : sort;
  const column = columns[field];
  if (!column) throw new Error(`Unknown sort field ${field} for ${list}`);
  const kind = `${list}:${sort}`;
  let where: SQL | undefined;
  if (cursor) {
    const [value, id] = decodeCursor(cursor, kind, 2);
    where = descending ? sql`(${column}, ${idColumn}) < (${value}, ${id})` : sql`(${column}, ${idColumn}) > (${value}, ${id})`;
  }
  const direction = descending ? desc : asc;
  return {
    orderBy: [direction(column), direction(idColumn)],
    where,
    cursorOf: (row) => {
      const value = row[field];
      return encodeCursor(kind, [value instanceof Date ? value.toISOString() : (value as string | number), row.id]);
    },
  };
}

/** The values of a `sort` parameter for the given field names: "name" and "-name" for each. */
export function sortValues<const F extends readonly string[]>(
  fields: F,
): [F[number] | `-${F[number]}`, ...(F[number] | `-${F[number]}`)[]] {
  return fields.flatMap((f) => [f, `-${f}`]) as unknown as [F[number] | `-${F[number]}`];
}
