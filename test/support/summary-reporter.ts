import fs from 'node:fs';
import type { Reporter, TestModule } from 'vitest/node';

/**
 * Counts test results across all projects and writes them where scripts/test.mjs reads them to
 * print the run's last line ("N passed, N failed"); also prints per-project counts.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>) {
    const perProject = new Map<string, { passed: number; failed: number; skipped: number }>();
    for (const module of testModules) {
      const name = module.project.name || 'default';
      const counts = perProject.get(name) ?? { passed: 0, failed: 0, skipped: 0 };
      let tests = 0;
      for (const test of module.children.allTests()) {
        tests += 1;
        const state = test.result().state;
        if (state === 'passed') counts.passed += 1;
        else if (state === 'failed') counts.failed += 1;
        else counts.skipped += 1;
      }
      // A file that failed before running any test (import error, failing hook) is a failure.
      if (tests === 0 && module.state() === 'failed') counts.failed += 1;
      perProject.set(name, counts);
    }
    const total = { passed: 0, failed: 0, skipped: 0 };
    for (const [name, c] of perProject) {
      console.log(`  ${name.padEnd(14)} ${c.passed} passed, ${c.failed} failed${c.skipped ? `, ${c.skipped} skipped` : ''}`);
      total.passed += c.passed;
      total.failed += c.failed;
      total.skipped += c.skipped;
    }
    const out = process.env.CONSORT_TEST_SUMMARY;
    if (out) fs.writeFileSync(out, JSON.stringify({ ...total, projects: Object.fromEntries(perProject) }));
  }
}
