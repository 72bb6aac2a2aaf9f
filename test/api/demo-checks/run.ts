import type { TestApp } from '../../support/harness.js';

/** The one demo load every check reads (filled in by demo.test.ts before any test runs). */
export interface DemoRun {
  t: TestApp;
  /** The "now" the demo was loaded with. */
  today: Date;
  /** When loading finished. */
  loadedAt: Date;
}

export const demo = {} as DemoRun;
