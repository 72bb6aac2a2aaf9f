import { IconFileDollar } from '@tabler/icons-react';
import type { WebModule } from '../../app/module';
import { dealRegistrationAudit, dealRegistrationColors, dealRegistrationLabels } from './labels';

/** Deal registration: the list with its filters, one registration's page, the register form (the portal). */
export const module: WebModule = {
  partnerCards: [
    {
      column: 'main',
      order: 50,
      load: () =>
        import('./components/DealRegistrationsCard').then((m) => (p) => <m.DealRegistrationsCard partnerId={p.partner.id} />),
    },
  ],
  portalHomeCards: [
    {
      column: 'main',
      order: 10,
      load: () =>
        import('./components/DealRegistrationsCard').then((m) => (p) => <m.DealRegistrationsCard partnerId={p.partner.id} />),
    },
  ],
  routes: [
    { path: 'deal-registrations', page: () => import('./pages/DealRegistrationsPage').then((m) => m.DealRegistrationsPage) },
    { path: 'deal-registrations/new', page: () => import('./pages/RegisterDealPage').then((m) => m.RegisterDealPage) },
    { path: 'deal-registrations/:id', page: () => import('./pages/DealRegistrationPage').then((m) => m.DealRegistrationPage) },
  ],
  nav: [
    {
      label: 'Deal registrations',
      to: '/deal-registrations',
      icon: IconFileDollar,
      order: 51,
      apps: ['vendor', 'portal'],
      group: 'sell',
    },
  ],
  labels: dealRegistrationLabels,
  colors: dealRegistrationColors,
  audit: dealRegistrationAudit,
};
