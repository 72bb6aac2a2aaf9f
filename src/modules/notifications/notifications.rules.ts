import { createHmac, timingSafeEqual } from 'node:crypto';
import type { NotificationChannel, NotificationKindDef } from '../../server/module.js';
import { isPartnerRole, type Role } from '../../shared/roles.js';

export const CHANNELS = ['in_app', 'email', 'digest', 'off'] as const satisfies readonly NotificationChannel[];

/** How a person hears of a kind: their choice, or the kind's default. */
export function channelFor(kind: NotificationKindDef, chosen: NotificationChannel | undefined): NotificationChannel {
  return chosen ?? kind.defaultChannel;
}

/** Whether a kind is offered to a person of this side (vendor staff or a partner's people). */
export function kindIsFor(kind: NotificationKindDef, role: Role): boolean {
  const audience = kind.audience ?? 'both';
  return audience === 'both' || (audience === 'partner') === isPartnerRole(role);
}

/**
 * Whether `recipient` may be told about a record of `aboutPartnerId` (null: a record of the
 * vendor's). Vendor staff may hear of anything; a partner's people only of their own company's
 * records — never of another partner's, and not of the vendor's internals.
 */
export function recipientRefusal(
  recipient: { role: Role; partnerId: string | null },
  aboutPartnerId: string | null,
): string | null {
  if (!isPartnerRole(recipient.role)) return null;
  if (aboutPartnerId === null) return 'a partner user may be notified only about records of their own company (partnerId)';
  if (recipient.partnerId !== aboutPartnerId) return "a partner user must never be notified about another partner's records";
  return null;
}

/** A link in a notification is a path inside the web app: "/partners/…", never another site. */
export function isAppPath(link: string): boolean {
  return /^\/(?![/\\])[^\s\\]*$/.test(link) && link.length <= 500;
}

/**
 * Unsubscribe tokens: what to turn off (`kind`, or '*' for every e-mail) for whom, signed with a
 * key only the server holds. They do not expire: an old e-mail's link must still work.
 */
export type UnsubscribeClaim = { userId: string; kind: string };

function mac(payload: string, secret: string): Buffer {
  return createHmac('sha256', secret).update(`unsubscribe:${payload}`).digest();
}

export function signUnsubscribe(claim: UnsubscribeClaim, secret: string): string {
  const payload = Buffer.from(JSON.stringify({ u: claim.userId, k: claim.kind })).toString('base64url');
  return `${payload}.${mac(payload, secret).toString('base64url')}`;
}

export function verifyUnsubscribe(token: string, secret: string): UnsubscribeClaim | null {
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined) return null;
  const expected = mac(payload, secret);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { u?: unknown; k?: unknown };
    if (typeof parsed.u !== 'string' || typeof parsed.k !== 'string') return null;
    return { userId: parsed.u, kind: parsed.k };
  } catch {
    return null;
  }
}

/** What an unsubscribe link turns off: one kind's e-mail, or (for '*', the digest's link) every e-mail. */
export function afterUnsubscribe(
  kinds: readonly NotificationKindDef[],
  current: ReadonlyMap<string, NotificationChannel>,
  which: string,
): { kind: string; channel: NotificationChannel }[] {
  return kinds
    .filter((k) => which === '*' || k.kind === which)
    .filter((k) => {
      const channel = channelFor(k, current.get(k.kind));
      return channel === 'email' || channel === 'digest';
    })
    .map((k) => ({ kind: k.kind, channel: 'in_app' as const }));
}

/** Items one digest e-mail lists; the rest are counted ("and 12 more in the app"). */
export const DIGEST_MAX_ITEMS = 50;
