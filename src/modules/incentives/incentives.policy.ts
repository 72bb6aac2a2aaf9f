import type { PolicyActor } from '../../shared/context.js';
import type { BatchStatus } from './incentives.rules.js';

/** Incentive plans are designed by the channel side: an admin or a partner manager. */
export function mayEditPlans(actor: PolicyActor): boolean {
  return actor.role === 'admin' || actor.role === 'partner_manager';
}

/** Payout batches, reversals and payout settings are finance's (and an admin's). */
export function mayManagePayouts(actor: PolicyActor): boolean {
  return actor.role === 'admin' || actor.role === 'finance';
}

export type PayoutBatchPermissions = { approve: boolean; markPaid: boolean; cancel: boolean };

/** What the caller may do with a batch: never approve one they made, nor approve twice (four eyes). */
export function payoutBatchPermissions(
  actor: PolicyActor,
  batch: { status: BatchStatus; createdById: string | null; approverIds: readonly string[] },
): PayoutBatchPermissions {
  const may = mayManagePayouts(actor);
  const mine = actor.userId !== null && (batch.createdById === actor.userId || batch.approverIds.includes(actor.userId));
  return {
    approve: may && batch.status === 'draft' && !mine,
    markPaid: may && batch.status === 'approved',
    cancel: may && (batch.status === 'draft' || batch.status === 'approved'),
  };
}
