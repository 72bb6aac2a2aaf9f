import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTx } from '../../src/db/scope.js';
import { sessions } from '../../src/modules/auth/auth.schema.js';
import { enqueueJob, registerJobDefs } from '../../src/modules/jobs/index.js';
import { jobs } from '../../src/modules/jobs/jobs.schema.js';
import { createSeededApp, type SeededApp } from '../support/harness.js';

/** Runs of the test jobs, by the `key` in their payload. */
const runs = new Map<string, number>();
function count(key: unknown): void {
  runs.set(String(key), (runs.get(String(key)) ?? 0) + 1);
}
/** Jobs that wait until the test lets them go, by key. */
const gates = new Map<string, () => void>();

registerJobDefs([
  {
    name: 'test.count',
    retryDelaySeconds: 0.05,
    run: async (_ctx, payload) => {
      count(payload.key);
      return { counted: payload.key };
    },
  },
  {
    name: 'test.fail',
    retries: 2,
    retryDelaySeconds: 0.05,
    run: async (_ctx, payload) => {
      count(payload.key);
      throw new Error(`failing on purpose (${payload.key})`);
    },
  },
  {
    name: 'test.fail-first',
    retries: 0,
    retryDelaySeconds: 0.05,
    run: async (_ctx, payload, job) => {
      count(payload.key);
      if ((runs.get(String(payload.key)) ?? 0) === 1) throw new Error('the first run fails');
      return { attempt: job.attempt };
    },
  },
  {
    name: 'test.progress',
    run: async (_ctx, payload, job) => {
      job.progress(0, 1000);
      job.progress(420, 1000);
      await new Promise<void>((resolve) => gates.set(String(payload.key), resolve));
      job.progress(1000, 1000);
      return null;
    },
  },
  { name: 'test.slow', timeoutSeconds: 0.2, retries: 0, run: () => new Promise((resolve) => setTimeout(resolve, 2000)) },
  {
    name: 'test.nightly-broken',
    schedule: '0 3 * * *',
    retries: 0,
    run: async () => {
      throw new Error('the nightly report has no data source');
    },
  },
  {
    name: 'test.nightly',
    schedule: '0 2 * * *',
    run: async () => {
      count('nightly');
      return { ok: true };
    },
  },
]);

let t: SeededApp;
beforeAll(async () => {
  t = await createSeededApp({ workers: ['jobs'] });
  await withTx(t.system(), (c) => c.tx.execute(sql`UPDATE organization_settings SET time_zone = 'Europe/Berlin'`));
});
afterAll(async () => t?.close());

let keys = 0;
const newKey = () => `k${++keys}-${Date.now()}`;

async function jobRow(id: string) {
  const [row] = await withTx(t.system(), (c) => c.tx.select().from(jobs).where(eq(jobs.id, id)));
  return row;
}

/** Waits until the job is in one of `statuses` (the runner polls every second). */
async function settled(id: string, statuses = ['succeeded', 'failed'], ms = 15_000) {
  const until = Date.now() + ms;
  for (;;) {
    const row = await jobRow(id);
    if (row && statuses.includes(row.status)) return row;
    if (Date.now() > until) throw new Error(`job ${id} is still ${row?.status}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('the job queue', () => {
  it('runs a queued job once, and keeps its result, attempt and duration', async () => {
    const key = newKey();
    const id = (await enqueueJob(t.system(), 'test.count', { key })) as string;
    const row = await settled(id);
    expect(row.status).toBe('succeeded');
    expect(row.result).toEqual({ counted: key });
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(runs.get(key)).toBe(1);
    const admin = await t.asUser('admin');
    const detail = await admin.GET('/api/v1/jobs/{id}', { params: { path: { id } } });
    expect(detail.data).toMatchObject({ status: 'succeeded', attempts: 1, queuedBy: 'system (test)', can: { retry: false } });
    expect(detail.data?.attemptsLog).toMatchObject([{ attempt: 1, outcome: 'succeeded', error: null }]);
    expect(detail.data?.attemptsLog[0]?.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('queues nothing when the transaction that queued it rolls back', async () => {
    const key = newKey();
    await expect(
      withTx(t.system(), async (c) => {
        await enqueueJob(c, 'test.count', { key });
        throw new Error('the change fails after queueing');
      }),
    ).rejects.toThrow('the change fails');
    await new Promise((resolve) => setTimeout(resolve, 1200));
    const queued = await withTx(t.system(), (c) => c.tx.select().from(jobs).where(sql`${jobs.payload}->>'key' = ${key}`));
    expect(queued).toHaveLength(0);
    expect(runs.get(key)).toBeUndefined();
  });

  it('retries a failing job with backoff, then marks it failed; an admin retries it', async () => {
    const key = newKey();
    const id = (await enqueueJob(t.system(), 'test.fail', { key })) as string;
    const row = await settled(id, ['failed']);
    expect(row).toMatchObject({ attempts: 3, maxAttempts: 3, lastError: `failing on purpose (${key})` });
    expect(runs.get(key)).toBe(3);
    const admin = await t.asUser('admin');
    const detail = await admin.GET('/api/v1/jobs/{id}', { params: { path: { id } } });
    expect(detail.data?.attemptsLog.map((a) => a.outcome)).toEqual(['failed', 'failed', 'failed']);
    expect(detail.data?.can.retry).toBe(true);
    const failures = await admin.GET('/api/v1/jobs', { params: { query: { status: 'failed', name: 'test.fail' } } });
    expect(failures.data?.data.map((j) => j.id)).toContain(id);
    const events = await withTx(t.system(), (c) =>
      c.tx.execute(sql`SELECT name FROM domain_events WHERE entity_id = ${id} AND name = 'job.failed'`),
    );
    expect(events.rows).toHaveLength(1);

    const retried = await admin.POST('/api/v1/jobs/{id}/retry', { params: { path: { id } } });
    expect(retried.response.status).toBe(200);
    expect(retried.data).toMatchObject({ status: 'queued', maxAttempts: 6 });
    expect((await settled(id, ['failed'])).attempts).toBe(6);
    const audit = await admin.GET('/api/v1/audit-events', { params: { query: { entityType: 'job', entityId: id } } });
    expect(audit.data?.data.map((e) => e.summary)).toEqual(['Retried test.fail']);
  });

  it('retries a failed job that then succeeds; retrying a job that has not failed is a conflict', async () => {
    const key = newKey();
    const id = (await enqueueJob(t.system(), 'test.fail-first', { key })) as string;
    expect((await settled(id)).status).toBe('failed');
    const admin = await t.asUser('admin');
    await admin.POST('/api/v1/jobs/{id}/retry', { params: { path: { id } } });
    const row = await settled(id);
    expect(row).toMatchObject({ status: 'succeeded', attempts: 2, result: { attempt: 2 } });
    const again = await admin.POST('/api/v1/jobs/{id}/retry', { params: { path: { id } } });
    expect(again.response.status).toBe(409);
  });

  it('waits for a job queued to run later', async () => {
    const key = newKey();
    const runAt = new Date(Date.now() + 2000);
    const id = (await enqueueJob(t.system(), 'test.count', { key }, { runAt })) as string;
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect((await jobRow(id))?.status).toBe('queued');
    expect(runs.get(key)).toBeUndefined();
    const row = await settled(id);
    expect(row.status).toBe('succeeded');
    expect(row.startedAt?.getTime()).toBeGreaterThanOrEqual(runAt.getTime());
  });

  it('queues one job per singleton key while one waits', async () => {
    const runAt = new Date(Date.now() + 60_000);
    const first = await enqueueJob(t.system(), 'test.count', { key: newKey() }, { runAt, singletonKey: 'only-one' });
    const second = await enqueueJob(t.system(), 'test.count', { key: newKey() }, { runAt, singletonKey: 'only-one' });
    expect(first).toEqual(expect.any(String));
    expect(second).toBeNull();
  });

  it('refuses a job name no module defines (a programming error)', async () => {
    await expect(enqueueJob(t.system(), 'test.nothing', {})).rejects.toThrow('No job named test.nothing');
  });

  it('shows a running job’s progress to others while it runs', async () => {
    const key = newKey();
    const id = (await enqueueJob(t.system(), 'test.progress', { key })) as string;
    await settled(id, ['running']);
    const admin = await t.asUser('admin');
    const until = Date.now() + 5000;
    let progress: unknown = null;
    while (Date.now() < until) {
      progress = (await admin.GET('/api/v1/jobs/{id}', { params: { path: { id } } })).data?.progress;
      if ((progress as { done: number } | null)?.done === 420) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(progress).toEqual({ done: 420, total: 1000 });
    // And in the database too (what another process reads), within about a second.
    const untilWritten = Date.now() + 5000;
    while ((await jobRow(id))?.progressDone !== 420 && Date.now() < untilWritten) await new Promise((r) => setTimeout(r, 100));
    expect((await jobRow(id))?.progressDone).toBe(420);
    gates.get(key)?.();
    expect(await settled(id)).toMatchObject({ status: 'succeeded', progressDone: 1000, progressTotal: 1000 });
  });

  it('fails an attempt that runs past its timeout', async () => {
    const id = (await enqueueJob(t.system(), 'test.slow', {})) as string;
    const row = await settled(id);
    expect(row).toMatchObject({ status: 'failed', lastError: 'timed out after 0.2 s' });
    const admin = await t.asUser('admin');
    const detail = await admin.GET('/api/v1/jobs/{id}', { params: { path: { id } } });
    expect(detail.data?.attemptsLog.map((a) => a.outcome)).toEqual(['timed_out']);
  });

  it('retries a job whose process stopped mid-run, once its lease ran out', async () => {
    const key = newKey();
    const id = (await enqueueJob(t.system(), 'test.count', { key }, { runAt: new Date(Date.now() + 3_600_000) })) as string;
    // As a process that claimed it and died would have left it.
    await withTx(t.system(), async (c) => {
      await c.tx
        .update(jobs)
        .set({
          status: 'running',
          attempts: 1,
          lockedBy: 'a dead process',
          lockedUntil: new Date(Date.now() - 1000),
          startedAt: new Date(),
        })
        .where(eq(jobs.id, id));
      await c.tx.execute(
        sql`INSERT INTO job_attempts (id, job_id, attempt, process_id, started_at) VALUES (gen_random_uuid(), ${id}, 1, 'a dead process', now())`,
      );
    });
    const row = await settled(id, ['succeeded'], 20_000);
    expect(row.attempts).toBe(2);
    expect(runs.get(key)).toBe(1);
    const admin = await t.asUser('admin');
    const detail = await admin.GET('/api/v1/jobs/{id}', { params: { path: { id } } });
    expect(detail.data?.attemptsLog.map((a) => a.outcome)).toEqual(['lost', 'succeeded']);
  });
});

describe('schedules', () => {
  it('lists each scheduled job with its cron, the organisation’s time zone and the next run', async () => {
    const admin = await t.asUser('admin');
    const list = await admin.GET('/api/v1/jobs/schedules');
    expect(list.response.status).toBe(200);
    const names = list.data?.data.map((s) => s.name);
    expect(names).toEqual(
      expect.arrayContaining(['auth.purge-sessions', 'idempotency.purge', 'jobs.purge', 'test.nightly', 'webhooks.purge']),
    );
    const nightly = list.data?.data.find((s) => s.name === 'test.nightly');
    expect(nightly).toMatchObject({ cron: '0 2 * * *', timeZone: 'Europe/Berlin' });
    // 02:00 in Berlin is 01:00 UTC in winter.
    expect(new Date(nightly?.nextRunAt as unknown as string).toISOString()).toMatch(/T01:00:00\.000Z$/);
  });

  it('runs a scheduled job now, audited, and shows it as the last run', async () => {
    const admin = await t.asUser('admin');
    const before = runs.get('nightly') ?? 0;
    const run = await admin.POST('/api/v1/jobs/schedules/{name}/run', { params: { path: { name: 'test.nightly' } } });
    expect(run.response.status).toBe(201);
    const id = run.data?.id as string;
    expect((await settled(id)).status).toBe('succeeded');
    expect(runs.get('nightly')).toBe(before + 1);
    const list = await admin.GET('/api/v1/jobs/schedules');
    expect(list.data?.data.find((s) => s.name === 'test.nightly')?.lastRun).toMatchObject({ id, status: 'succeeded' });
    const audit = await admin.GET('/api/v1/audit-events', { params: { query: { entityType: 'job', entityId: id } } });
    expect(audit.data?.data.map((e) => [e.action, e.summary])).toEqual([['create', 'Ran test.nightly now']]);
    const missing = await admin.POST('/api/v1/jobs/schedules/{name}/run', { params: { path: { name: 'test.count' } } });
    expect(missing.response.status).toBe(404);
  });

  it('counts and lists a schedule’s failed runs of the last week, with their errors', async () => {
    const admin = await t.asUser('admin');
    const schedule = async () =>
      (await admin.GET('/api/v1/jobs/schedules')).data?.data.find((s) => s.name === 'test.nightly-broken');
    expect(await schedule()).toMatchObject({ failuresLastWeek: 0, recentFailures: [] });
    const ids: string[] = [];
    for (const _ of [1, 2]) {
      const run = await admin.POST('/api/v1/jobs/schedules/{name}/run', { params: { path: { name: 'test.nightly-broken' } } });
      ids.push(run.data?.id as string);
      expect((await settled(ids.at(-1) as string)).status).toBe('failed');
    }
    const after = await schedule();
    expect(after).toMatchObject({ failuresLastWeek: 2, lastRun: { id: ids[1], status: 'failed' } });
    expect(after?.recentFailures.map((f) => [f.id, f.lastError])).toEqual([
      [ids[1], 'the nightly report has no data source'],
      [ids[0], 'the nightly report has no data source'],
    ]);
    // The other schedules keep their own count.
    expect((await admin.GET('/api/v1/jobs/schedules')).data?.data.find((s) => s.name === 'test.nightly')?.failuresLastWeek).toBe(
      0,
    );
  });

  it('housekeeping deletes sessions that ended more than a day ago, and keeps the others', async () => {
    const admin = await t.asUser('admin');
    const old = new Date(Date.now() - 3 * 24 * 3_600_000);
    const userId = t.world.users.admin.id;
    const ended = await withTx(t.system(), (c) =>
      c.tx
        .insert(sessions)
        .values([
          { tokenHash: `expired-${newKey()}`, userId, csrfToken: 'x', expiresAt: old },
          {
            tokenHash: `revoked-${newKey()}`,
            userId,
            csrfToken: 'x',
            expiresAt: new Date(Date.now() + 3_600_000),
            revokedAt: old,
          },
        ])
        .returning({ id: sessions.id }),
    );
    const run = await admin.POST('/api/v1/jobs/schedules/{name}/run', { params: { path: { name: 'auth.purge-sessions' } } });
    const row = await settled(run.data?.id as string);
    expect(row).toMatchObject({ status: 'succeeded', result: { deleted: 2 } });
    const left = await withTx(t.system(), (c) =>
      c.tx
        .select()
        .from(sessions)
        .where(and(eq(sessions.userId, userId))),
    );
    expect(left.map((s) => s.id)).not.toContain(ended[0]?.id);
    expect(left.length).toBeGreaterThan(0);
    expect((await admin.GET('/api/v1/me')).response.status).toBe(200);
  });
});
