import type { Role } from './roles.js';

/**
 * A module's hand-written answer to "who may do what" for each of its record kinds, in the spirit
 * of GitLab's permission tables. The server never reads it: the authorization matrix holds both
 * the routes' declarations and their behaviour to it, so a wrong grant in a declaration or a
 * policy disagrees with a table a human wrote separately.
 *
 * - 'any':   every record of the kind
 * - 'own':   records of the caller's own partner company (partner roles), or the caller's own
 *            records (kinds that belong to a user: tokens, sessions)
 * - 'owned': only records of partners the caller owns (a partner manager); others answer 403
 * - 'never': refused (403)
 */
export type Grant = 'any' | 'own' | 'owned' | 'never';

export type AccessTable = Readonly<Record<string, Readonly<Record<string, Readonly<Record<Role, Grant>>>>>>;

/** Shorthands for writing tables by role group. */
export function grants(vendor: Partial<Record<Role, Grant>>, partner: Partial<Record<Role, Grant>> = {}): Record<Role, Grant> {
  return {
    admin: 'never',
    partner_manager: 'never',
    executive: 'never',
    finance: 'never',
    partner_admin: 'never',
    partner_user: 'never',
    ...vendor,
    ...partner,
  };
}
