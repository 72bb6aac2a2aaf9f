import { describe, expect, it } from 'vitest';
import { afterFailedAttempt, isPermanentFailure } from './mail.rules.js';

const now = new Date('2026-11-30T10:00:00Z');
const minutesLater = (m: number) => new Date(now.getTime() + m * 60_000);

describe('retrying outgoing mail', () => {
  it.each([
    ['the first failure waits a minute', 1, { status: 'queued', nextAttemptAt: minutesLater(1) }],
    ['each further failure waits twice as long', 4, { status: 'queued', nextAttemptAt: minutesLater(8) }],
    ['the last attempt gives up', 8, { status: 'failed' }],
  ])('%s', (_rule, attempts, expected) => {
    expect(afterFailedAttempt(attempts, now)).toEqual(expected);
  });

  it('never waits more than six hours', () => {
    expect(afterFailedAttempt(20, now, { maxAttempts: 30 })).toEqual({ status: 'queued', nextAttemptAt: minutesLater(360) });
  });

  it.each([
    ['a mailbox the server refuses (5xx) is permanent', { responseCode: 550 }, true],
    ['a busy server (4xx) is worth another try', { responseCode: 451 }, false],
    ['a connection that failed is worth another try', {}, false],
    ['a refused sign-in to the relay (535) waits for the operator to fix it', { responseCode: 535, code: 'EAUTH' }, false],
    ['a relay that wants a sign-in none was given for', { code: 'ENOAUTH' }, false],
    ['a message the server refuses after DATA (5xx) is permanent', { responseCode: 554, code: 'EMESSAGE' }, true],
  ])('%s', (_rule, error, expected) => {
    expect(isPermanentFailure(error)).toBe(expected);
  });
});
