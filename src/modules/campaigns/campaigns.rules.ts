import { allocate, type Money } from '../../shared/money.js';

export const CAMPAIGN_TYPES = ['webinar', 'event', 'email', 'digital', 'content', 'other'] as const;
export type CampaignType = (typeof CAMPAIGN_TYPES)[number];

/** Who runs the campaign: the vendor's marketing, the partner's, or both together. */
export const OWNER_SIDES = ['vendor', 'partner', 'joint'] as const;
export type OwnerSide = (typeof OWNER_SIDES)[number];

/**
 * proposed (by the partner, waiting for the vendor) → planned → active → completed; a proposal
 * may be declined; anything not finished may be cancelled.
 */
export const CAMPAIGN_STATUSES = ['proposed', 'planned', 'active', 'completed', 'cancelled', 'declined'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

const MOVES: Record<CampaignStatus, readonly CampaignStatus[]> = {
  proposed: ['planned', 'declined', 'cancelled'],
  planned: ['active', 'cancelled'],
  active: ['completed', 'cancelled'],
  completed: [],
  cancelled: [],
  declined: [],
};

export type Decision = { allowed: true } | { allowed: false; reason: string };

/** Whether a campaign may move from one status to another. */
export function campaignMove(from: CampaignStatus, to: CampaignStatus): Decision {
  if (MOVES[from].includes(to)) return { allowed: true };
  if (from === to) return { allowed: false, reason: `is already ${to}` };
  return { allowed: false, reason: `cannot move from ${from} to ${to}` };
}

export function isFinished(status: CampaignStatus): boolean {
  return MOVES[status].length === 0;
}

/**
 * How the budget is split: the vendor's share in percent (0–100, up to two decimals; the partner
 * gets the rest) or both amounts, which must add up to the budget exactly.
 */
export type BudgetSplit = { vendorPercent: number } | { vendorAmount: number; partnerAmount: number };

export type SplitResult =
  | { ok: true; vendor: Money; partner: Money }
  | { ok: false; field: 'budget' | 'split.vendorPercent' | 'split.vendorAmount' | 'split.partnerAmount'; reason: string };

/**
 * The budget split between vendor and partner, in minor units that add up to the budget exactly
 * (a percentage is allocated with largest remainders: 1000.01 at 50 % is 500.01 + 500.00).
 */
export function splitBudget(budget: Money, split: BudgetSplit): SplitResult {
  if (!Number.isInteger(budget.amount) || budget.amount < 0)
    return { ok: false, field: 'budget', reason: 'must be 0 or more whole minor units' };
  if ('vendorPercent' in split) {
    const p = split.vendorPercent;
    if (!Number.isFinite(p) || p < 0 || p > 100)
      return { ok: false, field: 'split.vendorPercent', reason: 'must be from 0 to 100' };
    const bp = Math.round(p * 100);
    if (Math.abs(bp - p * 100) > 1e-6)
      return { ok: false, field: 'split.vendorPercent', reason: 'must have at most two decimals' };
    if (budget.amount === 0) return { ok: true, vendor: { ...budget }, partner: { ...budget } };
    if (bp === 0) return { ok: true, vendor: { amount: 0, currency: budget.currency }, partner: { ...budget } };
    if (bp === 10_000) return { ok: true, vendor: { ...budget }, partner: { amount: 0, currency: budget.currency } };
    const [vendor, partner] = allocate(budget, [bp, 10_000 - bp]) as [Money, Money];
    return { ok: true, vendor, partner };
  }
  for (const [field, v] of [
    ['split.vendorAmount', split.vendorAmount],
    ['split.partnerAmount', split.partnerAmount],
  ] as const) {
    if (!Number.isInteger(v) || v < 0) return { ok: false, field, reason: 'must be 0 or more whole minor units' };
  }
  if (split.vendorAmount + split.partnerAmount !== budget.amount) {
    return {
      ok: false,
      field: 'split.partnerAmount',
      reason: `vendor and partner shares must add up to the budget exactly (${split.vendorAmount + split.partnerAmount} ≠ ${budget.amount})`,
    };
  }
  return {
    ok: true,
    vendor: { amount: split.vendorAmount, currency: budget.currency },
    partner: { amount: split.partnerAmount, currency: budget.currency },
  };
}

/** Dates of a campaign: the end on or after the start, and at most two years long. */
export function checkCampaignDates(startsOn: string, endsOn: string): Decision {
  if (endsOn < startsOn) return { allowed: false, reason: 'must be on or after the start date' };
  const days = (Date.parse(`${endsOn}T00:00:00Z`) - Date.parse(`${startsOn}T00:00:00Z`)) / 86_400_000;
  if (days > 731) return { allowed: false, reason: 'a campaign runs at most two years' };
  return { allowed: true };
}

export type CampaignFigures = {
  /** Budget, pipeline and won revenue in the same (reporting) currency; null where a rate is missing. */
  budget: number | null;
  leads: number;
  pipeline: number | null;
  won: number | null;
};

/**
 * Results against budget: cost per lead (budget ÷ leads, rounded to minor units) and return on
 * investment in whole percent ((won − budget) ÷ budget). Null when it cannot be computed (no
 * leads, no budget, a missing rate) — never a division by zero or a made-up 0.
 */
export function campaignReturn(f: CampaignFigures): { costPerLead: number | null; roiPercent: number | null } {
  const costPerLead = f.budget !== null && f.leads > 0 ? Math.round(f.budget / f.leads) : null;
  const roiPercent =
    f.budget !== null && f.budget > 0 && f.won !== null ? Math.round(((f.won - f.budget) * 100) / f.budget) : null;
  return { costPerLead, roiPercent };
}
