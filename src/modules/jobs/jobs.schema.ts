import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgPolicy, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { APP_ROLE, STAFF_ROLE } from '../../db/app-role.js';
import { createdAt, idColumn, tstz } from '../../db/columns.js';

export const JOB_STATUSES = ['queued', 'running', 'succeeded', 'failed'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];
export const ATTEMPT_OUTCOMES = ['running', 'succeeded', 'failed', 'timed_out', 'lost'] as const;
export type AttemptOutcome = (typeof ATTEMPT_OUTCOMES)[number];

/**
 * The job queue (docs/decisions/0050). A row is one job: queued until `runAt`, claimed by one
 * process with `FOR UPDATE SKIP LOCKED` and held under a lease (`lockedUntil`) while it runs, then
 * succeeded or failed after its last attempt. Vendor-only: the staff role (the runner, the admin
 * pages) sees everything; a partner-scoped transaction may only queue one (a partner user's
 * import), never read the queue.
 */
export const jobs = pgTable(
  'jobs',
  {
    id: idColumn(),
    name: text().notNull(),
    payload: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    status: text().$type<JobStatus>().notNull().default('queued'),
    runAt: tstz().notNull(),
    attempts: integer().notNull().default(0),
    maxAttempts: integer().notNull(),
    /** At most one queued or running job per name and key. */
    singletonKey: text(),
    /** The schedule tick this job is (one job per tick, whatever the number of processes). */
    scheduledFor: tstz(),
    /** Who queued it: "schedule", "system (…)", or a user's e-mail. */
    queuedBy: text().notNull().default(''),
    lockedBy: text(),
    lockedUntil: tstz(),
    progressDone: integer(),
    progressTotal: integer(),
    result: jsonb(),
    lastError: text(),
    createdAt: createdAt(),
    startedAt: tstz(),
    finishedAt: tstz(),
  },
  (t) => [
    index('jobs_due_idx').on(t.runAt).where(sql`status = 'queued'`),
    index('jobs_lease_idx').on(t.lockedUntil).where(sql`status = 'running'`),
    index('jobs_name_created_idx').on(t.name, t.createdAt),
    index('jobs_created_idx').on(t.createdAt, t.id),
    uniqueIndex('jobs_singleton_unique').on(t.name, t.singletonKey).where(sql`status IN ('queued', 'running')`),
    uniqueIndex('jobs_schedule_tick_unique').on(t.name, t.scheduledFor),
    pgPolicy('staff_all', { for: 'all', to: STAFF_ROLE, using: sql`true`, withCheck: sql`true` }),
    pgPolicy('partner_enqueue', { for: 'insert', to: APP_ROLE, withCheck: sql`true` }),
  ],
).enableRLS();

/** One attempt of a job: when, how long, and what came of it. */
export const jobAttempts = pgTable(
  'job_attempts',
  {
    id: idColumn(),
    jobId: uuid()
      .notNull()
      .references(() => jobs.id, { onDelete: 'cascade' }),
    attempt: integer().notNull(),
    /** `lost`: the process stopped and its lease ran out. */
    outcome: text().$type<AttemptOutcome>().notNull().default('running'),
    processId: text().notNull(),
    startedAt: tstz().notNull(),
    finishedAt: tstz(),
    durationMs: integer(),
    error: text(),
  },
  (t) => [
    uniqueIndex('job_attempts_job_attempt_unique').on(t.jobId, t.attempt),
    pgPolicy('staff_all', { for: 'all', to: STAFF_ROLE, using: sql`true`, withCheck: sql`true` }),
  ],
).enableRLS();

/**
 * Where each cron schedule stands: the next tick to queue, with the expression and time zone it
 * was computed from (a change of either recomputes it). The process that queues a tick advances
 * `nextRunAt` in the same transaction, holding the row, so a tick is queued once.
 */
export const jobSchedules = pgTable(
  'job_schedules',
  {
    name: text().primaryKey(),
    cron: text().notNull(),
    timeZone: text().notNull(),
    nextRunAt: tstz().notNull(),
    lastQueuedAt: tstz(),
    updatedAt: tstz().notNull().defaultNow(),
  },
  () => [pgPolicy('staff_all', { for: 'all', to: STAFF_ROLE, using: sql`true`, withCheck: sql`true` })],
).enableRLS();

export type JobRow = typeof jobs.$inferSelect;
export type JobAttemptRow = typeof jobAttempts.$inferSelect;
export type JobScheduleRow = typeof jobSchedules.$inferSelect;
