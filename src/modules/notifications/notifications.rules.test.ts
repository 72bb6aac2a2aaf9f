import { describe, expect, it } from 'vitest';
import type { NotificationKindDef } from '../../server/module.js';
import {
  afterUnsubscribe,
  channelFor,
  isAppPath,
  kindIsFor,
  recipientRefusal,
  signUnsubscribe,
  verifyUnsubscribe,
} from './notifications.rules.js';

const kind = (k: string, defaultChannel: NotificationKindDef['defaultChannel'], audience?: NotificationKindDef['audience']) =>
  ({ kind: k, label: k, description: '', defaultChannel, audience }) satisfies NotificationKindDef;

describe('who hears of what', () => {
  it.each([
    ["a person's choice wins over the default", kind('a.b', 'email'), 'digest', 'digest'],
    ['without a choice, the kind’s default', kind('a.b', 'email'), undefined, 'email'],
    ['"off" is a choice like any other', kind('a.b', 'email'), 'off', 'off'],
  ] as const)('%s', (_rule, k, chosen, expected) => {
    expect(channelFor(k, chosen)).toBe(expected);
  });

  it.each([
    ['vendor staff may hear of any partner’s records', { role: 'partner_manager', partnerId: null }, 'p1', null],
    ['vendor staff may hear of the vendor’s records', { role: 'admin', partnerId: null }, null, null],
    ['a partner user may hear of their own company’s records', { role: 'partner_user', partnerId: 'p1' }, 'p1', null],
    ['a partner user never hears of another partner’s records', { role: 'partner_user', partnerId: 'p1' }, 'p2', 'another'],
    ['a partner admin never hears of the vendor’s own records', { role: 'partner_admin', partnerId: 'p1' }, null, 'own company'],
  ] as const)('%s', (_rule, recipient, about, refusal) => {
    const answer = recipientRefusal(recipient, about);
    if (refusal === null) expect(answer).toBeNull();
    else expect(answer).toContain(refusal);
  });

  it.each([
    ['a vendor kind is offered to staff only', 'vendor', 'partner_manager', true],
    ['a vendor kind is not offered to partners', 'vendor', 'partner_user', false],
    ['a partner kind is not offered to staff', 'partner', 'admin', false],
    ['a kind for both is offered to everyone', undefined, 'partner_admin', true],
  ] as const)('%s', (_rule, audience, role, expected) => {
    expect(kindIsFor(kind('a.b', 'email', audience), role)).toBe(expected);
  });
});

describe('links in notifications are paths of the app', () => {
  it.each([
    ['/partners/123', true],
    ['/account/notifications?x=1', true],
    ['//evil.example/x', false],
    ['/\\evil.example', false],
    ['https://evil.example', false],
    ['javascript:alert(1)', false],
    ['/with space', false],
  ])('%s → %s', (link, expected) => {
    expect(isAppPath(link)).toBe(expected);
  });
});

describe('unsubscribe tokens', () => {
  const secret = 'k'.repeat(64);
  it('carry who and which kind, and nothing forged passes', () => {
    const token = signUnsubscribe({ userId: 'u1', kind: 'partners.owner_assigned' }, secret);
    expect(verifyUnsubscribe(token, secret)).toEqual({ userId: 'u1', kind: 'partners.owner_assigned' });
    expect(verifyUnsubscribe(token, 'another secret')).toBeNull();
    const [, signature] = token.split('.');
    const forged = `${Buffer.from(JSON.stringify({ u: 'u2', k: '*' })).toString('base64url')}.${signature}`;
    expect(verifyUnsubscribe(forged, secret)).toBeNull();
    expect(verifyUnsubscribe('garbage', secret)).toBeNull();
    expect(verifyUnsubscribe(`${token}.x`, secret)).toBeNull();
  });

  it('turn e-mail (immediate or digest) of one kind, or of all for "*", into in-app only', () => {
    const kinds = [kind('a.x', 'email'), kind('a.y', 'digest'), kind('a.z', 'in_app')];
    expect(afterUnsubscribe(kinds, new Map(), 'a.x')).toEqual([{ kind: 'a.x', channel: 'in_app' }]);
    expect(afterUnsubscribe(kinds, new Map([['a.z', 'email']]), '*')).toEqual([
      { kind: 'a.x', channel: 'in_app' },
      { kind: 'a.y', channel: 'in_app' },
      { kind: 'a.z', channel: 'in_app' },
    ]);
    expect(afterUnsubscribe(kinds, new Map([['a.x', 'off']]), 'a.x')).toEqual([]);
  });
});
