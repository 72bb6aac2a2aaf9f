import { describe, expect, it } from 'vitest';
import { afterFailure, backoffMs, cronProblem, nextTick, storedResult } from './jobs.rules.js';

describe('backoff before a retry', () => {
  it.each([
    { rule: 'the first retry waits the base delay', attempt: 1, random: 0.5, expected: 30_000 },
    { rule: 'each further retry doubles it', attempt: 2, random: 0.5, expected: 60_000 },
    { rule: 'the third doubles again', attempt: 3, random: 0.5, expected: 120_000 },
    { rule: 'jitter takes off up to a quarter', attempt: 3, random: 0, expected: 90_000 },
    { rule: 'jitter adds up to a quarter', attempt: 3, random: 0.999999, expected: 150_000 },
    { rule: 'no wait is longer than six hours (plus jitter)', attempt: 30, random: 0.5, expected: 6 * 3_600_000 },
  ])('$rule', ({ attempt, random, expected }) => {
    expect(backoffMs(attempt, 30_000, random)).toBe(expected);
  });

  it.each([
    { rule: 'a job with attempts left is retried later', attempts: 1, maxAttempts: 4, retry: true, inMs: 10_000 },
    { rule: 'the last attempt failing fails the job', attempts: 4, maxAttempts: 4, retry: false, inMs: 0 },
    { rule: 'a job without retries fails at once', attempts: 1, maxAttempts: 1, retry: false, inMs: 0 },
  ])('$rule', ({ attempts, maxAttempts, retry, inMs }) => {
    const now = new Date('2026-11-30T10:00:00Z');
    const decision = afterFailure({ attempts, maxAttempts }, now, 10_000, 0.5);
    expect(decision.retry).toBe(retry);
    if (decision.retry) expect(decision.runAt.getTime() - now.getTime()).toBe(inMs);
  });
});

describe('the next tick of a schedule, in the organisation’s time zone', () => {
  it.each([
    {
      rule: 'daily at 09:00 in New York is 14:00 UTC in winter',
      cron: '0 9 * * *',
      zone: 'America/New_York',
      after: '2026-11-30T15:00:00Z',
      next: '2026-12-01T14:00:00.000Z',
    },
    {
      rule: 'daily at 09:00 in New York is 13:00 UTC in summer',
      cron: '0 9 * * *',
      zone: 'America/New_York',
      after: '2026-07-01T00:00:00Z',
      next: '2026-07-01T13:00:00.000Z',
    },
    {
      rule: 'a tick is strictly after the moment given',
      cron: '0 9 * * *',
      zone: 'UTC',
      after: '2026-12-01T09:00:00Z',
      next: '2026-12-02T09:00:00.000Z',
    },
    {
      rule: 'Mondays at 09:00 in New York',
      cron: '0 9 * * 1',
      zone: 'America/New_York',
      after: '2026-11-30T14:00:00Z',
      next: '2026-12-07T14:00:00.000Z',
    },
    {
      rule: 'the first of the month in Auckland is the day before in UTC',
      cron: '0 0 1 * *',
      zone: 'Pacific/Auckland',
      after: '2026-11-30T14:00:00Z',
      next: '2026-12-31T11:00:00.000Z',
    },
    {
      rule: 'spring forward: 02:30 in Berlin does not exist on 29 March, so it runs at 03:30 summer time',
      cron: '30 2 * * *',
      zone: 'Europe/Berlin',
      after: '2026-03-28T12:00:00Z',
      next: '2026-03-29T01:30:00.000Z',
    },
    {
      rule: 'fall back: 02:30 in Berlin happens twice on 25 October; it runs at the first',
      cron: '30 2 * * *',
      zone: 'Europe/Berlin',
      after: '2026-10-24T12:00:00Z',
      next: '2026-10-25T00:30:00.000Z',
    },
    {
      rule: 'fall back: and not again at the second, but the next day',
      cron: '30 2 * * *',
      zone: 'Europe/Berlin',
      after: '2026-10-25T00:30:00Z',
      next: '2026-10-26T01:30:00.000Z',
    },
    {
      rule: 'the day after spring forward, 02:30 is back in summer time',
      cron: '30 2 * * *',
      zone: 'Europe/Berlin',
      after: '2026-03-29T02:00:00Z',
      next: '2026-03-30T00:30:00.000Z',
    },
  ])('$rule', ({ cron, zone, after, next }) => {
    expect(nextTick(cron, zone, new Date(after))?.toISOString()).toBe(next);
  });

  it.each([
    { cron: '0 * * * *', problem: false },
    { cron: '*/5 * * * * *', problem: false },
    { cron: 'every hour', problem: true },
    { cron: '61 * * * *', problem: true },
  ])('$cron is valid: $problem', ({ cron, problem }) => {
    expect(cronProblem(cron) !== null).toBe(problem);
  });
});

describe('what is kept of a result', () => {
  it.each([
    { rule: 'JSON is kept as it is', value: { deleted: 3 }, kept: { deleted: 3 } },
    { rule: 'nothing is null', value: undefined, kept: null },
    { rule: 'dates become strings', value: { at: new Date('2026-01-01T00:00:00Z') }, kept: { at: '2026-01-01T00:00:00.000Z' } },
    {
      rule: 'a large result is replaced by a note',
      value: 'x'.repeat(40_000),
      kept: { note: 'the result had 40002 characters; not kept' },
    },
  ])('$rule', ({ value, kept }) => {
    expect(storedResult(value)).toEqual(kept);
  });
});
