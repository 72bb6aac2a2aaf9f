import { describe, expect, it } from 'vitest';
import { type Authenticated, CredentialCache } from './credential-cache.js';

const auth = (userId: string): Authenticated => ({
  actor: { kind: 'user', userId, role: 'admin', partnerId: null, email: 'a@x.io', name: 'A', sessionId: 's', tokenId: null },
  csrfToken: 'c',
});

describe('the credential cache', () => {
  it('keeps a checked credential for its time, never past the credential’s own expiry', () => {
    const cache = new CredentialCache(5_000);
    cache.remember('h1', auth('u1'), 's1', null, 0);
    cache.remember('h2', auth('u2'), 's2', new Date(1_000), 0);
    expect(cache.get('h1', 4_999)).not.toBeNull();
    expect(cache.get('h1', 5_000)).toBeNull();
    expect(cache.get('h2', 999)).not.toBeNull();
    expect(cache.get('h2', 1_000)).toBeNull();
  });

  it('forgets every credential of a user, or one credential, at once', () => {
    const cache = new CredentialCache(5_000);
    cache.remember('h1', auth('u1'), 's1', null, 0);
    cache.remember('h2', auth('u1'), 't1', null, 0);
    cache.remember('h3', auth('u2'), 's3', null, 0);
    cache.forget('t1');
    expect(cache.get('h2', 1)).toBeNull();
    expect(cache.get('h1', 1)).not.toBeNull();
    cache.forget('u1');
    expect(cache.get('h1', 1)).toBeNull();
    expect(cache.get('h3', 1)).not.toBeNull();
  });

  it('remembers nothing when turned off, and drops the oldest entry when full', () => {
    const off = new CredentialCache(0);
    off.remember('h1', auth('u1'), 's1', null, 0);
    expect(off.get('h1', 0)).toBeNull();
    const small = new CredentialCache(5_000, 2);
    small.remember('h1', auth('u1'), 's1', null, 0);
    small.remember('h2', auth('u2'), 's2', null, 0);
    small.remember('h3', auth('u3'), 's3', null, 0);
    expect(small.get('h1', 1)).toBeNull();
    expect(small.get('h3', 1)).not.toBeNull();
  });
});
