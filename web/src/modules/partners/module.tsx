import { IconBuildingCommunity } from '@tabler/icons-react';
import type { WebModule } from '../../app/module';
import { canCreatePartner, isVendor } from '../auth/permissions';
import { partnerAudit, partnerColors, partnerLabels } from './labels';

/** Partner companies: the list, one partner's page (partner 360), its contacts and lifecycle. */
export const module: WebModule = {
  routes: [
    { path: 'partners', allow: isVendor, page: () => import('./pages/PartnersListPage').then((m) => m.PartnersListPage) },
    {
      path: 'partners/new',
      allow: canCreatePartner,
      page: () => import('./pages/PartnerCreatePage').then((m) => m.PartnerCreatePage),
    },
    { path: 'partners/:id', page: () => import('./pages/PartnerPage').then((m) => m.PartnerPage) },
    { path: 'partners/:id/edit', page: () => import('./pages/PartnerEditPage').then((m) => m.PartnerEditPage) },
  ],
  nav: [{ label: 'Partners', to: '/partners', icon: IconBuildingCommunity, order: 10, apps: ['vendor'], group: 'partners' }],
  labels: partnerLabels,
  colors: partnerColors,
  audit: partnerAudit,
  portalHomeCards: [
    { column: 'main', order: 200, load: () => import('./components/ContactsCard').then((m) => m.OwnContactsCard) },
  ],
};
