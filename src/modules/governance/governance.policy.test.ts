import { describe, expect, it } from 'vitest';
import type { PolicyActor } from '../../shared/context.js';
import { actionPermissions, bodyPermissions, meetingPermissions } from './governance.policy.js';

const P = { id: 'p1', ownerId: 'pm1' };
const a = (role: PolicyActor['role'], userId: string, partnerId: string | null = null): PolicyActor => ({
  role,
  userId,
  partnerId,
});
const admin = a('admin', 'ad1');
const owner = a('partner_manager', 'pm1');
const otherManager = a('partner_manager', 'pm2');
const partnerAdmin = a('partner_admin', 'pa1', 'p1');

describe('a body is deleted only without a record; one with a record is archived (decision 0175)', () => {
  it.each([
    ['the admin deletes a body without a record', admin, false, true],
    ['the owning manager deletes a body without a record', owner, false, true],
    ['nobody deletes a body with decisions or held meetings', admin, true, false],
    ['not another partner’s manager', otherManager, false, false],
    ['not the partner’s admin', partnerAdmin, false, false],
  ] as const)('%s', (_rule, who, hasRecord, ok) => {
    expect(bodyPermissions(who, P, hasRecord).delete).toBe(ok);
  });
  it('archiving is editing: whoever runs the governance, record or not', () => {
    expect(bodyPermissions(owner, P, true).edit).toBe(true);
    expect(bodyPermissions(partnerAdmin, P, true).edit).toBe(false);
  });
});

describe('a meeting not held is deleted; a held one is the alliance’s record', () => {
  const meeting = (status: 'scheduled' | 'held' | 'cancelled') => ({ partnerId: 'p1', status, partnerMayWriteMinutes: true });
  it.each([
    ['a scheduled meeting, by its manager', owner, 'scheduled', true],
    ['a cancelled meeting, by the admin', admin, 'cancelled', true],
    ['never a held meeting', admin, 'held', false],
    ['not by the partner’s people', partnerAdmin, 'scheduled', false],
    ['not by another partner’s manager', otherManager, 'cancelled', false],
  ] as const)('%s', (_rule, who, status, ok) => {
    expect(meetingPermissions(who, meeting(status), P).delete).toBe(ok);
  });
});

describe('an action item not done is deleted by whoever runs the governance', () => {
  const action = (status: 'open' | 'done' | 'cancelled', ownerId = 'pa1') => ({
    partnerId: 'p1',
    ownerId,
    side: 'partner' as const,
    status,
  });
  it.each([
    ['an open one, by the owning manager', owner, 'open', true],
    ['a cancelled one, by the admin', admin, 'cancelled', true],
    ['never a done one', admin, 'done', false],
    ['not by its owner on the partner side', partnerAdmin, 'open', false],
    ['not by another partner’s manager', otherManager, 'open', false],
  ] as const)('%s', (_rule, who, status, ok) => {
    expect(actionPermissions(who, action(status), P).delete).toBe(ok);
  });
});
