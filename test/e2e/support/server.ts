// The browser suite's Consort server, in a process of its own: embedded PGlite in the folder
// CONSORT_DATA_DIR names, the demo ecosystem loaded before it listens, the built web app served
// with its strict CSP. test/e2e/global-setup.ts starts it and does not wait: the demo loads while
// the in-process suites run, and each browser test file waits for /readyz (wait-for-server.ts).
import { loadDemoData } from '../../../src/modules/demo/index.js';
import { loadConfig } from '../../../src/server/config.js';
import { handleSignals, startServer } from '../../../src/server/start.js';

const started = Date.now();
const server = await startServer(loadConfig(process.env), {
  beforeListen: async (database) => {
    await loadDemoData(database.db);
  },
});
handleSignals(server);
console.log(`e2e server: demo loaded and listening at ${server.url} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
