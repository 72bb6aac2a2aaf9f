import { withTx } from '../../db/scope.js';
import type { ModuleDescriptor } from '../../server/module.js';
import { newId } from '../../shared/ids.js';
import { jobsRoutes } from './jobs.routes.js';
import { startJobRunner } from './jobs.runner.js';
import { jobs } from './jobs.schema.js';
import { JOB_RETENTION_DAYS, purgeFinishedJobs } from './jobs.service.js';

export { registerJobDefs } from './jobs.registry.js';
export { type RunnerOptions, startJobRunner } from './jobs.runner.js';
export type { EnqueueOptions, JobDto, JobProgress } from './jobs.service.js';
export { enqueueJob, jobProgressOf } from './jobs.service.js';

/**
 * The durable job queue and cron schedules (docs/decisions/0050): modules list their job kinds in
 * their descriptor (`jobs`), queue one with `enqueueJob`, and the `jobs` worker of every server
 * process runs them; admins see and steer them on the Jobs page.
 */
export const module: ModuleDescriptor = {
  name: 'jobs',
  routes: jobsRoutes,
  appPermissions: (actor) => ({ manageJobs: actor.role === 'admin' }),
  workers: [{ name: 'jobs', start: (runtime) => startJobRunner(runtime) }],
  jobs: [
    {
      name: 'jobs.purge',
      schedule: '7 * * * *',
      async run(ctx) {
        const before = new Date(ctx.now.getTime() - JOB_RETENTION_DAYS * 24 * 3_600_000);
        return { deleted: await purgeFinishedJobs(ctx, before) };
      },
    },
  ],
  recordKinds: [
    {
      name: 'job',
      belongsTo: 'vendor',
      // A failed job (what retry aims at; reading works on any).
      async make(ctx) {
        const id = newId();
        await withTx(ctx, (c) =>
          c.tx.insert(jobs).values({
            id,
            name: 'jobs.purge',
            status: 'failed',
            runAt: c.now,
            attempts: 1,
            maxAttempts: 1,
            lastError: 'made to fail by the authorization matrix',
            finishedAt: c.now,
            queuedBy: 'test',
          }),
        );
        return { id };
      },
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: () => null,
    },
    {
      name: 'jobSchedule',
      belongsTo: 'vendor',
      make: async () => ({ name: 'jobs.purge' }),
      missing: () => ({ name: 'jobs.no-such-job' }),
      partnerOf: () => null,
    },
  ],
};
