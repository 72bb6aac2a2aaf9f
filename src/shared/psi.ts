import { ristretto255, ristretto255_hasher } from '@noble/curves/ed25519.js';
import { bytesToNumberLE } from '@noble/curves/utils.js';

/**
 * Private set intersection (ECDH-based, "double blinding") over ristretto255, used by the
 * partner's browser (web/src/modules/account-mapping) and by the server's account-mapping module,
 * so both run the same code (docs/decisions/0195).
 *
 *   browser: a random, sends H(d)^a for each of its domains d
 *   server:  b random, answers (H(d)^a)^b for those (same order) and H(v)^b for its own v (sorted)
 *   browser: (H(v)^b)^a == (H(d)^a)^b exactly when v == d → the overlap, and nothing else
 *
 * The server sees only points blinded by a secret it never learns; the browser sees only points
 * blinded by the server's per-run secret, from which it learns which of its own domains the
 * server holds, not the server's other ones. Points travel as base64url of their 32 bytes.
 */

const DST = 'consort-account-mapping-psi-v1';
const encoder = new TextEncoder();

export type BlindingKey = { readonly scalar: bigint };

/** A fresh secret scalar, from the platform's CSPRNG (Web Crypto in browsers and Node). */
export function newBlindingKey(): BlindingKey {
  const Fn = ristretto255.Point.Fn;
  for (;;) {
    const bytes = new Uint8Array(64);
    globalThis.crypto.getRandomValues(bytes);
    const scalar = Fn.create(bytesToNumberLE(bytes));
    if (scalar !== 0n) return { scalar };
  }
}

/**
 * A secret scalar derived from at least 32 bytes of a keyed hash (the server's per-run secret of a
 * private match sent in several chunks: the same run, the same secret, nothing stored).
 */
export function blindingKeyFrom(seed: Uint8Array): BlindingKey {
  if (seed.length < 32) throw new Error('a blinding key needs at least 32 bytes of seed');
  const scalar = ristretto255.Point.Fn.create(bytesToNumberLE(seed));
  if (scalar === 0n) throw new Error('a zero blinding key');
  return { scalar };
}

/** H(key)^secret for an already normalised key (a domain as `normaliseDomain` makes it). */
export function blind(key: string, secret: BlindingKey): string {
  const point = ristretto255_hasher.hashToCurve(encoder.encode(key), { DST });
  return encodePoint(point.multiply(secret.scalar).toBytes());
}

/** P^secret for a point another party blinded; throws on anything that is not a valid point. */
export function reblind(encoded: string, secret: BlindingKey): string {
  const point = ristretto255.Point.fromBytes(decodePoint(encoded));
  if (point.is0()) throw new Error('the identity is not a blinded value');
  return encodePoint(point.multiply(secret.scalar).toBytes());
}

/** Whether `encoded` is a well-formed, non-identity ristretto255 point. */
export function isBlindedValue(encoded: string): boolean {
  try {
    return !ristretto255.Point.fromBytes(decodePoint(encoded)).is0();
  } catch {
    return false;
  }
}

/**
 * The browser's last step: which of its own keys (in the order it blinded them, with the answer
 * the server gave for each) are among the server's doubly blinded set; each with the tag (a
 * population) the server gave its matching value.
 */
export function intersect<T>(
  own: readonly { key: string; reblinded: string }[],
  server: readonly { value: string; tag: T }[],
  secret: BlindingKey,
): { key: string; tags: T[] }[] {
  const theirs = new Map<string, T[]>();
  for (const s of server) {
    const twice = reblind(s.value, secret);
    const list = theirs.get(twice);
    if (list) list.push(s.tag);
    else theirs.set(twice, [s.tag]);
  }
  return own.flatMap((o) => {
    const tags = theirs.get(o.reblinded);
    return tags ? [{ key: o.key, tags }] : [];
  });
}

function encodePoint(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function decodePoint(encoded: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]{43}$/.test(encoded)) throw new Error('not a 32-byte base64url value');
  const s = atob(`${encoded.replace(/-/g, '+').replace(/_/g, '/')}=`);
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
}

/**
 * A domain as the browser normalises it before blinding: the same key as the server's
 * `normaliseDomain` (src/shared/domains.ts), written with the URL parser every browser has instead
 * of Node's `domainToASCII`; a unit test holds the two to the same answers.
 */
export function browserDomainKey(input: string | null | undefined): string | null {
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
  let ascii: string;
  try {
    ascii = new URL(`http://${s}/`).hostname;
  } catch {
    return null;
  }
  if (!ascii.includes('.') || ascii.length > 253) return null;
  return ascii.replace(/\.+$/, '');
}
