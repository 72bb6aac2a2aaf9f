import { describe, expect, it } from 'vitest';
import type { PolicyActor } from '../../shared/context.js';
import { alliancePermissions, sideOf } from './alliances.policy.js';

const partner = { id: 'p1', ownerId: 'pm1' };
const actor = (role: PolicyActor['role'], userId: string | null, partnerId: string | null = null): PolicyActor => ({
  role,
  userId,
  partnerId,
});

describe('each side edits its own side of the alliance', () => {
  it.each([
    ['an admin steers any alliance', actor('admin', 'a'), { edit: true, editPartnerSide: true, tick: true, qualify: true }],
    [
      'the partner’s own manager steers it',
      actor('partner_manager', 'pm1'),
      { edit: true, editPartnerSide: true, tick: true, qualify: true },
    ],
    [
      'another manager only reads',
      actor('partner_manager', 'pm2'),
      { edit: false, editPartnerSide: false, tick: false, qualify: false },
    ],
    ['an executive only reads', actor('executive', 'e'), { edit: false, editPartnerSide: false, tick: false, qualify: false }],
    [
      'the partner’s admin edits its side, ticks and scores',
      actor('partner_admin', 'x', 'p1'),
      { edit: false, editPartnerSide: true, tick: true, qualify: true },
    ],
    [
      'the partner’s user ticks its side only',
      actor('partner_user', 'y', 'p1'),
      { edit: false, editPartnerSide: false, tick: true, qualify: false },
    ],
    [
      'another partner’s admin nothing',
      actor('partner_admin', 'z', 'p2'),
      { edit: false, editPartnerSide: false, tick: false, qualify: false },
    ],
  ] as const)('%s', (_rule, who, can) => {
    expect(alliancePermissions(who, partner)).toEqual(can);
  });

  it('a partner’s people act for the partner’s side, vendor staff for the vendor’s', () => {
    expect(sideOf(actor('partner_user', 'y', 'p1'))).toBe('partner');
    expect(sideOf(actor('partner_manager', 'pm1'))).toBe('vendor');
  });
});
