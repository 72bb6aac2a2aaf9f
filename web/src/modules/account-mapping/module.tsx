import { IconAffiliate } from '@tabler/icons-react';
import type { WebModule } from '../../app/module';
import { isPartnerSide, isVendor, mayApp } from '../auth/permissions';
import { accountMappingAudit, accountMappingColors, accountMappingLabels } from './labels';

const mayView = (user: Parameters<typeof mayApp>[0]) => mayApp(user, 'viewAccountMapping');

/** Account mapping: the vendor's overview and one partner's mapping; the portal's own mapping with private match. */
export const module: WebModule = {
  portalHomeCards: [
    {
      column: 'main',
      order: 20,
      load: () => import('./components/AccountMappingCard').then((m) => (p) => <m.AccountMappingCard partnerId={p.partner.id} />),
    },
  ],
  routes: [
    {
      path: 'account-mapping',
      allow: (user) => isVendor(user) && mayView(user),
      page: () => import('./pages/AccountMappingOverviewPage').then((m) => m.AccountMappingOverviewPage),
    },
    {
      path: 'account-mapping',
      allow: isPartnerSide,
      page: () => import('./pages/PartnerAccountMappingPage').then((m) => m.PortalAccountMappingPage),
    },
    {
      path: 'partners/:id/account-mapping',
      allow: (user) => isVendor(user) && mayView(user),
      page: () => import('./pages/PartnerAccountMappingPage').then((m) => m.VendorPartnerAccountMappingPage),
    },
  ],
  nav: [
    {
      label: 'Account mapping',
      to: '/account-mapping',
      icon: IconAffiliate,
      order: 54,
      apps: ['vendor', 'portal'],
      group: 'sell',
      visible: mayView,
    },
  ],
  labels: accountMappingLabels,
  colors: accountMappingColors,
  audit: accountMappingAudit,
};
