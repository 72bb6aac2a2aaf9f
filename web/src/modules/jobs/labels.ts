import type { Job } from '../../api/types';
import type { AuditVocabulary } from '../../app/module';

export const jobLabels = {
  jobStatus: { queued: 'Queued', running: 'Running', succeeded: 'Succeeded', failed: 'Failed' } satisfies Record<
    Job['status'],
    string
  >,
};

export const jobColors = {
  jobStatus: { queued: 'gray', running: 'blue', succeeded: 'green', failed: 'red' } satisfies Record<Job['status'], string>,
};

type JobLabelSets = typeof jobLabels;
type JobColorSets = typeof jobColors;

declare module '../../app/module' {
  interface LabelSets extends JobLabelSets {}
  interface ColorSets extends JobColorSets {}
}

export const jobAudit: AuditVocabulary = {
  entities: { job: { label: 'Background job' } },
  fields: { status: 'Status', runAt: 'Runs at', maxAttempts: 'Attempts allowed', attempts: 'Attempts', lastError: 'Last error' },
};
