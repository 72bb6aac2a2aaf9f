import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Database } from '../src/db/database.js';
import { onCommit, withTx } from '../src/db/scope.js';
import { createPartner } from '../src/modules/partners/index.js';
import { createWebhook } from '../src/modules/webhooks/webhooks.service.js';
import { buildApp } from '../src/server/app.js';
import { type Config, loadConfig } from '../src/server/config.js';
import { startWorkers } from '../src/server/workers.js';
import { systemCtx } from '../src/shared/context.js';

export type WebhookLatency = { samples: number; p50Ms: number; p99Ms: number; maxMs: number };

const SAMPLES = 100;
const quiet = { info() {}, warn() {}, error() {} };

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/**
 * Commit → received: a webhook subscription to a receiver on 127.0.0.1, then one partner created
 * at a time through the service; each latency runs from the moment its transaction committed
 * (an `onCommit` callback) to the moment the receiver has the request. The app and the
 * `webhooks` worker run as in `consort serve` (the in-process wake, and LISTEN on PostgreSQL).
 */
export async function benchWebhookLatency(database: Database, baseConfig: Config): Promise<WebhookLatency> {
  const config = { ...baseConfig, webhooks: { ...loadConfig({}).webhooks, allowPrivate: true } };
  const arrived = new Map<string, number>();
  const waiting = new Map<string, () => void>();
  const receiver = http.createServer((req, res) => {
    const id = String(req.headers['webhook-id']);
    req.resume();
    req.on('end', () => {
      arrived.set(id, performance.now());
      waiting.get(id)?.();
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const app = await buildApp({ config, database, logger: false });
  const workers = await startWorkers({ database, config, log: quiet }, ['webhooks']);
  try {
    const { port } = receiver.address() as AddressInfo;
    await createWebhook(systemCtx(database.db, 'bench'), config.webhooks, {
      url: `http://127.0.0.1:${port}/bench`,
      events: ['partner.created'],
    });
    const latencies: number[] = [];
    for (let i = 0; i < SAMPLES; i += 1) {
      let committedAt = 0;
      const eventId = await withTx(systemCtx(database.db, 'bench'), async (c) => {
        await createPartner(c, { name: `Webhook bench ${i} ${Date.now()}`, motion: 'channel' });
        onCommit(c, () => {
          committedAt = performance.now();
        });
        return c.pendingEvents.at(-1)?.id ?? '';
      });
      if (!arrived.has(eventId)) {
        await new Promise<void>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`webhook ${i} did not arrive in 10 s`)), 10_000);
          waiting.set(eventId, () => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
      latencies.push((arrived.get(eventId) ?? 0) - committedAt);
    }
    latencies.sort((a, b) => a - b);
    return {
      samples: SAMPLES,
      p50Ms: percentile(latencies, 50),
      p99Ms: percentile(latencies, 99),
      maxMs: latencies.at(-1) ?? 0,
    };
  } finally {
    await app.close();
    await workers.stop();
    await new Promise((resolve) => receiver.close(resolve));
  }
}
