import { describe, expect, it } from 'vitest';
import type { Role } from '../../shared/roles.js';
import { mayManageResources, maySeeLibraryStats, resourcePermissions } from './resources.policy.js';

const actor = (role: Role) => ({
  userId: 'u',
  role,
  partnerId: role.startsWith('partner_') && role !== 'partner_manager' ? 'p' : null,
});

describe('who keeps the resource library', () => {
  it.each<[string, Role, boolean, boolean]>([
    ['an admin keeps it and sees its figures', 'admin', true, true],
    ['a partner manager keeps it and sees its figures', 'partner_manager', true, true],
    ['an executive reads the figures but keeps nothing', 'executive', false, true],
    ['finance reads the figures but keeps nothing', 'finance', false, true],
    ["a partner's admin only uses it", 'partner_admin', false, false],
    ["a partner's user only uses it", 'partner_user', false, false],
  ])('%s', (_rule, role, manage, stats) => {
    expect(mayManageResources(actor(role))).toBe(manage);
    expect(maySeeLibraryStats(actor(role))).toBe(stats);
    expect(resourcePermissions(actor(role), { template: null, url: 'https://x.example', hasFile: false }).edit).toBe(manage);
  });

  it.each([
    ['a link is downloadable, not co-brandable', { template: null, url: 'https://x', hasFile: false }, true, false],
    ['a file is downloadable', { template: null, url: null, hasFile: true }, true, false],
    ['a co-brand template is co-brandable only', { template: '<p/>', url: null, hasFile: false }, false, true],
    ['an empty draft offers nothing', { template: null, url: null, hasFile: false }, false, false],
  ])('%s', (_rule, resource, download, cobrand) => {
    const can = resourcePermissions(actor('partner_user'), resource);
    expect([can.download, can.cobrand]).toEqual([download, cobrand]);
  });
});
