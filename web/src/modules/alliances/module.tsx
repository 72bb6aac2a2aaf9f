import { IconAffiliate } from '@tabler/icons-react';
import type { WebModule } from '../../app/module';
import { canChangeStage, isPartnerSide, isVendor } from '../auth/permissions';
import { allianceAudit, allianceColors, allianceLabels } from './labels';

/** Alliances: the portfolio list and each partner's alliance workspace; the partner's own in the portal. */
export const module: WebModule = {
  partnerCards: [
    {
      column: 'side',
      order: 10,
      load: () =>
        import('./components/AllianceCards').then((m) => (p) => (
          <m.AllianceCard
            partnerId={p.partner.id}
            canStart={canChangeStage(p.user, p.partner)}
            workspace={isVendor(p.user) ? `/alliances/${p.partner.id}` : '/alliance'}
          />
        )),
    },
  ],
  portalHomeCards: [
    {
      column: 'side',
      order: 50,
      load: () =>
        import('./components/AllianceCards').then((m) => (p) => (
          <m.AllianceCard partnerId={p.partner.id} canStart={false} workspace="/alliance" />
        )),
    },
  ],
  routes: [
    { path: 'alliances', allow: isVendor, page: () => import('./pages/AlliancesPage').then((m) => m.AlliancesPage) },
    {
      path: 'alliances/:partnerId',
      allow: isVendor,
      page: () => import('./pages/AllianceWorkspacePage').then((m) => m.AllianceWorkspacePage),
    },
    {
      path: 'alliance',
      allow: isPartnerSide,
      page: () => import('./pages/AllianceWorkspacePage').then((m) => m.PortalAlliancePage),
    },
  ],
  nav: [
    { label: 'Alliances', to: '/alliances', icon: IconAffiliate, order: 40, apps: ['vendor'], group: 'alliances' },
    { label: 'Alliance', to: '/alliance', icon: IconAffiliate, order: 40, apps: ['portal'], group: 'alliances' },
  ],
  labels: allianceLabels,
  colors: allianceColors,
  audit: allianceAudit,
};
