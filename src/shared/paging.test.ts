import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, toPage } from './paging.js';

describe('cursors', () => {
  it('round-trip and refuse a cursor of another list or garbage, naming the cursor field', () => {
    const cursor = encodeCursor('partners:name', ['Acme', 'id-1']);
    expect(decodeCursor(cursor, 'partners:name', 2)).toEqual(['Acme', 'id-1']);
    expect(() => decodeCursor(cursor, 'partners:-name', 2)).toThrow(/another list or sort/);
    expect(() => decodeCursor('%%%', 'partners:name', 2)).toThrow(/cursor/);
  });
  it('page: the extra row fetched means there is a next page', () => {
    expect(toPage([1, 2, 3], 2, (x) => `c${x}`)).toEqual({ data: [1, 2], nextCursor: 'c2' });
    expect(toPage([1, 2], 2, (x) => `c${x}`)).toEqual({ data: [1, 2], nextCursor: null });
  });
});
