import { describe, expect, it } from 'vitest';
import type { PolicyActor } from '../../shared/context.js';
import { propositionPermissions, sessionPermissions, sideOf, simulationPermissions } from './value.policy.js';

const P = { id: 'p1', ownerId: 'pm1' };
const actor = (role: PolicyActor['role'], userId: string, partnerId: string | null = null): PolicyActor => ({
  role,
  userId,
  partnerId,
});
const admin = actor('admin', 'a1');
const owner = actor('partner_manager', 'pm1');
const otherPm = actor('partner_manager', 'pm2');
const exec = actor('executive', 'e1');
const pAdmin = actor('partner_admin', 'pa1', 'p1');
const pUser = actor('partner_user', 'pu1', 'p1');
const foreign = actor('partner_admin', 'x1', 'p2');

describe('each side of the alliance acts for itself', () => {
  it.each([
    ['an admin acts for the vendor', admin, 'vendor'],
    ['the owning partner manager acts for the vendor', owner, 'vendor'],
    ['another partner manager only reads', otherPm, null],
    ['an executive only reads', exec, null],
    ['the partner’s admin acts for the partner', pAdmin, 'partner'],
    ['the partner’s users act for the partner', pUser, 'partner'],
    ['another partner’s people do not act', foreign, null],
  ] as const)('%s', (_rule, who, side) => {
    expect(sideOf(who, P)).toBe(side);
  });
});

describe('a JVP draft is edited by its side and published by the vendor', () => {
  it.each([
    [
      'the partner edits its own draft but does not publish it',
      pUser,
      'draft',
      'partner',
      { edit: true, withdraw: true, publish: false, runSession: false },
    ],
    [
      'the vendor publishes a partner’s draft without editing it',
      owner,
      'draft',
      'partner',
      { edit: false, withdraw: true, publish: true, runSession: false },
    ],
    [
      'the partner cannot touch the vendor’s draft',
      pAdmin,
      'draft',
      'vendor',
      { edit: false, withdraw: false, publish: false, runSession: false },
    ],
    [
      'a published version runs sessions on both sides',
      pUser,
      'published',
      'vendor',
      { edit: false, withdraw: false, publish: false, runSession: true },
    ],
    ['an executive only reads', exec, 'published', 'vendor', { edit: false, withdraw: false, publish: false, runSession: false }],
    [
      'a superseded version is history',
      admin,
      'superseded',
      'vendor',
      { edit: false, withdraw: false, publish: false, runSession: false },
    ],
  ] as const)('%s', (_rule, who, status, proposedBy, can) => {
    expect(propositionPermissions(who, { status, proposedBy }, P)).toEqual(can);
  });
});

describe('a session’s link is managed by whoever ran it and the alliance’s managers', () => {
  it.each([
    ['its author', pUser, { side: 'partner', createdById: 'pu1' }, true],
    ['the partner’s admin, for its company’s sessions', pAdmin, { side: 'partner', createdById: 'pu1' }, true],
    ['not the partner’s admin for the vendor’s sessions', pAdmin, { side: 'vendor', createdById: 'pm1' }, false],
    ['not another partner user', actor('partner_user', 'pu2', 'p1'), { side: 'partner', createdById: 'pu1' }, false],
    ['the owning partner manager', owner, { side: 'partner', createdById: 'pu1' }, true],
    ['not another partner manager', otherPm, { side: 'vendor', createdById: 'a1' }, false],
  ] as const)('%s', (_rule, who, s, allowed) => {
    expect(sessionPermissions(who, s, P).share).toBe(allowed);
  });
});

describe('a simulation is edited by the side that made it', () => {
  it.each([
    ['vendor made, vendor edits', owner, 'vendor', true],
    ['vendor made, partner reads', pAdmin, 'vendor', false],
    ['partner made, partner edits', pUser, 'partner', true],
    ['partner made, vendor reads', admin, 'partner', false],
  ] as const)('%s', (_rule, who, side, edit) => {
    expect(simulationPermissions(who, { side }, P).edit).toBe(edit);
  });
});
