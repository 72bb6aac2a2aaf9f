import { defineConfig } from 'vitest/config';

/**
 * One run, five suites (see scripts/test.mjs, which adds lint and type-checking in front):
 * - unit: pure rules and helpers beside the code (src/**\/*.test.ts)
 * - api: the HTTP API in-process on embedded PGlite
 * - api-service-wall: the isolation suites on PGlite with row-level security off
 * - api-postgres: the same API suite against a real PostgreSQL server
 * - cli: the `consort` command as a child process (start-up, lock, SIGTERM)
 * - e2e: the web app in a real headless Chromium
 */
export default defineConfig({
  test: {
    reporters: ['default', './test/support/summary-reporter.ts'],
    projects: [
      { test: { name: 'unit', include: ['src/**/*.test.ts'] } },
      {
        test: {
          name: 'api',
          include: ['test/api/**/*.test.ts'],
          env: { CONSORT_TEST_DB: 'pglite' },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          // The isolation suites again with row-level security off: the services alone must hold.
          name: 'api-service-wall',
          include: [
            'test/api/authorization-matrix.test.ts',
            'test/api/partners.test.ts',
            'test/api/users.test.ts',
            'test/api/auth.test.ts',
            'test/api/files.test.ts',
          ],
          env: { CONSORT_TEST_DB: 'pglite', CONSORT_TEST_WALLS: 'service' },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'api-postgres',
          include: ['test/api/**/*.test.ts'],
          env: { CONSORT_TEST_DB: 'postgres' },
          globalSetup: ['test/support/pg-global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'cli',
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
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
