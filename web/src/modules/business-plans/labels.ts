import type { AuditVocabulary } from '../../app/module';
import type { CommitmentStatus, GoalKind, InitiativeStatus, ItemSide, PlanStatus } from './api';

export const planStatus: Record<PlanStatus, string> = {
  draft: 'Draft',
  proposed: 'Proposed',
  approved: 'Approved',
  closed: 'Closed',
  archived: 'Archived',
};
export const commitmentStatus: Record<CommitmentStatus, string> = { open: 'Open', done: 'Done', missed: 'Missed' };
export const planItemSide: Record<ItemSide, string> = { vendor: 'Vendor', partner: 'Partner', joint: 'Joint' };
export const goalKind: Record<GoalKind, string> = {
  revenue: 'Revenue',
  pipeline: 'Pipeline',
  certifications: 'Certifications',
  joint_wins: 'Joint wins',
  custom: 'Custom',
};

export const initiativeStatus: Record<InitiativeStatus, string> = {
  planned: 'Planned',
  in_progress: 'In progress',
  done: 'Done',
  dropped: 'Dropped',
};

export const planLabels = { planStatus, commitmentStatus, planItemSide, goalKind, initiativeStatus };
export const planColors = {
  planStatus: { draft: 'gray', proposed: 'yellow', approved: 'teal', closed: 'blue', archived: 'dark' } as Record<
    PlanStatus,
    string
  >,
  commitmentStatus: { open: 'blue', done: 'teal', missed: 'red' } as Record<CommitmentStatus, string>,
};

type PlanLabelSets = typeof planLabels;
type PlanColorSets = typeof planColors;

declare module '../../app/module' {
  interface LabelSets extends PlanLabelSets {}
  interface ColorSets extends PlanColorSets {}
}

export const planAudit: AuditVocabulary = {
  entities: {
    business_plan: { label: 'Joint business plan', link: (e) => `/business-plans/${e.entityId}` },
    plan_commitment: { label: 'Plan commitment', link: (e) => (e.partnerId ? `/partners/${e.partnerId}` : null) },
  },
  fields: {
    periodStart: 'Period start',
    periodEnd: 'Period end',
    content: 'Plan content',
    statusComment: 'Comment',
    dueDate: 'Due',
    ownerId: 'Owner',
    evidence: 'Evidence',
    completedAt: 'Completed at',
    overdueNotifiedAt: 'Overdue reminder',
  },
};
