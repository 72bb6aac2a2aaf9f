import ipaddr from 'ipaddr.js';

/**
 * Event type patterns a subscription may name: an event (`partner.created`), every event whose
 * name starts with a prefix (`partner.*`: the name up to its last dot), or every event (`*`).
 * The same matching runs in SQL in the fan-out trigger (drizzle/*_webhook-fanout.sql).
 */
const EVENT_NAME = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/;
const PREFIX_PATTERN = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*\.\*$/;

export function isEventTypePattern(value: string): boolean {
  return value === '*' || EVENT_NAME.test(value) || PREFIX_PATTERN.test(value);
}

/** The `<prefix>.*` pattern an event name falls under. */
export function prefixPatternOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? name : `${name.slice(0, dot)}.*`;
}

export function matchesEventType(patterns: readonly string[], name: string): boolean {
  return patterns.includes(name) || patterns.includes('*') || patterns.includes(prefixPatternOf(name));
}

/** The event "send test event" emits; it reaches only the subscription it names. */
export const TEST_EVENT = 'webhook.test';

export type UrlCheck = { ok: true; url: URL } | { ok: false; reason: string };

/**
 * What a target URL must look like before any address is looked at: http or https, a host, no
 * user name or password (a secret in a URL ends up in logs; the signature authenticates us).
 */
export function checkWebhookUrl(text: string): UrlCheck {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, reason: 'must be an absolute http or https URL' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, reason: 'must use http or https' };
  if (url.username || url.password) return { ok: false, reason: 'must not carry a user name or password' };
  if (!url.hostname) return { ok: false, reason: 'must name a host' };
  return { ok: true, url };
}

/** A URL's host as an IP address when it is one (`[::1]` → `::1`), else null. */
export function ipLiteralOf(url: URL): string | null {
  const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  return ipaddr.isValid(host) && (host.includes(':') || ipaddr.IPv4.isValidFourPartDecimal(host)) ? host : null;
}

/**
 * Whether an address is on the public internet. Everything else is refused as a webhook target
 * unless the operator allows private targets: loopback, private (10/8, 172.16/12, 192.168/16),
 * link-local (169.254/16, fe80::/10, where cloud metadata lives), unique-local (fc00::/7),
 * carrier-grade NAT (100.64/10), multicast, unspecified, broadcast and the reserved and
 * documentation ranges. An IPv4-mapped IPv6 address (::ffff:127.0.0.1) is judged as its IPv4.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  }
  return parsed.range() === 'unicast';
}

/**
 * Seconds to wait before each retry after the first, immediate attempt: 5 s, 5 min, 30 min, 2 h,
 * 5 h, 10 h, 10 h — eight attempts over 27 h 35 min, so a receiver that is down for a day still
 * gets everything (the Standard Webhooks guidance; Svix and Stripe retry for days). Each wait
 * gets up to 10% random jitter so that a receiver coming back is not hit by every retry at once.
 */
export const DEFAULT_RETRY_SCHEDULE: readonly number[] = [5, 300, 1800, 7200, 18_000, 36_000, 36_000];

/**
 * After attempt number `attempt` (1-based) failed: how many seconds until the next one, or null
 * when the schedule is used up and the delivery has failed. `random` is in [0, 1).
 */
export function retryDelaySeconds(schedule: readonly number[], attempt: number, random: number): number | null {
  const base = schedule[attempt - 1];
  if (base === undefined) return null;
  return base + base * 0.1 * random;
}

/** An HTTP answer counts as delivered only with a 2xx status; a redirect is never followed. */
export function isDelivered(status: number | null): boolean {
  return status !== null && status >= 200 && status < 300;
}

/**
 * Whether a delivery that failed for good disables its subscription: only when the receiver has
 * not accepted anything since this delivery's event — it has been failing all along, for longer
 * than the whole schedule. A receiver that refuses one message (a "poison" payload) but accepts
 * others stays on. Manual redeliveries and test events never disable.
 */
export function shouldDisable(input: {
  manual: boolean;
  eventType: string;
  deliveryCreatedAt: Date;
  lastSuccessAt: Date | null;
}): boolean {
  if (input.manual || input.eventType === TEST_EVENT) return false;
  return input.lastSuccessAt === null || input.lastSuccessAt < input.deliveryCreatedAt;
}

/** The text kept of a response body in the delivery log. */
export const RESPONSE_EXCERPT_CHARS = 2000;

/** How long the previous secret keeps signing after a rotation, so receivers can switch over. */
export const PREVIOUS_SECRET_HOURS = 24;
