import { IconBuildingSkyscraper } from '@tabler/icons-react';
import type { WebModule } from '../../app/module';
import { accountPlanAudit, accountPlanColors, accountPlanLabels } from './labels';

/** Joint account plans: the vendor's list and plan pages; the partner's own plans in the portal (same paths). */
export const module: WebModule = {
  portalHomeCards: [
    {
      column: 'main',
      order: 30,
      load: () => import('./components/AccountPlansPortalCard').then((m) => m.AccountPlansPortalCard),
    },
  ],
  routes: [
    { path: 'account-plans', page: () => import('./pages/AccountPlansPage').then((m) => m.AccountPlansPage) },
    { path: 'account-plans/:id', page: () => import('./pages/AccountPlanPage').then((m) => m.AccountPlanPage) },
  ],
  nav: [
    {
      label: 'Account plans',
      to: '/account-plans',
      icon: IconBuildingSkyscraper,
      order: 56,
      apps: ['vendor', 'portal'],
      group: 'sell',
    },
  ],
  labels: accountPlanLabels,
  colors: accountPlanColors,
  audit: accountPlanAudit,
};
