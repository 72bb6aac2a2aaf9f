import type { ModuleDescriptor } from '../../server/module.js';
import { riskDemo } from './risks.demo.js';
import { makeTestRisk, makeTestRiskAction } from './risks.fixtures.js';
import { risksImporter } from './risks.importer.js';
import { riskMetrics } from './risks.metrics.js';
import { riskRoutes } from './risks.routes.js';
import { runRiskReviewSweep } from './risks.service.js';

export { makeTestRisk, makeTestRiskAction } from './risks.fixtures.js';
export type { HeatCell, RiskBand, RiskCategory, RiskStatus } from './risks.rules.js';
export { HIGH_SCORE, heatMap, RISK_BANDS, RISK_CATEGORIES, RISK_STATUSES, riskBand, riskScore } from './risks.rules.js';
export type { HeatMapDto, RiskDto } from './risks.service.js';
export { addRiskAction, createRisk, listRisks, riskHeatMap, runRiskReviewSweep, updateRisk } from './risks.service.js';

/**
 * The risk register of each alliance and of the portfolio: risks scored likelihood × impact with a
 * band, owners, review dates (overdue reviews remind the owner daily, once per date), mitigation
 * actions, a 5 × 5 heat map, and the `risks.open` / `risks.high` metrics. The vendor shares risks
 * with the partner; the partner raises its own through the portal.
 */
export const module: ModuleDescriptor = {
  name: 'risks',
  routes: riskRoutes,
  metrics: riskMetrics,
  demo: riskDemo,
  jobs: [{ name: 'risks.review-reminders', schedule: '15 6 * * *', run: async (ctx) => runRiskReviewSweep(ctx) }],
  importers: [risksImporter],
  notificationKinds: [
    {
      kind: 'risks.review_overdue',
      label: 'A risk’s review is overdue',
      description: 'A risk you own (or of a partner you manage) has passed its review date.',
      defaultChannel: 'email',
      audience: 'both',
    },
    {
      kind: 'risks.raised',
      label: 'A partner raised a risk',
      description: 'A partner you manage raised a risk on your alliance.',
      defaultChannel: 'in_app',
      audience: 'vendor',
    },
  ],
  recordKinds: [
    {
      name: 'risk',
      belongsTo: 'partner',
      make: async (ctx, owner) => ({ id: await makeTestRisk(ctx, owner.partnerId ?? owner.existingPartner) }),
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: (row) => row.partnerId as string,
    },
    {
      name: 'riskAction',
      belongsTo: 'partner',
      make: async (ctx, owner) => ({ id: await makeTestRiskAction(ctx, owner.partnerId ?? owner.existingPartner) }),
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: (row) => row.partnerId as string,
    },
  ],
};
