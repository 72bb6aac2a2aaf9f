import { type AnyColumn, type SQL, sql } from 'drizzle-orm';

/**
 * `column = ANY($1::uuid[])`: one parameter, however many ids. drizzle's `inArray` makes one
 * parameter per id, and for every partner of a large ecosystem (20,000) building and binding that
 * list was the biggest cost of health above its raw-SQL floor (docs/performance.md); past 65,535 ids
 * PostgreSQL refuses the statement.
 */
export function anyId(column: AnyColumn | SQL, ids: Iterable<string>): SQL {
  return sql`${column} = any(${sql.param([...ids])}::uuid[])`;
}
