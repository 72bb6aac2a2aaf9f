import { describe, expect, it } from 'vitest';
import { decideOnExistingKey } from './idempotency.rules.js';

const t0 = new Date('2026-11-22T10:00:00Z');
const later = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

describe('a repeated Idempotency-Key', () => {
  it('replays the stored answer for the same request', () => {
    expect(decideOnExistingKey({ requestHash: 'h', status: 201, responseBody: { id: 1 }, createdAt: t0 }, 'h', later(1))).toEqual(
      {
        kind: 'replay',
        status: 201,
        body: { id: 1 },
      },
    );
  });
  it('refuses another request under the same key', () => {
    expect(
      decideOnExistingKey({ requestHash: 'h', status: 201, responseBody: null, createdAt: t0 }, 'other', later(1)).kind,
    ).toBe('reused');
  });
  it('says "in progress" while the first runs, and lets a retry take over a request abandoned for 5 minutes', () => {
    const pending = { requestHash: 'h', status: null, responseBody: null, createdAt: t0 };
    expect(decideOnExistingKey(pending, 'h', later(1)).kind).toBe('in-progress');
    expect(decideOnExistingKey(pending, 'h', later(6)).kind).toBe('proceed');
  });
});
