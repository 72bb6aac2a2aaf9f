import { IconChartDots3 } from '@tabler/icons-react';
import type { WebModule } from '../../app/module';
import { isVendor } from '../auth/permissions';
import { ecosystemColors, ecosystemLabels } from './labels';

/** The ecosystem map: partners as a network of joint opportunities, multi-partner deals and integrations (vendor staff). */
export const module: WebModule = {
  // The partner's neighbours on the partner 360 (vendor staff), with a link to the map centred on it.
  partnerCards: [
    {
      column: 'side',
      order: 170,
      visible: (p) => isVendor(p.user),
      load: () => import('./components/NeighboursCard').then((m) => (p) => <m.NeighboursCard partnerId={p.partner.id} />),
    },
  ],
  routes: [
    {
      path: 'ecosystem-map',
      allow: isVendor,
      page: () => import('./pages/EcosystemMapPage').then((m) => m.EcosystemMapPage),
    },
  ],
  nav: [{ label: 'Ecosystem map', to: '/ecosystem-map', icon: IconChartDots3, order: 74, apps: ['vendor'], group: 'measure' }],
  labels: ecosystemLabels,
  colors: ecosystemColors,
};
