import { allocate, type Money } from '../../shared/money.js';
import { INVOLVEMENT_ROLES, type InvolvementRole } from '../opportunities/index.js';

/**
 * Attribution: how a won opportunity's amount is credited to the partners that touched it
 * (docs/decisions/0266–0270). Pure: data in, credit out. The portfolio query computes the same
 * weights in SQL (attribution.sql.ts) and rounds them with `creditsFromWeights` below, so one
 * opportunity is credited the same whichever way it is read.
 */

export const BUILT_IN_MODELS = ['sourced', 'first_touch', 'last_touch', 'linear', 'time_decay', 'position_based'] as const;
export type BuiltInModel = (typeof BUILT_IN_MODELS)[number];
/** `custom`: a policy of role weights (its id travels beside the model). */
export const MODELS = [...BUILT_IN_MODELS, 'custom'] as const;
export type AttributionModel = (typeof MODELS)[number];

export const MODEL_LABELS: Readonly<Record<AttributionModel, string>> = {
  sourced: 'Sourced',
  first_touch: 'First touch',
  last_touch: 'Last touch',
  linear: 'Linear',
  time_decay: 'Time decay',
  position_based: 'Position-based (40/20/40)',
  custom: 'Custom policy',
};

export const DEFAULT_HALF_LIFE_DAYS = 90;
export const MAX_HALF_LIFE_DAYS = 3650;

export type RoleWeights = Partial<Record<InvolvementRole, number>>;

/** How one opportunity is credited: the model and what it needs. */
export type ModelSpec =
  | { model: BuiltInModel; halfLifeDays?: number }
  | { model: 'custom'; roleWeights: RoleWeights; halfLifeDays?: number };

export type Touch = { partnerId: string; role: InvolvementRole; occurredAt: Date };
/** A partner's involvement: all its roles, and whether it sourced the deal. */
export type Involvement = { partnerId: string; roles: readonly InvolvementRole[]; sourced: boolean };

export type OpportunityInput = {
  amount: Money;
  /** YYYY-MM-DD */
  closeDate: string;
  touches: readonly Touch[];
  /** Roles and the sourced flag; a partner's touches add their roles too. */
  involvements?: readonly Involvement[];
};

/** One partner's part of a deal under one model, before rounding. */
export type PartnerWeight = { partnerId: string; weight: number };

export type CreditLine = {
  partnerId: string;
  credit: Money;
  /** The partner's share of the weights, 0–1 (what the UI shows as a percentage). */
  share: number;
  /** Each of the partner's touches with the weight the model gave it (0 where the model ignores touches). */
  touches: { role: InvolvementRole; occurredAt: Date; weight: number }[];
};

const DAY_MS = 86_400_000;

/** Whole days from the touch's (UTC) day back from the close date; a touch after the close counts as on it. */
export function ageInDays(occurredAt: Date, closeDate: string): number {
  const touchDay = Date.parse(occurredAt.toISOString().slice(0, 10));
  const closeDay = Date.parse(closeDate);
  return Math.max(0, Math.round((closeDay - touchDay) / DAY_MS));
}

/** The weight time decay gives one touch: 2^(−age / half-life). */
export function decayWeight(ageDays: number, halfLifeDays: number): number {
  return 2 ** (-ageDays / halfLifeDays);
}

type PartnerFacts = {
  partnerId: string;
  firstAt: number;
  lastAt: number;
  roles: Set<InvolvementRole>;
  sourced: boolean;
  decay: number;
  touches: Touch[];
};

/** The partners of a deal in a fixed order: by first touch, ties by id (deterministic). */
function partnersOf(input: OpportunityInput, halfLifeDays: number): PartnerFacts[] {
  const facts = new Map<string, PartnerFacts>();
  // In a fixed order, so float sums (time decay) do not depend on the order the touches came in.
  const touches = [...input.touches].sort(
    (a, b) =>
      a.occurredAt.getTime() - b.occurredAt.getTime() ||
      (a.partnerId < b.partnerId ? -1 : a.partnerId > b.partnerId ? 1 : 0) ||
      (a.role < b.role ? -1 : a.role > b.role ? 1 : 0),
  );
  for (const t of touches) {
    const at = t.occurredAt.getTime();
    const f = facts.get(t.partnerId) ?? {
      partnerId: t.partnerId,
      firstAt: at,
      lastAt: at,
      roles: new Set<InvolvementRole>(),
      sourced: false,
      decay: 0,
      touches: [],
    };
    f.firstAt = Math.min(f.firstAt, at);
    f.lastAt = Math.max(f.lastAt, at);
    f.roles.add(t.role);
    if (t.role === 'sourced') f.sourced = true;
    f.decay += decayWeight(ageInDays(t.occurredAt, input.closeDate), halfLifeDays);
    f.touches.push(t);
    facts.set(t.partnerId, f);
  }
  // Involvements add roles and the sourced flag to partners that touched the deal (a partner
  // involved without any dated touch gets one from the service, at its involvement's date).
  for (const inv of input.involvements ?? []) {
    const f = facts.get(inv.partnerId);
    if (!f) continue;
    for (const r of inv.roles) f.roles.add(r);
    if (inv.sourced || inv.roles.includes('sourced')) {
      f.sourced = true;
      f.roles.add('sourced');
    }
  }
  return [...facts.values()].sort(
    (a, b) => a.firstAt - b.firstAt || (a.partnerId < b.partnerId ? -1 : a.partnerId > b.partnerId ? 1 : 0),
  );
}

/**
 * Each touching partner's weight under the model (not normalised; zero: no credit):
 * - sourced: 1 for the sourcing partner, 0 for the others (no sourcing partner: nobody);
 * - first_touch / last_touch: 1 for the partner of the earliest / latest touch (ties: lowest id);
 * - linear: 1 per partner (several touches are still one partner);
 * - time_decay: the sum over the partner's touches of 2^(−age/half-life), age back from the close;
 * - position_based: partners in order of their first touch, 40% first, 40% last, 20% shared by
 *   the ones between; 50/50 with two, 100% with one;
 * - custom: each role present gets its weight, shared equally by the partners holding it.
 */
export function attributionWeights(spec: ModelSpec, input: OpportunityInput): PartnerWeight[] {
  const halfLife = spec.halfLifeDays ?? DEFAULT_HALF_LIFE_DAYS;
  const ps = partnersOf(input, halfLife);
  const n = ps.length;
  if (n === 0) return [];
  const byId = (a: PartnerFacts, b: PartnerFacts) => (a.partnerId < b.partnerId ? -1 : a.partnerId > b.partnerId ? 1 : 0);
  switch (spec.model) {
    case 'sourced':
      return ps.map((p) => ({ partnerId: p.partnerId, weight: p.sourced ? 1 : 0 }));
    case 'first_touch': {
      const first = [...ps].sort((a, b) => a.firstAt - b.firstAt || byId(a, b))[0];
      return ps.map((p) => ({ partnerId: p.partnerId, weight: p === first ? 1 : 0 }));
    }
    case 'last_touch': {
      const last = [...ps].sort((a, b) => b.lastAt - a.lastAt || byId(a, b))[0];
      return ps.map((p) => ({ partnerId: p.partnerId, weight: p === last ? 1 : 0 }));
    }
    case 'linear':
      return ps.map((p) => ({ partnerId: p.partnerId, weight: 1 }));
    case 'time_decay':
      return ps.map((p) => ({ partnerId: p.partnerId, weight: p.decay }));
    case 'position_based':
      // In whole units so the shares are exact: with n ≥ 3, ends get 2(n−2) each, middles 1 (40/20/40).
      return ps.map((p, i) => ({
        partnerId: p.partnerId,
        weight: n <= 2 ? 1 : i === 0 || i === n - 1 ? 2 * (n - 2) : 1,
      }));
    case 'custom': {
      const holders = new Map<InvolvementRole, number>();
      for (const p of ps) for (const r of p.roles) holders.set(r, (holders.get(r) ?? 0) + 1);
      return ps.map((p) => {
        let weight = 0;
        for (const r of [...p.roles].sort()) weight += (spec.roleWeights[r] ?? 0) / (holders.get(r) ?? 1);
        return { partnerId: p.partnerId, weight };
      });
    }
  }
}

/**
 * The amount split over the weights by largest remainder: whole minor units that add up exactly
 * to the amount, never more; zero weights get nothing and are left out. No positive weight: no lines.
 */
export function creditsFromWeights(
  amount: Money,
  weights: readonly PartnerWeight[],
): { partnerId: string; credit: Money; share: number }[] {
  const positive = weights.filter((w) => w.weight > 0 && Number.isFinite(w.weight));
  if (positive.length === 0) return [];
  const total = positive.reduce((s, w) => s + w.weight, 0);
  const parts = allocate(
    amount,
    positive.map((w) => w.weight),
  );
  return positive.map((w, i) => ({
    partnerId: w.partnerId,
    credit: parts[i] ?? { amount: 0, currency: amount.currency },
    share: w.weight / total,
  }));
}

/** One opportunity credited under a model: one line per partner with credit, with its touches and their weights. */
export function creditOpportunity(spec: ModelSpec, input: OpportunityInput): CreditLine[] {
  const weights = attributionWeights(spec, input);
  const halfLife = spec.halfLifeDays ?? DEFAULT_HALF_LIFE_DAYS;
  return creditsFromWeights(input.amount, weights).map((line) => ({
    ...line,
    touches: input.touches
      .filter((t) => t.partnerId === line.partnerId)
      .sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || (a.role < b.role ? -1 : a.role > b.role ? 1 : 0))
      .map((t) => ({
        role: t.role,
        occurredAt: t.occurredAt,
        weight: spec.model === 'time_decay' ? decayWeight(ageInDays(t.occurredAt, input.closeDate), halfLife) : 0,
      })),
  }));
}

/** A custom policy's weights: whole numbers 0–100 per role, at least one above zero. */
export function checkRoleWeights(weights: Record<string, number>): { ok: true } | { ok: false; path: string; reason: string } {
  for (const [role, w] of Object.entries(weights)) {
    if (!(INVOLVEMENT_ROLES as readonly string[]).includes(role))
      return { ok: false, path: `roleWeights.${role}`, reason: 'is not a role' };
    if (!Number.isInteger(w) || w < 0 || w > 100)
      return { ok: false, path: `roleWeights.${role}`, reason: 'must be a whole number 0–100' };
  }
  if (!Object.values(weights).some((w) => w > 0))
    return { ok: false, path: 'roleWeights', reason: 'must give at least one role a weight above 0' };
  return { ok: true };
}

// ---- Periods -----------------------------------------------------------------------------------

export type Period = { key: string; kind: 'quarter' | 'month'; startsOn: string; endsOn: string };

const pad = (n: number) => String(n).padStart(2, '0');
function lastDayOf(year: number, month: number): string {
  const d = new Date(Date.UTC(year, month, 0));
  return `${year}-${pad(month)}-${pad(d.getUTCDate())}`;
}

/** "2026-Q1" (a quarter) or "2026-03" (a month) as dates; null when it is neither. */
export function parsePeriod(key: string): Period | null {
  const q = /^(\d{4})-Q([1-4])$/.exec(key);
  if (q) {
    const year = Number(q[1]);
    const first = (Number(q[2]) - 1) * 3 + 1;
    return { key, kind: 'quarter', startsOn: `${year}-${pad(first)}-01`, endsOn: lastDayOf(year, first + 2) };
  }
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(key);
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    return { key, kind: 'month', startsOn: `${year}-${pad(month)}-01`, endsOn: lastDayOf(year, month) };
  }
  return null;
}

/** The quarter a day falls in: "2026-Q4". */
export function quarterOf(day: string): string {
  return `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
}

/** A period may be locked once it has ended (its last day is before today). */
export function mayLockPeriod(period: Period, today: string): { allowed: true } | { allowed: false; reason: string } {
  if (period.endsOn >= today) return { allowed: false, reason: `${period.key} has not ended yet (it ends ${period.endsOn})` };
  return { allowed: true };
}

/** Two periods overlap when neither ends before the other starts. */
export function periodsOverlap(a: { startsOn: string; endsOn: string }, b: { startsOn: string; endsOn: string }): boolean {
  return a.startsOn <= b.endsOn && b.startsOn <= a.endsOn;
}

/** The four quarters up to asOf: the 365 days ending on it, as `opportunities.won_revenue_t4q` counts them. */
export function trailingFourQuarters(asOf: string): { from: string; to: string } {
  return { from: new Date(Date.parse(asOf) - 364 * DAY_MS).toISOString().slice(0, 10), to: asOf };
}
