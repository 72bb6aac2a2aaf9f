import { IconFileDollar } from '@tabler/icons-react';
import type { WebModule } from '../../app/module';
import { dealRegistrationAudit, dealRegistrationColors, dealRegistrationLabels } from './labels';

/** Deal registration: the list with its filters, one registration's page, the register form (the portal). */
export const module: WebModule = {
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
