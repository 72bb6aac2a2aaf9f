import { IconCoins } from '@tabler/icons-react';
import type { WebModule } from '../../app/module';
import { mdfAudit, mdfColors, mdfLabels } from './labels';

/** Market development funds: the vendor allocates, decides and pays; partners request, claim and see their balance. */
export const module: WebModule = {
  partnerCards: [
    {
      column: 'side',
      order: 40,
      load: () => import('./components/MdfFundsCard').then((m) => (p) => <m.MdfFundsCard partnerId={p.partner.id} />),
    },
  ],
  portalHomeCards: [
    {
      column: 'side',
      order: 40,
      load: () => import('./components/MdfFundsCard').then((m) => (p) => <m.MdfFundsCard partnerId={p.partner.id} />),
    },
  ],
  routes: [{ path: 'mdf', page: () => import('./pages/MdfPage').then((m) => m.MdfPage) }],
  nav: [{ label: 'MDF', to: '/mdf', icon: IconCoins, order: 66, apps: ['vendor', 'portal'], group: 'grow' }],
  labels: mdfLabels,
  colors: mdfColors,
  audit: mdfAudit,
};
