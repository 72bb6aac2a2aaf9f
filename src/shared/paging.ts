import { invalidField } from './errors.js';
import { textProblem } from './text.js';

/** A page of a list endpoint: `{ data, nextCursor }`, nextCursor null on the last page. */
export type Page<T> = { data: T[]; nextCursor: string | null };

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 500;

/**
 * Cursors are opaque to clients: base64url JSON of the list they belong to (`kind`, which includes
 * the sort) and the sort key of the last row returned. A cursor from another list or sort is
 * refused with a 422 naming `cursor`, rather than silently giving a wrong page.
 */
export function encodeCursor(kind: string, values: readonly (string | number | null)[]): string {
  return Buffer.from(JSON.stringify({ k: kind, v: values })).toString('base64url');
}

export function decodeCursor(cursor: string, kind: string, length: number): (string | number | null)[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidField('cursor', 'is not a cursor returned by this list');
  }
  const value = parsed as { k?: unknown; v?: unknown };
  if (value?.k !== kind) throw invalidField('cursor', 'belongs to another list or sort order');
  if (!Array.isArray(value.v) || value.v.length !== length || !value.v.every(isCursorValue)) {
    throw invalidField('cursor', 'is not a cursor returned by this list');
  }
  return value.v as (string | number | null)[];
}

/** What this application puts into a cursor; a crafted one with other values goes no further. */
function isCursorValue(value: unknown): boolean {
  if (value === null || (typeof value === 'number' && Number.isFinite(value))) return true;
  return typeof value === 'string' && value.length <= 1000 && textProblem(value) === null;
}

/** Splits the `limit + 1` rows a keyset query fetched into the page and the cursor for the next. */
export function toPage<T>(rows: T[], limit: number, cursorOf: (last: T) => string): Page<T> {
  const data = rows.slice(0, limit);
  const last = data.at(-1);
  return { data, nextCursor: rows.length > limit && last !== undefined ? cursorOf(last) : null };
}
