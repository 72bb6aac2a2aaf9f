import { IconClipboardCheck, IconHeartRateMonitor } from '@tabler/icons-react';
import type { WebModule } from '../../app/module';
import { isPartnerSide, isVendor, mayApp } from '../auth/permissions';
import { healthAudit } from './labels';

/** Partner health (vendor) and scorecards (vendor templates and results; the portal's own). */
export const module: WebModule = {
  partnerCards: [
    {
      column: 'side',
      order: 150,
      visible: (p) => isVendor(p.user),
      load: () => import('./components/HealthCard').then((m) => (p) => <m.HealthCard partnerId={p.partner.id} />),
    },
    {
      column: 'main',
      order: 95,
      load: () =>
        import('./components/PartnerScorecardsCard').then((m) => (p) => <m.PartnerScorecardsCard partnerId={p.partner.id} />),
    },
  ],
  portalHomeCards: [
    {
      column: 'main',
      order: 180,
      load: () =>
        import('./components/PartnerScorecardsCard').then((m) => (p) => <m.PartnerScorecardsCard partnerId={p.partner.id} />),
    },
  ],
  routes: [
    { path: 'health', page: () => import('./pages/HealthPage').then((m) => m.HealthPage), allow: (u) => mayApp(u, 'viewHealth') },
    { path: 'scorecards', page: () => import('./pages/ScorecardsPage').then((m) => m.ScorecardsPage), allow: isVendor },
    { path: 'scorecards', page: () => import('./pages/MyScorecardsPage').then((m) => m.MyScorecardsPage), allow: isPartnerSide },
  ],
  nav: [
    {
      label: 'Health',
      to: '/health',
      icon: IconHeartRateMonitor,
      order: 71,
      apps: ['vendor'],
      group: 'measure',
      visible: (u) => mayApp(u, 'viewHealth'),
    },
    { label: 'Scorecards', to: '/scorecards', icon: IconClipboardCheck, order: 72, apps: ['vendor', 'portal'], group: 'measure' },
  ],
  audit: healthAudit,
};
