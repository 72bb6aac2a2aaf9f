import os from 'node:os';
import { and, eq, inArray, lte, sql } from 'drizzle-orm';
import pg from 'pg';
import { withTx } from '../../db/scope.js';
import type { JobDef, RunningWorker, WorkerRuntime } from '../../server/module.js';
import { systemCtx, type TxCtx } from '../../shared/context.js';
import { emitEvent } from '../events/index.js';
import { getSettings } from '../settings/index.js';
import { addWaker, jobDefs, NOTIFY_CHANNEL } from './jobs.registry.js';
import { afterFailure, errorText, nextTick, storedResult } from './jobs.rules.js';
import { type JobRow, jobAttempts, jobSchedules, jobs } from './jobs.schema.js';
import { liveProgress } from './jobs.service.js';

export type RunnerOptions = {
  /** How often it looks for due jobs without being woken (ms). */
  pollMs?: number;
  /** Jobs this process runs at once. */
  concurrency?: number;
  /** How long a claimed job stays this process's without a sign of life (ms); renewed while it runs. */
  leaseMs?: number;
  /** How long stop() waits for running jobs (ms). */
  stopTimeoutMs?: number;
  /** Name of this runner in the jobs it claims (default: host, pid and a random suffix). */
  processId?: string;
};

type Running = { job: JobRow; def: JobDef; abort: AbortController; dirty: boolean; done: Promise<void> };

const DEFAULT_TIMEOUT_SECONDS = 600;
const DEFAULT_RETRY_DELAY_SECONDS = 30;

/**
 * The job runner of one process (docs/decisions/0050): claims due jobs with `FOR UPDATE SKIP
 * LOCKED` under a lease, runs up to `concurrency` at once, records each attempt, retries with
 * backoff, queues each schedule tick once, and renews its leases and writes progress about once a
 * second. Every statement is its own short transaction (withTx), never inside a job's.
 */
export async function startJobRunner(
  runtime: WorkerRuntime,
  options: RunnerOptions = {},
): Promise<RunningWorker & { wake(): void }> {
  const { database, log } = runtime;
  const pollMs = options.pollMs ?? 1000;
  const concurrency = options.concurrency ?? (database.kind === 'pglite' ? 2 : 4);
  const leaseMs = options.leaseMs ?? 60_000;
  const stopTimeoutMs = options.stopTimeoutMs ?? 10_000;
  const me = options.processId ?? `${os.hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`;
  const defs = await jobDefs();
  const names = [...defs.keys()];
  const scheduled = [...defs.values()].filter((d) => d.schedule);
  const ctx = () => systemCtx(database.db, 'jobs');
  const running = new Map<string, Running>();

  let stopping = false;
  let timer: NodeJS.Timeout | undefined;
  let ticking: Promise<void> | null = null;
  let again = false;
  let nextScheduleCheck = 0;
  let nextReap = 0;
  let nextLeaseRenewal = 0;

  const wake = () => {
    if (stopping) return;
    if (ticking) {
      again = true;
      return;
    }
    clearTimeout(timer);
    ticking = tick()
      .catch((error: unknown) => log.error({ err: error }, 'the job runner failed a round; it tries again'))
      .finally(() => {
        ticking = null;
        if (stopping) return;
        if (again) {
          again = false;
          setImmediate(wake);
        } else timer = setTimeout(wake, pollMs);
      });
  };

  async function tick(): Promise<void> {
    const now = Date.now();
    await heartbeat(now);
    if (now >= nextReap) {
      nextReap = now + Math.min(5000, leaseMs / 4);
      await reapLost(new Date(now));
    }
    if (scheduled.length > 0 && now >= nextScheduleCheck) nextScheduleCheck = await queueDueTicks(new Date(now));
    const free = concurrency - running.size;
    if (free <= 0 || names.length === 0 || stopping) return;
    const claimed = await claim(free, new Date(now));
    for (const job of claimed) start(job);
    if (claimed.length === free) again = true;
  }

  /** Renews the leases of running jobs and writes their progress: when it changed, or a third into the lease. */
  async function heartbeat(now: number): Promise<void> {
    const renew = now >= nextLeaseRenewal;
    const due = [...running.values()].filter((r) => renew || r.dirty);
    if (due.length === 0) return;
    if (renew) nextLeaseRenewal = now + leaseMs / 3;
    await withTx(ctx(), async (c) => {
      for (const r of due) {
        const progress = liveProgress.get(r.job.id);
        r.dirty = false;
        await c.tx
          .update(jobs)
          .set({
            lockedUntil: new Date(now + leaseMs),
            ...(progress ? { progressDone: progress.done, progressTotal: progress.total } : {}),
          })
          .where(and(eq(jobs.id, r.job.id), eq(jobs.lockedBy, me), eq(jobs.status, 'running')));
      }
    });
  }

  /** Jobs whose process stopped (lease over): another attempt, or failed when none is left. */
  async function reapLost(now: Date): Promise<void> {
    await withTx(ctx(), async (c) => {
      const lost = await c.tx
        .select()
        .from(jobs)
        .where(and(eq(jobs.status, 'running'), lte(jobs.lockedUntil, now)))
        .for('update', { skipLocked: true })
        .limit(100);
      for (const job of lost) {
        const error = 'the process running it stopped before it finished (its lease ran out)';
        await c.tx
          .update(jobAttempts)
          .set({ outcome: 'lost', finishedAt: now, error })
          .where(and(eq(jobAttempts.jobId, job.id), eq(jobAttempts.attempt, job.attempts)));
        const decision = afterFailure(job, now, retryDelayOf(job.name), Math.random());
        await c.tx
          .update(jobs)
          .set({
            status: decision.retry ? 'queued' : 'failed',
            runAt: decision.retry ? decision.runAt : job.runAt,
            finishedAt: decision.retry ? null : now,
            lockedBy: null,
            lockedUntil: null,
            lastError: error,
          })
          .where(eq(jobs.id, job.id));
        if (!decision.retry) await emitFailed(c, job, error);
        log.warn({ job: job.id, name: job.name, retry: decision.retry }, 'a job was lost with its process');
      }
    });
  }

  async function claim(limit: number, now: Date): Promise<JobRow[]> {
    return withTx(ctx(), async (c) => {
      const due = await c.tx
        .select({ id: jobs.id })
        .from(jobs)
        .where(and(eq(jobs.status, 'queued'), lte(jobs.runAt, now), inArray(jobs.name, names)))
        .orderBy(jobs.runAt, jobs.id)
        .limit(limit)
        .for('update', { skipLocked: true });
      if (due.length === 0) return [];
      const claimed = await c.tx
        .update(jobs)
        .set({
          status: 'running',
          attempts: sql`${jobs.attempts} + 1`,
          lockedBy: me,
          lockedUntil: new Date(now.getTime() + leaseMs),
          startedAt: now,
        })
        .where(
          inArray(
            jobs.id,
            due.map((d) => d.id),
          ),
        )
        .returning();
      await c.tx
        .insert(jobAttempts)
        .values(claimed.map((j) => ({ jobId: j.id, attempt: j.attempts, processId: me, startedAt: now })));
      return claimed;
    });
  }

  function start(job: JobRow): void {
    const def = defs.get(job.name) as JobDef;
    const abort = new AbortController();
    const entry: Running = { job, def, abort, dirty: false, done: Promise.resolve() };
    running.set(job.id, entry);
    entry.done = execute(entry).finally(() => {
      running.delete(job.id);
      liveProgress.delete(job.id);
      wake();
    });
  }

  async function execute(entry: Running): Promise<void> {
    const { job, def, abort } = entry;
    const startedAt = Date.now();
    const timeoutMs = (def.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS) * 1000;
    let timeout: NodeJS.Timeout | undefined;
    let outcome: { ok: true; value: unknown } | { ok: false; error: unknown; timedOut: boolean };
    try {
      const handle = {
        id: job.id,
        attempt: job.attempts,
        signal: abort.signal,
        progress(done: number, total: number | null) {
          liveProgress.set(job.id, { done: Math.trunc(done), total: total === null ? null : Math.trunc(total) });
          entry.dirty = true;
        },
      };
      const timedOut = new Promise<never>((_, reject) => {
        timeout = setTimeout(() => {
          abort.abort(new Error(`timed out after ${timeoutMs / 1000} s`));
          reject(new TimeoutError(`timed out after ${timeoutMs / 1000} s`));
        }, timeoutMs);
      });
      const value = await Promise.race([def.run(systemCtx(database.db, `job ${job.name}`), job.payload, handle), timedOut]);
      outcome = { ok: true, value };
    } catch (error) {
      outcome = { ok: false, error, timedOut: error instanceof TimeoutError };
      log.warn({ err: error, job: job.id, name: job.name, attempt: job.attempts }, 'a job attempt failed');
    } finally {
      clearTimeout(timeout);
    }
    const finishedAt = new Date();
    const durationMs = finishedAt.getTime() - startedAt;
    try {
      await finish(entry, outcome, finishedAt, durationMs);
    } catch (error) {
      // Its lease runs out and another attempt follows: a job may run more than once, never lost.
      log.error({ err: error, job: job.id, name: job.name }, 'could not record the end of a job');
    }
  }

  async function finish(
    entry: Running,
    outcome: { ok: true; value: unknown } | { ok: false; error: unknown; timedOut: boolean },
    now: Date,
    durationMs: number,
  ): Promise<void> {
    const { job } = entry;
    const progress = liveProgress.get(job.id);
    await withTx(ctx(), async (c) => {
      const mine = and(eq(jobs.id, job.id), eq(jobs.lockedBy, me), eq(jobs.status, 'running'));
      const error = outcome.ok ? null : errorText(outcome.error);
      await c.tx
        .update(jobAttempts)
        .set({
          outcome: outcome.ok ? 'succeeded' : outcome.timedOut ? 'timed_out' : 'failed',
          finishedAt: now,
          durationMs,
          error,
        })
        .where(and(eq(jobAttempts.jobId, job.id), eq(jobAttempts.attempt, job.attempts)));
      const progressSet = progress ? { progressDone: progress.done, progressTotal: progress.total } : {};
      if (outcome.ok) {
        await c.tx
          .update(jobs)
          .set({
            status: 'succeeded',
            result: storedResult(outcome.value),
            lastError: null,
            finishedAt: now,
            lockedBy: null,
            lockedUntil: null,
            ...progressSet,
          })
          .where(mine);
        return;
      }
      const decision = afterFailure(job, now, retryDelayOf(job.name), Math.random());
      const [updated] = await c.tx
        .update(jobs)
        .set({
          status: decision.retry ? 'queued' : 'failed',
          runAt: decision.retry ? decision.runAt : job.runAt,
          finishedAt: decision.retry ? null : now,
          lastError: error,
          lockedBy: null,
          lockedUntil: null,
          ...progressSet,
        })
        .where(mine)
        .returning({ id: jobs.id });
      if (updated && !decision.retry) await emitFailed(c, job, error ?? '');
    });
  }

  function retryDelayOf(name: string): number {
    return (defs.get(name)?.retryDelaySeconds ?? DEFAULT_RETRY_DELAY_SECONDS) * 1000;
  }

  /**
   * Queues every schedule tick that is due, once across processes: the schedule's row is locked
   * (SKIP LOCKED) and moved on in the transaction that queues the tick, and a tick's job is unique
   * by name and tick. Missed ticks (every process was down) are queued once, not one by one.
   * Answers when to look again.
   */
  async function queueDueTicks(now: Date): Promise<number> {
    return withTx(ctx(), async (c) => {
      const timeZone = (await getSettings(c)).timeZone;
      const rows = await c.tx
        .select()
        .from(jobSchedules)
        .where(
          inArray(
            jobSchedules.name,
            scheduled.map((d) => d.name),
          ),
        )
        .for('update', { skipLocked: true });
      let soonest = now.getTime() + 60_000;
      for (const def of scheduled) {
        const cron = def.schedule as string;
        const row = rows.find((r) => r.name === def.name);
        if (!row) {
          // New, or locked by another process this moment (then this insert does nothing).
          const first = nextTick(cron, timeZone, now);
          if (first) {
            await c.tx
              .insert(jobSchedules)
              .values({ name: def.name, cron, timeZone, nextRunAt: first, updatedAt: now })
              .onConflictDoNothing();
            soonest = Math.min(soonest, first.getTime());
          }
          continue;
        }
        if (row.cron !== cron || row.timeZone !== timeZone) {
          const next = nextTick(cron, timeZone, now);
          if (next) {
            await c.tx
              .update(jobSchedules)
              .set({ cron, timeZone, nextRunAt: next, updatedAt: now })
              .where(eq(jobSchedules.name, def.name));
            soonest = Math.min(soonest, next.getTime());
          }
          continue;
        }
        if (row.nextRunAt > now) {
          soonest = Math.min(soonest, row.nextRunAt.getTime());
          continue;
        }
        await c.tx
          .insert(jobs)
          .values({
            name: def.name,
            payload: {},
            status: 'queued',
            runAt: now,
            maxAttempts: (def.retries ?? 3) + 1,
            scheduledFor: row.nextRunAt,
            queuedBy: 'schedule',
            createdAt: now,
          })
          .onConflictDoNothing();
        const next = nextTick(cron, timeZone, now > row.nextRunAt ? now : row.nextRunAt);
        if (next) {
          await c.tx
            .update(jobSchedules)
            .set({ nextRunAt: next, lastQueuedAt: now, updatedAt: now })
            .where(eq(jobSchedules.name, def.name));
          soonest = Math.min(soonest, next.getTime());
        }
      }
      return soonest;
    });
  }

  async function emitFailed(c: TxCtx, job: JobRow, error: string): Promise<void> {
    await emitEvent(c, {
      name: 'job.failed',
      entityType: 'job',
      entityId: job.id,
      partnerId: null,
      data: { name: job.name, attempts: job.attempts, error },
    });
  }

  // Other processes announce queued jobs with NOTIFY; only a PostgreSQL server has other processes.
  let listener: pg.Client | null = null;
  async function listen(): Promise<void> {
    if (database.kind !== 'postgres' || stopping) return;
    const client = new pg.Client(database.ownerConnection);
    client.on('notification', () => wake());
    client.on('error', (error) => {
      log.warn({ err: error }, 'the job runner lost its LISTEN connection; polling until it is back');
      if (listener === client) listener = null;
      client.end().catch(() => {});
      setTimeout(() => listen().catch(() => {}), 5000).unref();
    });
    await client.connect();
    await client.query(`LISTEN ${NOTIFY_CHANNEL}`);
    listener = client;
  }
  await listen();

  const removeWaker = addWaker(wake);
  wake();
  log.info({ process: me, concurrency, jobs: names.length, schedules: scheduled.length }, 'job runner started');

  return {
    wake,
    async stop() {
      stopping = true;
      removeWaker();
      clearTimeout(timer);
      await listener?.end().catch(() => {});
      listener = null;
      await ticking;
      const inFlight = [...running.values()];
      let bound: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.allSettled(inFlight.map((r) => r.done)),
        new Promise((resolve) => {
          bound = setTimeout(resolve, stopTimeoutMs);
        }),
      ]);
      clearTimeout(bound);
      // Whatever still runs is told to give up; its lease runs out and another process retries it.
      for (const r of running.values()) r.abort.abort(new Error('the process is stopping'));
    },
  };
}

class TimeoutError extends Error {}
