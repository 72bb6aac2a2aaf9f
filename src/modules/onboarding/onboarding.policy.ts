import type { PolicyActor } from '../../shared/context.js';
import { mayCompleteTask, type TaskRef } from './onboarding.rules.js';

/** What the caller may do with a partner's onboarding now; sent as the onboarding's `can`. */
export type OnboardingPermissions = {
  /** Cancel it, assign its tasks, move their due dates. */
  manage: boolean;
};

/** An admin or the partner's own partner manager runs its onboarding; everyone who sees the partner reads it. */
export function onboardingPermissions(actor: PolicyActor, partner: { ownerId: string | null }): OnboardingPermissions {
  const manages =
    actor.role === 'admin' || (actor.role === 'partner_manager' && actor.userId !== null && actor.userId === partner.ownerId);
  return { manage: manages };
}

/** Starting an onboarding: as managing one. */
export function mayStartOnboarding(actor: PolicyActor, partner: { ownerId: string | null }): boolean {
  return onboardingPermissions(actor, partner).manage;
}

export type TaskPermissions = {
  /** Mark it done (and upload its document): the task's own side only (onboarding.rules.ts). */
  complete: boolean;
  /** Assign it or move its due date: whoever manages the onboarding. */
  edit: boolean;
};

export function taskPermissions(
  actor: PolicyActor,
  task: TaskRef & { status: string },
  partner: { ownerId: string | null },
): TaskPermissions {
  return {
    complete: task.status === 'open' && mayCompleteTask(actor, task, partner.ownerId).allowed,
    edit: task.status === 'open' && onboardingPermissions(actor, partner).manage,
  };
}

/** Templates are the vendor's: admins and partner managers write them. */
export function mayEditTemplates(actor: PolicyActor): boolean {
  return actor.role === 'admin' || actor.role === 'partner_manager';
}
