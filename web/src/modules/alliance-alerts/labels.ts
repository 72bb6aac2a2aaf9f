import type { AuditVocabulary } from '../../app/module';

/** What each portfolio metric is called in a column header. */
export const PORTFOLIO_LABELS: Record<string, string> = {
  'alliances.sponsors_named': 'Sponsors',
  'alliances.qualification_score': 'Qualification',
  'plans.current_plan': 'Plan',
  'plans.fulfilment_vendor': 'Fulfilment (us)',
  'plans.fulfilment_partner': 'Fulfilment (partner)',
  'plans.commitment_asymmetry': 'Asymmetry',
  'governance.days_since_review': 'Since review',
  'governance.days_to_next_meeting': 'Next meeting',
  'value.jvp_published': 'Joint value proposition',
  'value.jvp_uses_90d': 'JVP uses (90 days)',
  'risks.open': 'Open risks',
  'risks.high': 'High risks',
};

export const allianceAlertAudit: AuditVocabulary = {
  entities: {
    alliance_alert: { label: 'Alliance alert', link: (e) => (e.partnerId ? `/partners/${e.partnerId}` : null) },
    alliance_alert_settings: { label: 'Alliance alert thresholds', link: () => '/alliance-portfolio' },
  },
  actions: {
    flag: { label: 'Flagged', color: 'red' },
    clear: { label: 'Cleared', color: 'teal' },
  },
  fields: {
    reviewWithinDays: 'Governance meeting at least every (days)',
    maxAsymmetry: 'Commitment asymmetry limit (points)',
  },
};
