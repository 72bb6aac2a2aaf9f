import { and, desc, eq, gte, inArray, lte, type SQL } from 'drizzle-orm';
import { keyset } from '../../db/keyset.js';
import { withTx } from '../../db/scope.js';
import type { Ctx, TxCtx } from '../../shared/context.js';
import { AppError } from '../../shared/errors.js';
import type { Money } from '../../shared/money.js';
import { type Page, toPage } from '../../shared/paging.js';
import { type AuditedKind, insertAudited, updateAudited } from '../audit/index.js';
import { getSettings } from '../settings/index.js';
import { convertThrough, effectiveRate, factorOf, plainRate, routeOn } from './fx.rules.js';
import { type FxRateRow, fxRates } from './fx.schema.js';

export const FX_RATE: AuditedKind<FxRateRow> = {
  entityType: 'fx_rate',
  partnerIdOf: () => null,
  labelOf: (r) => `${r.currency}→${r.toCurrency} on ${r.onDate}`,
  // Two requests setting the same new rate at once: one wins, the other is told to look again.
  conflicts: {
    fx_rates_pair_date_unique: { path: 'rates', message: 'was set by another request at the same moment; send it again' },
  },
};

export type FxRateQuery = { limit: number; cursor?: string; currency?: string[]; from?: string; to?: string };

/** Newest first. */
export async function listRates(ctx: Ctx, query: FxRateQuery): Promise<Page<FxRateRow>> {
  return withTx(ctx, async (c) => {
    const ks = keyset('fx-rates', '-onDate', { onDate: fxRates.onDate }, fxRates.id, query.cursor);
    const conditions: (SQL | undefined)[] = [
      ks.where,
      query.currency?.length ? inArray(fxRates.currency, query.currency) : undefined,
      query.from ? gte(fxRates.onDate, query.from) : undefined,
      query.to ? lte(fxRates.onDate, query.to) : undefined,
    ];
    const rows = await c.tx
      .select()
      .from(fxRates)
      .where(and(...conditions))
      .orderBy(...ks.orderBy)
      .limit(query.limit + 1);
    const page = toPage(rows, query.limit, ks.cursorOf);
    return { data: page.data.map(toRateDto), nextCursor: page.nextCursor };
  });
}

function toRateDto(row: FxRateRow): FxRateRow {
  return { ...row, rate: plainRate(row.rate) };
}

export type RateInput = { currency: string; toCurrency?: string; date: string; rate: string; source?: string };

/**
 * Sets rates: one per currency pair and date, so a second entry for the same day replaces the
 * first (audited as a change). Without `toCurrency` a rate is into the reporting currency.
 */
export async function upsertRates(ctx: Ctx, inputs: readonly RateInput[]): Promise<FxRateRow[]> {
  return withTx(ctx, async (c) => {
    const reporting = (await getSettings(c)).reportingCurrency;
    const saved: FxRateRow[] = [];
    for (const input of inputs) {
      const toCurrency = input.toCurrency ?? reporting;
      const [existing] = await c.tx
        .select()
        .from(fxRates)
        .where(and(eq(fxRates.currency, input.currency), eq(fxRates.toCurrency, toCurrency), eq(fxRates.onDate, input.date)));
      const values = { rate: input.rate, source: input.source ?? '', updatedAt: c.now };
      saved.push(
        existing
          ? await updateAudited(c, fxRates, existing, values, FX_RATE)
          : await insertAudited(
              c,
              fxRates,
              { ...values, currency: input.currency, toCurrency, onDate: input.date, createdAt: c.now },
              FX_RATE,
            ),
      );
    }
    return saved.map(toRateDto);
  });
}

export type Conversion = {
  value: Money;
  from: Money;
  /** The rate applied (through `via` when a cross rate), null when no conversion was needed. */
  rate: string | null;
  rateDate: string | null;
  /** The currency a cross rate went through, null for a direct or inverse rate. */
  via: string | null;
};

/**
 * `value` in the organisation's reporting currency on `date`, at the latest rate on or before it
 * (direct, inverse, or across a currency both are quoted in — fx.rules.ts `routeOn`); a clear
 * 422 (FX_RATE_MISSING, naming `date`) where there is none. Modules convert at the date their
 * rules name (a deal at its close date, a claim at its approval).
 */
export async function convertToReporting(ctx: Ctx, value: Money, date: string): Promise<Conversion> {
  return withTx(ctx, async (c) => {
    const reporting = (await getSettings(c)).reportingCurrency;
    if (value.currency === reporting) return { value, from: value, rate: null, rateDate: null, via: null };
    // The latest rate of every pair quoting either currency, on or before the date: all a route needs.
    const rates = await c.tx
      .selectDistinctOn([fxRates.currency, fxRates.toCurrency], {
        currency: fxRates.currency,
        toCurrency: fxRates.toCurrency,
        onDate: fxRates.onDate,
        rate: fxRates.rate,
      })
      .from(fxRates)
      .where(and(inArray(fxRates.currency, [value.currency, reporting]), lte(fxRates.onDate, date)))
      .orderBy(fxRates.currency, fxRates.toCurrency, desc(fxRates.onDate));
    const route = routeOn(rates, value.currency, reporting, date);
    if (!route.found) {
      const message = `${route.reason} for ${value.currency} into ${reporting}`;
      throw new AppError('FX_RATE_MISSING', message, { errors: [{ path: 'date', message }] });
    }
    return {
      value: convertThrough(value, route.legs, reporting),
      from: value,
      rate: effectiveRate(route.legs),
      rateDate: route.rateDate,
      via: route.via,
    };
  });
}

/**
 * Many amounts into the reporting currency on one `date`, with one query for every rate they
 * need: the set-based form of `convertToReporting` for portfolio sums (a metric over every
 * partner). Each answer is the amount converted, or null where no rate route exists (the caller
 * decides: leave it out as "no data", or refuse).
 */
export async function convertManyToReporting(ctx: Ctx, values: readonly Money[], date: string): Promise<(Money | null)[]> {
  return withTx(ctx, async (c) => {
    const reporting = (await getSettings(c)).reportingCurrency;
    const currencies = [...new Set(values.map((v) => v.currency).filter((cur) => cur !== reporting))];
    const rates =
      currencies.length === 0
        ? []
        : await c.tx
            .selectDistinctOn([fxRates.currency, fxRates.toCurrency], {
              currency: fxRates.currency,
              toCurrency: fxRates.toCurrency,
              onDate: fxRates.onDate,
              rate: fxRates.rate,
            })
            .from(fxRates)
            .where(and(inArray(fxRates.currency, [...currencies, reporting]), lte(fxRates.onDate, date)))
            .orderBy(fxRates.currency, fxRates.toCurrency, desc(fxRates.onDate));
    const routes = new Map(currencies.map((cur) => [cur, routeOn(rates, cur, reporting, date)]));
    return values.map((value) => {
      if (value.currency === reporting) return value;
      const route = routes.get(value.currency);
      return route?.found ? convertThrough(value, route.legs, reporting) : null;
    });
  });
}

/**
 * The stored rates of these currencies (and the reporting currency) up to a date, in the order
 * `routeOn` reads them: what converting many amounts at their own dates needs, in one query.
 */
async function ratesUpTo(c: TxCtx, currencies: readonly string[], reporting: string, latest: string) {
  if (currencies.length === 0) return [];
  return c.tx
    .select({ currency: fxRates.currency, toCurrency: fxRates.toCurrency, onDate: fxRates.onDate, rate: fxRates.rate })
    .from(fxRates)
    .where(and(inArray(fxRates.currency, [...currencies, reporting]), lte(fxRates.onDate, latest)))
    .orderBy(fxRates.currency, fxRates.toCurrency, fxRates.onDate);
}

/** The latest of some ISO dates ('' for none). */
const latestOf = (dates: readonly string[]) => dates.reduce((max, d) => (d > max ? d : max), '');

/**
 * Many amounts into the reporting currency, each on its own date (a won deal at its close date),
 * with one query for every rate they need: the rates of the currencies involved up to the latest
 * date, then each distinct (currency, date) routed as `convertToReporting` would. Null where no
 * rate route existed on that date. Attribution uses it for the portfolio (decision 0267).
 */
export async function convertEachToReporting(
  ctx: Ctx,
  items: readonly { value: Money; date: string }[],
): Promise<(Money | null)[]> {
  return withTx(ctx, async (c) => {
    const reporting = (await getSettings(c)).reportingCurrency;
    const foreign = items.filter((i) => i.value.currency !== reporting);
    const currencies = [...new Set(foreign.map((i) => i.value.currency))];
    const rates = await ratesUpTo(c, currencies, reporting, latestOf(foreign.map((i) => i.date)));
    const routes = new Map<string, ReturnType<typeof routeOn>>();
    return items.map(({ value, date }) => {
      if (value.currency === reporting) return value;
      const key = `${value.currency}|${date}`;
      let route = routes.get(key);
      if (!route) {
        route = routeOn(rates, value.currency, reporting, date);
        routes.set(key, route);
      }
      return route.found ? convertThrough(value, route.legs, reporting) : null;
    });
  });
}

/** How one (currency, date) converts into the reporting currency: `amount × num ÷ den`, rounded half to even. */
export type ConversionFactor = { currency: string; date: string; num: string; den: string };

/**
 * Exact conversion factors for many (currency, date) pairs at once, for set-based SQL that
 * converts each amount at its own date (a deal at its close date): one query for the rates, the
 * same routes as `convertToReporting` (fx.rules.ts `routeOn`), the exponent difference folded in.
 * Pairs in the reporting currency answer 1/1; a pair no rate converts is left out. Use them in
 * SQL with `convertedSql` (the same half-to-even rounding as `convertThrough`).
 */
export async function conversionFactors(
  ctx: Ctx,
  pairs: readonly { currency: string; date: string }[],
): Promise<{ reporting: string; factors: ConversionFactor[] }> {
  return withTx(ctx, async (c) => {
    const reporting = (await getSettings(c)).reportingCurrency;
    const currencies = [...new Set(pairs.map((p) => p.currency).filter((cur) => cur !== reporting))];
    const rates = await ratesUpTo(c, currencies, reporting, latestOf(pairs.map((p) => p.date)));
    const factors: ConversionFactor[] = [];
    const seen = new Set<string>();
    for (const p of pairs) {
      const key = `${p.currency}|${p.date}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (p.currency === reporting) {
        factors.push({ currency: p.currency, date: p.date, num: '1', den: '1' });
        continue;
      }
      const route = routeOn(rates, p.currency, reporting, p.date);
      if (!route.found) continue;
      const f = factorOf(p.currency, route.legs, reporting);
      if (f) factors.push({ currency: p.currency, date: p.date, ...f });
    }
    return { reporting, factors };
  });
}
