import { IconTargetArrow } from '@tabler/icons-react';
import type { WebModule } from '../../app/module';
import { planAudit, planColors, planLabels } from './labels';

/** Joint business plans: the vendor's list and plan pages; the partner's own plans in the portal (same paths). */
export const module: WebModule = {
  partnerCards: [
    {
      column: 'main',
      order: 30,
      load: () => import('./components/BusinessPlanCard').then((m) => (p) => <m.BusinessPlanCard partnerId={p.partner.id} />),
    },
  ],
  portalHomeCards: [
    {
      column: 'main',
      order: 160,
      load: () => import('./components/BusinessPlanCard').then((m) => (p) => <m.BusinessPlanCard partnerId={p.partner.id} />),
    },
  ],
  routes: [
    { path: 'business-plans', page: () => import('./pages/PlansPage').then((m) => m.PlansPage) },
    { path: 'business-plans/:id', page: () => import('./pages/PlanPage').then((m) => m.PlanPage) },
  ],
  nav: [
    {
      label: 'Business plans',
      to: '/business-plans',
      icon: IconTargetArrow,
      order: 41,
      apps: ['vendor', 'portal'],
      group: 'alliances',
    },
  ],
  labels: planLabels,
  colors: planColors,
  audit: planAudit,
};
