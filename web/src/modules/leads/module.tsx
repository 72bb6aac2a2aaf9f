import { IconRoute, IconTargetArrow } from '@tabler/icons-react';
import type { WebModule } from '../../app/module';
import { isVendor, mayApp } from '../auth/permissions';
import { leadAudit, leadColors, leadLabels } from './labels';

/** Leads: the queue with "why this partner", routing rules and the coverage model (vendor); accept or decline (portal). */
export const module: WebModule = {
  portalHomeCards: [
    {
      column: 'main',
      order: 50,
      load: () => import('./components/LeadsToAcceptCard').then((m) => m.LeadsToAcceptCard),
    },
  ],
  routes: [
    { path: 'leads', page: () => import('./pages/LeadsPage').then((m) => m.LeadsPage) },
    { path: 'leads/routing', page: () => import('./pages/RoutingPage').then((m) => m.RoutingPage), allow: isVendor },
    { path: 'leads/:id', page: () => import('./pages/LeadPage').then((m) => m.LeadPage) },
  ],
  nav: [
    { label: 'Leads', to: '/leads', icon: IconTargetArrow, order: 50, apps: ['vendor', 'portal'], group: 'sell' },
    {
      label: 'Coverage & routing',
      to: '/leads/routing',
      icon: IconRoute,
      order: 57,
      apps: ['vendor'],
      group: 'sell',
      visible: (user) => mayApp(user, 'viewLeadRouting'),
    },
  ],
  labels: leadLabels,
  colors: leadColors,
  audit: leadAudit,
};
