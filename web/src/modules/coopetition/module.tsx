import type { WebModule } from '../../app/module';
import { isVendor } from '../auth/permissions';
import { coopetitionAudit, coopetitionLabels } from './labels';

/** Coopetition: where a partner also competes with us (a card on the partner page, vendor staff only). */
export const module: WebModule = {
  labels: coopetitionLabels,
  audit: coopetitionAudit,
  partnerCards: [
    {
      column: 'side',
      order: 90,
      visible: (p) => isVendor(p.user),
      load: () => import('./components/CoopetitionCard').then((m) => (p) => <m.CoopetitionCard partner={p.partner} />),
    },
  ],
};
