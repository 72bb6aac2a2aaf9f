import type { AuditVocabulary } from '../../app/module';
import type { Risk, RiskAction } from './api';

export const riskCategory: Record<Risk['category'], string> = {
  financial: 'Financial',
  security: 'Security',
  legal_compliance: 'Legal / compliance',
  strategic: 'Strategic',
  operational: 'Operational',
  reputational: 'Reputational',
};
export const riskStatus: Record<Risk['status'], string> = {
  open: 'Open',
  mitigating: 'Mitigating',
  closed: 'Closed',
  accepted: 'Accepted',
};
export const riskBand: Record<Risk['band'], string> = {
  low: 'Low',
  medium: 'Medium',
  significant: 'Significant',
  high: 'High',
};
export const riskActionStatus: Record<RiskAction['status'], string> = {
  open: 'Open',
  in_progress: 'In progress',
  done: 'Done',
  cancelled: 'Cancelled',
};

export const riskLabels = { riskCategory, riskStatus, riskBand, riskActionStatus };
export const riskColors = {
  riskBand: { low: 'teal', medium: 'yellow', significant: 'orange', high: 'red' } as Record<Risk['band'], string>,
  riskStatus: { open: 'red', mitigating: 'orange', closed: 'gray', accepted: 'blue' } as Record<Risk['status'], string>,
  riskActionStatus: { open: 'gray', in_progress: 'blue', done: 'teal', cancelled: 'gray' } as Record<
    RiskAction['status'],
    string
  >,
};

type RiskLabelSets = typeof riskLabels;
type RiskColorSets = typeof riskColors;

declare module '../../app/module' {
  interface LabelSets extends RiskLabelSets {}
  interface ColorSets extends RiskColorSets {}
}

export const riskAudit: AuditVocabulary = {
  entities: {
    risk: { label: 'Risk', link: (e) => `/risks/${e.entityId}` },
    risk_action: { label: 'Mitigation action', link: () => null },
  },
  fields: {
    likelihood: 'Likelihood',
    impact: 'Impact',
    reviewOn: 'Review date',
    shared: 'Shared with the partner',
    raisedBy: 'Raised by',
    dueOn: 'Due',
  },
};
