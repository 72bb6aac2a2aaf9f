import { describe, expect, it } from 'vitest';
import type { PolicyActor } from '../../shared/context.js';
import { leadPermissions, mayEditLeadSettings, mayManageLeads } from './leads.policy.js';

const P = 'partner-a';
const actor = (role: PolicyActor['role'], partnerId: string | null = null): PolicyActor => ({ userId: 'u', role, partnerId });

describe('lead permissions', () => {
  it.each([
    [
      'a partner manager routes and assigns an open lead',
      actor('partner_manager'),
      'new',
      null,
      { assign: true, disqualify: true, accept: false },
    ],
    [
      'the assigned partner’s admin accepts or declines',
      actor('partner_admin', P),
      'assigned',
      P,
      { accept: true, decline: true, assign: false },
    ],
    ['a partner user of the assigned company accepts too', actor('partner_user', P), 'assigned', P, { accept: true }],
    [
      'another partner’s people may do nothing',
      actor('partner_admin', 'other'),
      'assigned',
      P,
      { accept: false, decline: false, convert: false },
    ],
    ['the vendor does not accept on the partner’s behalf', actor('admin'), 'assigned', P, { accept: false, assign: true }],
    [
      'an accepted lead converts, by its partner or a manager',
      actor('partner_admin', P),
      'accepted',
      P,
      { convert: true, accept: false },
    ],
    ['an accepted lead is not reassigned', actor('admin'), 'accepted', P, { assign: false, convert: true, disqualify: true }],
    [
      'executives and finance only read',
      actor('executive'),
      'new',
      null,
      { assign: false, disqualify: false, convert: false, edit: false },
    ],
    ['a manager corrects an open or accepted lead', actor('partner_manager'), 'accepted', P, { edit: true }],
    ['the partner’s people do not edit the vendor’s lead', actor('partner_admin', P), 'assigned', P, { edit: false }],
    ['a disqualified lead is not edited', actor('admin'), 'disqualified', null, { edit: false }],
    [
      'a converted lead is closed for everyone',
      actor('admin'),
      'converted',
      P,
      { assign: false, convert: false, disqualify: false, edit: false },
    ],
  ] as const)('%s', (_name, who, status, partnerId, expected) => {
    expect(leadPermissions(who, { status, partnerId })).toMatchObject(expected);
  });

  it.each([
    ['admins and partner managers work the lead queue', 'partner_manager', true, false],
    ['only admins keep coverage, rules and the SLA', 'admin', true, true],
    ['finance neither', 'finance', false, false],
  ] as const)('%s', (_name, role, manage, settings) => {
    expect(mayManageLeads(actor(role))).toBe(manage);
    expect(mayEditLeadSettings(actor(role))).toBe(settings);
  });
});
