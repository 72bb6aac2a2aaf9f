import { isPartnerRole, type Role } from '../../shared/roles.js';

/**
 * Sign-in throttling. Failures are counted per key in a rolling window; reaching the limit locks
 * the key for a while, whatever password comes next. Keys are the e-mail address (known or not,
 * so lockouts reveal nothing about which accounts exist) and the client IP (slows spraying one
 * password over many accounts).
 */
export type ThrottlePolicy = { maxFailures: number; windowMs: number; lockMs: number };

export const ACCOUNT_POLICY: ThrottlePolicy = { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };
export const IP_POLICY: ThrottlePolicy = { maxFailures: 50, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };
/**
 * Checks of the current password when changing it, per user: whoever holds a session or an API
 * token of someone must not get an unthrottled oracle for that person's password.
 */
export const PASSWORD_CHECK_POLICY: ThrottlePolicy = ACCOUNT_POLICY;

/** The throttle key of a user's current-password checks (sign-in keys are `email:` and `ip:`). */
export const passwordCheckKey = (userId: string) => `password-check:${userId}`;

export type ThrottleState = { failures: number; windowStartedAt: Date; lockedUntil: Date | null };

/** Seconds until the key may try again, or 0 when it is not locked. */
export function lockedForSeconds(state: ThrottleState | null, now: Date): number {
  if (!state?.lockedUntil || state.lockedUntil <= now) return 0;
  return Math.ceil((state.lockedUntil.getTime() - now.getTime()) / 1000);
}

/** The state after one more failure: a new window if the last one ran out, a lock at the limit. */
export function afterFailure(state: ThrottleState | null, now: Date, policy: ThrottlePolicy): ThrottleState {
  const windowOver = !state || now.getTime() - state.windowStartedAt.getTime() >= policy.windowMs;
  const failures = windowOver ? 1 : state.failures + 1;
  const windowStartedAt = windowOver ? now : state.windowStartedAt;
  const lockedUntil = failures >= policy.maxFailures ? new Date(now.getTime() + policy.lockMs) : (state?.lockedUntil ?? null);
  // After a lock has run out, a fresh failure starts counting from one again.
  return failures >= policy.maxFailures
    ? { failures: 0, windowStartedAt: now, lockedUntil }
    : { failures, windowStartedAt, lockedUntil };
}

/**
 * Whether a stored session or token is still good for this user. An admin's deactivation or
 * password reset ends every credential issued until then (`credentialsEndedAt`, written with the
 * change itself), so reactivating the user later revives none of them.
 */
export function isCredentialValid(
  credential: { createdAt: Date; expiresAt: Date | null; revokedAt: Date | null },
  user: { active: boolean; passwordChangedAt: Date; credentialsEndedAt: Date | null },
  now: Date,
  options: { endsOnPasswordChange: boolean },
): boolean {
  if (credential.revokedAt) return false;
  if (credential.expiresAt && credential.expiresAt <= now) return false;
  if (!user.active) return false;
  if (user.credentialsEndedAt && credential.createdAt <= user.credentialsEndedAt) return false;
  // A new password ends every session begun before it (the caller's own session is re-issued).
  if (options.endsOnPasswordChange && credential.createdAt < user.passwordChangedAt) return false;
  return true;
}

export type TokenExpiryDecision = { ok: true; expiresAt: Date | null } | { ok: false; reason: string };

/**
 * When a new API token expires. A requested expiry must lie in the future. A token created by a
 * request that another token authenticated never outlives that token: without an expiry of its
 * own it takes the parent's, and a later one is refused.
 */
export function decideTokenExpiry(
  requested: Date | null,
  now: Date,
  parent: { expiresAt: Date | null } | null,
): TokenExpiryDecision {
  if (requested && requested <= now) return { ok: false, reason: 'must be in the future' };
  const limit = parent?.expiresAt ?? null;
  if (!limit) return { ok: true, expiresAt: requested };
  if (!requested) return { ok: true, expiresAt: limit };
  if (requested > limit) {
    return { ok: false, reason: `must not be later than the expiry of the token creating it (${limit.toISOString()})` };
  }
  return { ok: true, expiresAt: requested };
}

/**
 * Sign-in links by e-mail. Every request counts, whether the address is anyone's or not (so the
 * throttle reveals nothing): a few per address, more per client IP (an office behind one address).
 */
export const LINK_REQUEST_EMAIL_POLICY: ThrottlePolicy = { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };
export const LINK_REQUEST_IP_POLICY: ThrottlePolicy = { maxFailures: 30, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };

/** How long a link works. */
export const LINK_MINUTES = { magic_link: 15, password_reset: 30 } as const;

/**
 * Who may sign in with a link from their mailbox: partner users only (decision 0060). Vendor
 * staff hold the keys to every partner's data; their sign-in stays a password (and, later, SSO).
 */
export function mayUseMagicLink(user: { role: Role; active: boolean }): boolean {
  return user.active && isPartnerRole(user.role);
}
