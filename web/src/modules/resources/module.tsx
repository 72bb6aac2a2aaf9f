import { IconBooks } from '@tabler/icons-react';
import type { WebModule } from '../../app/module';
import { isVendor } from '../auth/permissions';
import { resourceAudit, resourceColors, resourceLabels } from './labels';

/** The resource library: the vendor keeps it (gated by program and tier); partners browse, download and co-brand. */
export const module: WebModule = {
  partnerCards: [
    {
      column: 'side',
      order: 110,
      visible: (p) => isVendor(p.user),
      load: () =>
        import('./components/PartnerResourcesCard').then((m) => (p) => <m.PartnerResourcesCard partnerId={p.partner.id} />),
    },
  ],
  portalHomeCards: [
    {
      column: 'side',
      order: 60,
      load: () => import('./components/NewResourcesCard').then((m) => m.NewResourcesCard),
    },
  ],
  routes: [
    { path: 'resources', page: () => import('./pages/ResourcesPage').then((m) => m.ResourcesPage) },
    { path: 'resources/:id', page: () => import('./pages/ResourcePage').then((m) => m.ResourcePage) },
  ],
  nav: [{ label: 'Resources', to: '/resources', icon: IconBooks, order: 62, apps: ['vendor', 'portal'], group: 'grow' }],
  labels: resourceLabels,
  colors: resourceColors,
  audit: resourceAudit,
};
