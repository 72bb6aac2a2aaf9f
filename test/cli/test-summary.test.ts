import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closingLines } from '../../scripts/test-summary.mjs';
import type { RunSummary } from '../support/summary-reporter.js';

/**
 * The closing lines of `npm test`: a real Vitest run of a fixture (passes, a failure, skips) through
 * the summary reporter, and the lines scripts/test.mjs prints from it. Lint and type-check results
 * are not tests: they never change the counts.
 */
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

function runFixture(): RunSummary {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'consort-summary-'));
  dirs.push(dir);
  const file = path.join(dir, 'summary.json');
  const result = spawnSync(
    process.execPath,
    ['node_modules/vitest/vitest.mjs', 'run', '--config', 'test/cli/fixtures/summary/vitest.config.ts'],
    { env: { ...process.env, CONSORT_TEST_SUMMARY: file }, encoding: 'utf8' },
  );
  expect(result.status, result.stdout + result.stderr).toBe(1); // the fixture has one failing test
  return JSON.parse(fs.readFileSync(file, 'utf8')) as RunSummary;
}

describe('the summary of npm test', () => {
  it('counts Vitest tests only, skipped apart, and times each project', () => {
    const summary = runFixture();
    expect({ passed: summary.passed, failed: summary.failed, skipped: summary.skipped }).toEqual({
      passed: 3,
      failed: 1,
      skipped: 2,
    });
    expect(Object.keys(summary.projects).sort()).toEqual(['first', 'second']);
    expect(summary.projects.first).toMatchObject({ files: 1, passed: 1, failed: 1, skipped: 2 });
    expect(summary.projects.second).toMatchObject({ files: 1, passed: 2, failed: 0, skipped: 0 });
    expect(summary.projects.second?.fileSeconds).toBeGreaterThanOrEqual(0.05);
    expect(summary.projects.second?.spanSeconds).toBeGreaterThanOrEqual(0.05);

    const lines = closingLines(summary, ['✘ lint (Biome) failed (see its output above)'], 12.3);
    // The last line: tests only, with skipped ones apart; a failed check is its own line before it.
    expect(lines.at(-1)).toBe('3 passed, 1 failed, 2 skipped');
    expect(lines.at(-2)).toBe('✘ lint (Biome) failed (see its output above)');
    expect(lines).toContain('Total time 12 s.');
    const table = lines.filter((l) => /^ {2}(project|first|second) /.test(l));
    expect(table[0]).toMatch(/project\s+files\s+passed\s+failed\s+skipped\s+file time\s+wall time\s+from/);
    expect(table[1]).toMatch(/^ {2}first\s+1\s+1\s+1\s+2\s+\d+\.\d s\s+\d+\.\d s\s+\d+\.\d s$/);
    expect(table[2]).toMatch(/^ {2}second\s+1\s+2\s+0\s+0\s+\d+\.\d s\s+\d+\.\d s\s+\d+\.\d s$/);
  });
});
