import { AsyncLocalStorage } from 'node:async_hooks';
import type { Ctx } from '../shared/context.js';

/**
 * A read-only stretch of one transaction in which reads that several callers make alike are made
 * once (decision 0323). A portfolio computation that asks many metrics in a row — the health
 * score reads ~20 — meets the same underlying read again and again: the three `plans.*` metrics
 * each run `currentPlanFulfilment`, the three `governance.*` ones `governanceFigures`, most of
 * them `getSettings`. Inside `sharingReads(c, fn)`, a read wrapped in `sharedRead(c, key, read)`
 * runs the first time its key is asked for and answers the same promise after that.
 *
 * Outside a window (every write path, every ordinary request) `sharedRead` simply reads: nothing
 * is cached across statements that might write in between. A window belongs to one transaction
 * and one caller (the key carries neither, the window does); a read for another transaction
 * inside it is not shared. Open one only around code that writes nothing.
 */
type Window = { tx: unknown; actor: Ctx['actor']; now: number; reads: Map<string, Promise<unknown>> };

const windows = new AsyncLocalStorage<Window>();

/** Runs `fn` with the reads of `c`'s transaction shared (joins a window already open for it). */
export function sharingReads<T>(c: Ctx, fn: () => Promise<T>): Promise<T> {
  const open = windows.getStore();
  if (open && open.tx === c.tx && open.actor === c.actor) return fn();
  return windows.run({ tx: c.tx, actor: c.actor, now: c.now.getTime(), reads: new Map() }, fn);
}

/**
 * `read()` once per key inside a window over `c`'s transaction, by the same caller at the same
 * `now`; a plain `read()` anywhere else. The key names the read and its arguments (`idsKey` for a
 * list of partner ids). A failed read is not kept: the transaction is aborted anyway.
 */
export function sharedRead<T>(c: Ctx, key: string, read: () => Promise<T>): Promise<T> {
  const open = windows.getStore();
  if (!open || !c.tx || open.tx !== c.tx || open.actor !== c.actor || open.now !== c.now.getTime()) return read();
  const known = open.reads.get(key);
  if (known) return known as Promise<T>;
  const pending = read();
  open.reads.set(key, pending);
  pending.catch(() => open.reads.delete(key));
  return pending;
}

const listIds = new WeakMap<readonly string[], number>();
let nextListId = 0;

/**
 * A short key for a list of ids in a `sharedRead` key: the same array (the one a portfolio
 * computation hands every metric) is the same key, without joining thousands of ids.
 */
export function idsKey(ids: readonly string[] | 'all'): string {
  if (ids === 'all') return 'all';
  let id = listIds.get(ids);
  if (id === undefined) {
    id = ++nextListId;
    listIds.set(ids, id);
  }
  return `list${id}`;
}
