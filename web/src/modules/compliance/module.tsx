import { IconShieldCheck } from '@tabler/icons-react';
import type { WebModule } from '../../app/module';
import { complianceAudit, complianceColors, complianceLabels } from './labels';

/** Compliance: expiring items and consequences; partners see and keep their own. */
export const module: WebModule = {
  routes: [{ path: 'compliance', page: () => import('./pages/CompliancePage').then((m) => m.CompliancePage) }],
  nav: [
    { label: 'Compliance', to: '/compliance', icon: IconShieldCheck, order: 18, apps: ['vendor', 'portal'], group: 'partners' },
  ],
  labels: complianceLabels,
  colors: complianceColors,
  audit: complianceAudit,
};
