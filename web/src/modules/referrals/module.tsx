import { IconShare } from '@tabler/icons-react';
import type { WebModule } from '../../app/module';

/** Referrals and affiliates: links and codes, clicks, sign-ups, customers and commissions (both apps). */
export const module: WebModule = {
  portalHomeCards: [
    {
      column: 'main',
      order: 60,
      load: () => import('./components/ReferralsCard').then((m) => (p) => <m.ReferralsCard partnerId={p.partner.id} />),
    },
  ],
  routes: [{ path: 'referrals', page: () => import('./pages/ReferralsPage').then((m) => m.ReferralsPage) }],
  nav: [{ label: 'Referrals', to: '/referrals', icon: IconShare, order: 55, apps: ['vendor', 'portal'], group: 'sell' }],
  audit: {
    entities: {
      referral_link: { label: 'Referral link', link: () => '/referrals' },
      referral: { label: 'Referral', link: () => '/referrals' },
      referral_commission: { label: 'Referral commission', link: () => '/referrals' },
      referral_submission: { label: 'Referral submission', link: () => '/referrals' },
      referral_settings: { label: 'Referral settings', link: () => '/referrals' },
    },
    fields: {
      code: 'Code',
      destinationUrl: 'Destination',
      archivedAt: 'Archived',
      cookieDays: 'Cookie window (days)',
      allowedDomains: 'Allowed domains',
      trackingKeyHash: 'Tracking key',
      trackingKeyHint: 'Tracking key hint',
      companyName: 'Company',
      contactName: 'Contact',
      contactEmail: 'Contact e-mail',
    },
  },
};
