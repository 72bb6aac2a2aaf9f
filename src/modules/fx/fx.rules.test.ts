import { describe, expect, it } from 'vitest';
import { money } from '../../shared/money.js';
import { convertAt, isRate, plainRate, rateOn } from './fx.rules.js';

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

describe('the rate for a date is the latest on or before it', () => {
  const rates = [{ onDate: '2026-01-01' }, { onDate: '2026-03-01' }, { onDate: '2026-02-01' }];
  it.each([
    ['a date with its own rate', '2026-02-01', '2026-02-01'],
    ['a date between rates takes the earlier', '2026-02-15', '2026-02-01'],
    ['a date after the last takes the last', '2026-12-31', '2026-03-01'],
  ])('%s', (_rule, date, expected) => {
    const choice = rateOn(rates, date);
    expect(choice.found && choice.rate.onDate).toBe(expected);
  });

  it('a date before every rate has none, and says so', () => {
    expect(rateOn(rates, '2025-12-31')).toEqual({ found: false, reason: 'no exchange rate on or before 2025-12-31' });
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
