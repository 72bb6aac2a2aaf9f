import { IconClockPlay } from '@tabler/icons-react';
import type { WebModule } from '../../app/module';
import { mayApp } from '../auth/permissions';
import { jobAudit, jobColors, jobLabels } from './labels';

const canManageJobs = (user: Parameters<typeof mayApp>[0]) => mayApp(user, 'manageJobs');

/** Background jobs and their schedules, for admins: next runs, results, failures, run now, retry. */
export const module: WebModule = {
  routes: [{ path: 'jobs', allow: canManageJobs, page: () => import('./pages/JobsPage').then((m) => m.JobsPage) }],
  nav: [{ label: 'Jobs', to: '/jobs', icon: IconClockPlay, order: 88, apps: ['vendor'], group: 'admin', visible: canManageJobs }],
  labels: jobLabels,
  colors: jobColors,
  audit: jobAudit,
};
