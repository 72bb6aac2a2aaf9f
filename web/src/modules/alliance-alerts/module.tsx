import { IconBuildingBridge } from '@tabler/icons-react';
import type { WebModule } from '../../app/module';
import { mayApp } from '../auth/permissions';
import { allianceAlertAudit } from './labels';

/** The portfolio of strategic partners with "strategic in name only" flags and failure modes (vendor staff). */
export const module: WebModule = {
  routes: [
    {
      path: 'alliances',
      page: () => import('./pages/PortfolioPage').then((m) => m.PortfolioPage),
      allow: (user) => mayApp(user, 'viewAlliancePortfolio'),
    },
  ],
  nav: [
    {
      label: 'Alliances',
      to: '/alliances',
      icon: IconBuildingBridge,
      order: 40,
      apps: ['vendor'],
      visible: (user) => mayApp(user, 'viewAlliancePortfolio'),
    },
  ],
  audit: allianceAlertAudit,
};
