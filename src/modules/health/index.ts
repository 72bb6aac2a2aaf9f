import type { ModuleDescriptor } from '../../server/module.js';
import { healthDemo } from './health.demo.js';
import { healthRoutes } from './health.routes.js';
import { latestSnapshotScores, snapshotLastMonth } from './health.service.js';
import { createTemplate } from './scorecards.service.js';

export type { Colour, Evidence, HealthDimension, HealthResult, ScorecardDimensionDef, ScorecardResult } from './health.rules.js';
export {
  attainment,
  colourOf,
  DEFAULT_HEALTH_THRESHOLDS,
  evaluateScorecard,
  HEALTH_DIMENSIONS,
  HEALTH_INDICATORS,
  healthScore,
  periodRange,
  STANDARD_TEMPLATE_ID,
} from './health.rules.js';
export { healthSettings, healthSnapshots, scorecards, scorecardTemplates } from './health.schema.js';
export type {
  HealthSettingsDto,
  PartnerHealthDto,
  PortfolioHealthRow,
  SnapshotDto,
  SnapshotRun,
} from './health.service.js';
export {
  computeHealth,
  getHealthHistory,
  getHealthSettings,
  getPartnerHealth,
  HEALTH_STAGES,
  healthThresholds,
  latestSnapshotScores,
  listHealth,
  snapshotLastMonth,
  takeSnapshots,
  updateHealthSettings,
} from './health.service.js';
export type { EvaluationRun, ScorecardDto, ScorecardTemplateDto, TemplateInput } from './scorecards.service.js';
export {
  createTemplate,
  evaluateTemplate,
  getTemplate,
  listScorecards,
  listTemplates,
  partnerScorecards,
  updateTemplate,
} from './scorecards.service.js';

let made = 0;

/**
 * Scorecards (templates of weighted metrics with targets and green/yellow/red, evaluated per partner
 * per month or quarter) and the evidence-backed health score (strategic, operational, financial,
 * relationship), read from every module's metrics; monthly snapshots give trends and a red alert.
 */
export const module: ModuleDescriptor = {
  name: 'health',
  routes: healthRoutes,
  demo: healthDemo,
  recordKinds: [
    {
      name: 'scorecardTemplate',
      belongsTo: 'vendor',
      make: async (ctx) => {
        made += 1;
        const t = await createTemplate(ctx, {
          name: `Matrix scorecard ${Date.now()}-${made}`,
          cadence: 'quarter',
          dimensions: [
            {
              key: 'deals',
              label: 'Deals',
              weight: 1,
              metrics: [{ metric: 'opportunities.won_deals', target: 4, weight: 1, direction: 'higher', green: 100, yellow: 50 }],
            },
          ],
          green: 90,
          yellow: 60,
        });
        return { id: t.id };
      },
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: () => null,
    },
  ],
  appPermissions: (actor) => ({
    viewHealth: !['partner_admin', 'partner_user'].includes(actor.role),
    takeHealthSnapshots: actor.role === 'admin',
    manageHealthSettings: actor.role === 'admin',
    manageScorecards: actor.role === 'admin' || actor.role === 'partner_manager',
  }),
  metrics: [
    {
      key: 'health.score',
      label: 'Health score',
      unit: 'percent',
      description: 'The partner’s health score, 0–100, from its latest monthly snapshot on or before the day.',
      compute: latestSnapshotScores,
    },
  ],
  jobs: [{ name: 'health.snapshot', schedule: '0 3 1 * *', run: async (ctx) => snapshotLastMonth(ctx) }],
  notificationKinds: [
    {
      kind: 'health.turned_red',
      label: 'A partner’s health turned red',
      description: 'The monthly health snapshot of a partner you own is red, and it was not the month before.',
      defaultChannel: 'email',
      audience: 'vendor',
    },
  ],
};
