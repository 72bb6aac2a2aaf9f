import { describe, expect, it } from 'vitest';
import { fiscalPeriodOf } from './fiscal.js';

describe('fiscal periods', () => {
  it.each([
    // date, start month, time zone, expected label, start, end
    ['2026-11-22T12:00:00Z', 1, 'UTC', 'FY2026 Q4', '2026-10-01', '2026-12-31'],
    ['2026-02-01T00:00:00Z', 2, 'UTC', 'FY2027 Q1', '2026-02-01', '2026-04-30'], // a February start names the year it ends in
    ['2026-01-31T12:00:00Z', 2, 'UTC', 'FY2026 Q4', '2025-11-01', '2026-01-31'],
    ['2026-07-01T00:00:00Z', 7, 'UTC', 'FY2027 Q1', '2026-07-01', '2026-09-30'],
    ['2027-06-30T12:00:00Z', 7, 'UTC', 'FY2027 Q4', '2027-04-01', '2027-06-30'],
    ['2024-02-10T00:00:00Z', 12, 'UTC', 'FY2024 Q1', '2023-12-01', '2024-02-29'], // leap year
    // 23:30 UTC on 31 March is already 1 April in Berlin: the next quarter there.
    ['2026-03-31T23:30:00Z', 1, 'Europe/Berlin', 'FY2026 Q2', '2026-04-01', '2026-06-30'],
    ['2026-04-01T02:00:00Z', 1, 'America/Los_Angeles', 'FY2026 Q1', '2026-01-01', '2026-03-31'],
  ])('%s with a fiscal year starting in month %i (%s) is %s', (date, startMonth, tz, label, start, end) => {
    expect(fiscalPeriodOf(new Date(date), startMonth, tz)).toMatchObject({ label, start, end });
  });

  it('refuses a start month outside 1–12', () => {
    expect(() => fiscalPeriodOf(new Date(), 13, 'UTC')).toThrow(RangeError);
  });
});
