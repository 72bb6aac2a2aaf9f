import { describe, expect, it } from 'vitest';
import { isAddressAtDomains, membershipProblem, passwordProblem, rolesAssignableBy } from './users.rules.js';

describe('user rules', () => {
  it('admins assign every role; partner admins only partner roles; others none', () => {
    expect(rolesAssignableBy('admin')).toContain('finance');
    expect(rolesAssignableBy('partner_admin')).toEqual(['partner_admin', 'partner_user']);
    expect(rolesAssignableBy('partner_manager')).toEqual([]);
    expect(rolesAssignableBy('partner_user')).toEqual([]);
  });
  it('partner roles need a partner company and vendor roles must not have one', () => {
    expect(membershipProblem('partner_user', null)?.path).toBe('partnerId');
    expect(membershipProblem('executive', 'p1')?.path).toBe('partnerId');
    expect(membershipProblem('partner_admin', 'p1')).toBeNull();
    expect(membershipProblem('admin', null)).toBeNull();
  });
  it('passwords: at least 12 characters, not the e-mail, not trivially repetitive', () => {
    expect(passwordProblem('short', 'a@b.c')).toMatch(/12/);
    expect(passwordProblem('a@example.com', 'A@Example.com')).toMatch(/e-mail/);
    expect(passwordProblem('aaaaaaaaaaaaaaaa', 'x@y.z')).toMatch(/repetitive/);
    expect(passwordProblem('correct horse battery', 'x@y.z')).toBeNull();
  });
});

describe("a partner's admin creates accounts only at their company's domains", () => {
  const company = ['alpha.example', 'alpha-partners.co.uk'];
  it.each([
    ['an address at the domain', 'ann@alpha.example', true],
    ['at the second domain', 'ann@alpha-partners.co.uk', true],
    ['at a subdomain', 'ann@eu.alpha.example', true],
    ['whatever the case', 'Ann@ALPHA.Example', true],
    ['with a trailing dot', 'ann@alpha.example.', true],
    ["at the vendor's domain", 'ann@vendor.example', false],
    ["at another partner's domain", 'ann@bravo.example', false],
    ['at a domain that merely ends like it', 'ann@notalpha.example', false],
    ['at a domain that begins like it', 'ann@alpha.example.evil.io', false],
    ['with the domain only in the local part', 'alpha.example@evil.io', false],
    ['without an @ at all', 'alpha.example', false],
  ])('%s', (_rule, email, expected) => {
    expect(isAddressAtDomains(email, company)).toBe(expected);
  });
  it('refuses every address for a company without domains', () => {
    expect(isAddressAtDomains('ann@alpha.example', [])).toBe(false);
  });
});
