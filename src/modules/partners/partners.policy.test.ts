import { describe, expect, it } from 'vitest';
import type { PolicyActor } from '../../shared/context.js';
import type { Role } from '../../shared/roles.js';
import { mayCreatePartner, partnerPermissions } from './partners.policy.js';

const actor = (role: Role, partnerId: string | null = null): PolicyActor => ({ role, partnerId, userId: 'me' });
const owned = { id: 'p1', ownerId: 'me' };
const notOwned = { id: 'p2', ownerId: 'someone-else' };

describe('who may do what to a partner', () => {
  it.each([
    ['an admin does everything', actor('admin'), notOwned, [true, true, true, true, true]],
    ['a partner manager manages the partners they own', actor('partner_manager'), owned, [true, true, false, true, true]],
    [
      'a partner manager only reads the partners others own',
      actor('partner_manager'),
      notOwned,
      [false, false, false, false, false],
    ],
    ['an executive reads', actor('executive'), owned, [false, false, false, false, false]],
    ['finance reads', actor('finance'), owned, [false, false, false, false, false]],
    [
      "a partner's admin keeps its own profile and contacts, not what the vendor manages",
      actor('partner_admin', 'p1'),
      owned,
      [true, false, false, false, true],
    ],
    [
      "a partner's admin never changes another partner",
      actor('partner_admin', 'p1'),
      notOwned,
      [false, false, false, false, false],
    ],
    ['a partner user reads', actor('partner_user', 'p1'), owned, [false, false, false, false, false]],
  ])('%s', (_rule, who, partner, [edit, editVendorFields, del, changeStage, manageContacts]) => {
    expect(partnerPermissions(who, partner)).toEqual({ edit, editVendorFields, delete: del, changeStage, manageContacts });
  });

  it('only admins and partner managers create partners', () => {
    expect(
      ['admin', 'partner_manager', 'executive', 'finance', 'partner_admin', 'partner_user'].filter((r) =>
        mayCreatePartner(actor(r as Role)),
      ),
    ).toEqual(['admin', 'partner_manager']);
  });
});
