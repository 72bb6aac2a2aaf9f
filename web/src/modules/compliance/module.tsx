import { IconShieldCheck } from '@tabler/icons-react';
import type { WebModule } from '../../app/module';
import { canManageContacts } from '../auth/permissions';
import { complianceAudit, complianceColors, complianceLabels } from './labels';

/** Compliance: expiring items and consequences; partners see and keep their own. */
export const module: WebModule = {
  partnerCards: [
    {
      column: 'main',
      order: 60,
      load: () =>
        import('./components/ComplianceCard').then((m) => (p) => (
          <m.ComplianceCard partnerId={p.partner.id} canAdd={canManageContacts(p.user, p.partner)} />
        )),
    },
  ],
  portalHomeCards: [
    {
      column: 'main',
      order: 120,
      load: () =>
        import('./components/ComplianceCard').then((m) => (p) => (
          <m.ComplianceCard partnerId={p.partner.id} canAdd={p.user.role === 'partner_admin'} />
        )),
    },
  ],
  routes: [{ path: 'compliance', page: () => import('./pages/CompliancePage').then((m) => m.CompliancePage) }],
  nav: [
    { label: 'Compliance', to: '/compliance', icon: IconShieldCheck, order: 18, apps: ['vendor', 'portal'], group: 'partners' },
  ],
  labels: complianceLabels,
  colors: complianceColors,
  audit: complianceAudit,
};
