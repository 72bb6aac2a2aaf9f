import { sql } from 'drizzle-orm';
import type { TxCtx } from '../shared/context.js';
import { countryName, isCountryCode, retiredCountryCode } from '../shared/locale.js';
import { textProblem } from '../shared/text.js';
import type { Access, ExampleRefs } from './route.js';

/**
 * What a module declares to import a kind of record from CSV (`importers` in its descriptor):
 * the columns a file may have (with the headers other systems' exports use for them), how a cell
 * becomes a value, how a batch of rows is checked against the file so far and the database, and
 * how a checked batch is written. The `imports` module does the rest: upload, header mapping,
 * streaming, dry run, the all-or-nothing commit, progress (docs/development.md, "Adding an importer").
 */
export type ImporterDef<Row extends Record<string, unknown> = Record<string, unknown>, State = unknown> = {
  /** The URL segment and the CLI's word: `POST /api/v1/imports/partners`, `consort import partners`. */
  kind: string;
  /** For people: "Partners". */
  label: string;
  /** Who may import (the route's access declaration and access-table row, e.g. `partner.import`). */
  access: Access;
  permission: `${string}.${string}`;
  columns: readonly ImportColumn[];
  /** A small valid file for the authorization matrix and the API docs. */
  example(refs: ExampleRefs): string;
  /** Fresh per run: what `validate` remembers across batches (names and domains seen so far). */
  newState(): State;
  /**
   * Problems of a batch of rows whose cells parsed: against each other, the rows before (`state`)
   * and the database (one query per lookup per batch, never per row). Runs in the caller's scope.
   * Records what later batches must know in `state` (even for rows with problems).
   */
  validate(ctx: TxCtx, rows: readonly ImportRow<Row>[], state: State): Promise<ImportProblem[]>;
  /** Writes a validated batch in the import's one transaction, set-based, with audit entries and events. */
  commit(ctx: TxCtx, rows: readonly ImportRow<Row>[], state: State): Promise<void>;
};

// biome-ignore lint/suspicious/noExplicitAny: a list of importers of different row types
export type AnyImporterDef = ImporterDef<any, any>;

export type ImportColumn = {
  /** Our column name: the key of the row's value, and a header the file may use as is. */
  key: string;
  label: string;
  required?: boolean;
  /** Headers of other systems' exports that mean this column (Salesforce, HubSpot): case, spaces and punctuation do not matter. */
  aliases?: readonly string[];
  /** What the cell holds, for the mapping screen ("ISO country code or English name"). */
  hint?: string;
  /** A non-empty cell (trimmed) → its value, or a problem. Without it the text is taken as it is (at most 1000 characters). */
  parse?(raw: string): unknown;
};

/** One data row: `row` is its line in a spreadsheet (the header is row 1, the first record row 2). */
export type ImportRow<Row = Record<string, unknown>> = { row: number; values: Row };

export type ImportProblem = { row: number; column: string; message: string };

/** What `parse` answers for a cell it cannot take. */
export class CellProblem {
  constructor(readonly message: string) {}
}

export const cellProblem = (message: string) => new CellProblem(message);

/** Header text → comparable key: "Company Domain Name" and "company_domain_name" are the same. */
export function headerKey(header: string): string {
  return header
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

// Cell parsers for importers -------------------------------------------------------------------

export function textCell(max: number) {
  return (raw: string): unknown => {
    const problem = textProblem(raw);
    if (problem) return cellProblem(problem);
    return raw.length > max ? cellProblem(`must be at most ${max} characters`) : raw;
  };
}

/** "a; b", "a, b" or one per line → a list without duplicates. */
export function listCell(item: (raw: string) => unknown, max = 50) {
  return (raw: string): unknown => {
    const parts = [
      ...new Set(
        raw
          .split(/[;,\n|]/)
          .map((p) => p.trim())
          .filter(Boolean),
      ),
    ];
    if (parts.length > max) return cellProblem(`must have at most ${max} entries`);
    const values: unknown[] = [];
    for (const part of parts) {
      const value = item(part);
      if (value instanceof CellProblem) return cellProblem(`"${part}" ${value.message}`);
      values.push(value);
    }
    return values;
  };
}

/** One of `values`, matched without regard to case, spaces or punctuation; `synonyms` maps other words (keys as headerKey). */
export function choiceCell<T extends string>(values: readonly T[], synonyms: Readonly<Record<string, T>> = {}) {
  const byKey = new Map<string, T>(values.map((v) => [headerKey(v), v]));
  for (const [word, value] of Object.entries(synonyms)) byKey.set(headerKey(word), value);
  return (raw: string): unknown => byKey.get(headerKey(raw)) ?? cellProblem(`must be one of ${values.join(', ')}`);
}

export function booleanCell(raw: string): unknown {
  const key = headerKey(raw);
  if (['true', 'yes', 'y', '1', 'x'].includes(key)) return true;
  if (['false', 'no', 'n', '0'].includes(key)) return false;
  return cellProblem('must be true or false');
}

export function dateCell(raw: string): unknown {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  if (!match) return cellProblem('must be a date (YYYY-MM-DD)');
  const date = new Date(`${raw}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== raw ? cellProblem('is not a real date') : raw;
}

/** A whole number, "1,200" and "1 200" accepted. */
export function integerCell(raw: string): unknown {
  const cleaned = raw.replace(/[,\s_]/g, '');
  return /^-?\d{1,15}$/.test(cleaned) ? Number(cleaned) : cellProblem('must be a whole number');
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function emailCell(raw: string): unknown {
  return EMAIL.test(raw) && raw.length <= 254 ? raw.toLowerCase() : cellProblem('must be an e-mail address');
}

const COUNTRY_BY_NAME = (() => {
  const byName = new Map<string, string>();
  for (let a = 65; a <= 90; a += 1) {
    for (let b = 65; b <= 90; b += 1) {
      const code = String.fromCharCode(a, b);
      if (isCountryCode(code)) byName.set(countryName(code).toLowerCase(), code);
    }
  }
  const extra: Record<string, string> = {
    usa: 'US',
    'united states of america': 'US',
    america: 'US',
    uk: 'GB',
    'great britain': 'GB',
    england: 'GB',
    scotland: 'GB',
    wales: 'GB',
    'the netherlands': 'NL',
    holland: 'NL',
    'south korea': 'KR',
    korea: 'KR',
    russia: 'RU',
    'czech republic': 'CZ',
    uae: 'AE',
  };
  for (const [name, code] of Object.entries(extra)) byName.set(name, code);
  return byName;
})();

/**
 * The one country cell of every importer: an ISO 3166-1 alpha-2 code ("DE", "de") or an English
 * country name ("Germany", "United States", "USA", "Holland") → the upper-case code.
 */
export function countryCell(raw: string): unknown {
  const upper = raw.toUpperCase();
  if (isCountryCode(upper)) return upper;
  // A retired code the runtime still names (UK, DD, SU, YU) → its ISO 3166-1 successor (GB, DE, RU, RS).
  const current = retiredCountryCode(upper);
  if (current) return current;
  return (
    COUNTRY_BY_NAME.get(raw.toLowerCase().replace(/\s+/g, ' ')) ??
    cellProblem('is not a country (an ISO code such as DE, or its English name)')
  );
}

// Keys seen earlier in the file ------------------------------------------------------------------

let seenSets = 0;

/**
 * The keys (names, domains, e-mails) an import has seen so far in its file, kept in the DATABASE
 * rather than in memory, so that a million-row file costs no more memory than a thousand-row one
 * (decision 0343). A temporary table `import_seen` (set, key → first row), created in the
 * import's own transaction and dropped at its end (`ON COMMIT DROP`; a rollback drops it too),
 * with its primary key as the index: one query and one insert per batch, whatever its size.
 *
 * Put one in the importer's state (`newState: () => ({ names: new SeenKeys('name') })`) and ask
 * each batch `await state.names.earlier(ctx, rows.map(...))`: for each key, the row where it first
 * appeared, if that row is before the one asking (also within the batch). Every key asked about is
 * remembered, as a `Map` in the state would have been.
 */
export class SeenKeys {
  /** Distinguishes the sets of one transaction (two importers, or two states of one). */
  private readonly set: string;
  constructor(label: string) {
    seenSets += 1;
    this.set = `${label}:${seenSets}`;
  }

  /** `entries` (key, row) of a batch, rows ascending → key → the first row it was on, for the keys seen before the row asking. */
  async earlier(
    ctx: TxCtx,
    entries: readonly { key: string; row: number }[],
  ): Promise<(row: number, key: string) => number | undefined> {
    if (entries.length === 0) return () => undefined;
    const first = new Map<string, number>();
    for (const { key, row } of entries) {
      const had = first.get(key);
      if (had === undefined || row < had) first.set(key, row);
    }
    const keys = [...first.keys()];
    await ctx.tx.execute(
      sql`CREATE TEMP TABLE IF NOT EXISTS import_seen (set_id text NOT NULL, key text NOT NULL, row integer NOT NULL, PRIMARY KEY (set_id, key)) ON COMMIT DROP`,
    );
    const found = (
      await ctx.tx.execute(
        sql`SELECT s.key, s.row FROM import_seen s WHERE s.set_id = ${this.set} AND s.key IN (SELECT json_array_elements_text(${JSON.stringify(keys)}::json))`,
      )
    ).rows as unknown as { key: string; row: number }[];
    const known = new Set<string>();
    for (const { key, row } of found) {
      first.set(key, Number(row));
      known.add(key);
    }
    const fresh = keys.filter((k) => !known.has(k));
    if (fresh.length > 0) {
      await ctx.tx.execute(
        sql`INSERT INTO import_seen (set_id, key, row) SELECT ${this.set}, x.key, x.row FROM json_to_recordset(${JSON.stringify(
          fresh.map((key) => ({ key, row: first.get(key) })),
        )}::json) AS x(key text, row integer) ON CONFLICT DO NOTHING`,
      );
    }
    return (row, key) => {
      const at = first.get(key);
      return at !== undefined && at < row ? at : undefined;
    };
  }
}
