import type { Db } from '../db/database.js';
import type { Ctx, TxCtx } from './context.js';

/**
 * Small reference data a page names on every row — tiers, the names of people — that one process
 * may reuse for a few seconds instead of asking the database on every request
 * (docs/decisions/0013). The module that owns the data forgets an entry once a change to it
 * commits, so this process shows the change at once; another process within the cache time
 * (CONSORT_CACHE_SECONDS). What a caller may see is still decided on every read.
 */
export class ReferenceCache<V> {
  private readonly entries = new Map<string, { value: V; until: number }>();

  constructor(
    private ttlMs: number,
    private readonly maxEntries = 10_000,
  ) {}

  setTtl(ttlMs: number): void {
    this.ttlMs = ttlMs;
    if (ttlMs <= 0) this.entries.clear();
  }

  /** The cached values of `ids`, and the ids to load. */
  lookup(ids: readonly string[], now: number): { found: Map<string, V>; missing: string[] } {
    const found = new Map<string, V>();
    const missing: string[] = [];
    for (const id of ids) {
      const entry = this.entries.get(id);
      if (entry && entry.until > now) found.set(id, entry.value);
      else missing.push(id);
    }
    return { found, missing };
  }

  remember(values: Iterable<[string, V]>, now: number): void {
    if (this.ttlMs <= 0) return;
    for (const [id, value] of values) {
      if (this.entries.size >= this.maxEntries) this.entries.clear();
      this.entries.set(id, { value, until: now + this.ttlMs });
    }
  }

  forget(id: string): void {
    this.entries.delete(id);
  }
}

const caches = new WeakMap<Db, Map<string, ReferenceCache<unknown>>>();
const ttls = new WeakMap<Db, number>();

/** The named cache of one database handle (one per running app). */
export function referenceCacheOf<V>(db: Db, name: string): ReferenceCache<V> {
  let named = caches.get(db);
  if (!named) {
    named = new Map();
    caches.set(db, named);
  }
  let cache = named.get(name);
  if (!cache) {
    cache = new ReferenceCache<unknown>(ttls.get(db) ?? 5_000);
    named.set(name, cache);
  }
  return cache as ReferenceCache<V>;
}

/** From the configuration: how long every reference cache of this database handle keeps a value. */
export function setReferenceCacheTtl(db: Db, ttlMs: number): void {
  ttls.set(db, ttlMs);
  for (const cache of caches.get(db)?.values() ?? []) cache.setTtl(ttlMs);
}

/** Forgets `id` in the named cache once the caller's transaction has ended (at once outside one). */
export function forgetReference(ctx: Ctx, name: string, id: string): void {
  const forget = async () => referenceCacheOf(ctx.db, name).forget(id);
  if (ctx.tx) (ctx as TxCtx).afterTransaction.push(forget);
  else referenceCacheOf(ctx.db, name).forget(id);
}
