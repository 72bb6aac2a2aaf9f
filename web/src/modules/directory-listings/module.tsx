import { IconWorldSearch } from '@tabler/icons-react';
import type { WebModule } from '../../app/module';
import { isPartnerSide, isVendor } from '../auth/permissions';
import { directoryListingsAudit } from './labels';

/** The public partner directory (/partners-directory) and each partner's own listing. */
export const module: WebModule = {
  partnerCards: [
    {
      column: 'side',
      order: 120,
      load: () =>
        import('./components/DirectoryListingCard').then((m) => (p) => <m.DirectoryListingCard partnerId={p.partner.id} />),
    },
  ],
  portalHomeCards: [
    {
      column: 'side',
      order: 80,
      load: () =>
        import('./components/DirectoryListingPortalCard').then((m) => (p) => (
          <m.DirectoryListingPortalCard partnerId={p.partner.id} />
        )),
    },
  ],
  routes: [
    {
      path: 'partners-directory',
      public: true,
      page: () => import('./pages/PublicDirectoryPage').then((m) => m.PublicDirectoryPage),
    },
    {
      path: 'directory-listings',
      allow: isVendor,
      page: () => import('./pages/DirectoryListingsPage').then((m) => m.DirectoryListingsPage),
    },
    {
      path: 'directory-listing',
      allow: isPartnerSide,
      page: () => import('./pages/DirectoryListingPage').then((m) => m.DirectoryListingPage),
    },
  ],
  nav: [
    {
      label: 'Directory listings',
      to: '/directory-listings',
      icon: IconWorldSearch,
      order: 60,
      apps: ['vendor'],
      group: 'partners',
    },
    {
      label: 'Directory listing',
      to: '/directory-listing',
      icon: IconWorldSearch,
      order: 60,
      apps: ['portal'],
      group: 'partners',
    },
  ],
  audit: directoryListingsAudit,
};
