import { type Column, getTableColumns, is, SQL, sql } from 'drizzle-orm';
import { toSnakeCase } from 'drizzle-orm/casing';
import type { PgInsertOnConflictDoUpdateConfig, PgInsertValue, PgTable } from 'drizzle-orm/pg-core';
import type { Tx } from './database.js';

/**
 * Inserts many rows in ONE statement with ONE parameter: the rows as a JSON array, spread into
 * the table's row type by `json_populate_recordset` — `INSERT INTO t (…) SELECT r.a, r.b, … FROM
 * json_populate_recordset(NULL::t, $1::json) r`. A multi-row `VALUES` list costs one parameter
 * per cell (10,000 for 500 rows of 20 columns), each parsed, typed and bound separately; on PGlite
 * that is most of an import's time (docs/performance.md, "Imports"). Same rows, same defaults
 * (`$defaultFn` in JavaScript, `.default()` in SQL), same answer as drizzle's `insert().values()`.
 *
 * It is also how a portfolio-wide write stays possible at scale: `values()` of 20,000 rows breaks
 * drizzle's query builder (call stack) and PostgreSQL's 65,535 parameters a statement.
 * `onConflictDoUpdate` makes it an upsert, as drizzle's own option does.
 *
 * Every row must give the same columns (rows made by one mapper do); otherwise, and for an
 * empty list, it falls back to `insert().values()`.
 */
export async function insertFromJson<T extends PgTable>(
  tx: Tx,
  table: T,
  values: readonly PgInsertValue<T>[],
  options: {
    returning: boolean;
    // biome-ignore lint/suspicious/noExplicitAny: drizzle's config type is keyed on its insert builder's type.
    onConflictDoUpdate?: PgInsertOnConflictDoUpdateConfig<any>;
  },
): Promise<T['$inferSelect'][]> {
  // biome-ignore lint/suspicious/noExplicitAny: the values() and select() builders take the same conflict clause.
  const upsert = (insert: any) => (options.onConflictDoUpdate ? insert.onConflictDoUpdate(options.onConflictDoUpdate) : insert);
  // The columns drizzle's insert lists, in its order (generated columns are not written).
  const columns = Object.entries(getTableColumns(table) as Record<string, Column>).filter(
    ([, column]) => column.generated === undefined || column.generated.type === 'byDefault',
  );
  const rows = values as readonly Record<string, unknown>[];
  const first = rows[0];
  const given = first ? columns.filter(([key]) => first[key] !== undefined).map(([key]) => key) : [];
  const uniform = rows.every(
    (row) =>
      given.every((key) => row[key] !== undefined) &&
      Object.keys(row).every((key) => row[key] === undefined || given.includes(key)),
  );
  if (!first || !uniform) {
    const insert = upsert(tx.insert(table).values(values as PgInsertValue<T>[]));
    if (options.returning) return (await insert.returning()) as T['$inferSelect'][];
    await insert;
    return [];
  }
  const nameOf = (key: string, column: Column) => (column.keyAsName ? toSnakeCase(key) : column.name);
  const json = rows.map((row) => {
    const out: Record<string, unknown> = {};
    for (const [key, column] of columns) {
      let value = row[key];
      if (value === undefined && column.defaultFn) value = column.defaultFn();
      // A plain default travels in the JSON too, so the row type gives it its column's type.
      if (value === undefined && column.default !== undefined && !is(column.default, SQL)) value = column.default;
      if (value === undefined || is(value, SQL)) continue;
      out[nameOf(key, column)] = value instanceof Date ? value.toISOString() : value;
    }
    return out;
  });
  const firstJson = json[0] as Record<string, unknown>;
  const selected = columns.map(([key, column]) => {
    const name = nameOf(key, column);
    if (name in firstJson) return sql`r.${sql.identifier(name)}`;
    // Not given: its SQL default (`defaultNow()`), as an insert without it would get.
    return is(column.default, SQL) ? column.default : sql`NULL`;
  });
  const select = sql`SELECT ${sql.join(selected, sql`, `)} FROM json_populate_recordset(NULL::${table}, ${JSON.stringify(json)}::json) AS r`;
  const insert = upsert(tx.insert(table).select(select));
  if (options.returning) return (await insert.returning()) as T['$inferSelect'][];
  await insert;
  return [];
}

/** In an upsert's `set`: the value the row being inserted had for `column` (its SQL name), `excluded.<column>`. */
export function excluded(column: string): SQL {
  return sql`excluded.${sql.identifier(column)}`;
}
