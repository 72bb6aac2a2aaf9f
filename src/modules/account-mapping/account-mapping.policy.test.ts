import { describe, expect, it } from 'vitest';
import type { PolicyActor } from '../../shared/context.js';
import { accountMappingPermissions, mayUploadVendorAccounts, viewerSide } from './account-mapping.policy.js';

const partner = { id: 'p1', ownerId: 'pm1' };
const as = (role: PolicyActor['role'], userId = 'u', partnerId: string | null = null): PolicyActor => ({
  role,
  userId,
  partnerId,
});

describe('account mapping policy', () => {
  it.each([
    ['an admin sets the vendor side, uploads nothing of the partner and matches nothing', as('admin'), [false, true, false]],
    ['the partner’s own manager sets the vendor side', as('partner_manager', 'pm1'), [false, true, false]],
    ['another partner manager only looks', as('partner_manager', 'pm2'), [false, false, false]],
    ['an executive only looks', as('executive'), [false, false, false]],
    ['the partner’s admin uploads, shares and matches', as('partner_admin', 'x', 'p1'), [true, true, true]],
    ['the partner’s other people only look', as('partner_user', 'x', 'p1'), [false, false, false]],
    ['another partner’s admin may do nothing', as('partner_admin', 'x', 'p2'), [false, false, false]],
  ] as const)('%s', (_rule, actor, [upload, share, match]) => {
    expect(accountMappingPermissions(actor, partner)).toEqual({ upload, share, match });
  });

  it('each side looks from its own side; the vendor list is uploaded by admins and partner managers', () => {
    expect(viewerSide(as('partner_user', 'x', 'p1'))).toBe('partner');
    expect(viewerSide(as('executive'))).toBe('vendor');
    expect(mayUploadVendorAccounts(as('partner_manager'))).toBe(true);
    expect(mayUploadVendorAccounts(as('executive'))).toBe(false);
  });
});
