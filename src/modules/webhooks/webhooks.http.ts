import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { ipLiteralOf, isPublicAddress, RESPONSE_EXCERPT_CHARS } from './webhooks.rules.js';

/**
 * Outbound requests that cannot be turned against our own network (SSRF). The target's host is
 * resolved and every address it has must be public (webhooks.rules.ts `isPublicAddress`) unless
 * private targets are allowed; the connection then goes to the address that was checked (a
 * custom `lookup`), so a DNS answer that changes between the check and the connection (DNS
 * rebinding) changes nothing. Redirects are never followed, there is a timeout for the whole
 * exchange, and only the start of the response body is read.
 */
export class BlockedAddressError extends Error {}

function refuse(host: string, address: string): BlockedAddressError {
  return new BlockedAddressError(
    `${host === address ? address : `${host} resolves to ${address}, which`} is a private, loopback or reserved address (set CONSORT_WEBHOOK_ALLOW_PRIVATE=true to allow it)`,
  );
}

/** A `lookup` for http.request that answers only checked addresses. */
function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { all: true, family: options.family as number | undefined }, (error, addresses) => {
      if (error) return callback(error, '', 4);
      const blocked = allowPrivate ? undefined : addresses.find((a) => !isPublicAddress(a.address));
      if (blocked) return callback(refuse(hostname, blocked.address), '', 4);
      const first = addresses[0];
      if (!first) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '', 4);
      if (options.all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, addresses);
      callback(null, first.address, first.family);
    });
  };
}

const NEVER_RESOLVES = /(^|\.)(example|invalid|test)\.?$/i;

/**
 * Whether a URL may be saved as a target: its host is checked as at delivery time. A host that
 * does not resolve (yet) is accepted — delivery checks again and logs what it finds — but one
 * that resolves to a refused address is not. Answers a reason, or null when the URL is fine.
 */
export async function blockedTargetReason(url: URL, allowPrivate: boolean): Promise<string | null> {
  if (allowPrivate) return null;
  const literal = ipLiteralOf(url);
  if (literal) return isPublicAddress(literal) ? null : refuse(literal, literal).message;
  // Names under the TLDs reserved never to resolve (RFC 2606: .example, .invalid, .test) are
  // accepted without asking DNS, which on a machine without a resolver only times out.
  if (NEVER_RESOLVES.test(url.hostname)) return null;
  const addresses = await Promise.race([
    dns.promises.lookup(url.hostname, { all: true }).catch(() => []),
    new Promise<dns.LookupAddress[]>((resolve) => setTimeout(() => resolve([]), 2000).unref()),
  ]);
  const blocked = addresses.find((a) => !isPublicAddress(a.address));
  return blocked ? refuse(url.hostname, blocked.address).message : null;
}

export type SendResult = {
  status: number | null;
  body: string;
  location: string | null;
  error: string | null;
  durationMs: number;
};

export function sendWebhook(input: {
  url: URL;
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
  allowPrivate: boolean;
  signal?: AbortSignal;
}): Promise<SendResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const failed = (error: string): SendResult => ({ status: null, body: '', location: null, error, durationMs: elapsed() });
  const literal = ipLiteralOf(input.url);
  if (literal && !input.allowPrivate && !isPublicAddress(literal)) {
    return Promise.resolve(failed(refuse(literal, literal).message));
  }
  return new Promise<SendResult>((resolve) => {
    let settled = false;
    const finish = (result: SendResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const client = input.url.protocol === 'https:' ? https : http;
    const request = client.request(
      input.url,
      {
        method: 'POST',
        headers: { ...input.headers, 'content-length': String(Buffer.byteLength(input.body)) },
        lookup: guardedLookup(input.allowPrivate),
        // A fresh connection per attempt: nothing reuses a socket to an address checked earlier.
        agent: false,
        signal: input.signal,
      },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        const done = () => {
          const text = Buffer.concat(chunks).toString('utf8').slice(0, RESPONSE_EXCERPT_CHARS);
          const location = response.headers.location ?? null;
          finish({ status: response.statusCode ?? null, body: text, location, error: null, durationMs: elapsed() });
          response.destroy();
        };
        response.on('data', (chunk: Buffer) => {
          chunks.push(chunk);
          size += chunk.length;
          // Enough for the log; the rest is not read.
          if (size >= RESPONSE_EXCERPT_CHARS * 4) done();
        });
        response.on('end', done);
        response.on('error', (error) => finish(failed(error.message)));
      },
    );
    const timer = setTimeout(() => {
      request.destroy();
      finish(failed(`timed out after ${input.timeoutMs} ms`));
    }, input.timeoutMs);
    request.on('error', (error) => finish(failed(error instanceof BlockedAddressError ? error.message : describe(error))));
    request.end(input.body);
  });
}

function describe(error: Error & { code?: string }): string {
  if (error.name === 'AbortError') return 'aborted: the server is stopping';
  return error.code ? `${error.code}: ${error.message}` : error.message;
}
