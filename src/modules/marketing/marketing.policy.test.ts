import { describe, expect, it } from 'vitest';
import type { PolicyActor } from '../../shared/context.js';
import { audiencePermissions, kitPermissions, launchPermissions, suppressionPermissions } from './marketing.policy.js';

const admin: PolicyActor = { userId: 'u1', role: 'admin', partnerId: null };
const pm: PolicyActor = { userId: 'u2', role: 'partner_manager', partnerId: null };
const paA: PolicyActor = { userId: 'u3', role: 'partner_admin', partnerId: 'A' };
const puA: PolicyActor = { userId: 'u4', role: 'partner_user', partnerId: 'A' };
const paB: PolicyActor = { userId: 'u5', role: 'partner_admin', partnerId: 'B' };

describe('marketing policies', () => {
  it.each([
    [
      'a partner manager writes drafts but does not approve them',
      pm,
      'draft',
      { edit: true, approve: false, retire: false, launch: false },
    ],
    ['an admin approves a draft', admin, 'draft', { edit: true, approve: true, retire: true, launch: false }],
    ['a partner’s people launch approved kits', puA, 'approved', { edit: false, approve: false, retire: false, launch: true }],
    ['nobody edits a retired kit', admin, 'retired', { edit: false, approve: false, retire: false, launch: false }],
  ] as const)('%s', (_rule, actor, status, expected) => expect(kitPermissions(actor, { status })).toEqual(expected));

  it.each([
    ['a partner’s people keep their own audiences', puA, 'A', true],
    ['another partner’s people do not', paB, 'A', false],
    ['vendor staff never read or use a partner’s contacts', admin, 'A', false],
  ] as const)('%s', (_rule, actor, partnerId, own) =>
    expect(audiencePermissions(actor, { partnerId })).toEqual({ edit: own, launch: own, readContacts: own }),
  );

  it.each([
    ['the partner stops its running launch', paA, 'running', true],
    ['an admin stops any running launch (brand protection)', admin, 'running', true],
    ['a partner manager does not', pm, 'running', false],
    ['a finished launch is not stopped', paA, 'completed', false],
  ] as const)('%s', (_rule, actor, status, cancel) =>
    expect(launchPermissions(actor, { partnerId: 'A', status }).cancel).toBe(cancel),
  );

  it.each([
    ['an admin keeps the organisation’s list', admin, null, true],
    ['a partner’s admin its company’s', paA, 'A', true],
    ['…not the organisation’s', paA, null, false],
    ['a partner user keeps none', puA, 'A', false],
  ] as const)('%s', (_rule, actor, partnerId, del) => expect(suppressionPermissions(actor, { partnerId }).delete).toBe(del));
});
