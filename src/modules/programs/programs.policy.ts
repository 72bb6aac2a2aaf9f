import type { PolicyActor } from '../../shared/context.js';
import { isPartnerRole } from '../../shared/roles.js';

/** Programs, their tiers and milestone rules are the vendor's design: admins and partner managers shape them. */
export function mayManagePrograms(actor: PolicyActor): boolean {
  return actor.role === 'admin' || actor.role === 'partner_manager';
}

/** Runs of the tier evaluation and milestone checks, and their proposals, are the vendor's internal view. */
export function maySeeEvaluations(actor: PolicyActor): boolean {
  return !isPartnerRole(actor.role);
}

/** Starting an evaluation or a milestone check: admins and partner managers. */
export function mayRunEvaluations(actor: PolicyActor): boolean {
  return mayManagePrograms(actor);
}

/**
 * Changing one partner's standing — joining or leaving a program, placing it in a tier,
 * approving or rejecting a proposal about it, confirming a milestone — is for admins and the
 * partner's own partner manager (its owner).
 */
export function mayDecideFor(actor: PolicyActor, partner: { ownerId: string | null }): boolean {
  if (actor.role === 'admin') return true;
  return actor.role === 'partner_manager' && actor.userId !== null && partner.ownerId === actor.userId;
}

export type ProposalPermissions = { approve: boolean; reject: boolean };

export function proposalPermissions(
  actor: PolicyActor,
  proposal: { status: string },
  partner: { ownerId: string | null },
): ProposalPermissions {
  const open = proposal.status === 'open' && mayDecideFor(actor, partner);
  return { approve: open, reject: open };
}

export type ProgramPermissions = { edit: boolean; delete: boolean; manageMembers: boolean };

export function programPermissions(actor: PolicyActor, program: { isDefault: boolean }): ProgramPermissions {
  const manage = mayManagePrograms(actor);
  return { edit: manage, delete: actor.role === 'admin' && !program.isDefault, manageMembers: manage };
}
