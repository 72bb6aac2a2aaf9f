import { describe, expect, it } from 'vitest';
import {
  addRole,
  coSellDecision,
  formatOpportunityNumber,
  type InvolvementRole,
  type OpportunityStage,
  redactForPartner,
  registrationOutcomeOf,
  type SharedField,
  stageChange,
  trailingYearStart,
} from './opportunities.rules.js';

describe('stage changes: open stages move freely; a closed opportunity reopens only to an open stage', () => {
  const cases: [OpportunityStage, OpportunityStage, 'ok' | 'closes' | 'reopens' | 'refused'][] = [
    ['prospecting', 'proposal', 'ok'],
    ['negotiation', 'qualification', 'ok'],
    ['proposal', 'closed_won', 'closes'],
    ['prospecting', 'closed_lost', 'closes'],
    ['closed_lost', 'negotiation', 'reopens'],
    ['closed_won', 'closed_lost', 'refused'],
    ['closed_lost', 'closed_won', 'refused'],
    ['proposal', 'proposal', 'refused'],
  ];
  it.each(cases)('%s → %s: %s', (from, to, expected) => {
    const r = stageChange(from, to);
    if (expected === 'refused') expect(r.allowed).toBe(false);
    else expect(r).toEqual({ allowed: true, closes: expected === 'closes', reopens: expected === 'reopens' });
  });
});

describe('one sourcing partner at most; a partner’s roles accumulate in a fixed order', () => {
  const a = 'a';
  const b = 'b';
  const cases: [
    string,
    { partnerId: string; roles: InvolvementRole[] }[],
    string,
    InvolvementRole,
    InvolvementRole[] | 'refused',
  ][] = [
    ['first partner sources', [], a, 'sourced', ['sourced']],
    ['another partner cannot also source', [{ partnerId: a, roles: ['sourced'] }], b, 'sourced', 'refused'],
    ['another partner co-sells beside the source', [{ partnerId: a, roles: ['sourced'] }], b, 'co_sell', ['co_sell']],
    ['the source adds delivery', [{ partnerId: a, roles: ['sourced'] }], a, 'delivery', ['sourced', 'delivery']],
    ['roles keep their order', [{ partnerId: a, roles: ['influence'] }], a, 'technical', ['technical', 'influence']],
    ['a role twice is once', [{ partnerId: a, roles: ['referral'] }], a, 'referral', ['referral']],
  ];
  it.each(cases)('%s', (_name, existing, partnerId, role, expected) => {
    const r = addRole(existing, partnerId, role);
    if (expected === 'refused') expect(r.ok).toBe(false);
    else expect(r).toMatchObject({ ok: true, roles: expected });
  });
});

describe('a partner sees only the shared fields', () => {
  const o = {
    title: 'T',
    amount: 100,
    currency: 'EUR',
    closeDate: '2027-01-31',
    stage: 'proposal',
    products: ['P'],
    owner: { id: 'u' },
  };
  const cases: [SharedField[], Record<string, unknown>][] = [
    [
      ['amount', 'closeDate', 'stage'],
      { amount: 100, currency: 'EUR', closeDate: '2027-01-31', stage: 'proposal', products: [], owner: null },
    ],
    [[], { amount: null, currency: null, closeDate: null, stage: null, products: [], owner: null }],
    [['products', 'owner'], { amount: null, stage: null, products: ['P'], owner: { id: 'u' } }],
  ];
  it.each(cases)('shared %j', (shared, expected) => {
    expect(redactForPartner(o, shared)).toMatchObject({ title: 'T', ...expected });
  });
});

describe('a co-sell request is decided by its addressee, once', () => {
  const cases: [string, 'from_partner' | 'from_vendor', 'requested' | 'accepted' | 'declined', 'vendor' | 'partner', boolean][] =
    [
      ['the vendor decides a partner’s ask', 'from_partner', 'requested', 'vendor', true],
      ['the partner does not decide its own ask', 'from_partner', 'requested', 'partner', false],
      ['the partner decides the vendor’s invitation', 'from_vendor', 'requested', 'partner', true],
      ['the vendor does not decide its own invitation', 'from_vendor', 'requested', 'vendor', false],
      ['a decided request stays decided', 'from_partner', 'accepted', 'vendor', false],
      ['a declined invitation stays declined', 'from_vendor', 'declined', 'partner', false],
    ];
  it.each(cases)('%s', (_name, direction, status, side, allowed) => {
    expect(coSellDecision({ direction, status }, side).allowed).toBe(allowed);
  });
});

describe('the registration follows its opportunity’s outcome', () => {
  it.each([
    ['closed_won', 'won'],
    ['closed_lost', 'lost'],
    ['negotiation', null],
  ] as const)('%s → %s', (stage, outcome) => expect(registrationOutcomeOf(stage)).toBe(outcome));
});

describe('trailing four quarters are the 365 days up to the day', () => {
  it.each([
    ['2026-12-01', '2025-12-02'],
    ['2024-03-01', '2023-03-03'],
  ])('%s starts %s', (asOf, start) => expect(trailingYearStart(asOf)).toBe(start));
});

it('numbers read OPP-000123', () => {
  expect(formatOpportunityNumber(123)).toBe('OPP-000123');
  expect(formatOpportunityNumber(1_234_567n)).toBe('OPP-1234567');
});
