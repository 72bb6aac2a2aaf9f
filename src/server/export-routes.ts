import type { Readable } from 'node:stream';
import { z } from 'zod';
import { scopeOf, withTx } from '../db/scope.js';
import { minorUnits } from '../shared/money.js';
import { MAX_LIMIT } from '../shared/paging.js';
import type { AnyRouteDef, HandlerInput } from './route.js';
import { type CellType, type CellValue, csvStream, type SheetColumn, xlsxStream } from './spreadsheet.js';

/**
 * Every list route gets an export beside it: `GET <list url>/export?format=csv|xlsx` with the
 * list's own access, permission, target and filters (without `limit` and `cursor`). It pages
 * through the list's own handler with its keyset cursor — so scoping, filters and sort are the
 * list's, by construction — and streams the rows. A list is a GET whose response is
 * `{ data: [object] }` (with or without `nextCursor`); its columns come from the item schema
 * (`exportColumnsOf`). A route opts out or adjusts columns with `export` (route.ts).
 */

export type ExportColumn = SheetColumn & { value(row: Record<string, unknown>): CellValue; staffOnly?: boolean };

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Strips nullable / optional / default / readonly wrappers. */
function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  for (;;) {
    const def = defOf(s);
    if (['nullable', 'optional', 'default', 'readonly', 'nonoptional', 'catch', 'prefault'].includes(def.type)) {
      s = def.innerType as z.ZodType;
    } else if (def.type === 'pipe') {
      s = def.out as z.ZodType;
    } else return s;
  }
}

function shapeOf(schema: z.ZodType): Record<string, z.ZodType> | null {
  const s = unwrap(schema);
  return defOf(s).type === 'object' ? (defOf(s).shape as Record<string, z.ZodType>) : null;
}

function scalarType(schema: z.ZodType): CellType | null {
  switch (defOf(unwrap(schema)).type) {
    case 'string':
    case 'enum':
    case 'literal':
    case 'template_literal':
      return 'text';
    case 'number':
    case 'int':
    case 'bigint':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'date':
      return 'date';
    default:
      return null;
  }
}

/** The item schema of a list response (`{ data: z.array(item) }`), or null when it is not a list. */
export function listItemOf(response: z.ZodType | undefined): z.ZodType | null {
  if (!response) return null;
  const data = shapeOf(response)?.data;
  if (!data) return null;
  const array = unwrap(data);
  if (defOf(array).type !== 'array') return null;
  const item = defOf(array).element as z.ZodType;
  return shapeOf(item) ? item : null;
}

/**
 * Columns from an item schema, in its order: scalars as they are (numbers stay numbers), lists
 * of scalars joined with "; ", money (`{amount, currency}`) as a number in major units beside a
 * `<key>Currency` column, a referenced record (`owner: {id, name, …}`) as its name. Nested
 * objects without a name (`can`) and lists of objects are left out, unless the route expands
 * them: `expand: ['figures']` gives each of the object's fields a column `figures.sent`, …;
 * `items: { steps: { max: 10, fields: ['sent'] } }` gives each of the first `max` items of a
 * list of objects its columns `steps.1.sent`, `steps.2.sent`, … (empty where a row has fewer).
 */
export function exportColumnsOf(item: z.ZodType, options: ExportOptions = {}): ExportColumn[] {
  const shape = shapeOf(item) ?? {};
  const columns: ExportColumn[] = [];
  for (const [key, field] of Object.entries(shape)) {
    if (options.omit?.includes(key)) continue;
    const get = (row: Record<string, unknown>) => row[key];
    const picked = options.pick?.[key];
    if (picked) {
      const type = scalarType(shapeOf(unwrap(field))?.[picked] ?? field) ?? 'text';
      columns.push({
        header: key,
        type,
        value: (row) => cellOf((get(row) as Record<string, unknown> | null | undefined)?.[picked], type),
        staffOnly: options.staffOnly?.includes(key),
      });
      continue;
    }
    if (options.expand?.includes(key)) {
      const nested = shapeOf(unwrap(field)) ?? {};
      const sub = (row: Record<string, unknown>) => get(row) as Record<string, unknown> | null | undefined;
      for (const [inner, innerField] of Object.entries(nested)) {
        const header = `${key}.${inner}`;
        columns.push(...fieldColumns(header, innerField, (row) => sub(row)?.[inner], options.numeric?.includes(header)));
      }
      continue;
    }
    const each = options.items?.[key];
    if (each) {
      const element = defOf(unwrap(field)).element as z.ZodType | undefined;
      const nested = (element && shapeOf(element)) ?? {};
      for (let i = 0; i < each.max; i++) {
        const at = (row: Record<string, unknown>) => {
          const list = get(row);
          return Array.isArray(list) ? (list[i] as Record<string, unknown> | undefined) : undefined;
        };
        for (const inner of each.fields) {
          const innerField = nested[inner];
          if (!innerField) throw new Error(`export items: ${key} has no field ${inner}`);
          columns.push(...fieldColumns(`${key}.${i + 1}.${inner}`, innerField, (row) => at(row)?.[inner]));
        }
      }
      continue;
    }
    columns.push(...fieldColumns(key, field, get, options.numeric?.includes(key)));
  }
  return columns;
}

/** The columns of one field (none for a nested object without a name or a list of objects). */
function fieldColumns(
  header: string,
  field: z.ZodType,
  get: (row: Record<string, unknown>) => unknown,
  numeric = false,
): ExportColumn[] {
  const scalar = scalarType(field);
  if (scalar) {
    const type: CellType = numeric ? 'number' : scalar;
    return [{ header, type, value: (row) => cellOf(get(row), type) }];
  }
  const inner = unwrap(field);
  const def = defOf(inner);
  if (def.type === 'array') {
    if (!scalarType(def.element as z.ZodType)) return [];
    return [
      {
        header,
        type: 'text',
        value: (row) => {
          const list = get(row);
          return Array.isArray(list) ? list.map(String).join('; ') : null;
        },
      },
    ];
  }
  const nested = shapeOf(inner);
  if (!nested) return [];
  if (nested.amount && nested.currency && Object.keys(nested).length === 2) {
    return [
      { header, type: 'number', value: (row) => majorUnits(get(row)) },
      {
        header: `${header}Currency`,
        type: 'text',
        value: (row) => ((get(row) as { currency?: string } | null | undefined)?.currency ?? null) as CellValue,
      },
    ];
  }
  if (nested.name && scalarType(nested.name) === 'text') {
    return [
      {
        header,
        type: 'text',
        value: (row) => ((get(row) as { name?: string } | null | undefined)?.name ?? null) as CellValue,
      },
    ];
  }
  return [];
}

function cellOf(value: unknown, type: CellType): CellValue {
  if (value === undefined || value === null) return null;
  if (type === 'number' && typeof value === 'string') return value === '' ? null : Number(value);
  if (value instanceof Date || typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
  return String(value);
}

function majorUnits(value: unknown): number | null {
  const money = value as { amount?: unknown; currency?: unknown } | null;
  if (!money || typeof money.amount !== 'number' || typeof money.currency !== 'string') return null;
  const digits = minorUnits(money.currency) ?? 0;
  return money.amount / 10 ** digits;
}

/**
 * A list route's say in its export: leave it out, drop columns, read text columns as numbers,
 * export a nested object as one of its fields (`pick: { fit: 'score' }`) or as all of them
 * (`expand: ['figures']` → `figures.sent`, `figures.opened`, …), export the first `max` items of
 * a list of objects (`items: { steps: { max: 10, fields: ['sent', 'opened'] } }` →
 * `steps.1.sent`, …), or keep a column out of the files of partner-side callers (`staffOnly`:
 * the list leaves it out of their rows too).
 */
export type ExportOptions = {
  omit?: readonly string[];
  numeric?: readonly string[];
  pick?: Readonly<Record<string, string>>;
  expand?: readonly string[];
  items?: Readonly<Record<string, { max: number; fields: readonly string[] }>>;
  staffOnly?: readonly string[];
};

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;

const CONTENT_TYPE = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** Rows fetched per page (one transaction each, so a long download holds no transaction open). */
const PAGE_SIZE = MAX_LIMIT;

/** The export route of a list route, or null when the route is not a list or opts out. */
export function exportRouteFor(list: AnyRouteDef): AnyRouteDef | null {
  if (list.method !== 'GET' || list.export === false || list.access.kind === 'public') return null;
  const item = listItemOf(list.response);
  if (!item) return null;
  const allColumns = exportColumnsOf(item, list.export ?? {});
  if (allColumns.length === 0) return null;
  const listShape = list.query ? (shapeOf(list.query) ?? {}) : {};
  const paged = 'cursor' in listShape;
  const filters = Object.fromEntries(Object.entries(listShape).filter(([key]) => key !== 'limit' && key !== 'cursor'));
  const query = z.object({
    ...filters,
    format: z.enum(EXPORT_FORMATS, { error: 'must be csv or xlsx' }).default('csv'),
  });
  const name = fileNameOf(list.url);
  return {
    method: 'GET',
    url: `${list.url}/export`,
    summary: `Export as CSV or Excel: ${list.summary.charAt(0).toLowerCase()}${list.summary.slice(1)}`,
    description:
      `The rows of \`GET ${list.url}\` with the same filters (\`limit\` and \`cursor\` aside), every page, as ` +
      '`text/csv` (default) or, with `format=xlsx`, an Excel workbook. Text cells starting with `=`, `+`, `-`, `@`, ' +
      "tab or carriage return get a leading `'` (formula injection); numbers stay numbers. " +
      `Columns: ${allColumns.map((c) => `\`${c.header}\`${c.staffOnly ? ' (vendor staff only)' : ''}`).join(', ')}.`,
    tags: list.tags,
    access: list.access,
    permission: list.permission,
    target: list.target,
    params: list.params,
    query,
    ownTransactions: true,
    handler: async (input: HandlerInput<unknown, unknown, unknown>) => {
      const { format, ...rest } = input.query as { format: (typeof EXPORT_FORMATS)[number] } & Record<string, unknown>;
      const fetchPage = (cursor: string | undefined) =>
        withTx(input.ctx, (ctx) =>
          list.handler({ ...input, ctx, query: paged ? { ...rest, limit: PAGE_SIZE, cursor } : rest }),
        ) as Promise<{ data: Record<string, unknown>[]; nextCursor?: string | null }>;
      // The first page before any header: a list that refuses (404, 422) answers as it would.
      const first = await fetchPage(undefined);
      const staff = scopeOf(input.ctx).kind === 'all';
      const columns = staff ? allColumns : allColumns.filter((c) => !c.staffOnly);
      async function* rows(): AsyncGenerator<CellValue[]> {
        let page = first;
        for (;;) {
          for (const row of page.data) yield columns.map((c) => c.value(row));
          if (!paged || !page.nextCursor) return;
          page = await fetchPage(page.nextCursor);
        }
      }
      const day = input.ctx.now.toISOString().slice(0, 10);
      const stream: Readable = format === 'xlsx' ? xlsxStream(columns, rows(), name) : csvStream(columns, rows());
      input.reply
        .header('content-type', CONTENT_TYPE[format])
        .header('content-disposition', `attachment; filename="${name}-${day}.${format}"`);
      return stream;
    },
  };
}

/** "partners", "contacts", "fx-rates": the last fixed segment of the list's URL. */
function fileNameOf(url: string): string {
  const segments = url.split('/').filter((s) => s && !s.startsWith(':'));
  return segments.at(-1) ?? 'export';
}

/** A module's routes with an export route after each list route. */
export function withExportRoutes(routes: readonly AnyRouteDef[]): AnyRouteDef[] {
  return routes.flatMap((route) => {
    const exported = exportRouteFor(route);
    return exported ? [route, exported] : [route];
  });
}
