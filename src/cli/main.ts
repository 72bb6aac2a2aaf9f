import { parseArgs } from 'node:util';
import { DataDirLockedError } from '../db/data-dir-lock.js';
import { ConfigError, loadConfig } from '../server/config.js';
import { describeErrorForLog } from '../server/log-errors.js';
import { runCreateAdmin } from './create-admin.js';
import { runDemo } from './demo.js';
import { runMigrate } from './migrate.js';
import { runServe } from './serve.js';

const USAGE = `Usage: consort <command> [options]

Commands:
  serve          Apply migrations and serve the API and web app (default)
  demo           Like serve, but first load a demo ecosystem into an empty database
  migrate        Apply database migrations and exit
  create-admin   Create an admin user: --email <e-mail> --name <name>, password from
                 CONSORT_ADMIN_PASSWORD or typed on standard input

Configuration comes from the environment: PORT, HOST, CONSORT_DATA_DIR, DATABASE_URL,
CONSORT_ADMIN_EMAIL, CONSORT_ADMIN_PASSWORD, LOG_LEVEL (see README.md).`;

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
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
    if (error instanceof ConfigError || error instanceof DataDirLockedError) {
      console.error(error.message);
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
