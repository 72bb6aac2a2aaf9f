import { IconBooks } from '@tabler/icons-react';
import type { WebModule } from '../../app/module';
import { resourceAudit, resourceColors, resourceLabels } from './labels';

/** The resource library: the vendor keeps it (gated by program and tier); partners browse, download and co-brand. */
export const module: WebModule = {
  routes: [
    { path: 'resources', page: () => import('./pages/ResourcesPage').then((m) => m.ResourcesPage) },
    { path: 'resources/:id', page: () => import('./pages/ResourcePage').then((m) => m.ResourcePage) },
  ],
  nav: [{ label: 'Resources', to: '/resources', icon: IconBooks, order: 62, apps: ['vendor', 'portal'], group: 'grow' }],
  labels: resourceLabels,
  colors: resourceColors,
  audit: resourceAudit,
};
