import { describe, expect, it } from 'vitest';
import { membershipProblem, passwordProblem, rolesAssignableBy } from './users.rules.js';

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
