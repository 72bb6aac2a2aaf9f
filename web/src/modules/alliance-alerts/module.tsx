import { IconBuildingBridge } from '@tabler/icons-react';
import type { WebModule } from '../../app/module';
import { isVendor, mayApp } from '../auth/permissions';
import { allianceAlertAudit } from './labels';

/** The portfolio of strategic partners with "strategic in name only" flags and failure modes (vendor staff). */
export const module: WebModule = {
  partnerCards: [
    {
      column: 'side',
      order: 100,
      visible: (p) => isVendor(p.user),
      load: () => import('./components/AllianceAlertsCard').then((m) => (p) => <m.AllianceAlertsCard partnerId={p.partner.id} />),
    },
  ],
  routes: [
    {
      path: 'alliance-portfolio',
      page: () => import('./pages/PortfolioPage').then((m) => m.PortfolioPage),
      allow: (user) => mayApp(user, 'viewAlliancePortfolio'),
    },
  ],
  nav: [
    {
      label: 'Portfolio',
      to: '/alliance-portfolio',
      icon: IconBuildingBridge,
      order: 41,
      apps: ['vendor'],
      group: 'alliances',
      visible: (user) => mayApp(user, 'viewAlliancePortfolio'),
    },
  ],
  audit: allianceAlertAudit,
};
