import type { AuditVocabulary } from '../../app/module';

export const COLOUR_OF = { green: 'teal', yellow: 'yellow', red: 'red' } as const;
export const STATUS_LABEL = { green: 'Healthy', yellow: 'Watch', red: 'At risk' } as const;

export const DIMENSION_LABEL: Record<string, string> = {
  strategic: 'Strategic',
  operational: 'Operational',
  financial: 'Financial',
  relationship: 'Relationship',
};

export const DIMENSION_HELP: Record<string, string> = {
  strategic:
    'Alignment: a current joint business plan, executive sponsors on both sides, the commercial design made explicit, joint account plans.',
  operational: 'Execution: commitments kept by both sides, the governance review cadence, certification coverage.',
  financial: 'Results: won revenue against the year before, pipeline coverage, won deals, active deal registrations.',
  relationship: 'The relationship: the health diagnostic, partner NPS, executive engagement in reviews, open high risks.',
};

export const healthAudit: AuditVocabulary = {
  entities: {
    partner_health: { label: 'Partner health', link: (e) => (e.partnerId ? `/partners/${e.partnerId}` : null) },
    health_snapshot: { label: 'Health snapshots', link: () => '/health' },
    health_settings: { label: 'Health thresholds', link: () => '/health' },
    scorecard_template: { label: 'Scorecard template', link: () => '/scorecards' },
    scorecard: { label: 'Scorecard', link: (e) => (e.partnerId ? `/partners/${e.partnerId}` : '/scorecards') },
  },
  actions: {
    turn_red: { label: 'Turned red', color: 'red' },
    take: { label: 'Taken', color: 'blue' },
    evaluate: { label: 'Evaluated', color: 'blue' },
  },
  fields: {
    dimensions: 'Dimensions',
    green: 'Green from',
    yellow: 'Yellow from',
    cadence: 'Cadence',
    appliesTo: 'Applies to',
    shared: 'Shared with the partner',
  },
};
