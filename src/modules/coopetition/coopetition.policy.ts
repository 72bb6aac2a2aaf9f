import type { PolicyActor } from '../../shared/context.js';

/**
 * Who sees and keeps a partner's coopetition areas (docs/decisions/0091): vendor staff read them
 * (they decide what to share); those who may manage the partner — an admin, its own partner
 * manager — record them. A partner's people do not see them: the notes are the vendor's
 * assessment of where the partner competes, which is its internal view, like fit.
 */
export function maySeeCoopetition(actor: PolicyActor): boolean {
  return actor.partnerId === null;
}

export function mayManageCoopetition(actor: PolicyActor, partner: { ownerId: string | null }): boolean {
  if (actor.role === 'admin') return true;
  return actor.role === 'partner_manager' && actor.userId !== null && partner.ownerId === actor.userId;
}
