import { describe, expect, it } from 'vitest';
import {
  complianceBlocksFor,
  expiryReminderDue,
  type ItemFacts,
  itemProblems,
  itemState,
  type Requirement,
  supersededItems,
} from './compliance.rules.js';

const TODAY = '2026-11-30';

describe('an item is in force once verified, through its expiry day', () => {
  it.each([
    ['verified, expiring later', 'verified', '2027-01-01', 'in_force'],
    ['verified, expiring today', 'verified', TODAY, 'in_force'],
    ['verified, expired yesterday (before the sweep ran)', 'verified', '2026-11-29', 'expired'],
    ['verified without expiry', 'verified', null, 'in_force'],
    ['marked expired by the sweep', 'expired', '2026-11-01', 'expired'],
    ['waiting for review', 'pending', '2027-01-01', 'pending'],
    ['rejected', 'rejected', '2027-01-01', 'rejected'],
  ] as const)('%s', (_rule, status, expiresOn, state) => {
    expect(itemState({ status, expiresOn }, TODAY)).toBe(state);
  });
});

const soc2BlocksPayouts: Requirement = { type: 'soc2', required: false, blocks: ['payouts'], reminderDays: [60, 30, 7] };
const dpaRequired: Requirement = { type: 'dpa_gdpr', required: true, blocks: ['deal_registration'], reminderDays: [30] };
const item = (over: Partial<ItemFacts>): ItemFacts => ({
  id: 'i1',
  type: 'soc2',
  status: 'verified',
  expiresOn: '2027-06-30',
  ...over,
});

describe('configured consequences of a lapsed compliance item', () => {
  it.each([
    [
      'an expired SOC 2 blocks payouts',
      [soc2BlocksPayouts],
      [item({ expiresOn: '2026-11-01', status: 'expired' })],
      'payouts',
      ['soc2:expired'],
    ],
    [
      'an expired SOC 2 does not block deal registration (not configured)',
      [soc2BlocksPayouts],
      [item({ status: 'expired' })],
      'deal_registration',
      [],
    ],
    [
      'a renewed SOC 2 in force lifts the block',
      [soc2BlocksPayouts],
      [item({ id: 'old', status: 'expired' }), item({ id: 'new' })],
      'payouts',
      [],
    ],
    [
      'a renewal still waiting for review does not lift it',
      [soc2BlocksPayouts],
      [item({ id: 'old', status: 'expired' }), item({ id: 'new', status: 'pending' })],
      'payouts',
      ['soc2:pending'],
    ],
    ['an optional item nobody holds blocks nothing', [soc2BlocksPayouts], [], 'payouts', []],
    ['a required item that is missing blocks', [dpaRequired], [], 'deal_registration', ['dpa_gdpr:missing']],
    [
      'a rejected required item blocks',
      [dpaRequired],
      [item({ type: 'dpa_gdpr', status: 'rejected' })],
      'deal_registration',
      ['dpa_gdpr:rejected'],
    ],
    [
      'a verified item past its expiry day blocks before the sweep marks it',
      [soc2BlocksPayouts],
      [item({ expiresOn: '2026-11-29' })],
      'payouts',
      ['soc2:expired'],
    ],
  ] as const)('%s', (_rule, requirements, items, action, reasons) => {
    const decision = complianceBlocksFor(requirements, items, action, TODAY);
    expect(decision.reasons.map((r) => `${r.type}:${r.state}`)).toEqual(reasons);
    expect(decision.blocked).toBe(reasons.length > 0);
  });
});

describe('expiry reminders at the configured days before', () => {
  it.each([
    ['70 days out: none', '2027-02-08', null],
    ['60 days out: the 60-day reminder', '2027-01-29', 60],
    ['25 days out: the 30-day reminder', '2026-12-25', 30],
    ['expires today: the 7-day reminder', TODAY, 7],
    ['already expired: none (the sweep expires it)', '2026-11-29', null],
  ])('%s', (_rule, expiresOn, due) => {
    expect(expiryReminderDue(expiresOn, TODAY, [60, 30, 7])).toBe(due);
  });
});

describe('an item’s dates and name hold together', () => {
  it.each([
    ['a custom item is named', { type: 'custom' as const, name: '' }, ['name']],
    ['expiry not before issue', { issuedOn: '2026-06-01', expiresOn: '2026-05-01' }, ['expiresOn']],
    ['sound', {}, []],
  ])('%s', (_rule, over, paths) => {
    expect(
      itemProblems({ type: 'soc2', name: '', issuedOn: '2026-01-01', expiresOn: '2027-01-01', ...over }).map((p) => p.path),
    ).toEqual(paths);
  });
});

describe('a renewed item supersedes the lapsed one: history that blocks nothing', () => {
  const ins = (id: string, status: ItemFacts['status'], expiresOn: string | null, type: ItemFacts['type'] = 'insurance') => ({
    id,
    type,
    status,
    expiresOn,
  });
  it.each([
    [
      'expired, then renewed and in force',
      [ins('old', 'expired', '2026-06-30'), ins('new', 'verified', '2027-06-30')],
      { old: 'new' },
    ],
    [
      'the renewal still waits for review: the pending one is current',
      [ins('old', 'expired', '2026-06-30'), ins('new', 'pending', '2027-06-30')],
      { old: 'new' },
    ],
    ['expired and nothing newer: current, still blocks', [ins('old', 'expired', '2026-06-30')], {}],
    ['verified but past its day, renewed', [ins('old', 'verified', '2026-11-29'), ins('new', 'verified', null)], { old: 'new' }],
    ['two policies in force: neither superseded', [ins('a', 'verified', '2027-01-01'), ins('b', 'verified', '2027-03-01')], {}],
    [
      'a rejected resubmission does not hide the one in force',
      [ins('ok', 'verified', '2027-01-01'), ins('bad', 'rejected', null)],
      { bad: 'ok' },
    ],
    ['other types are not replacements', [ins('old', 'expired', '2026-06-30'), ins('soc', 'verified', '2027-01-01', 'soc2')], {}],
  ] as const)('%s', (_rule, items, expected) => {
    expect(Object.fromEntries(supersededItems(items as readonly ItemFacts[], TODAY))).toEqual(expected);
  });
});
