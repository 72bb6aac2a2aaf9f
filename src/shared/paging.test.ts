import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, toPage } from './paging.js';

describe('cursors', () => {
  it('round-trip and refuse a cursor of another list or garbage, naming the cursor field', () => {
    const cursor = encodeCursor('partners:name', ['Acme', 'id-1']);
    expect(decodeCursor(cursor, 'partners:name', 2)).toEqual(['Acme', 'id-1']);
    expect(() => decodeCursor(cursor, 'partners:-name', 2)).toThrow(/another list or sort/);
    expect(() => decodeCursor('%%%', 'partners:name', 2)).toThrow(/cursor/);
  });
  it.each([
    ['a NUL character', ['a\u0000b', 'id-1']],
    ['an object', [{ $ne: 1 }, 'id-1']],
    ['a very long string', ['x'.repeat(5000), 'id-1']],
  ])('refuses a crafted cursor carrying %s, naming the cursor field', (_case, values) => {
    const crafted = Buffer.from(JSON.stringify({ k: 'partners:name', v: values })).toString('base64url');
    expect(() => decodeCursor(crafted, 'partners:name', 2)).toThrow(/cursor/);
  });
  it('page: the extra row fetched means there is a next page', () => {
    expect(toPage([1, 2, 3], 2, (x) => `c${x}`)).toEqual({ data: [1, 2], nextCursor: 'c2' });
    expect(toPage([1, 2], 2, (x) => `c${x}`)).toEqual({ data: [1, 2], nextCursor: null });
  });
});
