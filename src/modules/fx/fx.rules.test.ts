import { describe, expect, it } from 'vitest';
import { money } from '../../shared/money.js';
import { convertAt, convertThrough, effectiveRate, isRate, plainRate, routeOn } from './fx.rules.js';

describe('conversion at a dated rate rounds once, in the target’s minor units', () => {
  it.each([
    ['100.00 EUR at 1.0845 is 108.45 USD', money(10_000, 'EUR'), '1.0845', 'USD', 10_845],
    ['¥1,000 at 0.0067 is 6.70 USD', money(1000, 'JPY'), '0.0067', 'USD', 670],
    ['1.00 USD at 0.377 is 0.377 BHD', money(100, 'USD'), '0.377', 'BHD', 377],
    ['1.00 USD at 149.5 is ¥150 (half to even)', money(100, 'USD'), '149.5', 'JPY', 150],
    ['2.50 USD at 1 is ¥2 (half to even goes down)', money(250, 'USD'), '1', 'JPY', 2],
    ['a refund converts with its sign', money(-10_000, 'EUR'), '1.0845', 'USD', -10_845],
  ])('%s', (_rule, value, rate, to, amount) => {
    expect(convertAt(value, rate, to)).toEqual(money(amount, to));
  });
});

describe('a rate is an exact positive decimal', () => {
  it.each([
    ['1.0845', true],
    ['149.5', true],
    ['0', false],
    ['-1.2', false],
    ['1e3', false],
    ['1.2.3', false],
  ])('%s → %s', (text, ok) => {
    expect(isRate(text)).toBe(ok);
  });
});

describe('a stored rate reads as typed', () => {
  it.each([
    ['1.084500000000', '1.0845'],
    ['149.000000000000', '149'],
    ['12', '12'],
  ])('%s → %s', (stored, plain) => {
    expect(plainRate(stored)).toBe(plain);
  });
});

describe('a conversion finds its route through the rates entered', () => {
  const r = (currency: string, toCurrency: string, onDate: string, rate: string) => ({ currency, toCurrency, onDate, rate });
  const rates = [
    r('EUR', 'USD', '2026-01-31', '1.08'),
    r('EUR', 'USD', '2026-02-28', '1.10'),
    r('GBP', 'USD', '2026-02-28', '1.25'),
    r('USD', 'JPY', '2026-02-28', '150'),
    r('CHF', 'EUR', '2026-02-28', '1.05'),
  ];
  it.each([
    ['the direct rate of the pair, latest on or before the date', 'EUR', 'USD', '2026-02-15', 10_000, 10_800, null],
    ['the inverse of the opposite pair', 'JPY', 'USD', '2026-03-01', 15_000, 10_000, null],
    [
      'a cross rate through a currency both are quoted in (after the reporting currency changed)',
      'GBP',
      'EUR',
      '2026-03-01',
      11_000,
      12_500,
      'USD',
    ],
    ['the cross rate the other way', 'EUR', 'GBP', '2026-03-01', 12_500, 11_000, 'USD'],
  ])('%s', (_rule, from, to, date, amount, expected, via) => {
    const route = routeOn(rates, from, to, date);
    expect(route.found).toBe(true);
    if (!route.found) return;
    expect(route.via).toBe(via);
    expect(convertThrough(money(amount, from), route.legs, to)).toEqual(money(expected, to));
  });

  it.each([
    ['a date between rates takes the earlier', '2026-02-15', '2026-01-31'],
    ['a date after the last takes the last', '2026-12-31', '2026-02-28'],
  ])('the rate for a date is the latest on or before it: %s', (_rule, date, expected) => {
    const route = routeOn(rates, 'EUR', 'USD', date);
    expect(route.found && route.rateDate).toBe(expected);
  });

  it('no route before every rate says so', () => {
    expect(routeOn(rates, 'EUR', 'USD', '2025-12-31')).toEqual({
      found: false,
      reason: 'no exchange rate on or before 2025-12-31',
    });
  });

  it('two legs round once, at the end', () => {
    // 1 GBP = 1.25 USD, 1 EUR = 1.10 USD: 0.01 GBP is 0.0113636… EUR, which rounds to 0.01.
    expect(
      convertThrough(
        money(1, 'GBP'),
        [
          { rate: '1.25', invert: false },
          { rate: '1.10', invert: true },
        ],
        'EUR',
      ),
    ).toEqual(money(1, 'EUR'));
    expect(
      effectiveRate([
        { rate: '1.25', invert: false },
        { rate: '1.10', invert: true },
      ]),
    ).toBe('1.136363636364');
    expect(effectiveRate([{ rate: '150', invert: true }])).toBe('0.006666666667');
  });
});
