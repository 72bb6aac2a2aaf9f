import { IconChecklist } from '@tabler/icons-react';
import type { WebModule } from '../../app/module';
import { canChangeStage, isPartnerSide, isVendor } from '../auth/permissions';
import { onboardingAudit, onboardingColors, onboardingLabels } from './labels';

/** Onboarding: the vendor's overview and templates; the partner's own tasks in the portal. */
export const module: WebModule = {
  partnerCards: [
    {
      column: 'main',
      order: 20,
      load: () =>
        import('./components/OnboardingCard').then((m) => (p) => (
          <m.OnboardingCard partnerId={p.partner.id} canStart={canChangeStage(p.user, p.partner)} />
        )),
    },
  ],
  portalHomeCards: [
    {
      column: 'main',
      order: 100,
      load: () =>
        import('./components/OnboardingCard').then((m) => (p) => <m.OnboardingCard partnerId={p.partner.id} canStart={false} />),
    },
  ],
  routes: [
    {
      path: 'onboarding',
      allow: isVendor,
      page: () => import('./pages/OnboardingOverviewPage').then((m) => m.OnboardingOverviewPage),
    },
    {
      path: 'onboarding',
      allow: isPartnerSide,
      page: () => import('./pages/PortalOnboardingPage').then((m) => m.PortalOnboardingPage),
    },
    { path: 'onboarding/templates', allow: isVendor, page: () => import('./pages/TemplatesPage').then((m) => m.TemplatesPage) },
  ],
  nav: [
    { label: 'Onboarding', to: '/onboarding', icon: IconChecklist, order: 16, apps: ['vendor', 'portal'], group: 'partners' },
  ],
  labels: onboardingLabels,
  colors: onboardingColors,
  audit: onboardingAudit,
};
