import { and, desc, eq, gt, inArray, lt, type SQL, sql } from 'drizzle-orm';
import { keyset } from '../../db/keyset.js';
import { onCommit, withTx } from '../../db/scope.js';
import { type Ctx, systemCtx, type TxCtx } from '../../shared/context.js';
import { AppError, notFound } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import { type Page, toPage } from '../../shared/paging.js';
import { type AuditedKind, insertAudited, updateAudited } from '../audit/index.js';
import { getSettings } from '../settings/index.js';
import { jobDefs, NOTIFY_CHANNEL, wakeRunners } from './jobs.registry.js';
import { nextTick } from './jobs.rules.js';
import { type JobAttemptRow, type JobRow, type JobStatus, jobAttempts, jobSchedules, jobs } from './jobs.schema.js';

export const DEFAULT_RETRIES = 3;

export type EnqueueOptions = {
  /** Not before this moment (default: now). */
  runAt?: Date;
  /** While a job of this name with this key is queued or running, queueing another does nothing. */
  singletonKey?: string;
  /** Attempts in all (default: the job kind's retries + 1). */
  maxAttempts?: number;
};

function queuedByOf(ctx: Ctx): string {
  const actor = ctx.actor;
  return actor.kind === 'user' ? actor.email : actor.kind === 'system' ? `system (${actor.reason})` : 'anonymous';
}

/**
 * Queues a job in the caller's transaction: it exists, and the runners hear of it, only if that
 * transaction commits. Answers the new job's id, or null when `singletonKey` found one already
 * waiting. A name no module defines is a programming error.
 */
export async function enqueueJob(
  ctx: Ctx,
  name: string,
  payload: Record<string, unknown> = {},
  options: EnqueueOptions = {},
): Promise<string | null> {
  const def = (await jobDefs()).get(name);
  if (!def) throw new Error(`No job named ${name}: a module lists its jobs in its descriptor (jobs: [...])`);
  const maxAttempts = options.maxAttempts ?? (def.retries ?? DEFAULT_RETRIES) + 1;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) throw new Error(`maxAttempts must be a positive integer (${name})`);
  return withTx(ctx, async (c) => {
    const id = newId();
    const runAt = options.runAt ?? c.now;
    // One statement: the row, and a NOTIFY that PostgreSQL delivers to the other processes at
    // commit. No RETURNING: a partner-scoped transaction may queue a job but not read the queue.
    const result = await c.tx.execute(sql`
      INSERT INTO jobs (id, name, payload, status, run_at, max_attempts, singleton_key, queued_by, created_at)
      SELECT ${id}, ${name}, ${JSON.stringify(payload)}::jsonb, 'queued', ${runAt.toISOString()}::timestamptz, ${maxAttempts},
             ${options.singletonKey ?? null}, ${queuedByOf(c)}, ${c.now.toISOString()}::timestamptz
      FROM (SELECT pg_notify(${NOTIFY_CHANNEL}, ${name})) AS announced
      ON CONFLICT DO NOTHING`);
    if (result.rowCount === 0) return null;
    onCommit(c, wakeRunners);
    return id;
  });
}

export type JobProgress = { done: number; total: number | null };

export type JobDto = {
  id: string;
  name: string;
  status: JobStatus;
  payload: Record<string, unknown>;
  runAt: Date;
  attempts: number;
  maxAttempts: number;
  queuedBy: string;
  scheduledFor: Date | null;
  progress: JobProgress | null;
  result: unknown;
  lastError: string | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  /** How long the last attempt took, once it finished. */
  durationMs: number | null;
  can: { retry: boolean };
};

export type JobAttemptDto = Omit<JobAttemptRow, 'id' | 'jobId'>;

/** Progress of the jobs this process runs, fresher than what the runner last wrote. */
export const liveProgress = new Map<string, JobProgress>();

export function toJobDto(row: JobRow): JobDto {
  const live = liveProgress.get(row.id);
  const progress = live ?? (row.progressDone === null ? null : { done: row.progressDone, total: row.progressTotal });
  return {
    id: row.id,
    name: row.name,
    status: row.status,
    payload: row.payload,
    runAt: row.runAt,
    attempts: row.attempts,
    maxAttempts: row.maxAttempts,
    queuedBy: row.queuedBy,
    scheduledFor: row.scheduledFor,
    progress,
    result: row.result ?? null,
    lastError: row.lastError,
    createdAt: row.createdAt,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
    durationMs: row.finishedAt && row.startedAt ? row.finishedAt.getTime() - row.startedAt.getTime() : null,
    can: { retry: row.status === 'failed' },
  };
}

/**
 * The progress of the queued or running job of `name` with `singletonKey`, as its runner last
 * wrote it (or fresher, when this process runs it); null when there is none. Read as the system:
 * the caller has already shown it may see what the job works on (an import run's owner).
 */
export async function jobProgressOf(ctx: Ctx, name: string, singletonKey: string): Promise<JobProgress | null> {
  const [row] = await withTx(systemCtx(ctx.db, 'job progress'), (c) =>
    c.tx
      .select()
      .from(jobs)
      .where(and(eq(jobs.name, name), eq(jobs.singletonKey, singletonKey), inArray(jobs.status, ['queued', 'running']))),
  );
  return row ? toJobDto(row).progress : null;
}

export type JobQuery = { limit: number; cursor?: string; name?: string[]; status?: JobStatus[] };

/** Jobs newest first, by name and status. */
export async function listJobs(ctx: Ctx, query: JobQuery): Promise<Page<JobDto>> {
  return withTx(ctx, async (c) => {
    const ks = keyset('jobs', '-createdAt', { createdAt: jobs.createdAt }, jobs.id, query.cursor);
    const conditions: (SQL | undefined)[] = [
      ks.where,
      query.name?.length ? inArray(jobs.name, query.name) : undefined,
      query.status?.length ? inArray(jobs.status, query.status) : undefined,
    ];
    const rows = await c.tx
      .select()
      .from(jobs)
      .where(and(...conditions))
      .orderBy(...ks.orderBy)
      .limit(query.limit + 1);
    const page = toPage(rows, query.limit, ks.cursorOf);
    return { data: page.data.map(toJobDto), nextCursor: page.nextCursor };
  });
}

export async function getJob(ctx: Ctx, id: string): Promise<JobDto & { attemptsLog: JobAttemptDto[] }> {
  return withTx(ctx, async (c) => {
    const [row] = await c.tx.select().from(jobs).where(eq(jobs.id, id));
    if (!row) throw notFound('job');
    const attempts = await c.tx.select().from(jobAttempts).where(eq(jobAttempts.jobId, id)).orderBy(jobAttempts.attempt);
    return { ...toJobDto(row), attemptsLog: attempts.map(({ id: _id, jobId: _job, ...a }) => a) };
  });
}

export type ScheduleDto = {
  name: string;
  cron: string;
  timeZone: string;
  nextRunAt: Date | null;
  lastRun: JobDto | null;
  /** Failed runs in the last seven days, newest first (at most five listed). */
  failuresLastWeek: number;
  recentFailures: { id: string; finishedAt: Date | null; lastError: string | null }[];
};

const WEEK_MS = 7 * 24 * 3_600_000;

/** Every scheduled job kind: when it runs next (in the organisation's time zone) and how it went. */
export async function listSchedules(ctx: Ctx): Promise<ScheduleDto[]> {
  const scheduled = [...(await jobDefs()).values()].filter((d) => d.schedule).sort((a, b) => a.name.localeCompare(b.name));
  if (scheduled.length === 0) return [];
  const names = scheduled.map((d) => d.name);
  return withTx(ctx, async (c) => {
    const timeZone = (await getSettings(c)).timeZone;
    const rows = await c.tx.select().from(jobSchedules).where(inArray(jobSchedules.name, names));
    const last = await c.tx
      .selectDistinctOn([jobs.name])
      .from(jobs)
      .where(inArray(jobs.name, names))
      .orderBy(jobs.name, desc(jobs.createdAt));
    const failures = await c.tx
      .select({ id: jobs.id, name: jobs.name, finishedAt: jobs.finishedAt, lastError: jobs.lastError })
      .from(jobs)
      .where(and(inArray(jobs.name, names), eq(jobs.status, 'failed'), gt(jobs.finishedAt, new Date(c.now.getTime() - WEEK_MS))))
      .orderBy(desc(jobs.finishedAt))
      .limit(500);
    return scheduled.map((def) => {
      const row = rows.find((r) => r.name === def.name);
      const cron = def.schedule as string;
      // Until a runner has stored it (or after the cron or the time zone changed), computed here.
      const current = row && row.cron === cron && row.timeZone === timeZone;
      const mine = failures.filter((f) => f.name === def.name);
      const lastRow = last.find((j) => j.name === def.name);
      return {
        name: def.name,
        cron,
        timeZone,
        nextRunAt: current ? row.nextRunAt : nextTick(cron, timeZone, c.now),
        lastRun: lastRow ? toJobDto(lastRow) : null,
        failuresLastWeek: mine.length,
        recentFailures: mine.slice(0, 5).map(({ name: _name, ...f }) => f),
      };
    });
  });
}

const JOB: AuditedKind<JobRow> = {
  entityType: 'job',
  partnerIdOf: () => null,
  labelOf: (r) => r.name,
};

/** Queues a scheduled job kind to run at once, beside its schedule (audited: `job.run_requested`). */
export async function runScheduleNow(ctx: Ctx, name: string): Promise<JobDto> {
  const def = (await jobDefs()).get(name);
  if (!def?.schedule) throw notFound('schedule');
  return withTx(ctx, async (c) => {
    const row = await insertAudited(
      c,
      jobs,
      {
        id: newId(),
        name,
        payload: {},
        status: 'queued',
        runAt: c.now,
        maxAttempts: (def.retries ?? DEFAULT_RETRIES) + 1,
        queuedBy: queuedByOf(c),
        createdAt: c.now,
      },
      JOB,
      { event: 'job.run_requested', summary: `Ran ${name} now` },
    );
    onCommit(c, wakeRunners);
    await notify(c, name);
    return toJobDto(row);
  });
}

async function notify(c: TxCtx, name: string): Promise<void> {
  await c.tx.execute(sql`SELECT pg_notify(${NOTIFY_CHANNEL}, ${name})`);
}

/** Gives a failed job another round of attempts, at once (audited: `job.retried`). */
export async function retryJob(ctx: Ctx, id: string): Promise<JobDto> {
  return withTx(ctx, async (c) => {
    const [before] = await c.tx.select().from(jobs).where(eq(jobs.id, id)).for('update');
    if (!before) throw notFound('job');
    if (before.status !== 'failed')
      throw new AppError('CONFLICT', `Only a failed job can be retried; this one is ${before.status}`);
    const def = (await jobDefs()).get(before.name);
    if (!def) throw new AppError('CONFLICT', `No job named ${before.name} is defined any more`);
    const after = await updateAudited(
      c,
      jobs,
      before,
      {
        status: 'queued',
        runAt: c.now,
        maxAttempts: before.attempts + (def.retries ?? DEFAULT_RETRIES) + 1,
        finishedAt: null,
        lockedBy: null,
        lockedUntil: null,
      },
      JOB,
      { event: 'job.retried', summary: `Retried ${before.name}` },
    );
    onCommit(c, wakeRunners);
    await notify(c, before.name);
    return toJobDto(after);
  });
}

/** How long finished jobs are kept. */
export const JOB_RETENTION_DAYS = 30;

/** Deletes jobs that finished (succeeded or failed) before `before`, with their attempts. */
export async function purgeFinishedJobs(ctx: Ctx, before: Date): Promise<number> {
  return withTx(ctx, async (c) => {
    const deleted = await c.tx
      .delete(jobs)
      .where(and(inArray(jobs.status, ['succeeded', 'failed']), lt(jobs.finishedAt, before)))
      .returning({ id: jobs.id });
    return deleted.length;
  });
}
