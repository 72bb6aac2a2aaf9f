import type { AuditVocabulary } from '../../app/module';
import type { AccountPlanStatus, ActionStatus, CellStatus, GoalState, GoalStatus, PlanSide, TeamRole } from './api';

export const accountPlanStatus: Record<AccountPlanStatus, string> = { draft: 'Draft', active: 'Active', closed: 'Closed' };
export const accountTeamRole: Record<TeamRole, string> = {
  account_owner: 'Account owner',
  executive_sponsor: 'Executive sponsor',
  solution_architect: 'Solution architect',
  sales_engineer: 'Sales engineer',
  customer_success: 'Customer success',
  delivery_lead: 'Delivery lead',
  other: 'Other',
};
export const accountPlanSide: Record<PlanSide, string> = { vendor: 'Vendor', partner: 'Partner' };
export const accountGoalStatus: Record<GoalStatus, string> = {
  open: 'Open',
  achieved: 'Achieved',
  missed: 'Missed',
  cancelled: 'Cancelled',
};
export const accountGoalState: Record<GoalState, string> = {
  on_track: 'On track',
  at_risk: 'At risk',
  behind: 'Behind',
  overdue: 'Overdue',
  achieved: 'Achieved',
  missed: 'Missed',
  cancelled: 'Cancelled',
};
export const accountActionStatus: Record<ActionStatus, string> = { open: 'Open', done: 'Done', cancelled: 'Cancelled' };
export const whitespaceCell: Record<CellStatus, string> = {
  vendor_installed: 'Vendor installed',
  partner_installed: 'Partner installed',
  joint_opportunity: 'Joint opportunity',
  competitor: 'Competitor',
  not_applicable: 'Not applicable',
};

export const accountPlanLabels = {
  accountPlanStatus,
  accountTeamRole,
  accountPlanSide,
  accountGoalStatus,
  accountGoalState,
  accountActionStatus,
  whitespaceCell,
};
export const accountPlanColors = {
  accountPlanStatus: { draft: 'gray', active: 'teal', closed: 'blue' } as Record<AccountPlanStatus, string>,
  accountGoalState: {
    on_track: 'teal',
    at_risk: 'yellow',
    behind: 'orange',
    overdue: 'red',
    achieved: 'green',
    missed: 'red',
    cancelled: 'gray',
  } as Record<GoalState, string>,
  accountActionStatus: { open: 'blue', done: 'teal', cancelled: 'gray' } as Record<ActionStatus, string>,
  whitespaceCell: {
    vendor_installed: 'blue',
    partner_installed: 'grape',
    joint_opportunity: 'teal',
    competitor: 'red',
    not_applicable: 'gray',
  } as Record<CellStatus, string>,
};

type AccountPlanLabelSets = typeof accountPlanLabels;
type AccountPlanColorSets = typeof accountPlanColors;

declare module '../../app/module' {
  interface LabelSets extends AccountPlanLabelSets {}
  interface ColorSets extends AccountPlanColorSets {}
}

export const accountPlanAudit: AuditVocabulary = {
  entities: {
    account_plan: { label: 'Account plan', link: (e) => `/account-plans/${e.entityId}` },
    account_plan_goal: { label: 'Account plan goal', link: () => null },
    account_plan_action: { label: 'Account plan action', link: () => null },
    account_plan_cell: { label: 'Whitespace cell', link: () => null },
  },
  fields: {
    footprint: 'Current footprint',
    vendorRelationships: 'Vendor relationships',
    partnerRelationships: 'Partner relationships',
    partnerNotes: 'Partner notes',
    businessUnits: 'Business units',
    solutionAreas: 'Solution areas',
    statusReason: 'Reason',
    activatedAt: 'Activated at',
    targetAmount: 'Target',
    achievedAmount: 'Achieved',
    targetDate: 'Target date',
    dueOn: 'Due',
    vendorNotes: 'Vendor notes',
    remindedFor: 'Reminded for',
  },
};
