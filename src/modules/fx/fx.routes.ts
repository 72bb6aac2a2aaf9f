import { z } from 'zod';
import { access, defineRoute } from '../../server/route.js';
import { ZCurrency, ZCursor, ZLimit, zDate, zOneOrMore, zPage, zString } from '../../server/schemas.js';
import { isCurrency } from '../../shared/money.js';
import { VENDOR_ROLES } from '../../shared/roles.js';
import { isRate } from './fx.rules.js';
import { convertToReporting, listRates, upsertRates } from './fx.service.js';

const ZMoney = z.object({ amount: z.number().int(), currency: z.string() }).meta({ id: 'Money' });

const ZFxRate = z
  .object({
    id: z.uuid(),
    currency: z.string(),
    toCurrency: z.string(),
    onDate: z.string().describe('YYYY-MM-DD'),
    rate: z.string().describe('Units of toCurrency for one unit of currency, as an exact decimal'),
    source: z.string(),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'FxRate' });

/** A rate as a decimal string ("1.0845"); a JSON number is taken as written. */
const ZRate = z
  .union([zString(30), z.number().positive()])
  .transform((v) => String(v))
  .refine(isRate, 'must be a positive decimal such as 1.0845, at most 12 digits each side of the point');

const ZRateInput = z.strictObject({
  currency: ZCurrency,
  toCurrency: ZCurrency.optional().describe('Default: the organisation’s reporting currency'),
  date: zDate(),
  rate: ZRate,
  source: zString(200).optional(),
});

/** Currencies as a filter: one or more ISO 4217 codes, comma-separated or repeated. */
const ZCurrencies = zOneOrMore(isCurrency, 'ISO 4217 currency codes');

export const fxRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/fx-rates',
    summary: 'Exchange rates, newest first',
    tags: ['fx'],
    access: access.roles(VENDOR_ROLES, { scope: 'none' }),
    permission: 'fxRate.read',
    query: z.object({
      limit: ZLimit,
      cursor: ZCursor,
      currency: ZCurrencies.optional(),
      from: zDate().optional(),
      to: zDate().optional(),
    }),
    response: zPage(ZFxRate),
    // The exact decimal string is text in JSON; a spreadsheet wants it as a number.
    export: { numeric: ['rate'] },
    handler: async ({ ctx, query }) => listRates(ctx, query),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/v1/fx-rates',
    summary: 'Set exchange rates (one per currency pair and date; a second one for the day replaces the first)',
    tags: ['fx'],
    access: access.roles(['admin', 'finance'], { scope: 'none' }),
    permission: 'fxRate.edit',
    body: z.strictObject({
      rates: z.array(ZRateInput).min(1, 'must hold at least one rate').max(500, 'at most 500 rates at once'),
    }),
    response: z.object({ data: z.array(ZFxRate) }),
    example: (refs) => ({ rates: [{ currency: 'EUR', date: `2026-0${1 + (refs.seq % 9)}-15`, rate: '1.0845', source: 'ECB' }] }),
    handler: async ({ ctx, body }) => ({ data: await upsertRates(ctx, body.rates) }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/fx-rates/convert',
    summary: 'An amount in the reporting currency on a date, at the latest rate on or before it (direct, inverse or cross)',
    description: '422 FX_RATE_MISSING naming `date` when there is no rate on or before it.',
    tags: ['fx'],
    access: access.roles(VENDOR_ROLES, { scope: 'none' }),
    permission: 'fxRate.read',
    query: z.object({
      amount: z.coerce.number({ error: 'must be a whole number of minor units' }).int('must be a whole number of minor units'),
      currency: ZCurrency,
      date: zDate(),
    }),
    response: z.object({
      value: ZMoney,
      from: ZMoney,
      rate: z.string().nullable(),
      rateDate: z.string().nullable(),
      via: z.string().nullable().describe('The currency a cross rate went through'),
    }),
    exampleQuery: { amount: '12500', currency: 'USD', date: '2026-01-15' },
    handler: async ({ ctx, query }) => convertToReporting(ctx, { amount: query.amount, currency: query.currency }, query.date),
  }),
];
