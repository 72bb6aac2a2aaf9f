import { IconPlugConnected } from '@tabler/icons-react';
import type { WebModule } from '../../app/module';
import { integrationColors, integrationLabels, integrationsAudit } from './labels';

/** Integration listings of technology and ISV partners: the compatibility matrix and certification. */
export const module: WebModule = {
  partnerCards: [
    {
      column: 'main',
      order: 10,
      load: () => import('./components/IntegrationsCard').then((m) => (p) => <m.IntegrationsCard partner={p.partner} />),
    },
  ],
  portalHomeCards: [
    {
      column: 'side',
      order: 90,
      load: () =>
        import('./components/IntegrationsPortalCard').then((m) => (p) => <m.IntegrationsPortalCard partnerId={p.partner.id} />),
    },
  ],
  routes: [{ path: 'integrations', page: () => import('./pages/IntegrationsPage').then((m) => m.IntegrationsPage) }],
  nav: [
    {
      label: 'Integrations',
      to: '/integrations',
      icon: IconPlugConnected,
      order: 45,
      apps: ['vendor', 'portal'],
      group: 'partners',
    },
  ],
  labels: integrationLabels,
  colors: integrationColors,
  audit: integrationsAudit,
};
