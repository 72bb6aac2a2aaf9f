/**
 * Delivery rules of the outgoing mail queue: how long a claim lasts, when a failed message is
 * tried again, and when to give up. Pure.
 */
export const MAIL_POLICY = {
  /** A worker that claimed a message has this long to deliver it before another may. */
  leaseMs: 2 * 60_000,
  /** Attempts before a message is marked failed. */
  maxAttempts: 8,
  /** Messages one worker claims at a time. */
  batchSize: 10,
} as const;

/** The next step after a failed attempt (`attempts` counts this one): a later try, or giving up. */
export function afterFailedAttempt(
  attempts: number,
  now: Date,
  policy: { maxAttempts: number } = MAIL_POLICY,
): { status: 'queued'; nextAttemptAt: Date } | { status: 'failed' } {
  if (attempts >= policy.maxAttempts) return { status: 'failed' };
  // 1, 2, 4, 8 … minutes, at most six hours: a mail server down for a while gets its mail later.
  const minutes = Math.min(2 ** (attempts - 1), 360);
  return { status: 'queued', nextAttemptAt: new Date(now.getTime() + minutes * 60_000) };
}

/**
 * Whether a failure is the message's own — a recipient or content the server refuses for good
 * (5xx) — so there is no use trying again, rather than the connection, the server, or our
 * sign-in to it. A refused sign-in (nodemailer's EAUTH, SMTP 535) is a 5xx too, but it is the
 * relay's settings, not the message: once the operator fixes SMTP_URL the queued mail goes.
 */
export function isPermanentFailure(error: { responseCode?: number; code?: string }): boolean {
  if (error.code === 'EAUTH' || error.code === 'ENOAUTH') return false;
  return typeof error.responseCode === 'number' && error.responseCode >= 500 && error.responseCode < 600;
}
