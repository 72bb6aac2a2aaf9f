import { IconFileCertificate } from '@tabler/icons-react';
import type { WebModule } from '../../app/module';
import { canChangeStage } from '../auth/permissions';
import { agreementAudit, agreementColors, agreementLabels } from './labels';

/** Agreements: renewals and notice deadlines, every agreement, one agreement's page; partners see their own. */
export const module: WebModule = {
  partnerCards: [
    {
      column: 'main',
      order: 40,
      load: () =>
        import('./components/AgreementsCard').then((m) => (p) => (
          <m.AgreementsCard partnerId={p.partner.id} canDraft={canChangeStage(p.user, p.partner)} />
        )),
    },
  ],
  portalHomeCards: [
    {
      column: 'main',
      order: 110,
      load: () =>
        import('./components/AgreementsCard').then((m) => (p) => <m.AgreementsCard partnerId={p.partner.id} canDraft={false} />),
    },
  ],
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
