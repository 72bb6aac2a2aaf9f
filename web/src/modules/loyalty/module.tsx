import { IconAward, IconGift } from '@tabler/icons-react';
import type { WebModule } from '../../app/module';
import { isPartnerSide, isVendor } from '../auth/permissions';

/** Partner loyalty: the vendor's programme (redemptions, leaderboard, catalogue, points table) and the portal's rewards. */
export const module: WebModule = {
  partnerCards: [
    {
      column: 'main',
      order: 92,
      visible: (p) => isVendor(p.user),
      load: () =>
        import('./components/RewardsPortalCard').then((m) => (p) => <m.RewardsPortalCard partnerId={p.partner.id} vendor />),
    },
  ],
  portalHomeCards: [
    {
      column: 'side',
      order: 30,
      load: () => import('./components/RewardsPortalCard').then((m) => (p) => <m.RewardsPortalCard partnerId={p.partner.id} />),
    },
  ],
  routes: [
    { path: 'loyalty', allow: isVendor, page: () => import('./pages/LoyaltyPage').then((m) => m.LoyaltyPage) },
    { path: 'rewards', allow: isPartnerSide, page: () => import('./pages/RewardsPage').then((m) => m.RewardsPage) },
  ],
  nav: [
    { label: 'Loyalty', to: '/loyalty', icon: IconAward, order: 65, apps: ['vendor'], group: 'grow' },
    { label: 'Rewards', to: '/rewards', icon: IconGift, order: 65, apps: ['portal'], group: 'grow' },
  ],
  audit: {
    entities: {
      loyalty_points: { label: 'Loyalty points', link: (event) => (event.partnerId ? `/partners/${event.partnerId}` : null) },
      loyalty_reward: { label: 'Reward', link: () => '/loyalty' },
      loyalty_redemption: { label: 'Redemption', link: () => '/loyalty' },
      loyalty_rule: { label: 'Points table', link: () => '/loyalty' },
      loyalty_settings: { label: 'Loyalty settings', link: () => '/loyalty' },
    },
    fields: {
      points: 'Points',
      source: 'Earned for',
      pointsCost: 'Points',
      stock: 'Stock',
      active: 'In the catalogue',
      rewardName: 'Reward',
      status: 'Status',
      decisionNote: 'Note',
      pointsExpiryMonths: 'Points expire after (months)',
    },
  },
};
