import { eq, sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../src/db/database.js';
import { prepareDatabase } from '../../src/db/prepare.js';
import { withTx } from '../../src/db/scope.js';
import { enqueueJob, registerJobDefs, startJobRunner } from '../../src/modules/jobs/index.js';
import { jobAttempts, jobs } from '../../src/modules/jobs/jobs.schema.js';
import { loadConfig } from '../../src/server/config.js';
import type { RunningWorker } from '../../src/server/module.js';
import { systemCtx } from '../../src/shared/context.js';
import { createTestDatabaseTarget, testDbKind } from '../support/test-database.js';

/**
 * Two job runners on one PostgreSQL database, each with its own connection pool, LISTEN
 * connection and process id, as two server processes would have (see scale-out.test.ts).
 */
const onPostgres = testDbKind() === 'postgres';

/** Every run of every job, across both "processes". */
const runs: { name: string; key: string; tick: string | null; runner: string }[] = [];

registerJobDefs([
  {
    name: 'scale.tick',
    // Every second, so a few seconds hold several ticks.
    schedule: '* * * * * *',
    run: async (ctx, _payload, job) => {
      const [row] = await withTx(ctx, (c) => c.tx.select().from(jobs).where(eq(jobs.id, job.id)));
      runs.push({ name: 'scale.tick', key: job.id, tick: row?.scheduledFor?.toISOString() ?? null, runner: row?.lockedBy ?? '' });
    },
  },
  {
    name: 'scale.work',
    run: async (_ctx, payload, job) => {
      // A little work, so both runners get some.
      await new Promise((resolve) => setTimeout(resolve, 20));
      runs.push({ name: 'scale.work', key: String(payload.key), tick: null, runner: String(job.id) });
    },
  },
]);

const cleanup: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const fn of cleanup.reverse()) await fn();
});

describe.runIf(onPostgres)('two processes running jobs on one PostgreSQL', () => {
  it('queue each schedule tick once and run each queued job once', async () => {
    const { target, drop } = await createTestDatabaseTarget();
    const databases: Database[] = [await openDatabase(target), await openDatabase(target)];
    cleanup.push(drop, ...databases.map((d) => () => d.close()));
    for (const d of databases) await prepareDatabase(d);
    const config = loadConfig({ LOG_LEVEL: 'silent', DATABASE_URL: target.kind === 'postgres' ? target.url : undefined });
    const log = { info() {}, warn() {}, error() {} };
    const runners: RunningWorker[] = [];
    for (const [i, database] of databases.entries()) {
      runners.push(await startJobRunner({ database, config, log }, { processId: `process-${i + 1}`, pollMs: 200 }));
    }
    let stopped = false;
    const stopAll = async () => {
      if (stopped) return;
      stopped = true;
      for (const r of runners) await r.stop();
    };
    cleanup.push(stopAll);

    // N jobs queued from both processes, each in its own transaction.
    const N = 60;
    await Promise.all(
      Array.from({ length: N }, (_, i) =>
        enqueueJob(systemCtx((databases[i % 2] as Database).db, 'test'), 'scale.work', { key: `w${i}` }),
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 4500));
    await stopAll();

    const work = runs.filter((r) => r.name === 'scale.work');
    expect(work.map((r) => r.key).sort()).toEqual(Array.from({ length: N }, (_, i) => `w${i}`).sort());

    const ticks = runs.filter((r) => r.name === 'scale.tick').map((r) => r.tick);
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    expect(new Set(ticks).size).toBe(ticks.length);
    const ctx = systemCtx(databases[0]!.db, 'test');
    const queued = await withTx(ctx, (c) =>
      c.tx
        .select({ tick: jobs.scheduledFor, n: sql<number>`count(*)::int` })
        .from(jobs)
        .where(eq(jobs.name, 'scale.tick'))
        .groupBy(jobs.scheduledFor),
    );
    expect(queued.every((q) => q.n === 1)).toBe(true);
    // Both processes took part, and no job was attempted twice.
    const attempts = await withTx(ctx, (c) =>
      c.tx
        .select({ processId: jobAttempts.processId, n: sql<number>`count(*)::int` })
        .from(jobAttempts)
        .groupBy(jobAttempts.processId),
    );
    expect(attempts.map((a) => a.processId).sort()).toEqual(['process-1', 'process-2']);
    const twice = await withTx(ctx, (c) => c.tx.select().from(jobAttempts).where(sql`${jobAttempts.attempt} > 1`));
    expect(twice).toHaveLength(0);
  });
});
