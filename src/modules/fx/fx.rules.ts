import { type Money, minorUnits, money } from '../../shared/money.js';

/** A rate as stored: an exact decimal string such as "1.0845". */
const DECIMAL = /^(\d{1,12})(?:\.(\d{1,12}))?$/;

export function isRate(text: string): boolean {
  const m = DECIMAL.exec(text);
  return m !== null && /[1-9]/.test(`${m[1]}${m[2] ?? ''}`);
}

/** Integer division of a by b (b > 0), rounding half to even (banker's rounding). */
function divideRounding(a: bigint, b: bigint): bigint {
  const negative = a < 0n;
  const n = negative ? -a : a;
  let q = n / b;
  const r = n % b;
  if (r * 2n > b || (r * 2n === b && q % 2n === 1n)) q += 1n;
  return negative ? -q : q;
}

/**
 * `value` in `toCurrency` at `rate` (units of `toCurrency` per unit of `value.currency`), exact
 * until one final rounding half to even in the target's minor units: 100.00 EUR at 1.0845 is
 * 108.45 USD, ¥1,000 at 0.0067 is 6.70 USD, 1 USD at 0.377 is 0.377 BHD.
 */
export function convertAt(value: Money, rate: string, toCurrency: string): Money {
  const m = DECIMAL.exec(rate);
  const from = minorUnits(value.currency);
  const to = minorUnits(toCurrency);
  if (!m || from === null || to === null) throw new RangeError(`cannot convert ${value.currency} to ${toCurrency} at ${rate}`);
  const fraction = m[2] ?? '';
  const rateUnits = BigInt(`${m[1]}${fraction}`);
  const numerator = BigInt(value.amount) * rateUnits * 10n ** BigInt(to);
  const denominator = 10n ** BigInt(fraction.length + from);
  return money(Number(divideRounding(numerator, denominator)), toCurrency);
}

export type RateChoice<R> = { found: true; rate: R } | { found: false; reason: string };

/**
 * The rate to use on `date`: the latest one on or before it (a rate holds until the next is
 * entered). None before the date is a "no": conversion must not guess from a later rate.
 */
export function rateOn<R extends { onDate: string }>(rates: readonly R[], date: string): RateChoice<R> {
  let best: R | undefined;
  for (const r of rates) if (r.onDate <= date && (!best || r.onDate > best.onDate)) best = r;
  return best ? { found: true, rate: best } : { found: false, reason: `no exchange rate on or before ${date}` };
}

/** A stored rate without the trailing zeros of its column's scale: "1.084500000000" → "1.0845". */
export function plainRate(stored: string): string {
  return stored.includes('.') ? stored.replace(/\.?0+$/, '') : stored;
}
