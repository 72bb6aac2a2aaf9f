import { describe, expect, it } from 'vitest';
import type { PolicyActor } from '../../shared/context.js';
import { campaignPermissions, mayMoveTo } from './campaigns.policy.js';

const partner = { id: 'p1', ownerId: 'pm1' };
const actor = (role: PolicyActor['role'], userId = 'u', partnerId: string | null = null): PolicyActor => ({
  role,
  userId,
  partnerId,
});

describe('who plans and runs a partner’s campaigns', () => {
  it.each([
    ['an admin runs a planned campaign', actor('admin'), 'planned', { edit: true, approve: false, move: true, credit: true }],
    [
      'the partner’s own manager approves a proposal',
      actor('partner_manager', 'pm1'),
      'proposed',
      { edit: true, approve: true, move: true, credit: false },
    ],
    [
      'another manager only reads',
      actor('partner_manager', 'pm2'),
      'planned',
      { edit: false, approve: false, move: false, credit: false },
    ],
    ['an executive only reads', actor('executive'), 'active', { edit: false, approve: false, move: false, credit: false }],
    [
      'the partner’s people change their proposal',
      actor('partner_user', 'x', 'p1'),
      'proposed',
      { edit: true, approve: false, move: true, credit: false },
    ],
    [
      'after approval the partner only reads',
      actor('partner_admin', 'x', 'p1'),
      'planned',
      { edit: false, approve: false, move: false, credit: false },
    ],
    [
      'a finished campaign is not changed',
      actor('admin'),
      'completed',
      { edit: false, approve: false, move: false, credit: true },
    ],
  ] as const)('%s', (_rule, who, status, can) => {
    expect(campaignPermissions(who, { partnerId: 'p1', status }, partner)).toEqual(can);
  });

  it.each([
    ['the partner withdraws its proposal', actor('partner_admin', 'x', 'p1'), 'proposed', 'cancelled', true],
    ['the partner cannot start a campaign', actor('partner_admin', 'x', 'p1'), 'planned', 'active', false],
    ['a proposal is approved through the decision, not a status move', actor('admin'), 'proposed', 'planned', false],
    ['a manager starts a planned campaign', actor('partner_manager', 'pm1'), 'planned', 'active', true],
  ] as const)('%s', (_rule, who, status, to, allowed) => {
    expect(mayMoveTo(who, { partnerId: 'p1', status }, partner, to)).toBe(allowed);
  });
});
