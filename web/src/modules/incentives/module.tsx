import { IconCoins, IconReceipt2 } from '@tabler/icons-react';
import type { WebModule } from '../../app/module';
import { isPartnerSide, isVendor } from '../auth/permissions';

/** Incentives: plans per program, the earnings ledger and payout batches (vendor); earnings and statements (portal). */
export const module: WebModule = {
  partnerCards: [
    {
      column: 'main',
      order: 94,
      visible: (p) => isVendor(p.user),
      load: () => import('./components/EarningsCard').then((m) => (p) => <m.EarningsCard partnerId={p.partner.id} />),
    },
  ],
  portalHomeCards: [
    {
      column: 'main',
      order: 90,
      load: () => import('./components/EarningsCard').then((m) => () => <m.EarningsCard />),
    },
  ],
  routes: [
    { path: 'incentives', allow: isVendor, page: () => import('./pages/IncentivesPage').then((m) => m.IncentivesPage) },
    { path: 'payouts', allow: isVendor, page: () => import('./pages/PayoutsPage').then((m) => m.PayoutsPage) },
    { path: 'earnings', page: () => import('./pages/EarningsPage').then((m) => m.EarningsPage) },
  ],
  nav: [
    { label: 'Incentives', to: '/incentives', icon: IconCoins, order: 67, apps: ['vendor'], group: 'grow' },
    { label: 'Payouts', to: '/payouts', icon: IconReceipt2, order: 68, apps: ['vendor'], group: 'grow' },
    { label: 'Earnings', to: '/earnings', icon: IconCoins, order: 67, apps: ['portal'], group: 'grow', visible: isPartnerSide },
  ],
  audit: {
    entities: {
      incentive_plan: { label: 'Incentive plan', link: () => '/incentives' },
      incentive_settings: { label: 'Payout settings', link: () => '/payouts' },
      incentive_deal_credit: { label: 'Deal credit', link: () => '/incentives' },
      earning: { label: 'Earning', link: () => '/incentives' },
      payout_batch: { label: 'Payout batch', link: () => '/payouts' },
    },
    fields: {
      effectiveFrom: 'In force from',
      effectiveTo: 'In force to',
      config: 'Terms',
      approvalThreshold: 'Two-approver threshold',
      payoutDay: 'Payout day',
      periodEnd: 'Period end',
      payDate: 'Pay date',
      paymentReference: 'Payment reference',
      approvedAt: 'Approved',
      paidAt: 'Paid',
      cancelledAt: 'Cancelled',
    },
  },
};
