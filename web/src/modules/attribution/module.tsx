import { IconChartPie } from '@tabler/icons-react';
import type { WebModule } from '../../app/module';
import { isPartnerSide, isVendor } from '../auth/permissions';

/**
 * Attribution: credit per partner by model, models side by side, the influenced view, custom
 * policies and period locks (vendor); the partner's own credit (portal); a partner 360 card.
 */
export const module: WebModule = {
  routes: [
    { path: 'attribution', allow: isVendor, page: () => import('./pages/AttributionPage').then((m) => m.AttributionPage) },
    {
      path: 'attribution',
      allow: isPartnerSide,
      page: () => import('./pages/PartnerAttributionPage').then((m) => m.PartnerAttributionPage),
    },
    { path: 'attribution/compare', allow: isVendor, page: () => import('./pages/ComparePage').then((m) => m.ComparePage) },
    {
      path: 'attribution/influenced',
      allow: isVendor,
      page: () => import('./pages/InfluencedPage').then((m) => m.InfluencedPage),
    },
    { path: 'attribution/setup', allow: isVendor, page: () => import('./pages/SetupPage').then((m) => m.SetupPage) },
  ],
  nav: [
    { label: 'Attribution', to: '/attribution', icon: IconChartPie, order: 70, apps: ['vendor', 'portal'], group: 'measure' },
  ],
  // The deal's credit per model on the vendor's opportunity page (decision 0273).
  opportunityCards: [
    {
      column: 'main',
      order: 50,
      visible: (p) => isVendor(p.user) && p.opportunity.partners.length > 0,
      load: () =>
        import('./components/OpportunityAttributionCard').then((m) => (p) => (
          <m.OpportunityAttributionCard opportunityId={p.opportunity.id} />
        )),
    },
  ],
  partnerCards: [
    {
      column: 'side',
      order: 140,
      visible: (p) => isVendor(p.user),
      load: () => import('./components/AttributionCard').then((m) => (p) => <m.AttributionCard partnerId={p.partner.id} />),
    },
  ],
  audit: {
    entities: {
      attribution_policy: { label: 'Attribution policy', link: () => '/attribution/setup' },
      attribution_period: { label: 'Attribution period', link: () => '/attribution/setup' },
      attribution_settings: { label: 'Attribution settings', link: () => '/attribution/setup' },
    },
    fields: {
      roleWeights: 'Role weights',
      archived: 'Archived',
      defaultModel: 'Default model',
      defaultPolicyId: 'Default policy',
      halfLifeDays: 'Half-life (days)',
      period: 'Period',
      status: 'Status',
      reason: 'Reason',
      lockedAt: 'Locked at',
      unlockedAt: 'Unlocked at',
      opportunities: 'Won deals',
    },
  },
};
