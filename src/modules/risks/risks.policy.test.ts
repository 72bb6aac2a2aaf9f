import { describe, expect, it } from 'vitest';
import type { PolicyActor } from '../../shared/context.js';
import { mayRaiseRisk, riskActionPermissions, riskPermissions } from './risks.policy.js';

const P = '00000000-0000-4000-8000-00000000000a';
const OTHER = '00000000-0000-4000-8000-00000000000b';
const owner = { ownerId: 'pm-1' };
const actor = (role: PolicyActor['role'], userId: string | null = 'u-1', partnerId: string | null = null): PolicyActor =>
  ({ role, userId, partnerId }) as PolicyActor;
const vendorRisk = { partnerId: P, shared: false, raisedBy: 'vendor' as const };
const sharedVendorRisk = { ...vendorRisk, shared: true };
const partnerRisk = { partnerId: P, shared: true, raisedBy: 'partner' as const };

describe('who may change a risk', () => {
  it.each([
    ['an admin keeps every risk', actor('admin'), vendorRisk, { edit: true, delete: true, share: true, mitigate: true }],
    [
      'the owning partner manager keeps its partner’s risks',
      actor('partner_manager', 'pm-1'),
      vendorRisk,
      { edit: true, delete: true, share: true, mitigate: true },
    ],
    [
      'another partner manager only reads',
      actor('partner_manager', 'pm-2'),
      vendorRisk,
      { edit: false, delete: false, share: false, mitigate: false },
    ],
    ['an executive reads', actor('executive'), vendorRisk, { edit: false, delete: false, share: false, mitigate: false }],
    [
      'the partner reads a risk the vendor shared',
      actor('partner_admin', 'pa', P),
      sharedVendorRisk,
      { edit: false, delete: false, share: false, mitigate: false },
    ],
    [
      'the partner edits and mitigates what it raised',
      actor('partner_user', 'pu', P),
      partnerRisk,
      { edit: true, delete: false, share: false, mitigate: true },
    ],
    [
      'the vendor cannot unshare what the partner raised',
      actor('admin'),
      partnerRisk,
      { edit: true, delete: true, share: false, mitigate: true },
    ],
    [
      'another partner gets nothing',
      actor('partner_admin', 'x', OTHER),
      partnerRisk,
      { edit: false, delete: false, share: false, mitigate: false },
    ],
  ])('%s', (_rule, who, risk, expected) => {
    expect(riskPermissions(who, risk, owner)).toEqual(expected);
  });
});

describe('who may update a mitigation action', () => {
  it.each([
    [
      'the vendor manager keeps every action',
      actor('partner_manager', 'pm-1'),
      { ownerId: null },
      vendorRisk,
      { edit: true, delete: true },
    ],
    [
      'a partner person updates the action they own on a shared risk',
      actor('partner_user', 'pu', P),
      { ownerId: 'pu' },
      sharedVendorRisk,
      { edit: true, delete: false },
    ],
    [
      'a partner person does not touch someone else’s action on a vendor risk',
      actor('partner_user', 'pu', P),
      { ownerId: 'pm-1' },
      sharedVendorRisk,
      { edit: false, delete: false },
    ],
    [
      'a partner keeps every action of a risk it raised',
      actor('partner_admin', 'pa', P),
      { ownerId: 'pm-1' },
      partnerRisk,
      { edit: true, delete: true },
    ],
    [
      'an action on an unshared risk is never the partner’s',
      actor('partner_user', 'pu', P),
      { ownerId: 'pu' },
      vendorRisk,
      { edit: false, delete: false },
    ],
  ])('%s', (_rule, who, action, risk, expected) => {
    expect(riskActionPermissions(who, action, risk, owner)).toEqual(expected);
  });
});

describe('who may raise a risk', () => {
  it.each([
    ['an admin', actor('admin'), true],
    ['the owning manager', actor('partner_manager', 'pm-1'), true],
    ['another manager', actor('partner_manager', 'pm-2'), false],
    ['finance', actor('finance'), false],
    ['the partner’s user', actor('partner_user', 'pu', P), true],
    ['another partner', actor('partner_admin', 'x', OTHER), false],
  ])('%s', (_rule, who, allowed) => {
    expect(mayRaiseRisk(who, { id: P, ownerId: 'pm-1' })).toBe(allowed);
  });
});
