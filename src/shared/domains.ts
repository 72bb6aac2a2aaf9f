import { domainToASCII } from 'node:url';

/**
 * A customer's web domain as one key: lower case, without scheme, user, port, path, query,
 * a leading `www.` and trailing dots; internationalised names in their punycode (ASCII) form, so
 * `https://WWW.Müller.de/kontakt` and `xn--mller-kva.de.` are one customer. An e-mail address
 * counts by its domain. Null when nothing domain-like is left. One rule for every module that matches
 * companies by domain (deal registrations, leads, account mapping); the browser's copy for private
 * matching is `browserDomainKey` (psi.ts), held to the same answers by its test.
 */
export function normaliseDomain(input: string | null | undefined): string | null {
  if (!input) return null;
  let s = input.normalize('NFKC').trim().toLowerCase();
  s = s.replace(/^[a-z][a-z0-9+.-]*:\/\//, '');
  s = s.replace(/^mailto:/, '');
  s = s.split(/[/?#\\]/, 1)[0] ?? '';
  s = s.includes('@') ? (s.split('@').pop() ?? '') : s;
  s = s.replace(/:\d*$/, '');
  s = s.replace(/\.+$/, '');
  s = s.replace(/^(www\d*\.)+/, '');
  if (!s || /\s/.test(s)) return null;
  const ascii = domainToASCII(s);
  if (!ascii?.includes('.') || ascii.length > 253) return null;
  return ascii.replace(/\.+$/, '');
}
