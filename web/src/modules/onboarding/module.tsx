import { IconChecklist } from '@tabler/icons-react';
import type { WebModule } from '../../app/module';
import { isPartnerSide, isVendor } from '../auth/permissions';
import { onboardingAudit, onboardingColors, onboardingLabels } from './labels';

/** Onboarding: the vendor's overview and templates; the partner's own tasks in the portal. */
export const module: WebModule = {
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
