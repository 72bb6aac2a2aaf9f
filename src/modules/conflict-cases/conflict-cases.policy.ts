import type { PolicyActor } from '../../shared/context.js';
import { isPartnerRole } from '../../shared/roles.js';
import { appeal, type CaseStatus, closing, escalation, type PartyOutcome } from './conflict-cases.rules.js';

/** What the caller may do with a case now; sent as the case's `can`. */
export type ConflictCasePermissions = {
  escalate: boolean;
  decide: boolean;
  close: boolean;
  note: boolean;
  /** Add its party's statement (a partner party). */
  state: boolean;
  appeal: boolean;
};

/** Vendor staff who run channel conflicts: open cases, escalate, add notes, record outcomes. */
export function runsConflicts(actor: PolicyActor): boolean {
  return actor.role === 'admin' || actor.role === 'partner_manager';
}

/**
 * Who decides at a tier: a partner manager at tier 1 (the partner manager's tier), an admin (the
 * channel chief) at any tier, an executive at any tier (tier 3 is theirs). A case escalated past
 * tier 1 is out of a partner manager's hands.
 */
export function decidesAt(actor: PolicyActor, tier: number): boolean {
  if (actor.role === 'admin' || actor.role === 'executive') return true;
  return actor.role === 'partner_manager' && tier <= 1;
}

type Facts = { status: CaseStatus; tier: number; round: number; appealUntil: string | null };
type OwnParty = { partnerId: string | null; outcome: PartyOutcome | null; appealedRound: number | null } | null;

export function conflictCasePermissions(actor: PolicyActor, c: Facts, own: OwnParty, today: string): ConflictCasePermissions {
  const partnerSide = isPartnerRole(actor.role);
  const party = partnerSide && own !== null && own.partnerId === actor.partnerId;
  return {
    escalate: runsConflicts(actor) && escalation(c).allowed,
    decide: decidesAt(actor, c.tier) && c.status === 'open',
    close: runsConflicts(actor) && closing(c, today, 'person').allowed,
    note: runsConflicts(actor) && c.status !== 'closed',
    state: party && c.status !== 'closed',
    appeal: party && own !== null && appeal(c, own, today).allowed,
  };
}
