import type { IsoDate } from '../../shared/dates.js';

/** A joint account plan: drafted by the vendor, run while active, closed at the end (or reopened). */
export const PLAN_STATUSES = ['draft', 'active', 'closed'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const SIDES = ['vendor', 'partner'] as const;
export type Side = (typeof SIDES)[number];

/** The role a person plays on the account, on either side. */
export const TEAM_ROLES = [
  'account_owner',
  'executive_sponsor',
  'solution_architect',
  'sales_engineer',
  'customer_success',
  'delivery_lead',
  'other',
] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

export const GOAL_STATUSES = ['open', 'achieved', 'missed', 'cancelled'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export const ACTION_STATUSES = ['open', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** The classic whitespace analysis: what stands in one business unit for one solution area. */
export const CELL_STATUSES = [
  'vendor_installed',
  'partner_installed',
  'joint_opportunity',
  'competitor',
  'not_applicable',
] as const;
export type CellStatus = (typeof CELL_STATUSES)[number];

export type Decision = { allowed: true } | { allowed: false; reason: string };
const yes: Decision = { allowed: true };
const no = (reason: string): Decision => ({ allowed: false, reason });

/**
 * Plan status: a draft is activated (both teams start working it) or closed unused; an active plan
 * is closed; a closed plan may be reopened (back to active) when the account comes back to life.
 * Nothing goes back to draft once it ran.
 */
export function planTransition(from: PlanStatus, to: PlanStatus): Decision {
  if (from === to) return no(`The plan is already ${from}`);
  if (to === 'draft') return no('A plan that ran does not go back to draft');
  if (from === 'draft' && (to === 'active' || to === 'closed')) return yes;
  if (from === 'active' && to === 'closed') return yes;
  if (from === 'closed' && to === 'active') return yes;
  return no(`A ${from} plan cannot become ${to}`);
}

/** While a plan is not closed, both teams work it (goals, actions, whitespace, team). */
export function planEditable(status: PlanStatus): boolean {
  return status !== 'closed';
}

/** An action is overdue when it is still open and its due day has passed (the organisation's today). */
export function actionOverdue(action: { status: ActionStatus; dueOn: IsoDate }, today: IsoDate): boolean {
  return action.status === 'open' && action.dueOn < today;
}

/** An action is to be reminded of when it is open and due today or earlier, once per due date. */
export function actionNeedsReminder(
  action: { status: ActionStatus; dueOn: IsoDate; remindedFor: IsoDate | null },
  today: IsoDate,
): boolean {
  return action.status === 'open' && action.dueOn <= today && action.remindedFor !== action.dueOn;
}

export type GoalState = 'achieved' | 'missed' | 'cancelled' | 'on_track' | 'at_risk' | 'behind' | 'overdue';
export type GoalProgress = {
  /** Achieved of target, 0–100 (capped); null when the target is zero. */
  percent: number | null;
  /** Where the goal should be by today on a straight line from its start to its target date. */
  expectedPercent: number;
  state: GoalState;
};

function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/**
 * Goal progress: achieved against the target amount (one currency), compared with a straight line
 * from the goal's start to its target date. Closed goals keep their outcome; an open goal whose
 * date passed short of the target is overdue; at or above the line it is on track, within 20
 * points below it at risk, further below behind. Reaching the target counts as achieved in figures
 * even before someone marks it.
 */
export function goalProgress(
  goal: { status: GoalStatus; target: number; achieved: number; startOn: IsoDate; targetDate: IsoDate },
  today: IsoDate,
): GoalProgress {
  const percent = goal.target > 0 ? Math.min(100, Math.floor((100 * goal.achieved) / goal.target)) : null;
  const span = daysBetween(goal.startOn, goal.targetDate);
  const elapsed = daysBetween(goal.startOn, today);
  const expectedPercent = span <= 0 ? 100 : Math.max(0, Math.min(100, Math.round((100 * elapsed) / span)));
  if (goal.status === 'achieved' || goal.status === 'missed' || goal.status === 'cancelled') {
    return { percent, expectedPercent, state: goal.status };
  }
  const reached = goal.target > 0 ? goal.achieved >= goal.target : true;
  if (reached) return { percent, expectedPercent, state: 'on_track' };
  if (today > goal.targetDate) return { percent, expectedPercent, state: 'overdue' };
  const p = percent ?? 0;
  if (p >= expectedPercent) return { percent, expectedPercent, state: 'on_track' };
  if (expectedPercent - p <= 20) return { percent, expectedPercent, state: 'at_risk' };
  return { percent, expectedPercent, state: 'behind' };
}

/**
 * Whitespace cells: the vendor's team sets any status and its notes; the partner's team states its
 * side — it may set any status except "vendor installed", never overwrite a cell the vendor marked
 * installed, and writes its own notes.
 */
export function mayChangeCell(side: Side, before: CellStatus | null, after: CellStatus): Decision {
  if (side === 'vendor') return yes;
  if (after === 'vendor_installed') return no('Only the vendor’s team marks what the vendor has installed');
  if (before === 'vendor_installed') return no('The vendor’s team marked this cell installed; ask them to change it');
  return yes;
}

/** Which side may change an action: its own side's team; the vendor's plan writers change any. */
export function mayChangeAction(actorSide: Side, actionSide: Side): Decision {
  if (actorSide === 'vendor' || actorSide === actionSide) return yes;
  return no('An action of the vendor’s team is changed by the vendor');
}

/** The plan header fields each side writes. */
export const VENDOR_FIELDS = [
  'title',
  'periodStart',
  'periodEnd',
  'summary',
  'footprint',
  'vendorRelationships',
  'businessUnits',
  'solutionAreas',
] as const;
export const PARTNER_FIELDS = ['partnerRelationships', 'partnerNotes'] as const;

/** The fields of a patch the caller's side may not write (empty: all its own). */
export function foreignFields(side: Side, fields: readonly string[]): string[] {
  if (side === 'vendor') return [];
  return fields.filter((f) => !(PARTNER_FIELDS as readonly string[]).includes(f));
}
