import type { WebModule } from '../../app/module';
import { offboardingAudit, offboardingColors, offboardingLabels } from './labels';

/** Off-boarding: the runbook card on a partner's page (no page of its own). */
export const module: WebModule = {
  labels: offboardingLabels,
  colors: offboardingColors,
  audit: offboardingAudit,
};
