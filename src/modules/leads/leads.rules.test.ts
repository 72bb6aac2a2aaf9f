import { describe, expect, it } from 'vitest';
import {
  type Candidate,
  type CoverageSegment,
  coverageOf,
  nextLeadStatus,
  normaliseDomain,
  pickByStrategy,
  type RoutingRule,
  routeLead,
} from './leads.rules.js';

const seg = (s: Partial<CoverageSegment> & Pick<CoverageSegment, 'name' | 'motion'>): CoverageSegment => ({
  id: s.name,
  countries: [],
  regions: [],
  industries: [],
  sizes: [],
  ...s,
});

const SEGMENTS = [
  seg({ name: 'Europe', regions: ['europe'], motion: 'partner_led' }),
  seg({ name: 'Enterprise', sizes: ['5001+'], motion: 'direct' }),
  seg({ name: 'Germany', countries: ['DE'], motion: 'hybrid' }),
  seg({ name: 'European banks', regions: ['europe'], industries: ['Banking'], motion: 'direct' }),
];

describe('coverage model', () => {
  it.each([
    [
      'no segment matches → the default motion',
      { country: 'US', region: 'north_america', industry: null, size: null },
      'hybrid',
      null,
    ],
    [
      'a region segment covers its region',
      { country: 'FR', region: 'europe', industry: 'Retail', size: '51-200' },
      'partner_led',
      'Europe',
    ],
    ['a country beats a region', { country: 'DE', region: 'europe', industry: 'Retail', size: '51-200' }, 'hybrid', 'Germany'],
    [
      'region + industry beats region alone',
      { country: 'FR', region: 'europe', industry: 'banking', size: null },
      'direct',
      'European banks',
    ],
    [
      'a size band alone covers every region',
      { country: 'US', region: 'north_america', industry: null, size: '5001+' },
      'direct',
      'Enterprise',
    ],
    [
      'a segment naming an industry does not match a lead without one',
      { country: 'IT', region: 'europe', industry: null, size: null },
      'partner_led',
      'Europe',
    ],
  ] as const)('%s', (_name, facts, motion, segment) => {
    const decision = coverageOf(SEGMENTS, facts, 'hybrid');
    expect(decision.motion).toBe(motion);
    expect(decision.segment?.name ?? null).toBe(segment);
  });
});

describe('lead statuses', () => {
  it.each([
    ['a new lead is assigned', 'new', 'assign', 'assigned'],
    ['an assigned lead is reassigned', 'assigned', 'assign', 'assigned'],
    ['a declined lead goes to the next partner', 'declined', 'assign', 'assigned'],
    ['the partner accepts an assigned lead', 'assigned', 'accept', 'accepted'],
    ['the partner declines an assigned lead', 'assigned', 'decline', 'declined'],
    ['an accepted lead converts', 'accepted', 'convert', 'converted'],
    ['an open lead is disqualified', 'accepted', 'disqualify', 'disqualified'],
    ['a lapsed assignment returns the lead to the vendor', 'assigned', 'expire', 'new'],
    ['an off-boarding partner hands an assigned lead back', 'assigned', 'handOver', 'new'],
    ['an off-boarding partner hands an accepted lead back', 'accepted', 'handOver', 'new'],
  ] as const)('%s', (_name, from, action, to) => {
    expect(nextLeadStatus(from, action)).toEqual({ allowed: true, to });
  });
  it.each([
    ['a new lead cannot be accepted', 'new', 'accept'],
    ['only an accepted lead converts', 'assigned', 'convert'],
    ['a converted lead is not disqualified', 'converted', 'disqualify'],
    ['an accepted lead is not reassigned', 'accepted', 'assign'],
    ['a disqualified lead is not declined', 'disqualified', 'decline'],
    ['a converted lead is not handed over', 'converted', 'handOver'],
  ] as const)('%s', (_name, from, action) => {
    expect(nextLeadStatus(from, action).allowed).toBe(false);
  });
});

const rule = (r: Partial<RoutingRule> & Pick<RoutingRule, 'name' | 'strategy'>): RoutingRule => ({
  id: r.name,
  countries: [],
  regions: [],
  industries: [],
  sizes: [],
  products: [],
  partnerIds: [],
  metricKey: null,
  maxOpenLeads: null,
  lastPartnerId: null,
  ...r,
});

const cand = (c: Partial<Candidate> & Pick<Candidate, 'id' | 'name'>): Candidate => ({
  regions: [],
  tierName: null,
  tierRank: 0,
  openLeads: 0,
  blockedBy: [],
  competesIn: [],
  ...c,
});

const A = cand({
  id: 'a',
  name: 'Alpha',
  tierName: 'Silver',
  tierRank: 2,
  openLeads: 1,
  metrics: { 'deals.won_registrations': 3 },
});
const B = cand({ id: 'b', name: 'Beta', tierName: 'Gold', tierRank: 3, openLeads: 4, metrics: { 'deals.won_registrations': 7 } });
const C = cand({ id: 'c', name: 'Gamma', regions: ['north_america'], openLeads: 0 });

describe('routing strategies', () => {
  it.each([
    [
      'by tier weight: the lowest load per weight (Alpha 2/2 = 1 beats Beta 5/3)',
      rule({ name: 't', strategy: 'tier_weight' }),
      [A, B],
      'a',
    ],
    [
      'by tier weight: a higher tier takes more before it is passed over',
      rule({ name: 't', strategy: 'tier_weight' }),
      [{ ...A, openLeads: 3 }, B],
      'b',
    ],
    [
      'by performance: the highest metric',
      rule({ name: 'p', strategy: 'performance', metricKey: 'deals.won_registrations' }),
      [A, B],
      'b',
    ],
    [
      'by performance without data: the fewest open leads',
      rule({ name: 'p', strategy: 'performance', metricKey: 'x.none' }),
      [B, A],
      'a',
    ],
    ['round robin starts with the first partner', rule({ name: 'r', strategy: 'round_robin' }), [B, A, C], 'a'],
    [
      'round robin takes the next after the last one chosen',
      rule({ name: 'r', strategy: 'round_robin', lastPartnerId: 'a' }),
      [A, B, C],
      'b',
    ],
    ['round robin wraps around', rule({ name: 'r', strategy: 'round_robin', lastPartnerId: 'c' }), [A, B, C], 'a'],
    [
      'round robin continues when the last one left the pool',
      rule({ name: 'r', strategy: 'round_robin', lastPartnerId: 'b' }),
      [A, C],
      'c',
    ],
    ['by capacity: the most room left', rule({ name: 'c', strategy: 'capacity', maxOpenLeads: 5 }), [A, B, C], 'c'],
  ] as const)('%s', (_name, r, pool, chosen) => {
    expect(pickByStrategy(r, pool).partner.id).toBe(chosen);
  });
});

const HYBRID = { motion: 'hybrid' as const, segment: null, reason: 'default' };
const DE_LEAD = { country: 'DE', region: 'europe', industry: 'Manufacturing', size: '201-1000', products: ['Analytics'] };

describe('lead routing', () => {
  it.each([
    [
      'a direct segment is not routed to partners',
      {
        coverage: { motion: 'direct' as const, segment: { id: 's', name: 'Enterprise' }, reason: 'Segment “Enterprise”: direct' },
      },
      'direct',
      null,
    ],
    ['no rule: the lead stays with the vendor', { rules: [] }, 'unrouted', null],
    [
      'the first matching rule in order chooses',
      { rules: [rule({ name: 'DACH', countries: ['DE', 'AT'], strategy: 'capacity' })] },
      'assigned',
      'c',
    ],
    [
      'a rule whose condition the lead misses is skipped',
      { rules: [rule({ name: 'US', countries: ['US'], strategy: 'capacity' }), rule({ name: 'All', strategy: 'tier_weight' })] },
      'assigned',
      'a',
    ],
    [
      'a product condition needs a product of interest',
      { rules: [rule({ name: 'Sec', products: ['Security'], strategy: 'capacity' })] },
      'unrouted',
      null,
    ],
    [
      'a rule routes only to its own partners',
      { rules: [rule({ name: 'Only Beta', partnerIds: ['b'], strategy: 'capacity' })] },
      'assigned',
      'b',
    ],
    [
      'a partner that declined the lead is not offered it again',
      {
        rules: [rule({ name: 'Only Beta', partnerIds: ['b'], strategy: 'capacity' })],
        excluded: new Map([['b', 'declined it']]),
      },
      'unrouted',
      null,
    ],
    [
      'a partner blocked by compliance is left out',
      { candidates: [{ ...A, blockedBy: ['soc2 expired'] }, B], rules: [rule({ name: 'All', strategy: 'tier_weight' })] },
      'assigned',
      'b',
    ],
    [
      'a partner competing in the lead’s segment is left out',
      { candidates: [{ ...A, competesIn: ['Analytics'] }, B], rules: [rule({ name: 'All', strategy: 'tier_weight' })] },
      'assigned',
      'b',
    ],
    [
      'a partner at the rule’s capacity is left out',
      { rules: [rule({ name: 'Cap', strategy: 'tier_weight', maxOpenLeads: 4 })], candidates: [A, B] },
      'assigned',
      'a',
    ],
    [
      'a partner not serving the lead’s region is left out, and the next rule tries',
      {
        candidates: [C],
        rules: [
          rule({ name: 'Gamma only', partnerIds: ['c'], strategy: 'capacity' }),
          rule({ name: 'Fallback', strategy: 'capacity' }),
        ],
      },
      'unrouted',
      null,
    ],
  ] as const)('%s', (_name, over, outcome, partnerId) => {
    const decision = routeLead({
      lead: DE_LEAD,
      coverage: HYBRID,
      rules: [],
      candidates: [A, B, { ...C, regions: [] }],
      excluded: new Map(),
      ...over,
    });
    expect(decision.outcome).toBe(outcome);
    expect(decision.outcome === 'assigned' ? decision.partnerId : null).toBe(partnerId);
    expect(decision.summary.length).toBeGreaterThan(0);
  });

  it('the explanation names the rule, the conditions met and the strategy; exclusions stay in the vendor’s details', () => {
    const decision = routeLead({
      lead: DE_LEAD,
      coverage: HYBRID,
      rules: [
        rule({ name: 'US', countries: ['US'], strategy: 'capacity' }),
        rule({ name: 'DACH manufacturing', countries: ['DE'], industries: ['Manufacturing'], strategy: 'tier_weight' }),
      ],
      candidates: [{ ...A, blockedBy: ['SOC 2 expired'] }, B],
      excluded: new Map(),
    });
    if (decision.outcome !== 'assigned') throw new Error('expected an assignment');
    expect(decision.ruleName).toBe('DACH manufacturing');
    expect(decision.summary).toContain('country DE, industry Manufacturing');
    expect(decision.summary).toContain('tier weight');
    expect(decision.summary).not.toContain('Alpha');
    expect(decision.details.join('\n')).toMatch(/Rule 1 “US” skipped: country DE not in US/);
    expect(decision.details.join('\n')).toMatch(/Alpha \(compliance: SOC 2 expired\)/);
  });
});

describe('domains', () => {
  it.each([
    ['scheme, www and path are dropped', 'https://www.Example.com/contact', 'example.com'],
    ['a bare domain stays', 'acme.de', 'acme.de'],
    ['nothing is null', '  ', null],
  ] as const)('%s', (_n, raw, key) => expect(normaliseDomain(raw)).toBe(key));
});
