import { describe, expect, it } from 'vitest';
import { auditSnapshot, changedFields } from './audit.rules.js';

describe('audit entries', () => {
  it('list the fields that changed, comparing arrays and dates by content', () => {
    const before = { name: 'A', domains: ['a.com'], updatedAt: new Date('2026-01-01T00:00:00Z'), tier: null };
    const after = { name: 'A', domains: ['a.com', 'b.com'], updatedAt: new Date('2026-01-02T00:00:00Z'), tier: null };
    expect(changedFields(before, after)).toEqual(['domains', 'updatedAt']);
    expect(changedFields(null, { a: 1 })).toEqual(['a']);
  });
  it('never store secrets and store dates as text', () => {
    const snapshot = auditSnapshot({
      email: 'a@b.c',
      passwordHash: '$argon2id$…',
      tokenHash: 'x',
      at: new Date('2026-01-01T00:00:00Z'),
    });
    expect(snapshot).toEqual({ email: 'a@b.c', at: '2026-01-01T00:00:00.000Z' });
  });
});
