/**
 * Sign-in throttling. Failures are counted per key in a rolling window; reaching the limit locks
 * the key for a while, whatever password comes next. Keys are the e-mail address (known or not,
 * so lockouts reveal nothing about which accounts exist) and the client IP (slows spraying one
 * password over many accounts).
 */
export type ThrottlePolicy = { maxFailures: number; windowMs: number; lockMs: number };

export const ACCOUNT_POLICY: ThrottlePolicy = { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };
export const IP_POLICY: ThrottlePolicy = { maxFailures: 50, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };

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

/** Whether a stored session or token is still good for this user. */
export function isCredentialValid(
  credential: { createdAt: Date; expiresAt: Date | null; revokedAt: Date | null },
  user: { active: boolean; passwordChangedAt: Date },
  now: Date,
  options: { endsOnPasswordChange: boolean },
): boolean {
  if (credential.revokedAt) return false;
  if (credential.expiresAt && credential.expiresAt <= now) return false;
  if (!user.active) return false;
  // A new password ends every session begun before it (the caller's own session is re-issued).
  if (options.endsOnPasswordChange && credential.createdAt < user.passwordChangedAt) return false;
  return true;
}
