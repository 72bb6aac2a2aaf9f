import type { PolicyActor } from '../../shared/context.js';
import type { ApplicationStatus } from './recruitment.rules.js';

export type ApplicationPermissions = {
  /** Accept (make or link a prospect) or reject it, now. */
  review: boolean;
};

/** Admins and partner managers recruit partners, so they decide applications; other staff read them. */
export function mayReviewApplications(actor: PolicyActor): boolean {
  return actor.role === 'admin' || actor.role === 'partner_manager';
}

/** Vendor staff read applications; partner users never (they are the vendor's internal records). */
export function maySeeApplications(actor: PolicyActor): boolean {
  return actor.partnerId === null;
}

export function applicationPermissions(actor: PolicyActor, application: { status: ApplicationStatus }): ApplicationPermissions {
  return { review: mayReviewApplications(actor) && application.status === 'submitted' };
}
