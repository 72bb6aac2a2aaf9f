import { date, numeric, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, updatedAt } from '../../db/columns.js';

/**
 * Dated exchange rates: on `onDate`, one unit of `currency` was worth `rate` units of
 * `toCurrency` (the organisation's reporting currency, when the rate was entered). The rate is an
 * exact decimal, never a float; conversions round once, at the end (fx.rules.ts). Vendor-wide.
 */
export const fxRates = pgTable(
  'fx_rates',
  {
    id: idColumn(),
    currency: text().notNull(),
    toCurrency: text().notNull(),
    onDate: date({ mode: 'string' }).notNull(),
    rate: numeric({ precision: 24, scale: 12 }).notNull(),
    source: text().notNull().default(''),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('fx_rates_pair_date_unique').on(t.currency, t.toCurrency, t.onDate)],
);

export type FxRateRow = typeof fxRates.$inferSelect;
