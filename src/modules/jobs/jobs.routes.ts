import { z } from 'zod';
import { access, defineRoute } from '../../server/route.js';
import { ZCursor, ZIdParams, ZLimit, zAnyOf, zOneOrMore, zPage, zString } from '../../server/schemas.js';
import { JOB_NAME } from './jobs.rules.js';
import { ATTEMPT_OUTCOMES, JOB_STATUSES } from './jobs.schema.js';
import { getJob, listJobs, listSchedules, retryJob, runScheduleNow } from './jobs.service.js';

const ZProgress = z.object({ done: z.number().int(), total: z.number().int().nullable() }).meta({ id: 'JobProgress' });

const ZJob = z
  .object({
    id: z.uuid(),
    name: z.string(),
    status: z.enum(JOB_STATUSES),
    payload: z.record(z.string(), z.unknown()),
    runAt: z.date(),
    attempts: z.number().int(),
    maxAttempts: z.number().int(),
    queuedBy: z.string(),
    scheduledFor: z.date().nullable().describe('The schedule tick this run is, for a scheduled run'),
    progress: ZProgress.nullable(),
    result: z.unknown().describe('What the job answered (JSON), once it succeeded'),
    lastError: z.string().nullable(),
    createdAt: z.date(),
    startedAt: z.date().nullable().describe('When the last attempt started'),
    finishedAt: z.date().nullable(),
    durationMs: z.number().int().nullable().describe('How long the last attempt took, once finished'),
    can: z.object({ retry: z.boolean() }),
  })
  .meta({ id: 'Job' });

const ZJobAttempt = z
  .object({
    attempt: z.number().int(),
    outcome: z.enum(ATTEMPT_OUTCOMES),
    processId: z.string(),
    startedAt: z.date(),
    finishedAt: z.date().nullable(),
    durationMs: z.number().int().nullable(),
    error: z.string().nullable(),
  })
  .meta({ id: 'JobAttempt' });

const ZJobDetail = ZJob.extend({ attemptsLog: z.array(ZJobAttempt) }).meta({ id: 'JobDetail' });

const ZSchedule = z
  .object({
    name: z.string(),
    cron: z.string(),
    timeZone: z.string().describe('The organisation’s time zone, in which the cron expression is read'),
    nextRunAt: z.date().nullable(),
    lastRun: ZJob.nullable(),
    failuresLastWeek: z.number().int(),
    recentFailures: z.array(z.object({ id: z.uuid(), finishedAt: z.date().nullable(), lastError: z.string().nullable() })),
  })
  .meta({ id: 'JobSchedule' });

const ZJobName = zString(100).regex(JOB_NAME, 'must be a job name such as jobs.purge');

export const jobsRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/jobs',
    summary: 'Background jobs, newest first',
    description: 'Filter by `name` and `status` (each one or more, comma-separated); `status=failed` lists the failures.',
    tags: ['jobs'],
    access: access.roles(['admin'], { scope: 'none' }),
    permission: 'job.read',
    query: z.object({
      limit: ZLimit,
      cursor: ZCursor,
      name: zOneOrMore((v) => JOB_NAME.test(v), 'job names').optional(),
      status: zAnyOf(JOB_STATUSES).optional(),
    }),
    response: zPage(ZJob),
    handler: async ({ ctx, query }) => listJobs(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/jobs/schedules',
    summary: 'Scheduled jobs: cron, time zone, next run, last run, recent failures',
    tags: ['jobs'],
    access: access.roles(['admin'], { scope: 'none' }),
    permission: 'jobSchedule.read',
    response: z.object({ data: z.array(ZSchedule) }),
    handler: async ({ ctx }) => ({ data: await listSchedules(ctx) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/jobs/schedules/:name/run',
    summary: 'Run a scheduled job now (beside its schedule)',
    tags: ['jobs'],
    access: access.roles(['admin'], { scope: 'none' }),
    permission: 'jobSchedule.run',
    target: 'jobSchedule',
    status: 201,
    params: z.object({ name: ZJobName }),
    response: ZJob,
    handler: async ({ ctx, params }) => runScheduleNow(ctx, params.name),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/jobs/:id',
    summary: 'One job with each of its attempts',
    tags: ['jobs'],
    access: access.roles(['admin'], { scope: 'none' }),
    permission: 'job.read',
    target: 'job',
    params: ZIdParams,
    response: ZJobDetail,
    handler: async ({ ctx, params }) => getJob(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/jobs/:id/retry',
    summary: 'Give a failed job another round of attempts',
    description: '409 when the job has not failed.',
    tags: ['jobs'],
    access: access.roles(['admin'], { scope: 'none' }),
    permission: 'job.retry',
    target: 'job',
    params: ZIdParams,
    response: ZJob,
    handler: async ({ ctx, params }) => retryJob(ctx, params.id),
  }),
];
