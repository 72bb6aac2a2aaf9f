import { describe, expect, it } from 'vitest';
import type { Ctx } from '../shared/context.js';
import { idsKey, sharedRead, sharingReads } from './shared-reads.js';

const actor: Ctx['actor'] = { kind: 'system', reason: 'test' };
const ctxOn = (tx: object, now = new Date('2026-12-01T00:00:00Z')) => ({ db: {}, tx, actor, now }) as unknown as Ctx;

describe('sharedRead: a read is made once per key inside a window over its transaction', () => {
  it.each([
    { case: 'same key inside the window', inWindow: true, keys: ['a', 'a'], reads: 1 },
    { case: 'two keys inside the window', inWindow: true, keys: ['a', 'b'], reads: 2 },
    { case: 'same key outside any window', inWindow: false, keys: ['a', 'a'], reads: 2 },
  ])('$case → $reads reads', async ({ inWindow, keys, reads }) => {
    const c = ctxOn({});
    let made = 0;
    const read = async () => ++made;
    const run = async () => {
      for (const k of keys) await sharedRead(c, k, read);
    };
    await (inWindow ? sharingReads(c, run) : run());
    expect(made).toBe(reads);
  });

  it('does not share with another transaction, or after the window closed', async () => {
    const c = ctxOn({});
    const other = ctxOn({});
    let made = 0;
    const read = async () => ++made;
    await sharingReads(c, async () => {
      await sharedRead(c, 'a', read);
      await sharedRead(other, 'a', read);
    });
    await sharedRead(c, 'a', read);
    expect(made).toBe(3);
  });

  it('idsKey: the same list is the same key, another list with the same ids another', () => {
    const ids = ['x', 'y'];
    expect(idsKey(ids)).toBe(idsKey(ids));
    expect(idsKey(['x', 'y'])).not.toBe(idsKey(ids));
    expect(idsKey('all')).toBe('all');
  });
});
