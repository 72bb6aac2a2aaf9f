import { and, inArray } from 'drizzle-orm';
import { cellProblem, dateCell, type ImporterDef, type ImportProblem, textCell } from '../../server/importer.js';
import { access } from '../../server/route.js';
import { isCurrency } from '../../shared/money.js';
import { insertManyAudited, updateAudited } from '../audit/index.js';
import { getSettings } from '../settings/index.js';
import { isRate } from './fx.rules.js';
import { fxRates } from './fx.schema.js';
import { FX_RATE } from './fx.service.js';

export type FxRateImportRow = { date: string; currency: string; toCurrency?: string; rate: string; source?: string };

function currencyCell(raw: string): unknown {
  const code = raw.toUpperCase();
  return isCurrency(code) ? code : cellProblem('must be an ISO 4217 currency code such as EUR');
}

function rateCell(raw: string): unknown {
  const rate = raw.replace(/\s/g, '');
  return isRate(rate) ? rate : cellProblem('must be a positive decimal such as 1.0845');
}

/**
 * Dated exchange rates from CSV (a month-end rate sheet, a central bank's download): one row per
 * currency and date, into the reporting currency unless `toCurrency` says otherwise. As with
 * `PUT /fx-rates`, a rate for a pair and day that exists replaces it (audited as a change); the
 * same pair and day twice in one file is a problem.
 */
export const fxRatesImporter: ImporterDef<FxRateImportRow, { pairs: Map<string, number> }> = {
  kind: 'fx-rates',
  label: 'Exchange rates',
  access: access.roles(['admin', 'finance'], { scope: 'none' }),
  permission: 'fxRate.import',
  columns: [
    {
      key: 'date',
      label: 'Date',
      required: true,
      aliases: ['On date', 'Rate date', 'As of', 'Day'],
      hint: 'YYYY-MM-DD',
      parse: dateCell,
    },
    {
      key: 'currency',
      label: 'Currency',
      required: true,
      aliases: ['From', 'From currency', 'Currency code', 'Code'],
      parse: currencyCell,
    },
    {
      key: 'toCurrency',
      label: 'To currency',
      aliases: ['To', 'Target currency'],
      hint: 'default: the reporting currency',
      parse: currencyCell,
    },
    {
      key: 'rate',
      label: 'Rate',
      required: true,
      aliases: ['Exchange rate', 'FX rate', 'Value'],
      hint: 'units of the to-currency for one unit',
      parse: rateCell,
    },
    { key: 'source', label: 'Source', parse: textCell(200) },
  ],
  example: (refs) => `date,currency,rate\n2025-${String(1 + (refs.seq % 12)).padStart(2, '0')}-28,EUR,1.0845\n`,
  newState: () => ({ pairs: new Map() }),

  async validate(ctx, rows, state) {
    const reporting = (await getSettings(ctx)).reportingCurrency;
    const problems: ImportProblem[] = [];
    for (const { row, values } of rows) {
      values.toCurrency ??= reporting;
      if (values.toCurrency === values.currency) {
        problems.push({ row, column: 'currency', message: `is the currency it converts into (${values.toCurrency})` });
      }
      const key = `${values.currency} ${values.toCurrency} ${values.date}`;
      const earlier = state.pairs.get(key);
      if (earlier)
        problems.push({
          row,
          column: 'date',
          message: `${values.currency}→${values.toCurrency} on ${values.date} is also on row ${earlier}`,
        });
      else state.pairs.set(key, row);
    }
    return problems;
  },

  async commit(ctx, rows) {
    const existing = await ctx.tx
      .select()
      .from(fxRates)
      .where(
        and(
          inArray(fxRates.currency, [...new Set(rows.map((r) => r.values.currency))]),
          inArray(fxRates.onDate, [...new Set(rows.map((r) => r.values.date))]),
        ),
      );
    const byKey = new Map(existing.map((e) => [`${e.currency} ${e.toCurrency} ${e.onDate}`, e]));
    const fresh: FxRateImportRow[] = [];
    for (const { values } of rows) {
      const before = byKey.get(`${values.currency} ${values.toCurrency} ${values.date}`);
      // Replacing a rate is rare in a rate sheet: audited one by one, like the API's upsert.
      if (before)
        await updateAudited(
          ctx,
          fxRates,
          before,
          { rate: values.rate, source: values.source ?? '', updatedAt: ctx.now },
          FX_RATE,
        );
      else fresh.push(values);
    }
    await insertManyAudited(
      ctx,
      fxRates,
      fresh.map((v) => ({
        currency: v.currency,
        toCurrency: v.toCurrency as string,
        onDate: v.date,
        rate: v.rate,
        source: v.source ?? '',
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })),
      FX_RATE,
      { dispatch: 'later' },
    );
  },
};
