import { describe, expect, it } from 'vitest';
import type { PolicyActor } from '../../shared/context.js';
import { mayManageLinksFor, maySubmitFor, referralCommissionPermissions, referralLinkPermissions } from './referrals.policy.js';

const actor = (role: PolicyActor['role'], partnerId: string | null = null): PolicyActor => ({ userId: 'u', role, partnerId });

describe('referral policy', () => {
  it.each([
    ['an admin manages any partner’s links', actor('admin'), 'A', true],
    ['a partner manager manages links', actor('partner_manager'), 'A', true],
    ['finance does not', actor('finance'), 'A', false],
    ['a partner’s admin manages its own', actor('partner_admin', 'A'), 'A', true],
    ['…never another partner’s', actor('partner_admin', 'B'), 'A', false],
    ['a partner user reads but does not make links', actor('partner_user', 'A'), 'A', false],
  ] as const)('%s', (_n, who, partnerId, ok) => expect(mayManageLinksFor(who, partnerId)).toBe(ok));

  it.each([
    ['a partner user submits for its company', actor('partner_user', 'A'), 'A', true],
    ['…not for another', actor('partner_user', 'B'), 'A', false],
    ['an executive does not submit', actor('executive'), 'A', false],
  ] as const)('submit: %s', (_n, who, partnerId, ok) => expect(maySubmitFor(who, partnerId)).toBe(ok));

  it('an archived link cannot be archived again', () => {
    expect(referralLinkPermissions(actor('admin'), { partnerId: 'A', archivedAt: new Date() }).archive).toBe(false);
  });
  it.each([
    ['finance approves an accrued commission', actor('finance'), 'accrued', { approve: true }],
    ['an approved one is paid by a payout batch, not here', actor('finance'), 'approved', { approve: false }],
    ['a partner manager does not approve', actor('partner_manager'), 'accrued', { approve: false }],
    ['a partner does not approve', actor('partner_admin', 'A'), 'accrued', { approve: false }],
  ] as const)('commission: %s', (_n, who, status, can) => expect(referralCommissionPermissions(who, { status })).toEqual(can));
});
