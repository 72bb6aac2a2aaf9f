import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_POLICY,
  afterFailure,
  decideTokenExpiry,
  isCredentialValid,
  lockedForSeconds,
  type ThrottleState,
} from './auth.rules.js';

const t0 = new Date('2026-11-22T10:00:00Z');
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

describe('sign-in throttling', () => {
  it('locks an address for 15 minutes at the fifth failure within 15 minutes', () => {
    let state: ThrottleState | null = null;
    for (let i = 0; i < 4; i++) {
      state = afterFailure(state, at(i), ACCOUNT_POLICY);
      expect(lockedForSeconds(state, at(i))).toBe(0);
    }
    state = afterFailure(state, at(4), ACCOUNT_POLICY);
    expect(lockedForSeconds(state, at(4))).toBe(15 * 60);
    expect(lockedForSeconds(state, at(18))).toBe(60);
    expect(lockedForSeconds(state, at(19))).toBe(0);
  });

  it('forgets failures older than the window', () => {
    let state: ThrottleState | null = null;
    for (let i = 0; i < 4; i++) state = afterFailure(state, at(i), ACCOUNT_POLICY);
    state = afterFailure(state, at(20), ACCOUNT_POLICY);
    expect(state.failures).toBe(1);
    expect(lockedForSeconds(state, at(20))).toBe(0);
  });

  it('counts afresh after a lock runs out', () => {
    let state: ThrottleState | null = null;
    for (let i = 0; i < 5; i++) state = afterFailure(state, at(0), ACCOUNT_POLICY);
    state = afterFailure(state, at(16), ACCOUNT_POLICY);
    expect(state.failures).toBe(1);
    expect(lockedForSeconds(state, at(16))).toBe(0);
  });
});

describe('credential validity', () => {
  const user = { active: true, passwordChangedAt: at(0), credentialsEndedAt: null as Date | null };
  const session = { createdAt: at(1), expiresAt: at(60), revokedAt: null };
  it('accepts a live session of an active user', () => {
    expect(isCredentialValid(session, user, at(2), { endsOnPasswordChange: true })).toBe(true);
  });
  it('ends at expiry, revocation, deactivation and (for sessions) a newer password', () => {
    expect(isCredentialValid(session, user, at(60), { endsOnPasswordChange: true })).toBe(false);
    expect(isCredentialValid({ ...session, revokedAt: at(2) }, user, at(3), { endsOnPasswordChange: true })).toBe(false);
    expect(isCredentialValid(session, { ...user, active: false }, at(2), { endsOnPasswordChange: true })).toBe(false);
    expect(isCredentialValid(session, { ...user, passwordChangedAt: at(5) }, at(6), { endsOnPasswordChange: true })).toBe(false);
    // API tokens outlive a password change (they are revoked on their own), not a deactivation.
    expect(
      isCredentialValid({ ...session, expiresAt: null }, { ...user, passwordChangedAt: at(5) }, at(6), {
        endsOnPasswordChange: false,
      }),
    ).toBe(true);
  });
});

describe("an admin's deactivation or password reset ends every credential issued until then", () => {
  const user = { active: true, passwordChangedAt: at(0), credentialsEndedAt: at(10) };
  const issued = (minute: number) => ({ createdAt: at(minute), expiresAt: null, revokedAt: null });
  it.each([
    ['a session issued before the end', issued(5), { endsOnPasswordChange: true }, false],
    ['an API token issued before the end', issued(5), { endsOnPasswordChange: false }, false],
    ['a token issued at the very instant of the end', issued(10), { endsOnPasswordChange: false }, false],
    ['a session issued after the end (signed in again)', issued(11), { endsOnPasswordChange: true }, true],
    ['a token created after the end', issued(11), { endsOnPasswordChange: false }, true],
  ])('%s', (_rule, credential, options, expected) => {
    // Reactivated since: `active` is true again, yet what was ended stays ended.
    expect(isCredentialValid(credential, user, at(20), options)).toBe(expected);
  });
});

describe('when a new API token expires', () => {
  const now = at(0);
  it.each([
    ['no expiry asked, no parent: never', null, null, { ok: true, expiresAt: null }],
    ['a future expiry: that one', at(60), null, { ok: true, expiresAt: at(60) }],
    ['an expiry in the past: refused', at(-1), null, { ok: false }],
    ['an expiry of right now: refused', at(0), null, { ok: false }],
    ['created by a token that never expires: as asked', at(60), { expiresAt: null }, { ok: true, expiresAt: at(60) }],
    ["no expiry asked, created by an expiring token: the parent's", null, { expiresAt: at(30) }, { ok: true, expiresAt: at(30) }],
    ['an earlier expiry than the parent: that one', at(20), { expiresAt: at(30) }, { ok: true, expiresAt: at(20) }],
    ['a later expiry than the parent: refused', at(40), { expiresAt: at(30) }, { ok: false }],
  ])('%s', (_rule, requested, parent, expected) => {
    expect(decideTokenExpiry(requested, now, parent)).toMatchObject(expected);
  });
});
