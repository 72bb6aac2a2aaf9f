import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSeededApp, type SeededApp } from '../support/harness.js';

let t: SeededApp;
beforeAll(async () => {
  t = await createSeededApp();
});
afterAll(async () => t?.close());

describe('exchange rates', () => {
  it('finance sets dated rates into the reporting currency; a second rate for the day replaces the first', async () => {
    const finance = await t.asUser('finance');
    const set = await finance.PUT('/api/v1/fx-rates', {
      body: {
        rates: [
          { currency: 'EUR', date: '2026-01-01', rate: '1.0845', source: 'ECB' },
          { currency: 'EUR', date: '2026-03-01', rate: '1.1' },
          { currency: 'JPY', date: '2026-01-01', rate: 0.0067 },
        ],
      },
    });
    expect(set.response.status).toBe(200);
    expect(set.data?.data.map((r) => [r.currency, r.toCurrency, r.onDate, r.rate])).toEqual([
      ['EUR', 'USD', '2026-01-01', '1.0845'],
      ['EUR', 'USD', '2026-03-01', '1.1'],
      ['JPY', 'USD', '2026-01-01', '0.0067'],
    ]);
    const again = await finance.PUT('/api/v1/fx-rates', {
      body: { rates: [{ currency: 'EUR', date: '2026-03-01', rate: '1.12' }] },
    });
    expect(again.data?.data[0]?.id).toBe(set.data?.data[1]?.id);
    const list = await finance.GET('/api/v1/fx-rates', { params: { query: { currency: 'EUR' } } });
    expect(list.data?.data.map((r) => [r.onDate, r.rate])).toEqual([
      ['2026-03-01', '1.12'],
      ['2026-01-01', '1.0845'],
    ]);
  });

  it('converts an amount at the latest rate on or before the date, rounding once', async () => {
    const pm = await t.asUser('partner_manager');
    const convert = (amount: number, currency: string, date: string) =>
      pm.GET('/api/v1/fx-rates/convert', { params: { query: { amount, currency, date } } });
    const feb = await convert(10_000, 'EUR', '2026-02-15');
    expect(feb.data).toEqual({
      value: { amount: 10_845, currency: 'USD' },
      from: { amount: 10_000, currency: 'EUR' },
      rate: '1.0845',
      rateDate: '2026-01-01',
      via: null,
    });
    expect((await convert(1000, 'JPY', '2026-06-30')).data?.value).toEqual({ amount: 670, currency: 'USD' });
    expect((await convert(4200, 'USD', '2020-01-01')).data).toMatchObject({
      value: { amount: 4200, currency: 'USD' },
      rate: null,
    });
  });

  it('keeps converting after the reporting currency changes: inverse and cross rates through the old one', async () => {
    const admin = await t.asUser('admin');
    const finance = await t.asUser('finance');
    await finance.PUT('/api/v1/fx-rates', { body: { rates: [{ currency: 'GBP', date: '2026-01-01', rate: '1.25' }] } });
    expect((await admin.PATCH('/api/v1/settings', { body: { reportingCurrency: 'EUR' } })).response.status).toBe(200);
    try {
      const convert = (amount: number, currency: string) =>
        finance.GET('/api/v1/fx-rates/convert', { params: { query: { amount, currency, date: '2026-02-15' } } });
      // 108.45 USD is 100.00 EUR by the inverse of EUR→USD 1.0845.
      expect((await convert(10_845, 'USD')).data).toMatchObject({ value: { amount: 10_000, currency: 'EUR' }, via: null });
      // 100.00 GBP = 125.00 USD = 115.26 EUR, through USD, rounded once.
      expect((await convert(10_000, 'GBP')).data).toMatchObject({
        value: { amount: 11_526, currency: 'EUR' },
        via: 'USD',
        rateDate: '2026-01-01',
      });
    } finally {
      await admin.PATCH('/api/v1/settings', { body: { reportingCurrency: 'USD' } });
    }
  });

  it('says clearly where a rate is missing, and refuses bad input naming the field', async () => {
    const pm = await t.asUser('partner_manager');
    const missing = await pm.GET('/api/v1/fx-rates/convert', {
      params: { query: { amount: 100, currency: 'EUR', date: '2025-12-31' } },
    });
    expect(missing.response.status).toBe(422);
    expect(missing.error).toMatchObject({ code: 'FX_RATE_MISSING', errors: [{ path: 'date' }] });
    const finance = await t.asUser('finance');
    const bad = await finance.PUT('/api/v1/fx-rates', {
      body: { rates: [{ currency: 'EUX', date: '2026-02-30', rate: '-1' }] },
    });
    expect(bad.response.status).toBe(422);
    expect((bad.error as { errors: { path: string }[] }).errors.map((e) => e.path).sort()).toEqual([
      'rates.0.currency',
      'rates.0.date',
      'rates.0.rate',
    ]);
    const fraction = await pm.GET('/api/v1/fx-rates/convert', {
      params: { query: { amount: 1.5, currency: 'EUR', date: '2026-02-01' } },
    });
    expect(fraction.response.status).toBe(422);
  });

  it('are the vendor’s: partner users cannot read them, managers cannot set them', async () => {
    const partner = await t.asUser('partner_admin');
    expect((await partner.GET('/api/v1/fx-rates', {})).response.status).toBe(403);
    const pm = await t.asUser('partner_manager');
    const refused = await pm.PUT('/api/v1/fx-rates', {
      body: { rates: [{ currency: 'GBP', date: '2026-01-01', rate: '1.27' }] },
    });
    expect(refused.response.status).toBe(403);
  });
});
