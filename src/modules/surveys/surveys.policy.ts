import type { PolicyActor } from '../../shared/context.js';
import type { IsoDate } from '../../shared/dates.js';
import { mayAnswer, type RoundStatus } from './surveys.rules.js';

export type SurveyRoundPermissions = {
  /** Give or change one's own answer now (asked, and the round is open). */
  answer: boolean;
  /** Close the round before its closing day. */
  close: boolean;
  /** Read each person's answers by name (decision 0287: admins only; everyone else reads aggregates). */
  viewResponses: boolean;
};

export type SurveyTemplatePermissions = { edit: boolean };

function isVendorStaff(actor: PolicyActor): boolean {
  return actor.partnerId === null;
}

/** An admin, or the partner manager who owns the partner: sends and closes its surveys. */
export function managesSurveysOf(actor: PolicyActor, partner: { ownerId: string | null }): boolean {
  return (
    actor.role === 'admin' || (actor.role === 'partner_manager' && actor.userId !== null && actor.userId === partner.ownerId)
  );
}

/** Admins and partner managers keep the templates and send surveys to many partners at once. */
export function mayManageSurveys(actor: PolicyActor): boolean {
  return actor.role === 'admin' || actor.role === 'partner_manager';
}

export function templatePermissions(actor: PolicyActor): SurveyTemplatePermissions {
  return { edit: mayManageSurveys(actor) };
}

/**
 * Who may do what with a partner's survey round. Answering is for the people asked (either side)
 * while it is open; the vendor's admins and the partner's manager close it; only admins read who
 * answered what (the people asked are told so).
 */
export function roundPermissions(
  actor: PolicyActor,
  round: { status: RoundStatus; opensOn: IsoDate; closesOn: IsoDate; partnerId: string },
  partner: { ownerId: string | null },
  facts: { isRecipient: boolean; today: IsoDate },
): SurveyRoundPermissions {
  const ofRound = isVendorStaff(actor) || actor.partnerId === round.partnerId;
  return {
    answer: ofRound && mayAnswer(round, facts.today, facts.isRecipient).allowed,
    close: managesSurveysOf(actor, partner) && round.status !== 'closed',
    viewResponses: actor.role === 'admin',
  };
}
