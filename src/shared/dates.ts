/**
 * Calendar dates (`YYYY-MM-DD`) as the business counts them: due dates, agreement terms and
 * certificate expiries are days, not instants. Today is the organisation's local date
 * (settings.timeZone), so a task due "today" in Berlin is not overdue at 01:00 there.
 */
export type IsoDate = string;

const FORMATS = new Map<string, Intl.DateTimeFormat>();

/** The local calendar date of `instant` in `timeZone`. */
export function localDateOf(instant: Date, timeZone: string): IsoDate {
  if (timeZone === 'UTC') return instant.toISOString().slice(0, 10);
  let format = FORMATS.get(timeZone);
  if (!format) {
    // Making a formatter costs far more than using one: a portfolio-wide figure formats thousands.
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    FORMATS.set(timeZone, format);
  }
  const parts = format.formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

function toUtc(date: IsoDate): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

function fromUtc(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtc(toUtc(date) + days * 86_400_000);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtc(to) - toUtc(from)) / 86_400_000);
}

/**
 * `months` calendar months after `date`, kept on the same day of the month or the month's last
 * day when it has fewer (a term starting 31 January renews on 28 or 29 February).
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}
