import { parseArgs } from 'node:util';
import { DataDirLockedError } from '../db/data-dir-lock.js';
import { pgErrorOf } from '../db/pg-error.js';
import { type Config, ConfigError, loadConfig } from '../server/config.js';
import { describeErrorForLog } from '../server/log-errors.js';
import { ListenError } from '../server/start.js';
import { AppError } from '../shared/errors.js';
import { runCreateAdmin } from './create-admin.js';
import { runDemo } from './demo.js';
import { runImport } from './import.js';
import { runMigrate } from './migrate.js';
import { runServe } from './serve.js';

const USAGE = `Usage: consort <command> [options]

Commands:
  serve          Apply migrations and serve the API and web app (default)
  demo           Like serve, but first load a demo ecosystem into an empty database
  migrate        Apply database migrations and exit
  create-admin   Create an admin user: --email <e-mail> --name <name>, password from
                 CONSORT_ADMIN_PASSWORD or typed on standard input
  import         Import records from CSV: import <partners|contacts|users|fx-rates> <file.csv>
                 [--dry-run] [--map "Header=key"]…; all rows or none, problems listed by row

Configuration comes from the environment: PORT, HOST, CONSORT_DATA_DIR, DATABASE_URL,
CONSORT_ADMIN_EMAIL, CONSORT_ADMIN_PASSWORD, LOG_LEVEL (see README.md).`;

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      'dry-run': { type: 'boolean' },
      map: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const command = positionals[0] ?? 'serve';
  if (values.help || command === 'help') {
    console.log(USAGE);
    return 0;
  }
  // create-admin takes its e-mail and password itself; the start-up pair rule is serve's business.
  const env =
    command === 'create-admin'
      ? Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('CONSORT_ADMIN_')))
      : process.env;
  const config = loadConfig(env);
  try {
    if (command === 'import') {
      return await runImport(config, positionals[1], positionals[2], {
        dryRun: values['dry-run'] === true,
        map: values.map ?? [],
      });
    }
    return await run(command, config, values);
  } catch (error) {
    throw unreachableDatabase(error, config) ?? error;
  }
}

/** A start that could not continue, for a reason the operator can fix; printed as one line. */
class StartupError extends Error {}

const CONNECTION_FAILURES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ECONNRESET']);

/** DATABASE_URL names a server that is not there, or that refuses these credentials or database. */
function unreachableDatabase(error: unknown, config: Config): StartupError | null {
  if (config.database.kind !== 'postgres') return null;
  const code = (error as { code?: unknown }).code;
  const pgCode = pgErrorOf(error)?.code ?? '';
  // 28xxx: authentication; 3D000: no such database.
  if (!(typeof code === 'string' && CONNECTION_FAILURES.has(code)) && !pgCode.startsWith('28') && pgCode !== '3D000') return null;
  const url = new URL(config.database.url);
  const where = `${url.hostname}:${url.port || '5432'}${url.pathname}`;
  return new StartupError(`Could not use the PostgreSQL server in DATABASE_URL (${where}): ${(error as Error).message}`);
}

async function run(command: string, config: Config, values: { email?: string; name?: string }): Promise<number> {
  switch (command) {
    case 'serve':
      await runServe(config);
      return -1;
    case 'demo':
      await runDemo(config);
      return -1;
    case 'migrate':
      await runMigrate(config);
      return 0;
    case 'create-admin':
      return runCreateAdmin(config, { email: values.email, name: values.name });
    default:
      console.error(`Unknown command: ${command}\n\n${USAGE}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    // -1: a server is running and exits on a signal.
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    if (
      error instanceof ConfigError ||
      error instanceof DataDirLockedError ||
      error instanceof ListenError ||
      error instanceof StartupError
    ) {
      console.error(error.message);
      process.exit(1);
    }
    // A rule refused what the environment asked for (e.g. the first admin's password).
    if (error instanceof AppError && error.status < 500) {
      const fields = error.errors.map((e) => `${e.path} ${e.message}`).join('; ');
      console.error(fields || error.message);
      process.exit(1);
    }
    if (error instanceof Error && error.name === 'ParseArgsError') {
      console.error(`${error.message}\n\n${USAGE}`);
      process.exit(2);
    }
    // Never the values of a failed statement (a password hash, an address): see log-errors.ts.
    console.error(describeErrorForLog(error));
    process.exit(1);
  },
);
