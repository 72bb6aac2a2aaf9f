import type { PolicyActor } from '../../shared/context.js';
import { isPartnerRole } from '../../shared/roles.js';
import type { ActionStatus, DecisionStatus, MeetingStatus, MemberRole, Side } from './governance.rules.js';
import { isVotingRole } from './governance.rules.js';

type VisiblePartner = { id: string; ownerId: string | null };

/**
 * An admin, or the partner manager who owns the partner, runs the alliance's governance on the
 * vendor side: sets up bodies, schedules meetings, opens votes, assigns actions. Both sides take
 * part in what that sets up (voting, their action items, minutes where the vendor allows it).
 */
export function managesGovernance(actor: PolicyActor, partner: VisiblePartner): boolean {
  return (
    actor.role === 'admin' || (actor.role === 'partner_manager' && actor.userId !== null && actor.userId === partner.ownerId)
  );
}

export type BodyPermissions = {
  /** Change it, archive it (`active: false`) or bring it back. */
  edit: boolean;
  /** Delete it: only one without a record — no decision, no held meeting (decision 0175). */
  delete: boolean;
};

export function bodyPermissions(actor: PolicyActor, partner: VisiblePartner, hasRecord = false): BodyPermissions {
  const manages = managesGovernance(actor, partner);
  return { edit: manages, delete: manages && !hasRecord };
}

export type MeetingPermissions = {
  /** Change the time, place, agenda or invitees (scheduled meetings). */
  edit: boolean;
  cancel: boolean;
  /** Mark it held. */
  hold: boolean;
  /** Record who attended. */
  recordAttendance: boolean;
  /** Write the minutes: the vendor's managers, and the partner's people where the vendor allowed it. */
  writeMinutes: boolean;
  /** Delete it: one not held (a scheduled one's invitees get the cancellation); a held meeting is the alliance's record. */
  delete: boolean;
};

export function meetingPermissions(
  actor: PolicyActor,
  meeting: { partnerId: string; status: MeetingStatus; partnerMayWriteMinutes: boolean },
  partner: VisiblePartner,
): MeetingPermissions {
  const manages = managesGovernance(actor, partner);
  const scheduled = meeting.status === 'scheduled';
  const partnerWrites = isPartnerRole(actor.role) && actor.partnerId === meeting.partnerId && meeting.partnerMayWriteMinutes;
  return {
    edit: manages && scheduled,
    cancel: manages && scheduled,
    hold: manages && scheduled,
    recordAttendance: manages && meeting.status !== 'cancelled',
    writeMinutes: meeting.status !== 'cancelled' && (manages || partnerWrites),
    delete: manages && meeting.status !== 'held',
  };
}

export type DecisionPermissions = {
  /** Cast (or change) one's own vote: a voting member of the body when the vote opened, while it is open. */
  vote: boolean;
  /** Close the vote: the rule then decides. The body's chair or whoever runs the governance. */
  close: boolean;
};

export function decisionPermissions(
  actor: PolicyActor,
  decision: { status: DecisionStatus; voterIds: readonly string[] },
  partner: VisiblePartner,
  chairId: string | null,
): DecisionPermissions {
  const open = decision.status === 'open';
  const voter = actor.userId !== null && decision.voterIds.includes(actor.userId);
  return {
    vote: open && voter,
    close: open && (managesGovernance(actor, partner) || (actor.userId !== null && actor.userId === chairId)),
  };
}

/** May a member with this role vote? (For the members list's flags.) */
export function mayVote(role: MemberRole): boolean {
  return isVotingRole(role);
}

export type ActionPermissions = {
  /** Change its status and notes: its owner, the partner's admin for partner-side items, or a manager. */
  update: boolean;
  /** Change its title, owner and due date: whoever runs the governance. */
  manage: boolean;
  /** Delete it: whoever runs the governance, unless it is done (then it is the record that it was). */
  delete: boolean;
};

export function actionPermissions(
  actor: PolicyActor,
  action: { partnerId: string; ownerId: string | null; side: Side; status: ActionStatus },
  partner: VisiblePartner,
): ActionPermissions {
  const manages = managesGovernance(actor, partner);
  const owns = actor.userId !== null && actor.userId === action.ownerId;
  const partnerAdmin = actor.role === 'partner_admin' && actor.partnerId === action.partnerId && action.side === 'partner';
  return { update: manages || owns || partnerAdmin, manage: manages, delete: manages && action.status !== 'done' };
}
