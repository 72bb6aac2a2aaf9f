import { IconAlertTriangle } from '@tabler/icons-react';
import type { WebModule } from '../../app/module';
import { riskAudit, riskColors, riskLabels } from './labels';

/** The risk register with its heat map; partners see what is shared with them and raise their own. */
export const module: WebModule = {
  routes: [
    { path: 'risks', page: () => import('./pages/RisksPage').then((m) => m.RisksPage) },
    { path: 'risks/:id', page: () => import('./pages/RiskPage').then((m) => m.RiskPage) },
  ],
  nav: [{ label: 'Risks', to: '/risks', icon: IconAlertTriangle, order: 45, apps: ['vendor', 'portal'], group: 'alliances' }],
  labels: riskLabels,
  colors: riskColors,
  audit: riskAudit,
};
