import { IconBriefcase, IconShare } from '@tabler/icons-react';
import type { WebModule } from '../../app/module';
import { isVendor, mayApp } from '../auth/permissions';
import { opportunityAudit, opportunityColors, opportunityLabels } from './labels';

/** Opportunities and co-sell: the vendor's pipeline, one opportunity, accounts; the portal's shared opportunities. */
export const module: WebModule = {
  portalHomeCards: [
    {
      column: 'main',
      order: 40,
      load: () => import('./components/SharedOpportunitiesCard').then((m) => m.SharedOpportunitiesCard),
    },
  ],
  routes: [
    { path: 'opportunities', page: () => import('./pages/OpportunitiesPage').then((m) => m.OpportunitiesPage) },
    {
      path: 'opportunities/new',
      allow: (user) => mayApp(user, 'manageOpportunities'),
      page: () => import('./pages/NewOpportunityPage').then((m) => m.NewOpportunityPage),
    },
    { path: 'opportunities/:id', page: () => import('./pages/OpportunityPage').then((m) => m.OpportunityPage) },
    { path: 'accounts/:id', allow: isVendor, page: () => import('./pages/AccountPage').then((m) => m.AccountPage) },
  ],
  nav: [
    { label: 'Pipeline', to: '/opportunities', icon: IconBriefcase, order: 52, apps: ['vendor'], group: 'sell' },
    { label: 'Shared opportunities', to: '/opportunities', icon: IconShare, order: 52, apps: ['portal'], group: 'sell' },
  ],
  labels: opportunityLabels,
  colors: opportunityColors,
  audit: opportunityAudit,
};
