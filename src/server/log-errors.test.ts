import { DrizzleQueryError } from 'drizzle-orm/errors';
import { describe, expect, it } from 'vitest';
import { describeErrorForLog, serializeErrorForLog } from './log-errors.js';

const SECRET = '$argon2id$v=19$m=19456,t=2,p=1$c2VjcmV0$hash-that-must-not-be-logged';

function pgError(fields: Record<string, unknown>) {
  return Object.assign(new Error('null value in column "name" of relation "users" violates not-null constraint'), fields);
}

function failedInsert() {
  const cause = pgError({
    code: '23502',
    table: 'users',
    column: 'name',
    detail: `Failing row contains (01a2…, a@b.c, null, ${SECRET}).`,
    where: `SQL statement "insert … values ('${SECRET}')"`,
  });
  return new DrizzleQueryError('insert into "users" ("email", "password_hash") values ($1, $2)', ['a@b.c', SECRET], cause);
}

describe('what the log says about a failed statement', () => {
  it.each([
    ['a failed Drizzle query with its parameters', failedInsert()],
    ['a driver error with the failing row in its detail', failedInsert().cause],
    ['a failed query wrapped once more', new Error('the handler failed', { cause: failedInsert() })],
    ['an aggregate of failed queries', new AggregateError([failedInsert()], 'several failed')],
  ])('%s: keeps the statement and the code, never the values', (_case, error) => {
    const logged = JSON.stringify(serializeErrorForLog(error));
    expect(logged).not.toContain(SECRET);
    expect(logged).not.toContain('a@b.c');
    expect(logged).toMatch(/23502|Failed query|several failed/);
    expect(describeErrorForLog(error)).not.toContain(SECRET);
  });

  it('withholds the value a data exception names, keeping what kind of value it was', () => {
    const error = Object.assign(new Error(`invalid input syntax for type integer: "${SECRET}"`), { code: '22P02' });
    expect(serializeErrorForLog(error)).toMatchObject({ message: 'invalid input syntax for type integer: [value withheld]' });
    expect(JSON.stringify(serializeErrorForLog(error))).not.toContain(SECRET);
  });

  it('keeps the statement text, the code, the table and the column', () => {
    const logged = serializeErrorForLog(failedInsert()) as { message: string; cause: Record<string, unknown> };
    expect(logged.message).toContain('insert into "users"');
    expect(logged.message).toContain('[withheld from the log]');
    expect(logged.cause).toMatchObject({ code: '23502', table: 'users', column: 'name' });
  });

  it('leaves an ordinary error and a non-error alone', () => {
    expect(serializeErrorForLog(new TypeError('x is not a function'))).toMatchObject({
      type: 'TypeError',
      message: 'x is not a function',
    });
    expect(serializeErrorForLog('plain text')).toBe('plain text');
  });
});
