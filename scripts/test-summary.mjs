// The closing lines of `npm test` (scripts/test.mjs), from the summary Vitest's reporter wrote
// (test/support/summary-reporter.ts) and the checks that failed.

/**
 * @param {import('../test/support/summary-reporter.ts').RunSummary} summary
 * @param {string[]} problems lines for checks (lint, type-check, …) and run failures, already worded
 * @param {number} totalSeconds the whole `npm test`
 * @returns {string[]} the table of suite times per project, the total, the problems, and the last line
 */
export function closingLines(summary, problems, totalSeconds) {
  const lines = [];
  const projects = Object.entries(summary.projects);
  if (projects.length > 0) {
    const seconds = (/** @type {number} */ s) => `${s.toFixed(1)} s`;
    const rows = [
      ['project', 'files', 'passed', 'failed', 'skipped', 'file time', 'wall time', 'from'],
      ...projects.map(([name, p]) => [
        name,
        String(p.files),
        String(p.passed),
        String(p.failed),
        String(p.skipped),
        seconds(p.fileSeconds),
        seconds(p.spanSeconds),
        seconds(p.fromSeconds ?? 0),
      ]),
    ];
    const width = (/** @type {number} */ i) => Math.max(...rows.map((r) => (r[i] ?? '').length));
    lines.push(
      '',
      'Suite times per Vitest project (file time: import and tests of its files, added up;',
      'wall time: from its first file starting to its last file ending; from: when its first file',
      'started, after the run began):',
      ...rows.map((row) => `  ${row.map((cell, i) => (i === 0 ? cell.padEnd(width(i)) : cell.padStart(width(i)))).join('  ')}`),
    );
  }
  lines.push('', `Total time ${totalSeconds.toFixed(0)} s.`, ...problems);
  // The last line counts Vitest tests only; CI reads it.
  lines.push(`${summary.passed} passed, ${summary.failed} failed, ${summary.skipped} skipped`);
  return lines;
}
