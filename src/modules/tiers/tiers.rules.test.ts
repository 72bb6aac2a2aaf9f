import { describe, expect, it } from 'vitest';
import { byRank, nextTierUp } from './tiers.rules.js';

const registered = { id: 'r', name: 'Registered', rank: 1 };
const silver = { id: 's', name: 'Silver', rank: 2 };
const gold = { id: 'g', name: 'Gold', rank: 3 };

describe('tiers are ordered by rank', () => {
  it('Registered before Silver before Gold, whatever the input order', () => {
    expect(byRank([gold, registered, silver]).map((t) => t.name)).toEqual(['Registered', 'Silver', 'Gold']);
  });
});

describe('the tier above a partner', () => {
  it.each([
    ['no tier yet starts at the lowest', null, 'Registered'],
    ['Registered moves to Silver', 'r', 'Silver'],
    ['Silver moves to Gold', 's', 'Gold'],
    ['Gold is the top', 'g', null],
    ['an unknown tier has no next', 'x', null],
  ])('%s', (_rule, current, expected) => {
    expect(nextTierUp([gold, silver, registered], current)?.name ?? null).toBe(expected);
  });
});
