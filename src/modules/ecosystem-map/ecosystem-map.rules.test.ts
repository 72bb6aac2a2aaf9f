import { describe, expect, it } from 'vitest';
import { degreesOf, type EdgePart, mergeEdgeParts, opportunityEdgeKind } from './ecosystem-map.rules.js';

describe('an opportunity shared by two partners', () => {
  it.each([
    ['is a joint opportunity while open (prospecting)', 'prospecting', 'joint_opportunity'],
    ['is a joint opportunity while open (negotiation)', 'negotiation', 'joint_opportunity'],
    ['is a multi-partner deal once won', 'closed_won', 'multi_partner_deal'],
    ['draws no edge once lost', 'closed_lost', null],
  ])('%s', (_rule, stage, kind) => {
    expect(opportunityEdgeKind(stage)).toBe(kind);
  });
});

const part = (over: Partial<EdgePart>): EdgePart => ({
  source: 'a',
  target: 'b',
  kind: 'joint_opportunity',
  count: 1,
  sample: ['o1'],
  value: { amount: 100, currency: 'USD' },
  ...over,
});

describe('edges from their per-currency parts', () => {
  it.each([
    [
      'one pair in two currencies is one edge: counts and converted values add up',
      [part({}), part({ count: 2, sample: ['o2', 'o3'], value: { amount: 250, currency: 'USD' } })],
      [{ source: 'a', target: 'b', count: 3, weight: 350, value: { amount: 350, currency: 'USD' }, sample: ['o1', 'o2', 'o3'] }],
    ],
    [
      'a pair is the same edge whichever way round it comes',
      [part({}), part({ source: 'b', target: 'a', sample: ['o2'] })],
      [{ source: 'a', target: 'b', count: 2, weight: 200 }],
    ],
    [
      'an unconvertible part leaves the edge without a value, weighed by its count (never a partial sum)',
      [part({}), part({ count: 4, sample: ['o9'], value: null })],
      [{ count: 5, weight: 5, value: null }],
    ],
    [
      'the sample keeps at most five records',
      [part({ count: 4, sample: ['1', '2', '3', '4'] }), part({ count: 3, sample: ['5', '6', '7'] })],
      [{ count: 7, sample: ['1', '2', '3', '4', '5'] }],
    ],
    [
      'integrations are weighed by how many there are and carry no value',
      [part({ kind: 'integration', target: 'vendor', count: 2, value: null })],
      [{ kind: 'integration', count: 2, weight: 2, value: null }],
    ],
    [
      'kinds stay apart, heaviest edge first',
      [part({}), part({ kind: 'multi_partner_deal', value: { amount: 900, currency: 'USD' } })],
      [
        { kind: 'multi_partner_deal', weight: 900 },
        { kind: 'joint_opportunity', weight: 100 },
      ],
    ],
  ])('%s', (_rule, parts, expected) => {
    const edges = mergeEdgeParts(parts);
    expect(edges).toHaveLength(expected.length);
    for (const [i, e] of expected.entries()) expect(edges[i]).toMatchObject(e);
  });

  it('counts each edge once at each end for the degree', () => {
    expect(
      Object.fromEntries(
        degreesOf([
          { source: 'a', target: 'b' },
          { source: 'a', target: 'c' },
          { source: 'b', target: 'c' },
        ]),
      ),
    ).toEqual({ a: 2, b: 2, c: 2 });
  });
});
