import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMoney,
  allocate,
  CurrencyMismatchError,
  compareMoney,
  formatMoney,
  minorUnits,
  money,
  parseMoney,
  sumMoney,
} from './money.js';

describe('each currency has its real exponent, from ISO 4217', () => {
  it.each([
    ['JPY has no minor unit', 'JPY', 0],
    ['USD has cents', 'USD', 2],
    ['BHD has fils, three digits', 'BHD', 3],
    ['HUF keeps two digits in ISO 4217', 'HUF', 2],
    ['a made-up code has none', 'XYZ', null],
  ])('%s', (_rule, currency, digits) => {
    expect(minorUnits(currency)).toBe(digits);
  });
});

describe('amounts combine only within one currency', () => {
  it('adds and compares euros with euros', () => {
    expect(addMoney(money(150, 'EUR'), money(250, 'EUR'))).toEqual(money(400, 'EUR'));
    expect(compareMoney(money(1, 'EUR'), money(2, 'EUR'))).toBe(-1);
    expect(sumMoney([], 'EUR')).toEqual(money(0, 'EUR'));
  });

  it('refuses a mixed-currency sum or comparison', () => {
    expect(() => addMoney(money(1, 'EUR'), money(1, 'USD'))).toThrow(CurrencyMismatchError);
    expect(() => sumMoney([money(1, 'EUR'), money(1, 'USD')], 'EUR')).toThrow(CurrencyMismatchError);
    expect(() => compareMoney(money(1, 'EUR'), money(1, 'GBP'))).toThrow(CurrencyMismatchError);
  });

  it('refuses fractions of a minor unit and unknown currencies', () => {
    expect(() => money(1.5, 'USD')).toThrow(RangeError);
    expect(() => money(1, 'XYZ')).toThrow(RangeError);
  });
});

describe('allocation splits an amount into parts that sum to it exactly (largest remainder)', () => {
  it.each([
    ['$100.00 in three equal parts: the first gets the extra cent', 10_000, 'USD', [1, 1, 1], [3334, 3333, 3333]],
    ['¥1,000 at 40/20/40', 1000, 'JPY', [40, 20, 40], [400, 200, 400]],
    ['1 cent over two equal parts goes to the first', 1, 'USD', [1, 1], [1, 0]],
    ['a refund splits with its sign', -10_000, 'USD', [1, 1, 1], [-3334, -3333, -3333]],
    ['a zero weight gets nothing', 500, 'EUR', [0, 1], [0, 500]],
  ])('%s', (_rule, amount, currency, weights, expected) => {
    expect(allocate(money(amount, currency), weights).map((m) => m.amount)).toEqual(expected);
  });

  it('always sums exactly to the total, never more, for any weights', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 12 }).filter((w) => w.some((x) => x > 0)),
        (amount, weights) => {
          const parts = allocate(money(amount, 'USD'), weights);
          expect(parts.reduce((s, p) => s + p.amount, 0)).toBe(amount);
          for (const p of parts) expect(Number.isInteger(p.amount)).toBe(true);
        },
      ),
    );
  });
});

describe('amounts typed by people are read without floats, in their locale', () => {
  it.each([
    ['1,234.56 dollars in English', '1,234.56', 'USD', 'en', 123456],
    ['1.234,56 euros in German', '1.234,56', 'EUR', 'de', 123456],
    ['whole yen', '1,500', 'JPY', 'en', 1500],
    ['three-digit dinars', '1.005', 'BHD', 'en', 1005],
    ['a negative amount', '-12.30', 'USD', 'en', -1230],
    ['0.1 + 0.2 stays exact', '0.30', 'USD', 'en', 30],
  ])('%s', (_rule, text, currency, locale, amount) => {
    expect(parseMoney(text, currency, locale)).toEqual(money(amount, currency));
  });

  it.each([
    ['more decimals than the currency has', '1.234', 'USD'],
    ['decimals on yen', '1.5', 'JPY'],
    ['letters', '12a', 'USD'],
    ['an unknown currency', '12', 'XYZ'],
  ])('refuses %s', (_rule, text, currency) => {
    expect(parseMoney(text, currency)).toBeNull();
  });

  it('formats with the currency’s own digits', () => {
    expect(formatMoney(money(12_500_000, 'USD'), 'en')).toBe('$125,000.00');
    expect(formatMoney(money(1500, 'JPY'), 'en')).toBe('¥1,500');
    expect(formatMoney(money(1005, 'BHD'), 'en').replace(/\s/g, ' ')).toBe('BHD 1.005');
  });
});
