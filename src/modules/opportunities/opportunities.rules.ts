import { addDays, type IsoDate } from '../../shared/dates.js';

/**
 * Opportunities and co-sell: pure rules (stages, partner roles, what a partner sees, co-sell
 * decisions). Table-driven tests in opportunities.rules.test.ts, named as the rules.
 */

export const OPPORTUNITY_STAGES = [
  'prospecting',
  'qualification',
  'proposal',
  'negotiation',
  'closed_won',
  'closed_lost',
] as const;
export type OpportunityStage = (typeof OPPORTUNITY_STAGES)[number];
export const OPEN_STAGES = [
  'prospecting',
  'qualification',
  'proposal',
  'negotiation',
] as const satisfies readonly OpportunityStage[];
export const CLOSED_STAGES = ['closed_won', 'closed_lost'] as const satisfies readonly OpportunityStage[];

export const STAGE_LABELS: Readonly<Record<OpportunityStage, string>> = {
  prospecting: 'Prospecting',
  qualification: 'Qualification',
  proposal: 'Proposal',
  negotiation: 'Negotiation',
  closed_won: 'Closed won',
  closed_lost: 'Closed lost',
};

export const INVOLVEMENT_ROLES = ['sourced', 'co_sell', 'technical', 'delivery', 'referral', 'influence'] as const;
export type InvolvementRole = (typeof INVOLVEMENT_ROLES)[number];

export const SOURCE_KINDS = ['direct', 'lead', 'deal_registration'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Fields an opportunity may share with its partners beyond title and customer (decision 0181). */
export const SHARED_FIELDS = ['amount', 'closeDate', 'stage', 'products', 'owner'] as const;
export type SharedField = (typeof SHARED_FIELDS)[number];
export const DEFAULT_SHARED_FIELDS: readonly SharedField[] = ['amount', 'closeDate', 'stage'];

export const CO_SELL_DIRECTIONS = ['from_partner', 'from_vendor'] as const;
export type CoSellDirection = (typeof CO_SELL_DIRECTIONS)[number];
export const CO_SELL_STATUSES = ['requested', 'accepted', 'declined'] as const;
export type CoSellStatus = (typeof CO_SELL_STATUSES)[number];

export function isOpen(stage: OpportunityStage): boolean {
  return (OPEN_STAGES as readonly string[]).includes(stage);
}

/**
 * Stage changes: any open stage moves to any other stage (deals skip and slip back); a closed
 * opportunity reopens only to an open stage (a lost deal revived), never straight to the other
 * outcome. Moving to the stage it has is not a change.
 */
export function stageChange(
  from: OpportunityStage,
  to: OpportunityStage,
): { allowed: true; closes: boolean; reopens: boolean } | { allowed: false; reason: string } {
  if (from === to) return { allowed: false, reason: `is already ${STAGE_LABELS[to].toLowerCase()}` };
  if (!isOpen(from) && !isOpen(to))
    return { allowed: false, reason: `is ${STAGE_LABELS[from].toLowerCase()}: reopen it to an open stage first` };
  return { allowed: true, closes: !isOpen(to), reopens: !isOpen(from) };
}

/**
 * Adding a role to a partner's involvement. One partner at most sources an opportunity: another
 * partner naming `sourced` is refused with the reason; the same partner's roles accumulate.
 */
export function addRole(
  involvements: readonly { partnerId: string; roles: readonly InvolvementRole[] }[],
  partnerId: string,
  role: InvolvementRole,
): { ok: true; roles: InvolvementRole[]; isNew: boolean } | { ok: false; reason: string } {
  const mine = involvements.find((i) => i.partnerId === partnerId);
  if (role === 'sourced' && involvements.some((i) => i.partnerId !== partnerId && i.roles.includes('sourced')))
    return { ok: false, reason: 'another partner already sourced this opportunity' };
  const roles = mine ? [...mine.roles] : [];
  if (!roles.includes(role)) roles.push(role);
  roles.sort((a, b) => INVOLVEMENT_ROLES.indexOf(a) - INVOLVEMENT_ROLES.indexOf(b));
  return { ok: true, roles, isNew: !mine };
}

/** What an involved partner sees of an opportunity's fields: the shared ones, the others null. */
export function redactForPartner<
  T extends { amount: number; currency: string; closeDate: string; stage: string; products: string[]; owner: unknown },
>(
  o: T,
  shared: readonly SharedField[],
): Omit<T, 'amount' | 'currency' | 'closeDate' | 'stage' | 'products' | 'owner'> & {
  amount: number | null;
  currency: string | null;
  closeDate: string | null;
  stage: string | null;
  products: string[];
  owner: T['owner'] | null;
} {
  const has = (f: SharedField) => shared.includes(f);
  return {
    ...o,
    amount: has('amount') ? o.amount : null,
    currency: has('amount') ? o.currency : null,
    closeDate: has('closeDate') ? o.closeDate : null,
    stage: has('stage') ? o.stage : null,
    products: has('products') ? o.products : [],
    owner: has('owner') ? o.owner : null,
  };
}

/**
 * A co-sell request is decided by its addressee: the vendor decides a partner's ask, the partner
 * decides the vendor's invitation; only while it is requested.
 */
export function coSellDecision(
  request: { direction: CoSellDirection; status: CoSellStatus },
  side: 'vendor' | 'partner',
): { allowed: true } | { allowed: false; reason: string } {
  if (request.status !== 'requested') return { allowed: false, reason: `is already ${request.status}` };
  const addressee = request.direction === 'from_partner' ? 'vendor' : 'partner';
  if (side !== addressee)
    return { allowed: false, reason: addressee === 'vendor' ? 'is for the vendor to decide' : 'is for the partner to decide' };
  return { allowed: true };
}

/** `OPP-000123`. */
export function formatOpportunityNumber(n: number | bigint): string {
  return `OPP-${String(n).padStart(6, '0')}`;
}

/**
 * Trailing four quarters as of a day: the 365 days up to and including it (a rolling year, so a
 * figure moves daily rather than jumping at quarter ends; decision 0184).
 */
export function trailingYearStart(asOf: IsoDate): IsoDate {
  return addDays(asOf, -364);
}

/** Opportunity outcome → registration outcome (decision 0183): won → won, lost → lost, reopened → nothing. */
export function registrationOutcomeOf(stage: OpportunityStage): 'won' | 'lost' | null {
  return stage === 'closed_won' ? 'won' : stage === 'closed_lost' ? 'lost' : null;
}
