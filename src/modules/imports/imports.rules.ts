/**
 * Import rules: which column of ours each header of a file means. Pure; table-tested beside it.
 */
import { headerKey, type ImportColumn, type ImportProblem } from '../../server/importer.js';

export type MappedHeader = {
  /** The header as the file has it. */
  header: string;
  /** The column key it fills, or null: ignored. */
  column: string | null;
  /** How: the caller said so, we recognised it, or nothing matched / another header had the column. */
  how: 'given' | 'recognised' | 'unknown' | 'duplicate' | 'skipped';
};

export type HeaderMapping = { headers: MappedHeader[]; problems: ImportProblem[] };

/**
 * Maps a file's headers to an importer's columns. A header matches a column by its key, its
 * label or one of its aliases, compared without case, spaces or punctuation ("Company Domain
 * Name" = "company_domain_name"). `given` (header → column key, or null/"" to skip it) overrides
 * what is recognised. Two headers for one column: the first keeps it, the next is ignored.
 * Problems (row 1, the header row): a given mapping naming no column, a header given twice, a
 * required column no header fills.
 */
export function mapHeaders(
  headers: readonly string[],
  columns: readonly ImportColumn[],
  given: Readonly<Record<string, string | null>> = {},
): HeaderMapping {
  const problems: ImportProblem[] = [];
  const byKey = new Map<string, ImportColumn>();
  for (const column of columns) {
    for (const name of [column.key, column.label, ...(column.aliases ?? [])]) {
      const key = headerKey(name);
      if (!byKey.has(key)) byKey.set(key, column);
    }
  }
  const givenByKey = new Map<string, string | null>();
  for (const [header, target] of Object.entries(given)) {
    const column = target ? columns.find((c) => c.key === target || headerKey(c.key) === headerKey(target)) : null;
    if (target && !column) {
      problems.push({ row: 1, column: header, message: `is mapped to "${target}", which is not a column here` });
      continue;
    }
    givenByKey.set(headerKey(header), column?.key ?? null);
  }
  for (const header of Object.keys(given)) {
    if (!headers.some((h) => headerKey(h) === headerKey(header))) {
      problems.push({ row: 1, column: header, message: 'is mapped but the file has no such header' });
    }
  }
  // Explicit mappings first, so a column given to one header is not also recognised in another.
  const taken = new Set<string>();
  const mapped: (MappedHeader | undefined)[] = headers.map((header) => {
    const key = headerKey(header);
    if (!givenByKey.has(key)) return undefined;
    const column = givenByKey.get(key) ?? null;
    if (column === null) return { header, column: null, how: 'skipped' };
    if (taken.has(column)) return { header, column: null, how: 'duplicate' };
    taken.add(column);
    return { header, column, how: 'given' };
  });
  const resolved: MappedHeader[] = headers.map((header, i) => {
    const already = mapped[i];
    if (already) return already;
    const column = byKey.get(headerKey(header));
    if (!column) return { header, column: null, how: 'unknown' };
    if (taken.has(column.key)) return { header, column: null, how: 'duplicate' };
    taken.add(column.key);
    return { header, column: column.key, how: 'recognised' };
  });
  for (const column of columns) {
    if (column.required && !resolved.some((m) => m.column === column.key)) {
      problems.push({ row: 1, column: column.key, message: `is required: no header of the file is mapped to ${column.label}` });
    }
  }
  return { headers: resolved, problems };
}

/** "Header=key" pairs (the CLI's --map, the query's `map`) → a mapping; "Header=" skips the header. */
export function parseMapPairs(pairs: readonly string[]): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const pair of pairs) {
    const at = pair.lastIndexOf('=');
    if (at <= 0) continue;
    const target = pair.slice(at + 1).trim();
    out[pair.slice(0, at).trim()] = target === '' ? null : target;
  }
  return out;
}
