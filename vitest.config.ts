import { defineConfig } from 'vitest/config';

/**
 * One run, five suites (see scripts/test.mjs, which adds lint and type-checking in front):
 * - unit: pure rules and helpers beside the code (src/**\/*.test.ts)
 * - api: the HTTP API in-process on embedded PGlite
 * - api-service-wall: the isolation suites on PGlite with row-level security off
 * - api-postgres: the same API suite against a real PostgreSQL server
 * - cli: the `consort` command as a child process (start-up, lock, SIGTERM)
 * - e2e: the web app in a real headless Chromium
 *
 * Vitest's default on a 2-core machine is one worker, so every file ran one after another. The
 * in-process suites (unit, api, api-service-wall, api-postgres) run first, two files at a time:
 * each file waits on its database about half the time (1.4× faster on PGlite, 1.6× on PostgreSQL,
 * measured). The CLI suite (which starts servers and measures them) and then the browser suite
 * run after, one file at a time, so nothing else competes with their timings.
 *
 * The in-process suites run without per-file isolation (`isolate: false`): each worker evaluates the
 * application's ~1,000 modules once instead of once per file (about 1.5 s of CPU a file; 14% of a
 * sample's CPU time). Nothing in them mocks modules or stubs globals, and every file builds its own
 * app and database, so files share only code (docs/decisions/0316).
 */
const inProcess = { maxWorkers: 2, sequence: { groupOrder: 0 }, isolate: false };
export default defineConfig({
  test: {
    reporters: ['default', './test/support/summary-reporter.ts'],
    projects: [
      { test: { name: 'unit', include: ['src/**/*.test.ts'], ...inProcess } },
      {
        test: {
          name: 'api',
          include: ['test/api/**/*.test.ts'],
          // The matrix runs with both walls on PostgreSQL and with the service layer alone on PGlite
          // (api-service-wall): see docs/decisions/0158-authorization-matrix-placement.md.
          exclude: ['test/api/authorization-matrix.test.ts'],
          ...inProcess,
          env: { CONSORT_TEST_DB: 'pglite' },
          globalSetup: ['test/support/pglite-global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          // The isolation suites again with row-level security off: the services alone must hold.
          name: 'api-service-wall',
          ...inProcess,
          include: [
            'test/api/authorization-matrix.test.ts',
            'test/api/partners.test.ts',
            'test/api/users.test.ts',
            'test/api/auth.test.ts',
            'test/api/files.test.ts',
          ],
          env: { CONSORT_TEST_DB: 'pglite', CONSORT_TEST_WALLS: 'service' },
          globalSetup: ['test/support/pglite-global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'api-postgres',
          include: ['test/api/**/*.test.ts'],
          ...inProcess,
          env: { CONSORT_TEST_DB: 'postgres' },
          globalSetup: ['test/support/pg-global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'cli',
          maxWorkers: 1,
          sequence: { groupOrder: 1 },
          include: ['test/cli/**/*.test.ts'],
          globalSetup: ['test/cli/build-global-setup.ts', 'test/support/pg-global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          maxWorkers: 1,
          sequence: { groupOrder: 2 },
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          setupFiles: ['test/e2e/support/wait-for-server.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
