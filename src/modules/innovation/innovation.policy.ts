import type { PolicyActor } from '../../shared/context.js';
import { isPartnerRole } from '../../shared/roles.js';
import { isFinal, mayEditIdea } from './innovation.rules.js';

type PartnerFacts = { id: string; ownerId: string | null };

/** An admin, or the partner manager who owns the partner, decides an idea's stage and assigns reviewers. */
export function decidesIdeas(actor: PolicyActor, partner: PartnerFacts): boolean {
  return (
    actor.role === 'admin' || (actor.role === 'partner_manager' && actor.userId !== null && actor.userId === partner.ownerId)
  );
}

/** The partner's people submit ideas for their company; the alliance's managers for the partner. */
export function maySubmitIdea(actor: PolicyActor, partner: PartnerFacts): boolean {
  return decidesIdeas(actor, partner) || (isPartnerRole(actor.role) && actor.partnerId === partner.id);
}

/** Vendor roles that review (score) ideas they are assigned to. */
export const REVIEWER_ROLES = ['admin', 'partner_manager', 'executive'] as const;

export type IdeaPermissions = {
  /** Change its text (at submission: whoever submitted it, its company's admin, the alliance's managers). */
  edit: boolean;
  /** Assign reviewers and move it through the funnel. */
  decide: boolean;
  /** Give or change a score (an assigned reviewer, until the idea is final). */
  score: boolean;
  /** See the reviewers' individual scores and comments (vendor staff). */
  seeReviews: boolean;
};

export function ideaPermissions(
  actor: PolicyActor,
  idea: { stage: Parameters<typeof mayEditIdea>[0]; submittedById: string | null; partnerId: string },
  partner: PartnerFacts,
  assignedReviewer: boolean,
): IdeaPermissions {
  const decides = decidesIdeas(actor, partner);
  const ownSide =
    isPartnerRole(actor.role) &&
    actor.partnerId === idea.partnerId &&
    (actor.role === 'partner_admin' || (actor.userId !== null && actor.userId === idea.submittedById));
  return {
    edit: mayEditIdea(idea.stage) && (decides || ownSide),
    decide: decides && !isFinal(idea.stage),
    score: assignedReviewer && !isFinal(idea.stage),
    seeReviews: !isPartnerRole(actor.role),
  };
}
