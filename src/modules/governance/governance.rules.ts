import { daysBetween, type IsoDate } from '../../shared/dates.js';
import type { FieldError } from '../../shared/errors.js';

/**
 * The governance of a strategic alliance (seed 001/004: the joint steering committee and its
 * cadence): bodies with members from both sides and decision rules, meetings, decisions voted
 * against the body's rule, action items, and executive engagement. Pure: data in, decision out.
 */

export const SIDES = ['vendor', 'partner'] as const;
export type Side = (typeof SIDES)[number];

export const BODY_KINDS = ['joint_steering_committee', 'program_board', 'working_group', 'executive_review', 'custom'] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

/** A chair votes; a voting member votes; an observer takes part without a vote. */
export const MEMBER_ROLES = ['chair', 'voting', 'observer'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export const MEETING_KINDS = ['kickoff', 'qbr', 'jsc', 'alignment_workshop', 'working_session', 'executive_review'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

/** The meetings that count as a governance review ("no governance meeting in the last 120 days"). */
export const REVIEW_KINDS: readonly MeetingKind[] = ['qbr', 'jsc', 'executive_review'];
/** The meetings at which executive sponsors are expected (sponsor attendance). */
export const SPONSOR_KINDS: readonly MeetingKind[] = ['qbr', 'jsc'];

export const MEETING_STATUSES = ['scheduled', 'held', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const DECISION_STATUSES = ['open', 'passed', 'failed'] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

export const VOTES = ['for', 'against', 'abstain'] as const;
export type Vote = (typeof VOTES)[number];

export const ACTION_STATUSES = ['open', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const RULE_BASES = ['votes_cast', 'voting_members'] as const;
/**
 * What the threshold is a share of:
 * - votes_cast: the for and against votes (abstentions count for the quorum, not the threshold) —
 *   "a simple majority of the votes cast";
 * - voting_members: every voting member of the body, whether they voted or not — "more than 75%
 *   of the voting members" (abstaining or staying away counts against).
 */
export type RuleBasis = (typeof RULE_BASES)[number];

export const RULE_COMPARISONS = ['more_than', 'at_least'] as const;
export type RuleComparison = (typeof RULE_COMPARISONS)[number];

/** How one class of decision passes; a body keeps one rule per class. */
export type DecisionRule = {
  /** A short key decisions name: `operational`, `major_investment`. */
  decisionClass: string;
  label: string;
  basis: RuleBasis;
  /** 1–100. */
  thresholdPercent: number;
  comparison: RuleComparison;
};

/** The rules a new body gets unless told otherwise: the ones alliance charters usually write. */
export function defaultDecisionRules(): DecisionRule[] {
  return [
    { decisionClass: 'operational', label: 'Operational', basis: 'votes_cast', thresholdPercent: 50, comparison: 'more_than' },
    {
      decisionClass: 'major_investment',
      label: 'Major investment',
      basis: 'voting_members',
      thresholdPercent: 75,
      comparison: 'more_than',
    },
  ];
}

/** A body's rules make sense: at least one, classes unique, thresholds a share that can be reached. */
export function decisionRuleProblems(rules: readonly DecisionRule[], quorumPercent: number): FieldError[] {
  const problems: FieldError[] = [];
  if (rules.length === 0) problems.push({ path: 'decisionRules', message: 'must have at least one decision rule' });
  const seen = new Set<string>();
  rules.forEach((rule, i) => {
    if (seen.has(rule.decisionClass)) {
      problems.push({ path: `decisionRules.${i}.decisionClass`, message: 'is the class of another rule of this body' });
    }
    seen.add(rule.decisionClass);
    if (rule.comparison === 'more_than' && rule.thresholdPercent >= 100) {
      problems.push({ path: `decisionRules.${i}.thresholdPercent`, message: 'more than 100% can never be reached' });
    }
  });
  if (quorumPercent < 0 || quorumPercent > 100) problems.push({ path: 'quorumPercent', message: 'must be 0–100' });
  return problems;
}

export type Tally = { for: number; against: number; abstain: number };

export type OutcomeInput = {
  /** The body's voting members when the decision was opened (chair included). */
  votingMembers: number;
  tally: Tally;
  /** Share of the voting members who must take part (for, against or abstain), 0–100. */
  quorumPercent: number;
  rule: Pick<DecisionRule, 'basis' | 'thresholdPercent' | 'comparison'>;
};

export type Outcome = {
  outcome: 'passed' | 'failed';
  quorumMet: boolean;
  /** The share of the threshold's basis that voted for, 0–100 (one decimal). */
  forPercent: number;
  reason: string;
};

const pct = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((1000 * part) / whole) / 10);

/**
 * The body's rule decides, not a person: quorum first (the share of voting members who took
 * part, abstentions included, must reach the body's quorum), then the threshold on its basis.
 * Integer arithmetic (100·for against percent·basis): no rounding decides a vote. A tie under
 * "more than 50%" fails; nobody voting fails.
 */
export function decideOutcome(input: OutcomeInput): Outcome {
  const { tally, votingMembers, quorumPercent, rule } = input;
  const took = tally.for + tally.against + tally.abstain;
  const quorumMet = votingMembers > 0 && took * 100 >= quorumPercent * votingMembers && took > 0;
  const basis = rule.basis === 'votes_cast' ? tally.for + tally.against : votingMembers;
  const forPercent = pct(tally.for, basis);
  if (!quorumMet) {
    return {
      outcome: 'failed',
      quorumMet,
      forPercent,
      reason: `No quorum: ${took} of ${votingMembers} voting members took part, ${quorumPercent}% needed`,
    };
  }
  const scaled = tally.for * 100;
  const needed = rule.thresholdPercent * basis;
  const passes = basis > 0 && (rule.comparison === 'more_than' ? scaled > needed : scaled >= needed);
  const of = rule.basis === 'votes_cast' ? 'of the votes cast' : 'of the voting members';
  const wanted = `${rule.comparison === 'more_than' ? 'more than' : 'at least'} ${rule.thresholdPercent}% ${of}`;
  return {
    outcome: passes ? 'passed' : 'failed',
    quorumMet,
    forPercent,
    reason: `${tally.for} for (${forPercent}% ${of}); the rule needs ${wanted}`,
  };
}

/** Chairs and voting members vote; observers do not. */
export function isVotingRole(role: MemberRole): boolean {
  return role === 'chair' || role === 'voting';
}

/** A body's members: at most one chair, each person once. */
export function memberProblems(members: readonly { userId: string; role: MemberRole }[]): FieldError[] {
  const problems: FieldError[] = [];
  const seen = new Set<string>();
  members.forEach((m, i) => {
    if (seen.has(m.userId)) problems.push({ path: `members.${i}.userId`, message: 'is already a member' });
    seen.add(m.userId);
  });
  if (members.filter((m) => m.role === 'chair').length > 1)
    problems.push({ path: 'members', message: 'may have one chair only' });
  return problems;
}

/** Scheduled → held or cancelled; held and cancelled are final. */
export function mayMoveMeeting(from: MeetingStatus, to: MeetingStatus): { allowed: true } | { allowed: false; reason: string } {
  if (from === 'scheduled' && (to === 'held' || to === 'cancelled')) return { allowed: true };
  return { allowed: false, reason: `is ${from}: a ${from} meeting cannot become ${to}` };
}

/** Open and its due day has passed, counted in the organisation's calendar. */
export function isActionOverdue(action: { status: ActionStatus; dueOn: IsoDate }, today: IsoDate): boolean {
  return action.status === 'open' && action.dueOn < today;
}

/** Days between reminders about the same overdue action item. */
export const REMINDER_EVERY_DAYS = 7;

/**
 * An overdue action item's owner is reminded the first day it is overdue and then once a week
 * while it stays open; the day of the last reminder is kept, so running the sweep again the same
 * day (a retry, two processes) reminds nobody twice.
 */
export function reminderDue(
  action: { status: ActionStatus; dueOn: IsoDate; remindedOn: IsoDate | null; ownerId: string | null },
  today: IsoDate,
): boolean {
  if (!action.ownerId || !isActionOverdue(action, today)) return false;
  if (!action.remindedOn || action.remindedOn < action.dueOn) return true;
  return daysBetween(action.remindedOn, today) >= REMINDER_EVERY_DAYS;
}

export type AttendanceMeeting = { attendees: readonly { side: Side; executiveSponsor: boolean; attended: boolean | null }[] };

/**
 * Executive engagement per side: of the QBRs and JSCs held, the share at which at least one
 * executive sponsor of that side was present, 0–100 (whole percent). Null when none were held —
 * "not measured", never a faked zero.
 */
export function sponsorAttendance(meetings: readonly AttendanceMeeting[]): Record<Side, number | null> {
  if (meetings.length === 0) return { vendor: null, partner: null };
  const rate = (side: Side) =>
    Math.round(
      (100 *
        meetings.filter((m) => m.attendees.some((a) => a.side === side && a.executiveSponsor && a.attended === true)).length) /
        meetings.length,
    );
  return { vendor: rate('vendor'), partner: rate('partner') };
}

/** What an invitation says; a change to any of it is sent again with the next SEQUENCE. */
export type InvitationFields = {
  title: string;
  startsAt: Date;
  durationMinutes: number;
  location: string;
  agenda: readonly { title: string }[];
};

export function invitationChanged(before: InvitationFields, after: InvitationFields): boolean {
  return (
    before.title !== after.title ||
    before.startsAt.getTime() !== after.startsAt.getTime() ||
    before.durationMinutes !== after.durationMinutes ||
    before.location !== after.location ||
    JSON.stringify(before.agenda.map((a) => a.title)) !== JSON.stringify(after.agenda.map((a) => a.title))
  );
}

/**
 * Who gets which calendar message after a change to a scheduled meeting: the invitees get a
 * REQUEST when the invitation changed (newcomers always do), people taken off the list a CANCEL.
 */
export function invitationPlan(
  before: readonly string[],
  after: readonly string[],
  changed: boolean,
): { request: string[]; cancel: string[] } {
  const was = new Set(before);
  const is = new Set(after);
  return {
    request: after.filter((id) => changed || !was.has(id)),
    cancel: before.filter((id) => !is.has(id)),
  };
}
