import type { WebModule } from '../../app/module';
import { isVendor } from '../auth/permissions';
import { offboardingAudit, offboardingColors, offboardingLabels } from './labels';

/** Off-boarding: the runbook card on a partner's page (no page of its own). */
export const module: WebModule = {
  partnerCards: [
    {
      column: 'side',
      order: 70,
      visible: (p) => isVendor(p.user),
      load: () => import('./components/OffboardingCard').then((m) => (p) => <m.OffboardingCard partner={p.partner} />),
    },
  ],
  labels: offboardingLabels,
  colors: offboardingColors,
  audit: offboardingAudit,
};
