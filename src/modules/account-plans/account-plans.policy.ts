import type { PolicyActor } from '../../shared/context.js';
import {
  type ActionStatus,
  mayChangeAction,
  type PlanStatus,
  planEditable,
  planTransition,
  type Side,
} from './account-plans.rules.js';

/** The side of the account team the caller speaks for: a partner's people for the partner, staff for the vendor. */
export function sideOf(actor: PolicyActor): Side {
  return actor.partnerId === null ? 'vendor' : 'partner';
}

/** Who writes account plans: the vendor's admins and partner managers; a partner's admins and users (their side). */
export function isPlanWriter(actor: PolicyActor): boolean {
  if (actor.partnerId !== null) return actor.role === 'partner_admin' || actor.role === 'partner_user';
  return actor.role === 'admin' || actor.role === 'partner_manager';
}

/** Creating a plan: the vendor's admins and partner managers (they pick the key account and the partner). */
export function mayCreateAccountPlan(actor: PolicyActor): boolean {
  return actor.partnerId === null && isPlanWriter(actor);
}

export type AccountPlanPermissions = {
  /** Change the header: the vendor all of it, the partner its own fields. */
  edit: boolean;
  activate: boolean;
  close: boolean;
  reopen: boolean;
  /** Add goals, actions, whitespace cells and team members of the caller's side. */
  contribute: boolean;
};

/** What the caller may do with an account plan now; sent as its `can`. */
export function accountPlanPermissions(actor: PolicyActor, plan: { status: PlanStatus }): AccountPlanPermissions {
  const writer = isPlanWriter(actor);
  const vendor = writer && sideOf(actor) === 'vendor';
  const open = planEditable(plan.status);
  return {
    edit: writer && open,
    activate: vendor && plan.status === 'draft' && planTransition(plan.status, 'active').allowed,
    close: vendor && planTransition(plan.status, 'closed').allowed,
    reopen: vendor && plan.status === 'closed',
    contribute: writer && open,
  };
}

/** A goal is joint: either side's writers change it while the plan runs. */
export function goalPermissions(actor: PolicyActor, planStatus: PlanStatus): { edit: boolean; delete: boolean } {
  const ok = isPlanWriter(actor) && planEditable(planStatus);
  return { edit: ok, delete: ok };
}

/** An action is changed by its own side (the vendor's writers change any) while the plan runs. */
export function actionPermissions(
  actor: PolicyActor,
  action: { side: Side; status: ActionStatus },
  planStatus: PlanStatus,
): { edit: boolean; complete: boolean } {
  const ok = isPlanWriter(actor) && planEditable(planStatus) && mayChangeAction(sideOf(actor), action.side).allowed;
  return { edit: ok, complete: ok && action.status === 'open' };
}
