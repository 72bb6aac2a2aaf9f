import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Ctx } from '../shared/context.js';
import { MissingContextError } from '../shared/context.js';
import type { Role } from '../shared/roles.js';
import type { Db } from './database.js';
import { afterTransaction, canSeePartner, onCommit, scopeOf, withTx } from './scope.js';

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

describe('work for after the transaction', () => {
  /** A database whose transactions only log when they open and end (scope.ts runs BEGIN itself). */
  function loggingDb(log: string[]): Db {
    const client = {
      query: async (text: string) => {
        if (text.startsWith('BEGIN')) log.push('open');
        if (text === 'COMMIT' || text === 'ROLLBACK') log.push('end');
        return { rows: [] };
      },
      release: () => {},
    };
    return { $client: { connect: async () => client } } as unknown as Db;
  }
  const system = (database: Db): Ctx => ({
    db: database,
    actor: { kind: 'system', reason: 'test' },
    requestId: 'r',
    now: new Date(),
  });

  it.each([
    ['runs after a commit, outside the transaction', false],
    ['runs after a rollback too, and the error still reaches the caller', true],
  ])('%s', async (_rule, fails) => {
    const log: string[] = [];
    const ctx = system(loggingDb(log));
    const run = withTx(ctx, async (c) => {
      await afterTransaction(c, async (after) => {
        log.push(after.tx ? 'job inside a transaction' : 'job');
      });
      log.push('work');
      if (fails) throw new Error('refused');
    });
    if (fails) await expect(run).rejects.toThrow('refused');
    else await run;
    expect(log).toEqual(['open', 'work', 'end', 'job']);
  });

  it('runs at once when no transaction is open', async () => {
    const log: string[] = [];
    await afterTransaction(system(loggingDb(log)), async () => {
      log.push('job');
    });
    expect(log).toEqual(['job']);
  });
});

describe('wake-ups on commit', () => {
  function countingDb(log: string[]): Db {
    const client = {
      query: async (text: string) => {
        if (text === 'COMMIT' || text === 'ROLLBACK') log.push(text.toLowerCase());
        return { rows: [] };
      },
      release: () => {},
    };
    return { $client: { connect: async () => client } } as unknown as Db;
  }
  const system = (database: Db): Ctx => ({
    db: database,
    actor: { kind: 'system', reason: 'test' },
    requestId: 'r',
    now: new Date(),
  });

  it.each([
    ['a committed transaction wakes its workers after the commit', false, ['commit', 'woken']],
    ['a rolled-back transaction wakes nobody', true, ['rollback']],
  ])('%s', async (_rule, fails, expected) => {
    const log: string[] = [];
    const run = withTx(system(countingDb(log)), async (c) => {
      onCommit(c, () => log.push('woken'));
      if (fails) throw new Error('refused');
    });
    if (fails) await expect(run).rejects.toThrow('refused');
    else await run;
    expect(log).toEqual(expected);
  });
});

describe('one query at a time on a transaction', () => {
  it('sends parallel reads of one transaction one after another, each with its own answer, even after a failure', async () => {
    let running = 0;
    let most = 0;
    const sent: string[] = [];
    const client = {
      query: async (config: string | { text: string }) => {
        const text = typeof config === 'string' ? config : config.text;
        running += 1;
        most = Math.max(most, running);
        sent.push(text);
        await new Promise((resolve) => setTimeout(resolve, 5));
        running -= 1;
        if (text.includes('boom')) throw new Error('boom');
        return { rows: [{ text }], fields: [] };
      },
      release: () => {},
    };
    const database = { $client: { connect: async () => client } } as unknown as Db;
    const ctx: Ctx = { db: database, actor: { kind: 'system', reason: 'test' }, requestId: 'r', now: new Date() };
    const answers = await withTx(ctx, async (c) => {
      const failed = c.tx.execute(sql`select 'boom'`).catch((error: Error) => (error.cause as Error).message);
      return Promise.all([c.tx.execute(sql`select 1`), failed, c.tx.execute(sql`select 2`)]);
    });
    expect(most).toBe(1);
    expect(answers[0].rows).toEqual([{ text: 'select 1' }]);
    expect(answers[1]).toBe('boom');
    expect(answers[2].rows).toEqual([{ text: 'select 2' }]);
    expect(sent.filter((t) => t.startsWith('select'))).toEqual(["select 'boom'", 'select 1', 'select 2']);
  });
});
