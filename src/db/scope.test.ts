import { describe, expect, it } from 'vitest';
import type { Ctx } from '../shared/context.js';
import { MissingContextError } from '../shared/context.js';
import type { Role } from '../shared/roles.js';
import type { Db } from './database.js';
import { canSeePartner, scopeOf, withTx } from './scope.js';

const db = {} as Db;
const user = (role: Role, partnerId: string | null): Ctx => ({
  db,
  actor: { kind: 'user', userId: 'u1', role, partnerId, email: 'u@x.io', name: 'U', sessionId: null, tokenId: null },
  requestId: 'r',
  now: new Date(),
});

describe('the scoping helper', () => {
  it('gives vendor staff and the system the whole ecosystem and a partner user only its company', () => {
    expect(scopeOf(user('partner_manager', null))).toEqual({ kind: 'all' });
    expect(scopeOf({ db, actor: { kind: 'system', reason: 'job' }, requestId: 'r', now: new Date() })).toEqual({ kind: 'all' });
    expect(scopeOf(user('partner_user', 'p1'))).toEqual({ kind: 'partner', partnerId: 'p1' });
    expect(canSeePartner(user('partner_admin', 'p1'), 'p2')).toBe(false);
    expect(canSeePartner(user('finance', null), 'p2')).toBe(true);
  });

  it('throws without a context, for an anonymous caller, and for a partner user without a company', async () => {
    expect(() => scopeOf(undefined as unknown as Ctx)).toThrow(MissingContextError);
    await expect(withTx(undefined as unknown as Ctx, async () => 1)).rejects.toThrow(MissingContextError);
    await expect(withTx({ actor: { kind: 'system', reason: 'x' } } as Ctx, async () => 1)).rejects.toThrow(MissingContextError);
    expect(() => scopeOf({ db, actor: { kind: 'anonymous' }, requestId: 'r', now: new Date() })).toThrow(/anonymous/);
    expect(() => scopeOf(user('partner_user', null))).toThrow(/no partner company/);
  });
});
