import { addDays, daysBetween, type IsoDate } from '../../shared/dates.js';
import type { FieldError } from '../../shared/errors.js';
import { isPartnerRole, type Role } from '../../shared/roles.js';

/** Which side of the relationship does a task: the vendor's team or the partner's people. */
export const OWNER_SIDES = ['vendor', 'partner'] as const;
export type OwnerSide = (typeof OWNER_SIDES)[number];

/** What a task needs before it counts as done, besides someone marking it. */
export const TASK_REQUIREMENTS = ['none', 'document', 'acknowledgement'] as const;
export type TaskRequirement = (typeof TASK_REQUIREMENTS)[number];

export const ONBOARDING_STATUSES = ['in_progress', 'completed', 'cancelled'] as const;
export type OnboardingStatus = (typeof ONBOARDING_STATUSES)[number];

/** A cancelled task no longer applies (the step does not fit this partner): it counts for nothing. */
export const TASK_STATUSES = ['open', 'done', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** One step of an onboarding plan template. */
export type TemplateStep = {
  title: string;
  description: string;
  ownerSide: OwnerSide;
  /** The role on that side that does it: a partner_user task may be done by any of the partner's people. */
  ownerRole: Role;
  /** Days after the onboarding starts when it is due (0: the first day). */
  dueOffsetDays: number;
  requirement: TaskRequirement;
  /** Counts towards completion (and time-to-onboard); optional steps are nice to have. */
  required: boolean;
};

/**
 * A template's steps make sense together: each owner role belongs to its side, and at least one
 * step is required (otherwise an onboarding would be complete the moment it starts). Problems
 * name the step (`steps.2.ownerRole`).
 */
export function stepProblems(steps: readonly TemplateStep[]): FieldError[] {
  const problems: FieldError[] = [];
  steps.forEach((step, i) => {
    if (isPartnerRole(step.ownerRole) !== (step.ownerSide === 'partner')) {
      problems.push({
        path: `steps.${i}.ownerRole`,
        message:
          step.ownerSide === 'partner'
            ? 'must be a partner role (partner_admin or partner_user) for a partner-side step'
            : 'must be a vendor role (admin, partner_manager, executive or finance) for a vendor-side step',
      });
    }
  });
  if (steps.length > 0 && !steps.some((s) => s.required)) {
    problems.push({ path: 'steps', message: 'must have at least one required step' });
  }
  return problems;
}

export type PlannedTask = TemplateStep & { position: number; dueOn: IsoDate };

/** The tasks an onboarding starting on `startOn` gets: one per step, due `dueOffsetDays` after the start. */
export function planTasks(steps: readonly TemplateStep[], startOn: IsoDate): PlannedTask[] {
  return steps.map((step, position) => ({ ...step, position, dueOn: addDays(startOn, step.dueOffsetDays) }));
}

/** A task is overdue once its due day has passed and it is still open (due today is not overdue). */
export function isOverdue(task: { status: TaskStatus; dueOn: IsoDate }, today: IsoDate): boolean {
  return task.status === 'open' && task.dueOn < today;
}

/** Who is asking, as the completion rule needs them: null user id is the system (demo history, imports). */
export type TaskActor = { userId: string | null; role: Role; partnerId: string | null };

export type TaskRef = {
  partnerId: string;
  ownerSide: OwnerSide;
  ownerRole: Role;
  assigneeId: string | null;
};

export type Decision = { allowed: true } | { allowed: false; reason: string; path?: string };

/**
 * Each side completes its own tasks. On the partner's side, the partner's admin does any of
 * them and a partner user those meant for partner users; on the vendor's side, an admin, the
 * partner's own partner manager, or whoever the task is assigned to. Nobody completes the other
 * side's task (a partner cannot tick "credit check done"; the vendor cannot sign for the
 * partner). The system records history on anyone's behalf.
 */
export function mayCompleteTask(actor: TaskActor, task: TaskRef, partnerOwnerId: string | null): Decision {
  if (actor.userId === null && actor.role === 'admin' && actor.partnerId === null) return { allowed: true };
  if (task.ownerSide === 'partner') {
    if (actor.partnerId !== task.partnerId)
      return { allowed: false, reason: "This is the partner's task: the partner completes it" };
    if (actor.role === 'partner_admin' || actor.role === task.ownerRole) return { allowed: true };
    return { allowed: false, reason: "This task is for the partner's admin" };
  }
  if (actor.partnerId !== null) return { allowed: false, reason: "This is the vendor's task: the vendor completes it" };
  if (actor.role === 'admin') return { allowed: true };
  if (actor.userId !== null && actor.userId === task.assigneeId) return { allowed: true };
  if (actor.role === 'partner_manager' && actor.userId !== null && actor.userId === partnerOwnerId) return { allowed: true };
  return { allowed: false, reason: "Only an admin, the partner's manager or the task's assignee completes it" };
}

/**
 * A task is done once, and only with what it asks for: the required document uploaded, or the
 * acknowledgement given.
 */
export function decideCompletion(
  task: { status: TaskStatus; requirement: TaskRequirement },
  evidence: { documents: number; acknowledged: boolean },
): Decision {
  if (task.status === 'done') return { allowed: false, reason: 'This task is already done', path: 'status' };
  if (task.status === 'cancelled') return { allowed: false, reason: 'This task was cancelled', path: 'status' };
  if (task.requirement === 'document' && evidence.documents === 0) {
    return { allowed: false, reason: 'upload the required document first', path: 'file' };
  }
  if (task.requirement === 'acknowledgement' && !evidence.acknowledged) {
    return { allowed: false, reason: 'must be true: this task asks for an acknowledgement', path: 'acknowledged' };
  }
  return { allowed: true };
}

export type Progress = {
  tasks: number;
  done: number;
  required: number;
  requiredDone: number;
  /** Required tasks done, 0–100, rounded down (100 only when all are). */
  percent: number;
  overdue: number;
};

export function progressOf(
  tasks: readonly { status: TaskStatus; required: boolean; dueOn: IsoDate }[],
  today: IsoDate,
): Progress {
  // A cancelled task no longer applies: it is neither to do nor done.
  tasks = tasks.filter((t) => t.status !== 'cancelled');
  const required = tasks.filter((t) => t.required);
  const requiredDone = required.filter((t) => t.status === 'done').length;
  return {
    tasks: tasks.length,
    done: tasks.filter((t) => t.status === 'done').length,
    required: required.length,
    requiredDone,
    percent: required.length === 0 ? 100 : Math.floor((100 * requiredDone) / required.length),
    overdue: tasks.filter((t) => isOverdue(t, today)).length,
  };
}

/**
 * An onboarding is complete when its last required task is done; it completed at that task's
 * moment (not when someone noticed), so time-to-onboard measures the partner's path.
 */
export function completionOf(tasks: readonly { status: TaskStatus; required: boolean; completedAt: Date | null }[]): Date | null {
  const required = tasks.filter((t) => t.required && t.status !== 'cancelled');
  if (required.length === 0 || required.some((t) => t.status !== 'done' || !t.completedAt)) return null;
  return new Date(Math.max(...required.map((t) => (t.completedAt as Date).getTime())));
}

/** Days from start to completion, in whole days (what "time to onboard" reports). */
export function timeToOnboardDays(startOn: IsoDate, completedOn: IsoDate): number {
  return daysBetween(startOn, completedOn);
}

/**
 * Starting onboarding moves a prospect or a qualified partner into the onboarding stage; a
 * partner further along (re-onboarding into a new program) keeps its stage.
 */
export function stageOnStart(stage: string): 'onboarding' | null {
  return stage === 'prospect' || stage === 'qualified' ? 'onboarding' : null;
}

/**
 * Who is reminded of an overdue task: its assignee, or — nobody assigned — the admins of the
 * side that owns it (the vendor's admins, or the partner's admins).
 */
export function reminderAudience(task: {
  ownerSide: OwnerSide;
  assigneeId: string | null;
}): { to: 'assignee'; userId: string } | { to: 'admins'; side: OwnerSide } {
  return task.assigneeId ? { to: 'assignee', userId: task.assigneeId } : { to: 'admins', side: task.ownerSide };
}

/** Days a task is overdue on `today` (1 the day after its due day). */
export function daysOverdue(dueOn: IsoDate, today: IsoDate): number {
  return daysBetween(dueOn, today);
}
