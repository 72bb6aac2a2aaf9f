import type { PolicyActor } from '../../shared/context.js';

/**
 * Attribution is revenue reporting: every vendor role reads it; admins and finance choose the
 * default model, edit custom policies and lock or unlock periods (they close the books). A
 * partner's people read their own company's credit only.
 */
export function mayManageAttribution(actor: PolicyActor): boolean {
  return actor.role === 'admin' || actor.role === 'finance';
}
