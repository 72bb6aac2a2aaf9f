import { IconBuildingBridge2 } from '@tabler/icons-react';
import type { WebModule } from '../../app/module';
import { governanceAudit, governanceColors, governanceLabels } from './labels';

/**
 * Governance of strategic alliances: the calendar of QBRs and steering committees, each meeting
 * (agenda, attendance, minutes, decisions with votes, action items) and the bodies. Both apps:
 * the partner sees its own alliance's and takes part (votes, its action items, minutes if allowed).
 */
export const module: WebModule = {
  partnerCards: [
    {
      column: 'main',
      order: 80,
      load: () => import('./components/GovernanceCard').then((m) => (p) => <m.GovernanceCard partnerId={p.partner.id} />),
    },
  ],
  portalHomeCards: [
    {
      column: 'main',
      order: 150,
      load: () => import('./components/GovernanceCard').then((m) => (p) => <m.GovernanceCard partnerId={p.partner.id} />),
    },
  ],
  routes: [
    { path: 'governance', page: () => import('./pages/GovernancePage').then((m) => m.GovernancePage) },
    { path: 'governance/meetings/:id', page: () => import('./pages/MeetingPage').then((m) => m.MeetingPage) },
  ],
  nav: [
    {
      label: 'Governance',
      to: '/governance',
      icon: IconBuildingBridge2,
      order: 42,
      apps: ['vendor', 'portal'],
      group: 'alliances',
    },
  ],
  labels: governanceLabels,
  colors: governanceColors,
  audit: governanceAudit,
};
