import type { AuditVocabulary } from '../../app/module';
import type { CostEntry, KpiMeasure } from './api';

export type CostCategory = CostEntry['category'];

export const kpiMeasure: Record<KpiMeasure, string> = {
  sourced_revenue: 'Partner-sourced revenue',
  influenced_revenue: 'Partner-influenced revenue',
  pipeline_contribution: 'Pipeline contribution',
  joint_win_rate: 'Win rate, joint',
  independent_win_rate: 'Win rate, independent',
  joint_deal_size: 'Average deal size, joint',
  independent_deal_size: 'Average deal size, independent',
  certification_rate: 'Certification rate',
  churn_rate: 'Partner churn',
  time_to_first_deal: 'Time to first deal (median)',
  nps: 'Partner NPS',
  active_partners: 'Active partners',
  new_partners: 'New partners',
};

export const costCategory: Record<CostCategory, string> = {
  enablement: 'Enablement',
  events: 'Events',
  people: 'People',
  tools: 'Tools',
  other: 'Other',
};

export const kpiLabels = { kpiMeasure, costCategory };

type KpiLabelSets = typeof kpiLabels;

declare module '../../app/module' {
  interface LabelSets extends KpiLabelSets {}
}

export const kpiAudit: AuditVocabulary = {
  entities: {
    kpi_snapshot: { label: 'KPI snapshot', link: () => '/kpis' },
    cost_entry: { label: 'Cost entry', link: () => '/roi' },
  },
  fields: { onDate: 'Date', partners: 'Partners', deals: 'Deals', takenAt: 'Taken at', segment: 'Segment', programId: 'Program' },
};
