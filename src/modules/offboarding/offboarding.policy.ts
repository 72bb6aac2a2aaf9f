import type { PolicyActor } from '../../shared/context.js';

export type RunbookPermissions = {
  /** Mark its items done (and start one for a partner already off-boarding). */
  work: boolean;
};

/**
 * An admin or the partner's own partner manager works through its off-boarding; every vendor
 * role reads it; the partner's people never see it (they lose access during it).
 */
export function runbookPermissions(actor: PolicyActor, partner: { ownerId: string | null }): RunbookPermissions {
  return {
    work:
      actor.partnerId === null &&
      (actor.role === 'admin' || (actor.role === 'partner_manager' && actor.userId !== null && actor.userId === partner.ownerId)),
  };
}
