import { IconPresentation } from '@tabler/icons-react';
import type { WebModule } from '../../app/module';
import { isPartnerSide, isVendor } from '../auth/permissions';

/** The QBR pack: a partner's quarter on one page and as a PDF deck (vendor and portal). */
export const module: WebModule = {
  partnerCards: [
    {
      column: 'side',
      order: 185,
      visible: (p) => isVendor(p.user),
      load: () =>
        import('./components/QbrCard').then((m) => (p) => (
          <m.QbrCard partnerId={p.partner.id} base={`/partners/${p.partner.id}/qbr`} />
        )),
    },
  ],
  portalHomeCards: [
    {
      column: 'side',
      order: 110,
      load: () => import('./components/QbrCard').then((m) => (p) => <m.QbrCard partnerId={p.partner.id} base="/qbr" />),
    },
  ],
  routes: [
    { path: 'partners/:id/qbr', allow: isVendor, page: () => import('./pages/QbrPage').then((m) => m.VendorQbrPage) },
    { path: 'qbr', allow: isPartnerSide, page: () => import('./pages/QbrPage').then((m) => m.PortalQbrPage) },
  ],
  nav: [{ label: 'Our QBR', to: '/qbr', icon: IconPresentation, order: 76, apps: ['portal'], group: 'measure' }],
};
