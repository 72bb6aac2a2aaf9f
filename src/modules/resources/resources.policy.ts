import type { PolicyActor } from '../../shared/context.js';
import { isPartnerRole } from '../../shared/roles.js';

/** Admins and partner managers keep the library (categories, resources, files, audiences). */
export function mayManageResources(actor: PolicyActor): boolean {
  return actor.role === 'admin' || actor.role === 'partner_manager';
}

/** Vendor staff see the library's download figures; a partner's people see only their company's own use. */
export function maySeeLibraryStats(actor: PolicyActor): boolean {
  return !isPartnerRole(actor.role);
}

export type ResourcePermissions = { edit: boolean; upload: boolean; download: boolean; cobrand: boolean };

/** What the caller may do with a resource it can see. */
export function resourcePermissions(
  actor: PolicyActor,
  resource: { template: string | null; url: string | null; hasFile: boolean },
): ResourcePermissions {
  const manage = mayManageResources(actor);
  return {
    edit: manage,
    upload: manage,
    download: Boolean(resource.url || resource.hasFile),
    cobrand: Boolean(resource.template),
  };
}
