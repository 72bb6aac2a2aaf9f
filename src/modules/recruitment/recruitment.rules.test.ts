import { describe, expect, it } from 'vitest';
import {
  assessSubmission,
  checkFormToken,
  countAttempt,
  DOMAIN_POLICY,
  decideReview,
  duplicateFlags,
  FORM_MIN_SECONDS,
  IP_POLICY,
  signFormToken,
  type TokenVerdict,
} from './recruitment.rules.js';

const SECRET = 'test-secret';
const issued = new Date('2026-11-30T10:00:00Z');
const later = (seconds: number) => new Date(issued.getTime() + seconds * 1000);
const token = signFormToken(issued, 'abcdefgh12', SECRET);

describe('the application form token', () => {
  it.each<[string, string, Date, TokenVerdict['ok'], string?]>([
    ['a person who took a minute is taken', token, later(60), true],
    [`a submission within ${FORM_MIN_SECONDS} seconds of loading the form is too fast`, token, later(1), false, 'too_fast'],
    ['a form left open for more than a day is stale', token, later(25 * 3600), false, 'stale'],
    ['a token signed with another key is forged', signFormToken(issued, 'abcdefgh12', 'other'), later(60), false, 'forged'],
    [
      'a token claiming an earlier time than it was issued is forged',
      token.replace(/^[^.]+/, (t) => (Number.parseInt(t, 36) - 60_000).toString(36)),
      later(60),
      false,
      'forged',
    ],
    ['anything else is malformed', 'not-a-real-token', later(60), false, 'malformed'],
  ])('%s', (_rule, value, now, ok, reason) => {
    const verdict = checkFormToken(value, now, SECRET);
    expect(verdict.ok).toBe(ok);
    if (!verdict.ok) expect(verdict.reason).toBe(reason);
  });
});

describe('spam checks on a submission', () => {
  const good: TokenVerdict = { ok: true, issuedAt: issued };
  it.each([
    [
      'an honest application is accepted',
      { honeypot: undefined, token: good, message: 'We run 40 clinics: https://a.example' },
      true,
    ],
    ['a filled-in honeypot field is a bot', { honeypot: '+1 555 0100', token: good, message: '' }, false],
    ['a blank honeypot is a person', { honeypot: '  ', token: good, message: '' }, true],
    [
      'a bad token refuses it',
      { honeypot: undefined, token: { ok: false, reason: 'too_fast' } as TokenVerdict, message: '' },
      false,
    ],
    [
      'more than three links in the message is spam',
      { honeypot: undefined, token: good, message: 'http://a http://b www.c https://d' },
      false,
    ],
  ])('%s', (_rule, input, accept) => {
    expect(assessSubmission(input).accept).toBe(accept);
  });
});

describe('application throttles', () => {
  it(`one client IP sends at most ${IP_POLICY.max} an hour, then waits for the window to end`, () => {
    let state = null as Parameters<typeof countAttempt>[0];
    for (let i = 0; i < IP_POLICY.max; i++) {
      const r = countAttempt(state, later(i), IP_POLICY);
      expect(r.allowed).toBe(true);
      state = r.state;
    }
    const refused = countAttempt(state, later(IP_POLICY.max), IP_POLICY);
    expect(refused.allowed).toBe(false);
    expect(refused.retryAfterSeconds).toBe(3600 - IP_POLICY.max);
    expect(countAttempt(refused.state, later(3600), IP_POLICY).allowed).toBe(true);
  });

  it(`one company domain applies at most ${DOMAIN_POLICY.max} times a day`, () => {
    let state = null as Parameters<typeof countAttempt>[0];
    const answers = [1, 2, 3, 4].map((i) => {
      const r = countAttempt(state, later(i * 60), DOMAIN_POLICY);
      state = r.state;
      return r.allowed;
    });
    expect(answers).toEqual([true, true, true, false]);
  });
});

describe('reviewing an application', () => {
  it.each([
    ['a waiting application can be accepted', 'submitted', 'accepted', true],
    ['a waiting application can be rejected', 'submitted', 'rejected', true],
    ['an accepted application is not decided again', 'accepted', 'rejected', false],
    ['a rejected application is not accepted later', 'rejected', 'accepted', false],
  ] as const)('%s', (_rule, from, to, allowed) => {
    expect(decideReview(from, to).allowed).toBe(allowed);
  });

  it('flags partners claiming the domain, similar names and waiting applications from the domain', () => {
    expect(
      duplicateFlags(
        [
          { partnerId: 'p1', name: 'Northwind', reason: 'domain' },
          { partnerId: 'p2', name: 'Northwind Traders', reason: 'name' },
        ],
        [{ id: 'a1', companyName: 'Northwind Ltd' }],
      ),
    ).toEqual([
      { reason: 'domain', id: 'p1', name: 'Northwind' },
      { reason: 'name', id: 'p2', name: 'Northwind Traders' },
      { reason: 'application', id: 'a1', name: 'Northwind Ltd' },
    ]);
  });
});
