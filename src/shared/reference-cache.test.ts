import { describe, expect, it } from 'vitest';
import { ReferenceCache } from './reference-cache.js';

describe('the reference cache', () => {
  it('answers what it holds for its time and names the rest to load', () => {
    const cache = new ReferenceCache<string>(1_000);
    cache.remember([['a', 'Gold']], 0);
    expect(cache.lookup(['a', 'b'], 999)).toEqual({ found: new Map([['a', 'Gold']]), missing: ['b'] });
    expect(cache.lookup(['a'], 1_000).missing).toEqual(['a']);
  });

  it('forgets an entry at once, and keeps nothing when turned off', () => {
    const cache = new ReferenceCache<string>(1_000);
    cache.remember([['a', 'Gold']], 0);
    cache.forget('a');
    expect(cache.lookup(['a'], 1).missing).toEqual(['a']);
    cache.setTtl(0);
    cache.remember([['b', 'Silver']], 0);
    expect(cache.lookup(['b'], 0).missing).toEqual(['b']);
  });
});
