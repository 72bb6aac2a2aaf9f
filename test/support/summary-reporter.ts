import fs from 'node:fs';
import type { Reporter, TestModule } from 'vitest/node';

export type ProjectSummary = {
  files: number;
  passed: number;
  failed: number;
  skipped: number;
  /** Sum over its files of import and test time (what the files cost, in whatever parallelism). */
  fileSeconds: number;
  /** Wall-clock time from its first file starting to its last file ending. */
  spanSeconds: number;
  /** When its first file started, in seconds after the run began (shows which projects overlapped). */
  fromSeconds: number;
};

export type RunSummary = {
  passed: number;
  failed: number;
  skipped: number;
  /** Errors outside any test (an unhandled rejection, a failing global setup's aftermath). */
  unhandledErrors: number;
  projects: Record<string, ProjectSummary>;
};

/** The api and api-postgres projects run the same files: a file is known by project and path. */
const key = (module: TestModule) => `${module.project.name}\0${module.moduleId}`;

/**
 * Counts test results and times per Vitest project, prints one line per project, and writes the
 * summary where scripts/test.mjs reads it (CONSORT_TEST_SUMMARY) for the run's closing table and
 * last line ("N passed, N failed, N skipped": tests only, skipped ones apart).
 */
export default class SummaryReporter implements Reporter {
  private readonly started = new Map<string, number>();
  private readonly ended = new Map<string, number>();
  private runStarted = Date.now();

  onTestRunStart() {
    this.runStarted = Date.now();
  }

  onTestModuleStart(module: TestModule) {
    this.started.set(key(module), Date.now());
  }

  onTestModuleEnd(module: TestModule) {
    this.ended.set(key(module), Date.now());
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>) {
    const perProject = new Map<string, ProjectSummary & { first: number; last: number }>();
    for (const module of testModules) {
      const name = module.project.name || 'default';
      const p = perProject.get(name) ?? {
        files: 0,
        passed: 0,
        failed: 0,
        skipped: 0,
        fileSeconds: 0,
        spanSeconds: 0,
        fromSeconds: 0,
        first: Number.POSITIVE_INFINITY,
        last: 0,
      };
      p.files += 1;
      let tests = 0;
      for (const test of module.children.allTests()) {
        tests += 1;
        const state = test.result().state;
        if (state === 'passed') p.passed += 1;
        else if (state === 'failed') p.failed += 1;
        else p.skipped += 1;
      }
      // A file that failed before running any test (import error, failing hook) is a failure.
      if (tests === 0 && module.state() === 'failed') p.failed += 1;
      const d = module.diagnostic();
      p.fileSeconds += (d.collectDuration + d.setupDuration + d.duration) / 1000;
      const start = this.started.get(key(module));
      const end = this.ended.get(key(module));
      if (start !== undefined && end !== undefined) {
        p.first = Math.min(p.first, start);
        p.last = Math.max(p.last, end);
      }
      perProject.set(name, p);
    }
    const summary: RunSummary = { passed: 0, failed: 0, skipped: 0, unhandledErrors: unhandledErrors.length, projects: {} };
    for (const [name, { first, last, ...p }] of perProject) {
      p.spanSeconds = last > first ? (last - first) / 1000 : 0;
      p.fromSeconds = Number.isFinite(first) ? Math.max(0, (first - this.runStarted) / 1000) : 0;
      console.log(`  ${name.padEnd(14)} ${p.passed} passed, ${p.failed} failed, ${p.skipped} skipped`);
      summary.passed += p.passed;
      summary.failed += p.failed;
      summary.skipped += p.skipped;
      summary.projects[name] = p;
    }
    const out = process.env.CONSORT_TEST_SUMMARY;
    if (out) fs.writeFileSync(out, JSON.stringify(summary));
  }
}
