import { describe, expect, it } from 'vitest';
import type { PolicyActor } from '../../shared/context.js';
import type { Role } from '../../shared/roles.js';
import { createsOnlyAtCompanyDomains, mayCreateUserFor, userPermissions } from './users.policy.js';

const actor = (role: Role, partnerId: string | null = null, userId = 'me'): PolicyActor => ({ role, partnerId, userId });
const colleague = { id: 'u2', partnerId: 'p1' };
const stranger = { id: 'u3', partnerId: 'p2' };
const vendorUser = { id: 'u4', partnerId: null };

describe('who manages a user account', () => {
  it.each([
    ['an admin manages anyone', actor('admin'), stranger, true],
    ['an admin manages vendor staff', actor('admin'), vendorUser, true],
    ["a partner admin manages their company's users", actor('partner_admin', 'p1'), colleague, true],
    ["a partner admin never manages another company's users", actor('partner_admin', 'p1'), stranger, false],
    ['a partner admin never manages vendor staff', actor('partner_admin', 'p1'), vendorUser, false],
    ['a partner manager manages no accounts', actor('partner_manager'), colleague, false],
    ['a partner user manages no accounts, not even colleagues', actor('partner_user', 'p1'), colleague, false],
    ['an executive manages no accounts', actor('executive'), vendorUser, false],
  ])('%s', (_rule, who, user, expected) => {
    const can = userPermissions(who, user);
    expect(can.edit).toBe(expected);
    expect(can.deactivate).toBe(expected);
    expect(can.revokeSessions).toBe(expected);
  });

  it('nobody deactivates themselves', () => {
    const can = userPermissions(actor('admin', null, 'u4'), vendorUser);
    expect(can).toEqual({ edit: true, changeRole: true, deactivate: false, revokeSessions: true });
  });
});

describe('for which company an account may be created', () => {
  it.each([
    ['an admin, for any company', actor('admin'), 'p2', true],
    ['an admin, for the vendor', actor('admin'), null, true],
    ['a partner admin, for their own company', actor('partner_admin', 'p1'), 'p1', true],
    ['a partner admin, never for another company', actor('partner_admin', 'p1'), 'p2', false],
    ['a partner admin, never for the vendor', actor('partner_admin', 'p1'), null, false],
    ['a partner user, never', actor('partner_user', 'p1'), 'p1', false],
  ])('%s', (_rule, who, partnerId, expected) => {
    expect(mayCreateUserFor(who, partnerId)).toBe(expected);
  });
});

describe("whose new accounts must be at their company's e-mail domains", () => {
  it.each([
    ['an admin: any address', actor('admin'), false],
    ["a partner's admin: their company's domains only", actor('partner_admin', 'p1'), true],
  ])('%s', (_rule, who, expected) => {
    expect(createsOnlyAtCompanyDomains(who)).toBe(expected);
  });
});
