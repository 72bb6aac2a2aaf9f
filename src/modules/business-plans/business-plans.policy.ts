import type { PolicyActor } from '../../shared/context.js';
import {
  type CommitmentStatus,
  commitmentsAddable,
  commitmentsEditable,
  contentEditable,
  mayAddCommitment,
  mayChangeCommitment,
  type PlanStatus,
  planTransition,
  type Side,
} from './business-plans.rules.js';

/** The side of the alliance the caller speaks for: a partner's people for the partner, staff for the vendor. */
export function sideOf(actor: PolicyActor): Side {
  return actor.partnerId === null ? 'vendor' : 'partner';
}

/** Vendor staff who write plans: admins and partner managers (alliance managers). */
export function isPlanWriter(actor: PolicyActor): boolean {
  if (actor.partnerId !== null) return actor.role === 'partner_admin' || actor.role === 'partner_user';
  return actor.role === 'admin' || actor.role === 'partner_manager';
}

export type PlanPermissions = {
  /** Change its content (own parts only; the header is the vendor's). */
  edit: boolean;
  propose: boolean;
  approve: boolean;
  /** Send it back to draft (the partner: a proposal; the vendor: a proposal or an approved plan). */
  return: boolean;
  close: boolean;
  archive: boolean;
  /** Delete it: drafts only, the vendor. */
  delete: boolean;
  addCommitment: boolean;
};

/**
 * What the caller may do with a plan now. The vendor's admins and partner managers write,
 * propose, close and archive; a partner's admin approves (and sends back) on the company's behalf;
 * a partner's users edit its parts; executives and finance read.
 */
export function planPermissions(actor: PolicyActor, plan: { status: PlanStatus }): PlanPermissions {
  const writer = isPlanWriter(actor);
  const side = sideOf(actor);
  const can = (action: 'propose' | 'approve' | 'return' | 'close' | 'archive') =>
    writer &&
    planTransition(plan.status, action, side).allowed &&
    ((action !== 'approve' && action !== 'return') || side === 'vendor' || actor.role === 'partner_admin');
  return {
    edit: writer && contentEditable(plan.status),
    propose: can('propose'),
    approve: can('approve'),
    return: can('return'),
    close: can('close'),
    archive: can('archive'),
    delete: writer && side === 'vendor' && plan.status === 'draft',
    addCommitment: writer && commitmentsAddable(plan.status) && mayAddCommitment(actor, side).allowed,
  };
}

/** Creating a plan: the vendor's admins and partner managers (the vendor drafts and proposes). */
export function mayCreatePlan(actor: PolicyActor): boolean {
  return actor.partnerId === null && (actor.role === 'admin' || actor.role === 'partner_manager');
}

export type CommitmentPermissions = {
  /** Change its status, evidence, owner, due date: its own side, while the plan runs. */
  update: boolean;
  /** Remove it: its own side, while the plan is a draft or a proposal. */
  delete: boolean;
};

export function commitmentPermissions(
  actor: PolicyActor,
  commitment: { side: Side; partnerId: string; ownerId: string | null; status: CommitmentStatus },
  planStatus: PlanStatus,
): CommitmentPermissions {
  const mine = mayChangeCommitment(actor, commitment).allowed;
  return {
    update: mine && commitmentsEditable(planStatus),
    delete: mine && isPlanWriter(actor) && commitmentsAddable(planStatus),
  };
}
