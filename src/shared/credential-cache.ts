import type { Db } from '../db/database.js';
import type { Ctx, TxCtx, UserActor } from './context.js';

export type Authenticated = { actor: UserActor; csrfToken: string | null };

type Entry = { auth: Authenticated; credentialId: string; until: number };

/**
 * Sessions and tokens this process checked recently, by the hash of their secret, so a request
 * does not pay a database round trip to learn who sent it (docs/decisions/0013). An entry lives
 * `ttlMs` at most and never past its credential's expiry. Every change that can end a credential
 * (sign-out, revocation, deactivation, a new password, a role change) forgets the user's entries
 * in this process as soon as it commits; another process notices within `ttlMs`.
 */
export class CredentialCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private ttlMs: number,
    private readonly maxEntries = 10_000,
  ) {}

  /** From the configuration (CONSORT_CACHE_SECONDS); 0 turns the cache off. */
  setTtl(ttlMs: number): void {
    this.ttlMs = ttlMs;
    if (ttlMs <= 0) this.clear();
  }

  get(hash: string, now: number): Authenticated | null {
    const entry = this.entries.get(hash);
    if (!entry) return null;
    if (entry.until <= now) {
      this.entries.delete(hash);
      return null;
    }
    return entry.auth;
  }

  remember(hash: string, auth: Authenticated, credentialId: string, expiresAt: Date | null, now: number): void {
    if (this.ttlMs <= 0) return;
    if (this.entries.size >= this.maxEntries) {
      // Maps iterate in insertion order: drop the oldest entry.
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    const until = Math.min(now + this.ttlMs, expiresAt?.getTime() ?? Number.POSITIVE_INFINITY);
    this.entries.set(hash, { auth, credentialId, until });
  }

  /** Forgets every entry of a user, or the one of a credential (a session or token id). */
  forget(id: string): void {
    for (const [hash, entry] of this.entries) {
      if (entry.auth.actor.userId === id || entry.credentialId === id) this.entries.delete(hash);
    }
  }

  clear(): void {
    this.entries.clear();
  }
}

const caches = new WeakMap<Db, CredentialCache>();

/** The cache of one database handle (one per running app); five seconds until configured. */
export function credentialCacheOf(db: Db): CredentialCache {
  let cache = caches.get(db);
  if (!cache) {
    cache = new CredentialCache(5_000);
    caches.set(db, cache);
  }
  return cache;
}

/**
 * Once the caller's transaction has ended, this process stops trusting what it remembered of `id`
 * (a user, a session or an API token): every change that can end or alter a credential calls it,
 * so a revocation takes effect at once in this process, whatever the event subscribers do.
 * Forgetting before the commit would let a concurrent request remember the old state again.
 */
export function forgetCredentials(ctx: Ctx, id: string): void {
  const forget = async () => credentialCacheOf(ctx.db).forget(id);
  if (ctx.tx) (ctx as TxCtx).afterTransaction.push(forget);
  else credentialCacheOf(ctx.db).forget(id);
}
