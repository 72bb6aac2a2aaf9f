import { addDays, type IsoDate } from '../../shared/dates.js';
import { allocate, type Money, money } from '../../shared/money.js';

/**
 * Incentive plans and the earnings ledger, as pure rules: which plan is in force, who is credited
 * with a won deal, what each kind of plan pays, rebate bands and their true-up, and what a payout
 * batch may do next. Amounts are integer minor units; rates are basis points (1% = 100 bps), so
 * no float ever touches money (docs/decisions/0260–0264).
 */

export const PLAN_KINDS = ['commission', 'rebate', 'spiff', 'revenue_share'] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];
export const PLAN_KIND_LABELS: Readonly<Record<PlanKind, string>> = {
  commission: 'Commission',
  rebate: 'Tiered rebate',
  spiff: 'SPIFF',
  revenue_share: 'Revenue share',
};

/** Plan kinds, referral commissions (approved in the referrals module, decision 0186) and adjustments. */
export const EARNING_KINDS = [...PLAN_KINDS, 'referral', 'adjustment'] as const;
export type EarningKind = (typeof EARNING_KINDS)[number];

export type RebateBand = { from: number; rateBps: number };
export type PlanConfig =
  | { kind: 'commission'; rateBps: number; productRates: { product: string; rateBps: number }[] }
  | { kind: 'revenue_share'; rateBps: number }
  | { kind: 'spiff'; bonus: Money; products: string[]; minDealAmount: number | null; newLogoOnly: boolean }
  | { kind: 'rebate'; measure: 'volume' | 'growth'; period: 'quarter' | 'year'; currency: string; bands: RebateBand[] };

export type PlanVersion = { id: string; programId: string; kind: PlanKind; effectiveFrom: IsoDate; effectiveTo: IsoDate | null };

// ---------------------------------------------------------------------------------------------
// Plans in force

/** Whether `date` falls within [from, to] (both inclusive; an open end runs forever). */
export function inForce(plan: { effectiveFrom: IsoDate; effectiveTo: IsoDate | null }, date: IsoDate): boolean {
  return plan.effectiveFrom <= date && (plan.effectiveTo === null || date <= plan.effectiveTo);
}

/** The plans in force at the deal's close date for one program: at most one per kind (versions never overlap). */
export function plansInForce<P extends PlanVersion>(plans: readonly P[], programId: string, closeDate: IsoDate): P[] {
  return plans.filter((p) => p.programId === programId && inForce(p, closeDate));
}

/** A new or changed version may not overlap another of the same program and kind. */
export function overlappingVersion<P extends PlanVersion>(
  existing: readonly P[],
  candidate: Omit<PlanVersion, 'id'> & { id?: string },
): P | null {
  if (candidate.effectiveTo !== null && candidate.effectiveTo < candidate.effectiveFrom) return null;
  return (
    existing.find(
      (p) =>
        p.id !== candidate.id &&
        p.programId === candidate.programId &&
        p.kind === candidate.kind &&
        p.effectiveFrom <= (candidate.effectiveTo ?? '9999-12-31') &&
        candidate.effectiveFrom <= (p.effectiveTo ?? '9999-12-31'),
    ) ?? null
  );
}

/** Checks a plan's terms; "no" names the field. */
export function checkPlanConfig(
  config: PlanConfig,
  planCurrency: string,
): { ok: true } | { ok: false; path: string; message: string } {
  const bps = (v: number) => Number.isInteger(v) && v >= 0 && v <= 10_000;
  switch (config.kind) {
    case 'commission':
      if (!bps(config.rateBps))
        return { ok: false, path: 'config.rateBps', message: 'must be whole basis points from 0 to 10000' };
      if (new Set(config.productRates.map((r) => r.product.toLowerCase())).size !== config.productRates.length)
        return { ok: false, path: 'config.productRates', message: 'names a product twice' };
      for (const [i, r] of config.productRates.entries())
        if (!bps(r.rateBps))
          return { ok: false, path: `config.productRates.${i}.rateBps`, message: 'must be whole basis points from 0 to 10000' };
      return { ok: true };
    case 'revenue_share':
      return bps(config.rateBps)
        ? { ok: true }
        : { ok: false, path: 'config.rateBps', message: 'must be whole basis points from 0 to 10000' };
    case 'spiff':
      if (config.bonus.amount <= 0) return { ok: false, path: 'config.bonus.amount', message: 'must be more than zero' };
      if (config.bonus.currency !== planCurrency)
        return { ok: false, path: 'config.bonus.currency', message: 'must be the plan’s currency' };
      return { ok: true };
    case 'rebate': {
      if (config.currency !== planCurrency) return { ok: false, path: 'config.currency', message: 'must be the plan’s currency' };
      if (config.bands.length === 0) return { ok: false, path: 'config.bands', message: 'needs at least one band' };
      for (const [i, b] of config.bands.entries()) {
        if (!bps(b.rateBps))
          return { ok: false, path: `config.bands.${i}.rateBps`, message: 'must be whole basis points from 0 to 10000' };
        if (i > 0 && b.from <= (config.bands[i - 1]?.from ?? 0))
          return { ok: false, path: `config.bands.${i}.from`, message: 'bands must rise: each starts above the one before' };
      }
      return { ok: true };
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Who is credited with a won deal

export type Involvement = { partnerId: string; roles: readonly string[] };

/** The roles that earn: the partner that sourced the deal and partners that co-sold it. */
export const ENTITLED_ROLES = ['sourced', 'co_sell'] as const;
/** The sourced partner's weight against each co-selling partner's (decision 0261). */
export const SOURCED_WEIGHT = 70;
export const CO_SELL_POOL = 30;

/**
 * The revenue each entitled partner is credited with: a sourced partner alone takes it all; with
 * co-sellers it takes 70% and they share 30% equally; co-sellers alone share it equally. Split with
 * largest remainders, so the credits add up to the deal exactly. Others (technical, delivery,
 * influence, referral) are not credited here.
 */
export function creditShares(
  deal: Money,
  involvements: readonly Involvement[],
): { partnerId: string; role: 'sourced' | 'co_sell'; credit: Money }[] {
  const sourced = involvements.filter((i) => i.roles.includes('sourced'));
  const coSell = involvements.filter((i) => !i.roles.includes('sourced') && i.roles.includes('co_sell'));
  const entitled = [
    ...sourced.map((i) => ({ partnerId: i.partnerId, role: 'sourced' as const })),
    ...coSell.map((i) => ({ partnerId: i.partnerId, role: 'co_sell' as const })),
  ];
  if (entitled.length === 0) return [];
  const weights = entitled.map((e) =>
    sourced.length === 0 || coSell.length === 0 ? 1 : e.role === 'sourced' ? SOURCED_WEIGHT * coSell.length : CO_SELL_POOL,
  );
  const parts = allocate(deal, weights);
  return entitled.map((e, i) => ({ ...e, credit: parts[i] ?? money(0, deal.currency) }));
}

// ---------------------------------------------------------------------------------------------
// What a plan pays

/** `amount` × `bps` / 10 000, rounded half away from zero, computed in integers. */
export function percentOf(amount: number, bps: number): number {
  const product = BigInt(Math.abs(amount)) * BigInt(bps);
  const whole = product / 10_000n;
  const rest = product % 10_000n;
  const rounded = Number(rest * 2n >= 10_000n ? whole + 1n : whole);
  return amount < 0 ? -rounded : rounded;
}

export function formatBps(bps: number): string {
  return `${(bps / 100).toFixed(2).replace(/\.?0+$/, '')}%`;
}

/** The commission rate for a deal: the highest rate of a product it carries, else the plan's rate. */
export function commissionRateFor(
  config: { rateBps: number; productRates: { product: string; rateBps: number }[] },
  products: readonly string[],
) {
  const carried = new Set(products.map((p) => p.toLowerCase()));
  const matching = config.productRates.filter((r) => carried.has(r.product.toLowerCase()));
  if (matching.length === 0) return { rateBps: config.rateBps, product: null as string | null };
  const best = matching.reduce((a, b) => (b.rateBps > a.rateBps ? b : a));
  return { rateBps: best.rateBps, product: best.product };
}

export type DealFacts = { credit: Money; dealAmount: Money; products: readonly string[]; newLogo: boolean };

/** Whether a SPIFF's condition holds for a deal (dates are the plan's effective dates). */
export function spiffApplies(
  config: { products: string[]; minDealAmount: number | null; bonus: Money },
  deal: Omit<DealFacts, 'credit'>,
  newLogoOnly: boolean,
): { applies: true } | { applies: false; reason: string } {
  if (config.products.length > 0) {
    const carried = new Set(deal.products.map((p) => p.toLowerCase()));
    if (!config.products.some((p) => carried.has(p.toLowerCase()))) return { applies: false, reason: 'no qualifying product' };
  }
  if (config.minDealAmount !== null) {
    if (deal.dealAmount.currency !== config.bonus.currency) return { applies: false, reason: 'deal in another currency' };
    if (deal.dealAmount.amount < config.minDealAmount) return { applies: false, reason: 'deal below the minimum size' };
  }
  if (newLogoOnly && !deal.newLogo) return { applies: false, reason: 'not a new logo' };
  return { applies: true };
}

/** What a commission, revenue share or SPIFF plan accrues for one partner's credit on a deal (null: nothing). */
export function dealEarning(config: PlanConfig, deal: DealFacts): { amount: Money; base: Money; rule: string } | null {
  switch (config.kind) {
    case 'commission': {
      const rate = commissionRateFor(config, deal.products);
      const amount = percentOf(deal.credit.amount, rate.rateBps);
      if (amount === 0) return null;
      return {
        amount: money(amount, deal.credit.currency),
        base: deal.credit,
        rule: `${formatBps(rate.rateBps)} commission${rate.product ? ` (${rate.product})` : ''}`,
      };
    }
    case 'revenue_share': {
      const amount = percentOf(deal.credit.amount, config.rateBps);
      if (amount === 0) return null;
      return {
        amount: money(amount, deal.credit.currency),
        base: deal.credit,
        rule: `${formatBps(config.rateBps)} revenue share`,
      };
    }
    case 'spiff': {
      const ok = spiffApplies(config, deal, config.newLogoOnly);
      if (!ok.applies) return null;
      const conditions = [
        config.products.length ? `product ${config.products.join('/')}` : null,
        config.minDealAmount !== null ? 'deal size' : null,
        config.newLogoOnly ? 'new logo' : null,
      ].filter(Boolean);
      return {
        amount: config.bonus,
        base: deal.credit,
        rule: `SPIFF${conditions.length ? ` for ${conditions.join(', ')}` : ''}`,
      };
    }
    case 'rebate':
      return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Rebates: bands on attainment, paid at period end, trued up as attainment moves

export type Period = { key: string; start: IsoDate; end: IsoDate };

/** The calendar quarter or year holding `date`. */
export function periodOf(date: IsoDate, length: 'quarter' | 'year'): Period {
  const year = Number(date.slice(0, 4));
  if (length === 'year') return { key: `${year}`, start: `${year}-01-01`, end: `${year}-12-31` };
  const q = Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1;
  const startMonth = String((q - 1) * 3 + 1).padStart(2, '0');
  const endMonth = String(q * 3).padStart(2, '0');
  const endDay = { '03': 31, '06': 30, '09': 30, '12': 31 }[endMonth] ?? 31;
  return { key: `${year}-Q${q}`, start: `${year}-${startMonth}-01`, end: `${year}-${endMonth}-${endDay}` };
}

/** The same period a year earlier (growth is measured against it). */
export function priorYear(period: Period): Period {
  const shift = (d: IsoDate) => `${Number(d.slice(0, 4)) - 1}${d.slice(4)}`;
  return { key: period.key.replace(/^\d{4}/, (y) => String(Number(y) - 1)), start: shift(period.start), end: shift(period.end) };
}

/** Growth over the prior period in basis points (no prior revenue: any revenue counts as 100% growth). */
export function growthBps(current: number, prior: number): number {
  if (prior <= 0) return current > 0 ? 10_000 : 0;
  return Number(((BigInt(current) - BigInt(prior)) * 10_000n) / BigInt(prior));
}

/** The band attainment reaches: the highest whose `from` it meets (none below the first). */
export function bandFor(bands: readonly RebateBand[], attainment: number): { index: number; band: RebateBand } | null {
  let found: { index: number; band: RebateBand } | null = null;
  bands.forEach((band, index) => {
    if (attainment >= band.from) found = { index, band };
  });
  return found;
}

/**
 * The rebate a period's revenue has earned so far: the reached band's rate on all of it (from the
 * first unit), and the true-up — what is due less what the period has already accrued. Negative
 * when a reversal drops attainment below a band.
 */
export function rebateTrueUp(input: {
  bands: readonly RebateBand[];
  revenue: number;
  attainment: number;
  alreadyAccrued: number;
}): { due: number; delta: number; band: number | null; rateBps: number } {
  const reached = bandFor(input.bands, input.attainment);
  const rateBps = reached?.band.rateBps ?? 0;
  const due = percentOf(Math.max(0, input.revenue), rateBps);
  return { due, delta: due - input.alreadyAccrued, band: reached ? reached.index + 1 : null, rateBps };
}

/** When a rebate is payable: the day after its period ends. Other earnings are payable on accrual. */
export function payableOn(kind: EarningKind, closeDate: IsoDate, period: Period | null): IsoDate {
  return kind === 'rebate' && period ? addDays(period.end, 1) : closeDate;
}

// ---------------------------------------------------------------------------------------------
// Payout batches

export const BATCH_STATUSES = ['draft', 'approved', 'paid', 'cancelled'] as const;
export type BatchStatus = (typeof BATCH_STATUSES)[number];

/** Batches whose total in the reporting currency is above the threshold need two approvers. */
export function approvalsRequired(totalReporting: number, threshold: number): 1 | 2 {
  return totalReporting > threshold ? 2 : 1;
}

/** Whether `approverId` may approve a batch now; "no" is a value with the reason and its kind. */
export function approvalDecision(batch: {
  status: BatchStatus;
  createdById: string | null;
  approverIds: readonly string[];
  required: number;
  approverId: string;
}): { allowed: true; completes: boolean } | { allowed: false; code: 'self' | 'twice' | 'status'; reason: string } {
  if (batch.status !== 'draft') return { allowed: false, code: 'status', reason: `a ${batch.status} batch cannot be approved` };
  if (batch.createdById === batch.approverId)
    return { allowed: false, code: 'self', reason: 'you created this batch: another person must approve it (four eyes)' };
  if (batch.approverIds.includes(batch.approverId))
    return {
      allowed: false,
      code: 'twice',
      reason: 'you have already approved this batch: a second approver must be someone else',
    };
  return { allowed: true, completes: batch.approverIds.length + 1 >= batch.required };
}

/** What "mark paid" does: pay an approved batch once; a paid one again is a no-op. */
export function paymentDecision(status: BatchStatus): 'pay' | 'already_paid' | { refused: string } {
  if (status === 'approved') return 'pay';
  if (status === 'paid') return 'already_paid';
  return { refused: status === 'draft' ? 'the batch is not approved yet' : 'a cancelled batch cannot be paid' };
}

/**
 * The lines a batch pays: entries netted per partner and currency. A partner whose net is zero or
 * less (clawbacks exceeding earnings) is carried to a later batch, its entries left out.
 */
export function batchLines<E extends { id: string; partnerId: string; amount: number; currency: string }>(
  entries: readonly E[],
): { partnerId: string; currency: string; amount: number; entryIds: string[] }[] {
  const byKey = new Map<string, { partnerId: string; currency: string; amount: number; entryIds: string[] }>();
  for (const e of entries) {
    const key = `${e.partnerId}|${e.currency}`;
    const line = byKey.get(key) ?? { partnerId: e.partnerId, currency: e.currency, amount: 0, entryIds: [] };
    line.amount += e.amount;
    line.entryIds.push(e.id);
    byKey.set(key, line);
  }
  return [...byKey.values()]
    .filter((l) => l.amount > 0)
    .sort((a, b) => a.partnerId.localeCompare(b.partnerId) || a.currency.localeCompare(b.currency));
}
