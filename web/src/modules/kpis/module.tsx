import { IconChartDots3, IconChartLine, IconReportMoney } from '@tabler/icons-react';
import type { WebModule } from '../../app/module';
import { isPartnerSide, isVendor } from '../auth/permissions';
import { kpiAudit, kpiLabels } from './labels';

/**
 * Ecosystem KPIs and ROI (vendor), and each partner's own KPIs (portal, partner 360 card):
 * the dashboard reads monthly snapshots (decisions 0298–0303).
 */
export const module: WebModule = {
  routes: [
    { path: 'kpis', allow: isVendor, page: () => import('./pages/KpiDashboardPage').then((m) => m.KpiDashboardPage) },
    { path: 'roi', allow: isVendor, page: () => import('./pages/RoiPage').then((m) => m.RoiPage) },
    { path: 'my-kpis', allow: isPartnerSide, page: () => import('./pages/MyKpisPage').then((m) => m.MyKpisPage) },
  ],
  nav: [
    { label: 'Ecosystem KPIs', to: '/kpis', icon: IconChartLine, order: 69, apps: ['vendor'], group: 'measure' },
    { label: 'ROI', to: '/roi', icon: IconReportMoney, order: 75, apps: ['vendor'], group: 'measure' },
    { label: 'Our KPIs', to: '/my-kpis', icon: IconChartDots3, order: 69, apps: ['portal'], group: 'measure' },
  ],
  partnerCards: [
    {
      column: 'side',
      order: 175,
      load: () => import('./components/PartnerKpiCard').then((m) => (p) => <m.PartnerKpiCard partnerId={p.partner.id} />),
    },
  ],
  labels: kpiLabels,
  audit: kpiAudit,
};
