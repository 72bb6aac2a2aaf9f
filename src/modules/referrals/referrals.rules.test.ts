import { describe, expect, it } from 'vitest';
import {
  attribute,
  checkDestination,
  commissionMove,
  commissionOf,
  commissionRate,
  isValidCode,
  keepsCookie,
  normaliseDomain,
  submissionStatusAfter,
} from './referrals.rules.js';

const now = new Date('2026-12-01T12:00:00Z');
const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);
const A = { partnerId: 'A', linkId: 'la', clickId: 'ca' };

describe('attribution: first touch within the cookie window', () => {
  const cases: [string, Parameters<typeof attribute>[0], ReturnType<typeof attribute>][] = [
    [
      'a customer attributed before stays with that partner, whatever the cookie says',
      { now, windowDays: 30, earlier: A, click: { partnerId: 'B', linkId: 'lb', clickId: 'cb', at: daysAgo(1) }, code: null },
      { attributed: true, via: 'earlier', ...A },
    ],
    [
      'a click inside the window wins',
      { now, windowDays: 30, earlier: null, click: { ...A, at: daysAgo(29) }, code: null },
      { attributed: true, via: 'click', ...A },
    ],
    [
      'the last day of the window still counts',
      { now, windowDays: 30, earlier: null, click: { ...A, at: daysAgo(30) }, code: null },
      { attributed: true, via: 'click', ...A },
    ],
    [
      'a click outside the window counts for nobody',
      { now, windowDays: 30, earlier: null, click: { ...A, at: daysAgo(31) }, code: null },
      { attributed: false, reason: 'window_expired' },
    ],
    [
      'a click in the future (clock skew, forged) counts for nobody',
      { now, windowDays: 30, earlier: null, click: { ...A, at: daysAgo(-1) }, code: null },
      { attributed: false, reason: 'window_expired' },
    ],
    [
      'the cookie’s click beats a code typed later (first touch)',
      { now, windowDays: 30, earlier: null, click: { ...A, at: daysAgo(2) }, code: { partnerId: 'B', linkId: 'lb' } },
      { attributed: true, via: 'click', ...A },
    ],
    [
      'a typed code counts when the cookie ran out',
      { now, windowDays: 30, earlier: null, click: { ...A, at: daysAgo(90) }, code: { partnerId: 'B', linkId: 'lb' } },
      { attributed: true, via: 'code', partnerId: 'B', linkId: 'lb', clickId: null },
    ],
    [
      'no cookie and no code: nobody',
      { now, windowDays: 30, earlier: null, click: null, code: null },
      { attributed: false, reason: 'no_reference' },
    ],
  ];
  it.each(cases)('%s', (_name, input, expected) => expect(attribute(input)).toEqual(expected));
});

describe('a visitor keeps the first cookie while it is inside the window', () => {
  it.each([
    ['no cookie yet: set one', null, 30, false],
    ['a fresh cookie is kept', daysAgo(3), 30, true],
    ['an expired cookie is replaced', daysAgo(40), 30, false],
  ] as const)('%s', (_n, at, days, keep) => expect(keepsCookie(at, now, days)).toBe(keep));
});

describe('a link points only at the vendor’s own pages (never an open redirect)', () => {
  const allowed = ['lumen.example', 'lumencloud.example'];
  it.each([
    ['a page on an allowed domain', 'https://lumen.example/pricing?plan=pro', true],
    ['a subdomain of an allowed domain', 'https://www.lumen.example/', true],
    ['another domain', 'https://evil.example/', false],
    ['a look-alike suffix', 'https://evillumen.example/', false],
    ['an allowed name as a subdomain of another', 'https://lumen.example.evil.example/', false],
    ['plain http', 'http://lumen.example/', false],
    ['javascript:', 'javascript:alert(1)', false],
    ['a relative path', '/pricing', false],
    ['a protocol-relative URL', '//evil.example/', false],
    ['credentials in the URL', 'https://lumen.example@evil.example/', false],
    ['user info on an allowed host', 'https://user:pw@lumen.example/', false],
    ['an explicit port', 'https://lumen.example:8443/', false],
  ] as const)('%s', (_n, url, ok) => expect(checkDestination(url, allowed).allowed).toBe(ok));

  it('no allowed domains yet: nothing is allowed', () =>
    expect(checkDestination('https://lumen.example/', []).allowed).toBe(false));
});

describe('codes and domains', () => {
  it.each([
    ['letters, digits and dashes', 'RIVER-2026', true],
    ['too short', 'ab', false],
    ['spaces', 'a b c', false],
    ['a slash (a path)', 'a/b/c', false],
    ['too long', 'x'.repeat(33), false],
  ] as const)('a code: %s', (_n, code, ok) => expect(isValidCode(code)).toBe(ok));
  it.each([
    ['lower case, no trailing dot', 'Lumen.Example.', 'lumen.example'],
    ['a URL is not a domain', 'https://lumen.example', null],
    ['no dot', 'localhost', null],
  ] as const)('a domain: %s', (_n, input, out) => expect(normaliseDomain(input)).toBe(out));
});

describe('commission', () => {
  it.each([
    ['a commission program pays its rate', [{ model: 'commission', ratePercent: 10 }], 10],
    [
      'a hybrid’s commission part counts',
      [{ model: 'hybrid', components: [{ model: 'flat_fee' }, { model: 'commission', ratePercent: 12.5 }] }],
      12.5,
    ],
    [
      'the best of several programs',
      [
        { model: 'commission', ratePercent: 5 },
        { model: 'commission', ratePercent: 8 },
      ],
      8,
    ],
    ['no commission model: none', [{ model: 'reseller_discount' }], null],
    ['no program: none', [], null],
  ] as const)('rate: %s', (_n, models, rate) => expect(commissionRate(models as never)).toBe(rate));
  it.each([
    ['10% of 1,000.00', 100_000, 10, 10_000],
    ['rounded half up once', 105, 10, 11],
    ['fractional rates', 100_000, 12.5, 12_500],
    ['zero', 0, 10, 0],
  ] as const)('amount: %s', (_n, amount, rate, out) => expect(commissionOf(amount, rate)).toBe(out));
  it.each([
    ['accrued → approved', 'accrued', 'approved', true],
    ['approved → paid', 'approved', 'paid', true],
    ['accrued → paid skips approval', 'accrued', 'paid', false],
    ['never back', 'paid', 'accrued', false],
  ] as const)('status: %s', (_n, from, to, ok) => expect(commissionMove(from, to).allowed).toBe(ok));
});

describe('a submitted referral’s status follows its lead', () => {
  const cases: [string, Parameters<typeof submissionStatusAfter>, ReturnType<typeof submissionStatusAfter>][] = [
    ['a partner accepting the lead accepts the referral', ['submitted', 'accepted'], 'accepted'],
    ['converting the lead converts the referral', ['accepted', 'converted'], 'converted'],
    ['a lead converted straight from submitted converts the referral', ['submitted', 'converted'], 'converted'],
    ['a disqualified lead rejects the referral', ['submitted', 'disqualified'], 'rejected'],
    ['a disqualified lead rejects an accepted referral too', ['accepted', 'disqualified'], 'rejected'],
    ['a converted referral never goes back (late disqualification)', ['converted', 'disqualified'], null],
    ['a converted referral never goes back (late acceptance)', ['converted', 'accepted'], null],
    ['a repeated event changes nothing', ['accepted', 'accepted'], null],
    ['a rejected referral whose lead is accepted after all is accepted', ['rejected', 'accepted'], 'accepted'],
    ['anything else the lead does changes nothing', ['submitted', 'reopened'], null],
  ];
  it.each(cases)('%s', (_name, args, expected) => {
    expect(submissionStatusAfter(...args)).toBe(expected);
  });
});
