import { describe, expect, it } from 'vitest';
import { isAddressAtDomains, isCommonPassword, membershipProblem, passwordProblem, rolesAssignableBy } from './users.rules.js';

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

describe('passwords often seen in breaches are refused, however they are dressed up', () => {
  it.each([
    ['a common password as it is', 'password1234', true],
    ['a common long one', 'qwertyuiop123', true],
    ['in other case', 'PASSWORD1234', true],
    ['with digits and signs around a common word', 'Summer2024!!!!', true],
    ['with digits before it', '2024iloveyou', true],
    ['with spaces between the words', 'i love you 123456', true],
    ['with look-alike digits and signs', 'P@ssw0rd2024', true],
    ['a common one repeated', 'qwertyqwerty', true],
    ['a common one repeated with a suffix', 'monkeymonkey!!', true],
    ['a keyboard walk on the list', '1qaz2wsx3edc', true],
    ['a passphrase of ordinary words', 'correct horse battery staple', false],
    ['a passphrase with a common word in it', 'dragon tamer of the north', false],
    ['a random string', 'kT9#mQ2$vL8p', false],
    ['a short stem with many digits', 'zq83920174622', false],
    ['the test suite password', 'test-password-1234', false],
  ])('%s: %s', (_rule, password, expected) => {
    expect(isCommonPassword(password)).toBe(expected);
  });

  it('is one of the reasons passwordProblem gives', () => {
    expect(passwordProblem('Password1234', 'x@y.z')).toMatch(/common/);
    expect(passwordProblem('a quiet river at noon', 'x@y.z')).toBeNull();
  });
});
