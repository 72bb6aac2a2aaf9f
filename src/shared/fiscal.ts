/**
 * The fiscal calendar, from the organisation's fiscal-year start month and time zone.
 * A fiscal year is named after the calendar year in which it ends (a year starting in
 * February 2026 is FY2027), the usual convention; with a January start it is the calendar year.
 */
export type FiscalPeriod = {
  fiscalYear: number;
  quarter: 1 | 2 | 3 | 4;
  /** e.g. "FY2027 Q1" */
  label: string;
  /** First and last day of the quarter, as local dates (YYYY-MM-DD). */
  start: string;
  end: string;
};

function localYearMonth(date: Date, timeZone: string): { year: number; month: number } {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric' }).formatToParts(date);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get('year'), month: get('month') };
}

const pad = (n: number) => String(n).padStart(2, '0');

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function fiscalPeriodOf(date: Date, startMonth: number, timeZone: string): FiscalPeriod {
  if (!Number.isInteger(startMonth) || startMonth < 1 || startMonth > 12)
    throw new RangeError(`startMonth ${startMonth} is not 1–12`);
  const { year, month } = localYearMonth(date, timeZone);
  const monthsIntoYear = (month - startMonth + 12) % 12;
  const quarter = (Math.floor(monthsIntoYear / 3) + 1) as FiscalPeriod['quarter'];
  const fiscalYear = startMonth === 1 || month < startMonth ? year : year + 1;
  // The quarter's first month, counted back from this month.
  const firstOffset = monthsIntoYear - (monthsIntoYear % 3);
  const firstIndex = year * 12 + (month - 1) - (monthsIntoYear - firstOffset);
  const lastIndex = firstIndex + 2;
  const startYear = Math.floor(firstIndex / 12);
  const startMonthOfQuarter = (firstIndex % 12) + 1;
  const endYear = Math.floor(lastIndex / 12);
  const endMonth = (lastIndex % 12) + 1;
  return {
    fiscalYear,
    quarter,
    label: `FY${fiscalYear} Q${quarter}`,
    start: `${startYear}-${pad(startMonthOfQuarter)}-01`,
    end: `${endYear}-${pad(endMonth)}-${pad(lastDayOfMonth(endYear, endMonth))}`,
  };
}
