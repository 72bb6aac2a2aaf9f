import { IconAlertTriangle } from '@tabler/icons-react';
import type { WebModule } from '../../app/module';
import { canChangeStage, isVendor } from '../auth/permissions';
import { riskAudit, riskColors, riskLabels } from './labels';

/** The risk register with its heat map; partners see what is shared with them and raise their own. */
export const module: WebModule = {
  partnerCards: [
    {
      column: 'main',
      order: 70,
      load: () =>
        import('./components/RiskCard').then((m) => (p) => (
          <m.RiskCard
            partnerId={p.partner.id}
            canRaise={canChangeStage(p.user, p.partner) || !isVendor(p.user)}
            vendor={isVendor(p.user)}
          />
        )),
    },
  ],
  portalHomeCards: [
    {
      column: 'main',
      order: 140,
      load: () =>
        import('./components/RiskCard').then((m) => (p) => <m.RiskCard partnerId={p.partner.id} canRaise vendor={false} />),
    },
  ],
  routes: [
    { path: 'risks', page: () => import('./pages/RisksPage').then((m) => m.RisksPage) },
    { path: 'risks/:id', page: () => import('./pages/RiskPage').then((m) => m.RiskPage) },
  ],
  nav: [{ label: 'Risks', to: '/risks', icon: IconAlertTriangle, order: 45, apps: ['vendor', 'portal'], group: 'alliances' }],
  labels: riskLabels,
  colors: riskColors,
  audit: riskAudit,
};
