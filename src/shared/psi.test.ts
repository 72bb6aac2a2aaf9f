import { describe, expect, it } from 'vitest';
import { normaliseDomain } from './domains.js';
import { blind, browserDomainKey, intersect, isBlindedValue, newBlindingKey, reblind } from './psi.js';

describe('private set intersection over ristretto255', () => {
  it('finds exactly the common keys, whichever order and whatever else either side holds', () => {
    const partner = ['northwind.example', 'contoso.example', 'only-partner.example', 'fabrikam.example'];
    const vendor = [
      { key: 'fabrikam.example', tag: 'customer' },
      { key: 'only-vendor.example', tag: 'prospect' },
      { key: 'northwind.example', tag: 'opportunity' },
      { key: 'northwind.example', tag: 'customer' },
    ];
    const a = newBlindingKey();
    const b = newBlindingKey();
    const sent = partner.map((key) => blind(key, a));
    // The server's side: it sees only `sent`.
    const answered = sent.map((s) => reblind(s, b));
    const own = vendor.map((v) => ({ value: blind(v.key, b), tag: v.tag }));
    const found = intersect(
      partner.map((key, i) => ({ key, reblinded: answered[i] as string })),
      own,
      a,
    );
    expect(found).toEqual([
      { key: 'northwind.example', tags: ['opportunity', 'customer'] },
      { key: 'fabrikam.example', tags: ['customer'] },
    ]);
  });

  it('blinding hides the key: the same key under two secrets gives unrelated values, and both orders commute', () => {
    const a = newBlindingKey();
    const b = newBlindingKey();
    expect(blind('contoso.example', a)).not.toBe(blind('contoso.example', b));
    expect(blind('contoso.example', a)).not.toContain('contoso');
    expect(reblind(blind('contoso.example', a), b)).toBe(reblind(blind('contoso.example', b), a));
    expect(blind('contoso.example', a)).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('refuses what is not a point', () => {
    const b = newBlindingKey();
    expect(isBlindedValue(blind('x.example', b))).toBe(true);
    expect(isBlindedValue('not a point')).toBe(false);
    expect(isBlindedValue('A'.repeat(43))).toBe(false); // identity (all zero bytes)
    expect(() => reblind('zz', b)).toThrow();
  });

  it.each([
    'https://WWW.Müller.de/kontakt',
    'xn--mller-kva.de.',
    'Contoso.com',
    'sales@northwind.example',
    'www2.adatum.example:8443/path?q',
    'mailto:x@fabrikam.example',
    'localhost',
    'not a domain',
    '',
    'bücher.example',
    'ÄÖÜ.example',
  ])('the browser normalises %j to the same key as the server', (input) => {
    expect(browserDomainKey(input)).toBe(normaliseDomain(input));
  });
});
