import type { ModuleDescriptor } from '../../server/module.js';
import { alliancesDemo } from './alliances.demo.js';
import { makeTestAlliance, makeTestQualification } from './alliances.fixtures.js';
import { alliancesImporter } from './alliances.importer.js';
import { allianceRoutes } from './alliances.routes.js';
import {
  designExplicitMetric,
  qualificationScoreMetric,
  remindQualificationReruns,
  sponsorsNamedMetric,
} from './alliances.service.js';

export { makeTestAlliance, makeTestQualification } from './alliances.fixtures.js';
export type {
  AlliancePhase,
  AllianceType,
  CommercialDesign,
  DevelopmentStage,
  Recommendation,
} from './alliances.rules.js';
export type { AllianceDto, AllianceSummaryDto, QualificationRunDto, QualificationSummary } from './alliances.service.js';
export {
  allianceOrNone,
  getAlliance,
  listAlliances,
  listQualifications,
  remindQualificationReruns,
  startAlliance,
  submitQualification,
  tickChecklistItem,
  updateAlliance,
  updateDesign,
} from './alliances.service.js';

/**
 * Alliances: the alliance record of a strategic partner (one per partner) — its type, ASAP
 * life-cycle phase with history, seed 004's development stages with a checklist both sides tick,
 * the five-dimension commercial design checked for being explicit, value capture per party, named
 * executive sponsors on both sides — and the strategic qualification test both sides score, with
 * its recommendation, history and annual re-run reminder.
 */
export const module: ModuleDescriptor = {
  name: 'alliances',
  routes: allianceRoutes,
  demo: alliancesDemo,
  importers: [alliancesImporter],
  metrics: [
    {
      key: 'alliances.sponsors_named',
      label: 'Executive sponsors named',
      unit: 'count',
      description: 'Sides of the alliance with a named executive sponsor, 0–2 (no alliance: no data).',
      compute: sponsorsNamedMetric,
    },
    {
      key: 'alliances.qualification_score',
      label: 'Strategic qualification score',
      unit: 'percent',
      description: 'Combined score of the latest strategic qualification run, 20–100 (each dimension: the lower side).',
      compute: qualificationScoreMetric,
    },
    {
      key: 'alliances.design_explicit',
      label: 'Commercial dimensions designed explicitly',
      unit: 'count',
      description: 'Of the five commercial dimensions (seed 004), how many are explicit, 0–5.',
      compute: designExplicitMetric,
    },
  ],
  jobs: [
    {
      name: 'alliances.qualification-reminders',
      schedule: '30 6 * * *',
      run: async (ctx) => remindQualificationReruns(ctx),
    },
  ],
  notificationKinds: [
    {
      kind: 'alliances.qualification_due',
      label: 'A strategic qualification re-run is due',
      description: 'The latest qualification test of an alliance you manage is more than twelve months old.',
      defaultChannel: 'email',
      audience: 'vendor',
    },
    {
      kind: 'alliances.partner_qualified',
      label: 'A partner scored its qualification test',
      description: 'A partner you manage scored the strategic qualification test from its side.',
      defaultChannel: 'in_app',
      audience: 'vendor',
    },
  ],
  appPermissions: (actor) => ({ viewAlliances: actor.partnerId === null }),
  recordKinds: [
    {
      name: 'alliance',
      belongsTo: 'partner',
      // Addressed by its partner's id (one alliance per partner).
      make: async (ctx, owner) => {
        const partnerId = owner.partnerId ?? owner.existingPartner;
        await makeTestAlliance(ctx, partnerId);
        return { id: partnerId, item: 'strategic_fit.qualification' };
      },
      missing: ({ missingId }) => ({ id: missingId, item: 'strategic_fit.qualification' }),
      partnerOf: (row) => row.partnerId as string,
    },
    {
      name: 'allianceQualification',
      belongsTo: 'partner',
      make: async (ctx, owner) => {
        const partnerId = owner.partnerId ?? owner.existingPartner;
        await makeTestQualification(ctx, partnerId);
        return { id: partnerId };
      },
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: (row) => row.partnerId as string,
    },
  ],
};
