import { IconBuildingSkyscraper, IconHome } from '@tabler/icons-react';
import type { User } from '../../api/types';
import type { WebModule } from '../../app/module';
import { isPartnerSide } from '../auth/permissions';

const hasCompany = (user: User) => user.partnerId !== null;

/** The partner portal: a partner user's home is their own company, nothing else. */
export const module: WebModule = {
  routes: [{ path: '', allow: isPartnerSide, page: () => import('./pages/PortalHomePage').then((m) => m.PortalHomePage) }],
  nav: [
    { label: 'Portal home', to: '/', icon: IconHome, order: 0, apps: ['portal'], exact: true },
    {
      label: 'Our company',
      to: (user) => `/partners/${user.partnerId}`,
      icon: IconBuildingSkyscraper,
      order: 10,
      apps: ['portal'],
      visible: hasCompany,
    },
  ],
  portalHomeCards: [
    {
      column: 'side',
      order: 70,
      load: () => import('./components/ColleaguesCard').then((m) => (p) => <m.ColleaguesCard partnerId={p.partner.id} />),
    },
  ],
};
