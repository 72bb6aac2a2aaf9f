import type { AuditVocabulary } from '../../app/module';
import type { LeadStatus, Motion, Strategy } from './api';

export const leadStatus: Record<LeadStatus, string> = {
  new: 'New',
  assigned: 'Awaiting acceptance',
  accepted: 'Accepted',
  declined: 'Declined',
  converted: 'Converted',
  disqualified: 'Disqualified',
};

export const coverageMotion: Record<Motion, string> = { direct: 'Direct', partner_led: 'Partner-led', hybrid: 'Hybrid' };

export const routingStrategy: Record<Strategy, string> = {
  tier_weight: 'By tier weight',
  performance: 'By performance',
  round_robin: 'Round robin',
  capacity: 'By capacity',
};

export const leadQualification: Record<'mql' | 'eql', string> = { mql: 'MQL', eql: 'EQL' };

export const leadLabels = { leadStatus, coverageMotion, routingStrategy, leadQualification };
export const leadColors = {
  leadStatus: {
    new: 'gray',
    assigned: 'yellow',
    accepted: 'teal',
    declined: 'orange',
    converted: 'green',
    disqualified: 'dark',
  } as Record<LeadStatus, string>,
  coverageMotion: { direct: 'blue', partner_led: 'grape', hybrid: 'cyan' } as Record<Motion, string>,
};

type LeadLabelSets = typeof leadLabels;
type LeadColorSets = typeof leadColors;

declare module '../../app/module' {
  interface LabelSets extends LeadLabelSets {}
  interface ColorSets extends LeadColorSets {}
}

export const leadAudit: AuditVocabulary = {
  entities: {
    lead: { label: 'Lead', link: (e) => `/leads/${e.entityId}` },
    lead_routing_rule: { label: 'Lead routing rule', link: () => '/leads/routing' },
    coverage_segment: { label: 'Coverage segment', link: () => '/leads/routing' },
    lead_settings: { label: 'Lead settings', link: () => '/leads/routing' },
  },
  fields: {
    contactName: 'Contact',
    contactEmail: 'Contact e-mail',
    acceptDueAt: 'Accept by',
    declineReason: 'Decline reason',
    disqualifiedReason: 'Disqualification reason',
    ruleName: 'Routing rule',
    maxOpenLeads: 'Most open leads',
    metricKey: 'Metric',
    acceptanceSlaHours: 'Acceptance SLA (hours)',
    defaultMotion: 'Default motion',
  },
};
