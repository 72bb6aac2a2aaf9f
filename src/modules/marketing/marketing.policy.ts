import type { PolicyActor } from '../../shared/context.js';
import { isPartnerRole } from '../../shared/roles.js';
import type { KitStatus, LaunchStatus } from './marketing.rules.js';

/** Admins and partner managers write kits; admins approve and retire them (brand and legal sign-off). */
export const mayWriteKits = (a: PolicyActor) => a.role === 'admin' || a.role === 'partner_manager';
export const mayApproveKits = (a: PolicyActor) => a.role === 'admin';
/** A partner's people launch kits to their own audiences. */
export const mayLaunch = (a: PolicyActor) => isPartnerRole(a.role) && a.partnerId !== null;
/** Suppression lists: an admin keeps the organisation's, a partner's admin its company's. */
export const mayEditSuppressions = (a: PolicyActor) => a.role === 'admin' || a.role === 'partner_admin';

export function kitPermissions(a: PolicyActor, kit: { status: KitStatus }) {
  return {
    edit: mayWriteKits(a) && kit.status !== 'retired',
    approve: mayApproveKits(a) && kit.status === 'draft',
    retire: mayApproveKits(a) && kit.status !== 'retired',
    launch: mayLaunch(a) && kit.status === 'approved',
  };
}

export function audiencePermissions(a: PolicyActor, audience: { partnerId: string }) {
  const own = isPartnerRole(a.role) && a.partnerId === audience.partnerId;
  return { edit: own, launch: own, readContacts: own };
}

export function launchPermissions(a: PolicyActor, launch: { partnerId: string; status: LaunchStatus }) {
  const own = isPartnerRole(a.role) && a.partnerId === launch.partnerId;
  return { cancel: launch.status === 'running' && (own || a.role === 'admin') };
}

export function suppressionPermissions(a: PolicyActor, row: { partnerId: string | null }) {
  const mine =
    row.partnerId === null
      ? a.role === 'admin'
      : a.role === 'admin' || (a.role === 'partner_admin' && a.partnerId === row.partnerId);
  return { delete: mine };
}
