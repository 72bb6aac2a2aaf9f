import { createHmac, timingSafeEqual } from 'node:crypto';
import type { CountPolicy } from '../../server/throttle.js';

/**
 * The public partner application form and its review. Pure: tokens, clocks and counters come in,
 * decisions go out.
 */

export const APPLICATION_STATUSES = ['submitted', 'accepted', 'rejected'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** Why an application may be a company the vendor knows already. */
export type DuplicateFlag = {
  reason: 'domain' | 'name' | 'application';
  /** The partner it may be (reason domain or name), or the earlier application (reason application). */
  id: string;
  name: string;
};

/**
 * A person takes more than a few seconds to fill in the form; a script posting the moment it
 * fetched the form does not. A token older than a day is stale: the page is reloaded.
 */
export const FORM_MIN_SECONDS = 3;
export const FORM_MAX_HOURS = 24;

/**
 * How many applications one client IP may send per hour (an office shares an address; a spammer
 * tries many) and how many one company domain may send per day (a company applies once; twice
 * when it corrects a typo).
 */
export type { CountPolicy, CountState } from '../../server/throttle.js';
export { countAttempt } from '../../server/throttle.js';
export const IP_POLICY: CountPolicy = { max: 10, windowMs: 60 * 60_000 };
export const DOMAIN_POLICY: CountPolicy = { max: 3, windowMs: 24 * 60 * 60_000 };

function mac(payload: string, secret: string): Buffer {
  return createHmac('sha256', secret).update(`partner-application-form:${payload}`).digest();
}

/** A form token: when the form was handed out, signed, so a client cannot claim it waited. */
export function signFormToken(issuedAt: Date, nonce: string, secret: string): string {
  const payload = `${issuedAt.getTime().toString(36)}.${nonce}`;
  return `${payload}.${mac(payload, secret).toString('base64url')}`;
}

export type TokenVerdict = { ok: true; issuedAt: Date } | { ok: false; reason: 'malformed' | 'forged' | 'too_fast' | 'stale' };

/** Whether a form token is ours, and was handed out long enough ago but not too long. */
export function checkFormToken(token: string, now: Date, secret: string): TokenVerdict {
  const parts = token.split('.');
  if (parts.length !== 3) return { ok: false, reason: 'malformed' };
  const [time = '', nonce = '', signature = ''] = parts;
  if (!/^[0-9a-z]{1,12}$/.test(time) || !/^[A-Za-z0-9_-]{8,64}$/.test(nonce)) return { ok: false, reason: 'malformed' };
  const expected = mac(`${time}.${nonce}`, secret);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'forged' };
  const issuedAt = new Date(Number.parseInt(time, 36));
  const age = now.getTime() - issuedAt.getTime();
  if (age < FORM_MIN_SECONDS * 1000) return { ok: false, reason: 'too_fast' };
  if (age > FORM_MAX_HOURS * 3600_000) return { ok: false, reason: 'stale' };
  return { ok: true, issuedAt };
}

/** Links in the message: a few are normal (a case study, a profile); many are what spam carries. */
export const MAX_LINKS_IN_MESSAGE = 3;

export type SpamVerdict = { accept: true } | { accept: false; reason: 'honeypot' | 'token' | 'links' };

/**
 * Whether to take an application at all. The honeypot is a field people never see (hidden by the
 * page) and bots fill in; the token says a person had the form for a while; a message stuffed
 * with links is spam. The applicant is told none of this (a generic "could not accept").
 */
export function assessSubmission(input: { honeypot: string | undefined; token: TokenVerdict; message: string }): SpamVerdict {
  if (input.honeypot?.trim()) return { accept: false, reason: 'honeypot' };
  if (!input.token.ok) return { accept: false, reason: 'token' };
  const links = input.message.match(/\bhttps?:\/\/|\bwww\./gi)?.length ?? 0;
  if (links > MAX_LINKS_IN_MESSAGE) return { accept: false, reason: 'links' };
  return { accept: true };
}

export type ReviewDecision = { allowed: true } | { allowed: false; reason: string };

/** An application is decided once: accepted (a prospect made or linked) or rejected with a reason. */
export function decideReview(status: ApplicationStatus, to: 'accepted' | 'rejected'): ReviewDecision {
  if (status === 'submitted') return { allowed: true };
  return { allowed: false, reason: `This application was ${status} already; it cannot be ${to} now` };
}

/**
 * Flags for an application from what the vendor knows: partners claiming its domain or with a name
 * much alike, and earlier applications from the same domain still waiting for review.
 */
export function duplicateFlags(
  similarPartners: readonly { partnerId: string; name: string; reason: 'domain' | 'name' }[],
  waitingFromDomain: readonly { id: string; companyName: string }[],
): DuplicateFlag[] {
  return [
    ...similarPartners.map((p) => ({ reason: p.reason, id: p.partnerId, name: p.name })),
    ...waitingFromDomain.map((a) => ({ reason: 'application' as const, id: a.id, name: a.companyName })),
  ];
}
