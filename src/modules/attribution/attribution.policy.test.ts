import { describe, expect, it } from 'vitest';
import { mayManageAttribution } from './attribution.policy.js';

describe('attribution policy', () => {
  it.each([
    ['an admin manages attribution', 'admin', true],
    ['finance manages attribution (it closes the books)', 'finance', true],
    ['a partner manager reads it only', 'partner_manager', false],
    ['an executive reads it only', 'executive', false],
    ['a partner admin reads its own only', 'partner_admin', false],
  ] as const)('%s', (_name, role, expected) => {
    expect(mayManageAttribution({ userId: 'u', role, partnerId: null })).toBe(expected);
  });
});
