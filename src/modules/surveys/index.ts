import type { ModuleDescriptor } from '../../server/module.js';
import { policyActor } from '../../shared/context.js';
import { surveysDemo } from './surveys.demo.js';
import { BUILT_IN_TEMPLATES, makeTestRound } from './surveys.fixtures.js';
import { surveyAnswersImporter } from './surveys.importer.js';
import { surveyMetrics } from './surveys.metrics.js';
import { mayManageSurveys } from './surveys.policy.js';
import { surveyRoutes } from './surveys.routes.js';
import { runSurveysDaily } from './surveys.service.js';

export { BUILT_IN_TEMPLATES, makeTestRound } from './surveys.fixtures.js';
export type { NpsResult, Question, RoundSummary, Side, SurveyKind, TrendPoint } from './surveys.rules.js';
export { npsOf, periodOf, summariseRound, trendOf } from './surveys.rules.js';
export type {
  DiagnosticFigure,
  PartnerSurveySummary,
  RoundResultsDto,
  SurveyRoundDto,
  SurveyTrendsDto,
} from './surveys.service.js';
export {
  closeRound,
  createRound,
  getRound,
  latestDiagnostics,
  latestNps,
  latestPx,
  listRounds,
  openRecurringWave,
  partnerSurveySummary,
  roundResults,
  runSurveysDaily,
  sendWave,
  submitResponse,
  surveyTrends,
} from './surveys.service.js';

/**
 * Health diagnostic surveys to both sides of an alliance with the vendor-vs-partner perception gap,
 * partner NPS and the recurring partner-experience (PX) survey with its trend (decisions 0285–0292).
 */
export const module: ModuleDescriptor = {
  name: 'surveys',
  routes: surveyRoutes,
  metrics: surveyMetrics,
  importers: [surveyAnswersImporter],
  demo: surveysDemo,
  jobs: [{ name: 'surveys.daily', schedule: '30 6 * * *', run: async (ctx) => runSurveysDaily(ctx) }],
  appPermissions: (actor) => ({
    manageSurveys: mayManageSurveys(actor),
    viewSurveyTrends: actor.partnerId === null,
    surveySettings: actor.role === 'admin',
  }),
  notificationKinds: [
    {
      kind: 'surveys.invited',
      label: 'A survey for you to answer',
      description: 'You are asked to answer a partner health diagnostic, NPS or partner-experience survey.',
      defaultChannel: 'email',
      audience: 'both',
    },
    {
      kind: 'surveys.reminder',
      label: 'A survey closes soon',
      description: 'A survey you were asked to answer closes in a few days and you have not answered yet.',
      defaultChannel: 'email',
      audience: 'both',
    },
  ],
  recordKinds: [
    {
      name: 'surveyTemplate',
      belongsTo: 'vendor',
      make: async () => ({ id: BUILT_IN_TEMPLATES.px }),
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: () => null,
    },
    {
      name: 'surveyRound',
      belongsTo: 'partner',
      // The caller is asked on the round it aims at, so "answer" can succeed where it is granted.
      make: async (ctx, owner) => {
        const partnerId = owner.partnerId ?? owner.existingPartner;
        const side = policyActor(owner.user.ctx).partnerId === null ? 'vendor' : 'partner';
        return { id: await makeTestRound(ctx, partnerId, [{ userId: owner.user.id, side }]) };
      },
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: (row) => row.partnerId as string,
    },
  ],
};
