import { type AccessTable, grants } from '../../shared/access-table.js';

/** The job queue is the platform's machinery: only admins see it, run a schedule now or retry a job. */
export const accessTable: AccessTable = {
  job: {
    read: grants({ admin: 'any' }),
    retry: grants({ admin: 'any' }),
  },
  jobSchedule: {
    read: grants({ admin: 'any' }),
    run: grants({ admin: 'any' }),
  },
};
