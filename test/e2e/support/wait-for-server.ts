import fs from 'node:fs';
import { beforeAll, inject } from 'vitest';

/**
 * Every browser test file first waits for the suite's server (support/server.ts), which loads the
 * demo in its own process while the other suites run. If that process ended, its output says why.
 */
beforeAll(async () => {
  const baseUrl = inject('baseUrl');
  const log = inject('serverLog');
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    const ready = await fetch(new URL('/readyz', baseUrl)).then(
      (res) => res.ok,
      () => false,
    );
    if (ready) return;
    const output = fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : '';
    if (output.includes('e2e server exited') || Date.now() > deadline)
      throw new Error(`The browser suite's server is not ready at ${baseUrl}. Its output:\n${output.slice(-4000)}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}, 11 * 60_000);
