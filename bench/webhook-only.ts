/**
 * The webhook latency benchmark alone, on an empty database of each kind (no scale data, no HTTP
 * load): `npx tsx bench/webhook-only.ts [pglite,postgres]`. Commit → received by a receiver on
 * 127.0.0.1, 100 partners created one at a time, with the app and the `webhooks` worker running
 * as `consort serve` runs them (bench/webhook-bench.ts). Quicker than `npm run bench` for
 * comparing changes to the dispatcher; the full bench measures the same after its scale data.
 */
import { onEachDatabase } from './one-case.js';
import { log } from './progress.js';
import { benchWebhookLatency } from './webhook-bench.js';

const kinds = (process.argv[2] ?? 'pglite,postgres').split(',');

await onEachDatabase(kinds, async (database, config) => {
  const latency = await benchWebhookLatency(database, config);
  log(
    `  webhook latency over ${latency.samples} commits: p50 ${latency.p50Ms.toFixed(1)} ms, p99 ${latency.p99Ms.toFixed(1)} ms, max ${latency.maxMs.toFixed(1)} ms`,
  );
});
