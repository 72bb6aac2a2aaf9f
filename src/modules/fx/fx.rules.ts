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
  return convertThrough(value, [{ rate, invert: false }], toCurrency);
}

/** One step of a conversion: multiply by `rate`, or divide by it (`invert`). */
export type Leg = { rate: string; invert: boolean };

/** A decimal rate as an exact fraction. */
function fractionOf(rate: string): { units: bigint; scale: bigint } {
  const m = DECIMAL.exec(rate);
  if (!m || !isRate(rate)) throw new RangeError(`${rate} is not a rate`);
  const fraction = m[2] ?? '';
  return { units: BigInt(`${m[1]}${fraction}`), scale: 10n ** BigInt(fraction.length) };
}

/**
 * `value` in `toCurrency` through several rates (an inverse rate, or a cross rate through a
 * third currency), exact until one final rounding half to even, as `convertAt`.
 */
export function convertThrough(value: Money, legs: readonly Leg[], toCurrency: string): Money {
  const from = minorUnits(value.currency);
  const to = minorUnits(toCurrency);
  if (from === null || to === null) throw new RangeError(`cannot convert ${value.currency} to ${toCurrency}`);
  let numerator = BigInt(value.amount) * 10n ** BigInt(to);
  let denominator = 10n ** BigInt(from);
  for (const leg of legs) {
    const { units, scale } = fractionOf(leg.rate);
    numerator *= leg.invert ? scale : units;
    denominator *= leg.invert ? units : scale;
  }
  return money(Number(divideRounding(numerator, denominator)), toCurrency);
}

/** The rate the legs amount to, for display: a decimal with at most 12 places ("0.922083"). */
export function effectiveRate(legs: readonly Leg[]): string {
  let numerator = 1n;
  let denominator = 1n;
  for (const leg of legs) {
    const { units, scale } = fractionOf(leg.rate);
    numerator *= leg.invert ? scale : units;
    denominator *= leg.invert ? units : scale;
  }
  const scaled = divideRounding(numerator * 10n ** 12n, denominator)
    .toString()
    .padStart(13, '0');
  return plainRate(`${scaled.slice(0, -12)}.${scaled.slice(-12)}`);
}

/** A stored rate: one unit of `currency` is `rate` units of `toCurrency` from `onDate` on. */
export type PairRate = { currency: string; toCurrency: string; onDate: string; rate: string };

export type Route = { found: true; legs: Leg[]; via: string | null; rateDate: string } | { found: false; reason: string };

/**
 * How to convert `from` into `to` on `date` from the rates entered so far — the latest rate of
 * each pair on or before the date: the direct rate; else the inverse of the opposite rate; else
 * a cross rate through a currency both are quoted in (rates entered against a previous reporting
 * currency keep converting after it changes), the one whose older rate is the most recent.
 * The route's date is the oldest rate it uses.
 */
export function routeOn(rates: readonly PairRate[], from: string, to: string, date: string): Route {
  const latest = new Map<string, PairRate>();
  for (const r of rates) {
    if (r.onDate > date) continue;
    const key = `${r.currency}>${r.toCurrency}`;
    const known = latest.get(key);
    if (!known || r.onDate > known.onDate) latest.set(key, r);
  }
  const direct = latest.get(`${from}>${to}`);
  if (direct) return { found: true, legs: [{ rate: direct.rate, invert: false }], via: null, rateDate: direct.onDate };
  const inverse = latest.get(`${to}>${from}`);
  if (inverse) return { found: true, legs: [{ rate: inverse.rate, invert: true }], via: null, rateDate: inverse.onDate };
  let best: Route & { found: true } = { found: true, legs: [], via: null, rateDate: '' };
  for (const out of latest.values()) {
    if (out.currency !== from || out.toCurrency === to) continue;
    const back = latest.get(`${to}>${out.toCurrency}`);
    if (!back) continue;
    const rateDate = out.onDate < back.onDate ? out.onDate : back.onDate;
    if (rateDate > best.rateDate || (rateDate === best.rateDate && out.toCurrency < (best.via ?? '~'))) {
      best = {
        found: true,
        legs: [
          { rate: out.rate, invert: false },
          { rate: back.rate, invert: true },
        ],
        via: out.toCurrency,
        rateDate,
      };
    }
  }
  return best.via ? best : { found: false, reason: `no exchange rate on or before ${date}` };
}

/** A stored rate without the trailing zeros of its column's scale: "1.084500000000" → "1.0845". */
export function plainRate(stored: string): string {
  return stored.includes('.') ? stored.replace(/\.?0+$/, '') : stored;
}

/**
 * The exact fraction `convertThrough` multiplies by (minor units to minor units): an amount in
 * `from` is `amount × num ÷ den` in `toCurrency`, before its one rounding half to even. For
 * set-based SQL that converts many amounts at their own dates (kpis, decision 0299).
 */
export function factorOf(from: string, legs: readonly Leg[], toCurrency: string): { num: string; den: string } | null {
  const f = minorUnits(from);
  const t = minorUnits(toCurrency);
  if (f === null || t === null) return null;
  let num = 10n ** BigInt(t);
  let den = 10n ** BigInt(f);
  for (const leg of legs) {
    const { units, scale } = fractionOf(leg.rate);
    num *= leg.invert ? scale : units;
    den *= leg.invert ? units : scale;
  }
  return { num: num.toString(), den: den.toString() };
}
