import type pg from 'pg';

/**
 * Set-based loading: each call is one `INSERT … SELECT … FROM unnest($1, $2, …)` statement with
 * one array parameter per column, so 1,000 rows cost one round trip and the parameter count does
 * not grow with the batch. Array columns travel as '|'-joined text and are split in SQL, because
 * unnest flattens a two-dimensional array instead of yielding its rows.
 */
export type Column = { name: string; type: 'uuid' | 'text' | 'timestamptz' | 'boolean' | 'int' | 'text[]' };

export type Row = Record<string, string | number | boolean | null | readonly string[]>;

export const BATCH_SIZE = 1_000;

const SEPARATOR = '|';

function cell(column: Column, row: Row): unknown {
  const value = row[column.name] ?? null;
  if (column.type !== 'text[]') return value;
  if (!Array.isArray(value)) throw new Error(`Column ${column.name} needs a list`);
  return value.join(SEPARATOR);
}

function insertStatement(table: string, columns: readonly Column[]): string {
  const names = columns.map((c) => c.name).join(', ');
  const arrays = columns.map((c, i) => `$${i + 1}::${c.type === 'text[]' ? 'text' : c.type}[]`).join(', ');
  const values = columns
    .map((c) => (c.type === 'text[]' ? `string_to_array(u.${c.name}, '${SEPARATOR}')` : `u.${c.name}`))
    .join(', ');
  return `INSERT INTO ${table} (${names}) SELECT ${values} FROM unnest(${arrays}) AS u(${names})`;
}

export async function insertRows(client: pg.Client, table: string, columns: readonly Column[], rows: readonly Row[]) {
  const text = insertStatement(table, columns);
  for (let start = 0; start < rows.length; start += BATCH_SIZE) {
    const batch = rows.slice(start, start + BATCH_SIZE);
    await client.query(
      text,
      columns.map((column) => batch.map((row) => cell(column, row))),
    );
  }
}
