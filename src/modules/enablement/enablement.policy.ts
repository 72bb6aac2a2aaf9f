import type { PolicyActor } from '../../shared/context.js';
import { isPartnerRole } from '../../shared/roles.js';
import type { CourseStatus } from './enablement.rules.js';

/** Vendor admins and partner managers author courses and certifications. */
export function mayAuthorEnablement(actor: PolicyActor): boolean {
  return actor.role === 'admin' || actor.role === 'partner_manager';
}

/** Partner people take courses, each for themselves. */
export function mayTakeCourses(actor: PolicyActor): boolean {
  return isPartnerRole(actor.role) && actor.partnerId !== null;
}

/** Sees every enrolment and certificate of the caller's company, not only their own. */
export function seesColleaguesLearning(actor: PolicyActor): boolean {
  return !isPartnerRole(actor.role) || actor.role === 'partner_admin';
}

export type CoursePermissions = { edit: boolean; publish: boolean; retire: boolean; enrol: boolean };

export function coursePermissions(actor: PolicyActor, course: { status: CourseStatus }): CoursePermissions {
  const author = mayAuthorEnablement(actor);
  return {
    edit: author && course.status !== 'retired',
    publish: author && course.status !== 'published',
    retire: author && course.status === 'published',
    enrol: mayTakeCourses(actor) && course.status === 'published',
  };
}

/** Only the learner marks their modules done and submits their quiz: nobody takes a course for someone else. */
export function enrolmentPermissions(actor: PolicyActor, enrolment: { userId: string }): { take: boolean } {
  return { take: actor.userId !== null && actor.userId === enrolment.userId };
}

export function certificationPermissions(actor: PolicyActor): { edit: boolean } {
  return { edit: mayAuthorEnablement(actor) };
}
