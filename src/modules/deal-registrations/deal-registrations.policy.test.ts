import { describe, expect, it } from 'vitest';
import type { PolicyActor } from '../../shared/context.js';
import { dealRegistrationPermissions, mayRegisterFor } from './deal-registrations.policy.js';

const TODAY = '2026-11-30';
const admin: PolicyActor = { userId: 'a', role: 'admin', partnerId: null };
const owner: PolicyActor = { userId: 'pm1', role: 'partner_manager', partnerId: null };
const colleague: PolicyActor = { userId: 'pm2', role: 'partner_manager', partnerId: null };
const executive: PolicyActor = { userId: 'e', role: 'executive', partnerId: null };
const partnerUser: PolicyActor = { userId: 'u', role: 'partner_user', partnerId: 'p1' };
const otherPartner: PolicyActor = { userId: 'v', role: 'partner_admin', partnerId: 'p2' };
const partner = { ownerId: 'pm1' };

const submitted = { partnerId: 'p1', status: 'submitted' as const, expiresOn: null, extensionRequestedUntil: null };
const approved = { partnerId: 'p1', status: 'approved' as const, expiresOn: '2027-01-31', extensionRequestedUntil: null };

describe('who approves, closes, extends and changes a registration', () => {
  it.each([
    [
      'the partner’s owner approves and rejects a submitted one',
      owner,
      submitted,
      { approve: true, reject: true, close: false, requestExtension: false, extend: false, edit: true },
    ],
    [
      'an admin approves any partner’s',
      admin,
      submitted,
      { approve: true, reject: true, close: false, requestExtension: false, extend: false, edit: true },
    ],
    [
      'another partner manager does not approve',
      colleague,
      submitted,
      { approve: false, reject: false, close: false, requestExtension: false, extend: false, edit: false },
    ],
    [
      'an executive only reads',
      executive,
      approved,
      { approve: false, reject: false, close: false, requestExtension: false, extend: false, edit: false },
    ],
    [
      'the partner’s people record the outcome and ask for an extension',
      partnerUser,
      approved,
      { approve: false, reject: false, close: true, requestExtension: true, extend: false, edit: true },
    ],
    [
      'the owner records the outcome and extends',
      owner,
      approved,
      { approve: false, reject: false, close: true, requestExtension: false, extend: true, edit: true },
    ],
    [
      'another partner’s people do nothing',
      otherPartner,
      approved,
      { approve: false, reject: false, close: false, requestExtension: false, extend: false, edit: false },
    ],
    [
      'a second extension request waits for the first',
      partnerUser,
      { ...approved, extensionRequestedUntil: '2027-03-01' },
      { approve: false, reject: false, close: true, requestExtension: false, extend: false, edit: true },
    ],
    [
      'past its protection nothing is closed or extended',
      owner,
      { ...approved, expiresOn: '2026-11-29' },
      { approve: false, reject: false, close: false, requestExtension: false, extend: false, edit: false },
    ],
    [
      'a rejected one is not changed',
      partnerUser,
      { ...submitted, status: 'rejected' as const },
      { approve: false, reject: false, close: false, requestExtension: false, extend: false, edit: false },
    ],
  ] as const)('%s', (_rule, actor, r, expected) => {
    expect(dealRegistrationPermissions(actor, r, partner, TODAY)).toEqual(expected);
  });
});

describe('who registers for a partner', () => {
  it.each([
    ['a partner’s people for their own company', partnerUser, 'p1', true],
    ['never for another company', partnerUser, 'p2', false],
    ['any partner manager on a partner’s behalf', colleague, 'p1', true],
    ['an admin on a partner’s behalf', admin, 'p1', true],
    ['not an executive', executive, 'p1', false],
  ] as const)('%s', (_rule, actor, partnerId, expected) => {
    expect(mayRegisterFor(actor, partnerId)).toBe(expected);
  });
});
