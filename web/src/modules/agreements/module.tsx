import { IconFileCertificate } from '@tabler/icons-react';
import type { WebModule } from '../../app/module';
import { agreementAudit, agreementColors, agreementLabels } from './labels';

/** Agreements: renewals and notice deadlines, every agreement, one agreement's page; partners see their own. */
export const module: WebModule = {
  routes: [
    { path: 'agreements', page: () => import('./pages/AgreementsPage').then((m) => m.AgreementsPage) },
    { path: 'agreements/:id', page: () => import('./pages/AgreementPage').then((m) => m.AgreementPage) },
  ],
  nav: [
    {
      label: 'Agreements',
      to: '/agreements',
      icon: IconFileCertificate,
      order: 17,
      apps: ['vendor', 'portal'],
      group: 'partners',
    },
  ],
  labels: agreementLabels,
  colors: agreementColors,
  audit: agreementAudit,
};
