import currencyCodes from 'currency-codes';

/**
 * Money: an integer amount in the currency's minor units plus its ISO 4217 code —
 * `{ amount: 12500000, currency: 'USD' }` is 125,000.00 USD. Never floats. Each currency's
 * exponent (JPY 0, USD 2, BHD 3) comes from the ISO 4217 list the `currency-codes` package
 * maintains. Amounts of different currencies are never added or compared: that is an error,
 * converted first at a dated rate (modules/fx).
 */
export type Money = { amount: number; currency: string };

export class CurrencyMismatchError extends Error {
  constructor(a: string, b: string) {
    super(`Cannot combine ${a} with ${b}: convert one of them first`);
    this.name = 'CurrencyMismatchError';
  }
}

/** The number of minor-unit digits of an ISO 4217 currency, or null for a code that is not one. */
export function minorUnits(currency: string): number | null {
  const entry = currencyCodes.code(currency);
  return entry && Number.isInteger(entry.digits) ? entry.digits : null;
}

export function isCurrency(currency: string): boolean {
  return /^[A-Z]{3}$/.test(currency) && minorUnits(currency) !== null;
}

export function money(amount: number, currency: string): Money {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`A money amount is a whole number of minor units, not ${amount}`);
  if (!isCurrency(currency)) throw new RangeError(`${currency} is not an ISO 4217 currency`);
  return { amount, currency };
}

function assertSameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) throw new CurrencyMismatchError(a.currency, b.currency);
}

export function addMoney(a: Money, b: Money): Money {
  assertSameCurrency(a, b);
  return money(a.amount + b.amount, a.currency);
}

/** The sum of amounts in one currency (`currency` names it for an empty list). */
export function sumMoney(items: readonly Money[], currency: string): Money {
  return items.reduce((total, item) => addMoney(total, item), money(0, currency));
}

/** Negative, zero or positive, as `a` is less than, equal to or more than `b` (same currency only). */
export function compareMoney(a: Money, b: Money): number {
  assertSameCurrency(a, b);
  return Math.sign(a.amount - b.amount);
}

/**
 * Splits `total` into parts proportional to `weights` that add up to it exactly, in minor units:
 * each part gets its floor, and the units left over go one each to the largest remainders
 * (ties to the earlier part). Weights are non-negative and not all zero.
 */
export function allocate(total: Money, weights: readonly number[]): Money[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  if (weights.length === 0 || sum <= 0 || weights.some((w) => w < 0 || !Number.isFinite(w))) {
    throw new RangeError('allocate needs non-negative weights that are not all zero');
  }
  const sign = total.amount < 0 ? -1 : 1;
  const whole = Math.abs(total.amount);
  const exact = weights.map((w) => (whole * w) / sum);
  const parts = exact.map(Math.floor);
  let left = whole - parts.reduce((s, p) => s + p, 0);
  const order = exact.map((x, i) => ({ i, remainder: x - Math.floor(x) })).sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (const { i } of order) {
    if (left === 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
    left -= 1;
  }
  return parts.map((p) => money(sign * p, total.currency));
}

/**
 * Reads an amount typed in the given locale ("1,234.56" in en, "1.234,56" in de) into minor units,
 * digit by digit — never through a float. Null when it is not an amount of that currency (too
 * many decimals, stray characters).
 */
export function parseMoney(text: string, currency: string, locale = 'en'): Money | null {
  const digits = minorUnits(currency);
  if (digits === null) return null;
  const parts = new Intl.NumberFormat(locale).formatToParts(-12345.6);
  const group = parts.find((p) => p.type === 'group')?.value ?? ',';
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  const cleaned = text.trim().replaceAll(group, '').replaceAll(' ', '').replaceAll('\u00a0', '').replaceAll('\u202f', '');
  const negative = cleaned.startsWith('-');
  const body = negative ? cleaned.slice(1) : cleaned;
  const [units = '', fraction = '', ...rest] = body.split(decimal);
  if (rest.length > 0 || !/^\d+$/.test(units) || !/^\d*$/.test(fraction) || fraction.length > digits) return null;
  const amount = Number(units) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  if (!Number.isSafeInteger(amount)) return null;
  return money(negative ? -amount : amount, currency);
}

/** The amount as a person reads it in `locale`: "$125,000.00", "125.000,00 €", "¥1,500". */
export function formatMoney(value: Money, locale = 'en'): string {
  const digits = minorUnits(value.currency) ?? 2;
  const major = value.amount / 10 ** digits;
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: value.currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(major);
}
