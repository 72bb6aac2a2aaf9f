/**
 * What earns points: engagement events of other modules, named by the kind the vendor's points
 * table prices. `opportunity.won` is `opportunity.stage_changed` to closed_won, for every partner
 * involved in the opportunity.
 */
export const LOYALTY_SOURCES = [
  'certification.earned',
  'course.completed',
  'deal_registration.submitted',
  'deal_registration.approved',
  'opportunity.won',
  'resource.downloaded',
] as const;
export type LoyaltySource = (typeof LOYALTY_SOURCES)[number];

export const SOURCE_LABELS: Record<LoyaltySource, string> = {
  'certification.earned': 'Certification earned',
  'course.completed': 'Course completed',
  'deal_registration.submitted': 'Deal registered',
  'deal_registration.approved': 'Deal registration approved',
  'opportunity.won': 'Deal won',
  'resource.downloaded': 'Resource downloaded',
};

export const LOYALTY_PERIODS = ['month', 'quarter', 'year'] as const;
export type LoyaltyPeriod = (typeof LOYALTY_PERIODS)[number];

export const ENTRY_KINDS = ['earned', 'redeemed', 'returned', 'adjusted', 'expired'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export const REDEMPTION_STATUSES = ['requested', 'approved', 'fulfilled', 'rejected'] as const;
export type RedemptionStatus = (typeof REDEMPTION_STATUSES)[number];

export type LoyaltyRule = {
  source: LoyaltySource;
  points: number;
  capPerPeriod: number | null;
  period: LoyaltyPeriod;
  active: boolean;
};

/** The points table before the vendor changes it: certifications and won deals weigh most. */
export const DEFAULT_RULES: readonly LoyaltyRule[] = [
  { source: 'certification.earned', points: 500, capPerPeriod: null, period: 'month', active: true },
  { source: 'course.completed', points: 100, capPerPeriod: 1000, period: 'month', active: true },
  { source: 'deal_registration.submitted', points: 50, capPerPeriod: 500, period: 'month', active: true },
  { source: 'deal_registration.approved', points: 200, capPerPeriod: null, period: 'month', active: true },
  { source: 'opportunity.won', points: 1000, capPerPeriod: null, period: 'month', active: true },
  { source: 'resource.downloaded', points: 5, capPerPeriod: 100, period: 'month', active: true },
];

/** The vendor's rows over the defaults, one rule per source, in LOYALTY_SOURCES order. */
export function effectiveRules(rows: readonly LoyaltyRule[]): LoyaltyRule[] {
  const byKind = new Map(rows.map((r) => [r.source, r]));
  return DEFAULT_RULES.map((d) => byKind.get(d.source) ?? d);
}

/** The source an event earns points as, or null when it earns none (an opportunity moving to anything but won). */
export function sourceOf(eventName: string, data: Record<string, unknown>): LoyaltySource | null {
  if (eventName === 'opportunity.stage_changed') return data.toStage === 'closed_won' ? 'opportunity.won' : null;
  return (LOYALTY_SOURCES as readonly string[]).includes(eventName) && eventName !== 'opportunity.won'
    ? (eventName as LoyaltySource)
    : null;
}

/** The first instant of the period `at` falls in (UTC): the cap counts what was earned since. */
export function periodStart(at: Date, period: LoyaltyPeriod): Date {
  const y = at.getUTCFullYear();
  const m = at.getUTCMonth();
  switch (period) {
    case 'month':
      return new Date(Date.UTC(y, m, 1));
    case 'quarter':
      return new Date(Date.UTC(y, m - (m % 3), 1));
    case 'year':
      return new Date(Date.UTC(y, 0, 1));
  }
}

/**
 * Points one engagement earns under its rule, given what the partner already earned from the same
 * source this period: the rule's points, cut to what the cap leaves (never below 0); 0 when the
 * rule is off.
 */
export function pointsFor(rule: LoyaltyRule, earnedThisPeriod: number): number {
  if (!rule.active || rule.points <= 0) return 0;
  if (rule.capPerPeriod === null) return rule.points;
  return Math.max(0, Math.min(rule.points, rule.capPerPeriod - earnedThisPeriod));
}

export type Decision = { allowed: true } | { allowed: false; field: string; reason: string };

/**
 * Whether a partner may redeem a reward now: it is active, in stock (stock minus redemptions not
 * rejected), and the balance covers its cost — a redemption never takes the balance below 0.
 */
export function mayRedeem(
  reward: { active: boolean; pointsCost: number; stock: number | null },
  balance: number,
  taken: number,
): Decision {
  if (!reward.active) return { allowed: false, field: 'rewardId', reason: 'is no longer in the catalogue' };
  if (reward.stock !== null && taken >= reward.stock) return { allowed: false, field: 'rewardId', reason: 'is out of stock' };
  if (balance < reward.pointsCost) {
    return { allowed: false, field: 'rewardId', reason: `costs ${reward.pointsCost} points; your balance is ${balance}` };
  }
  return { allowed: true };
}

/** requested → approved → fulfilled; requested or approved → rejected (points returned). */
export function redemptionMove(from: RedemptionStatus, to: RedemptionStatus): boolean {
  switch (from) {
    case 'requested':
      return to === 'approved' || to === 'rejected';
    case 'approved':
      return to === 'fulfilled' || to === 'rejected';
    default:
      return false;
  }
}

/** Points live this many months unless the vendor sets otherwise (0: they never expire). */
export const DEFAULT_POINTS_EXPIRY_MONTHS = 24;

/** The same day `months` later (the last day of the month when it has no such day), UTC. */
export function addMonths(at: Date, months: number): Date {
  const y = at.getUTCFullYear();
  const m = at.getUTCMonth() + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(
    Date.UTC(
      y,
      m,
      Math.min(at.getUTCDate(), last),
      at.getUTCHours(),
      at.getUTCMinutes(),
      at.getUTCSeconds(),
      at.getUTCMilliseconds(),
    ),
  );
}

export type LedgerMove = { kind: EntryKind; points: number; occurredAt: Date };

export type PointsExpiry = {
  /** Points to expire now: what is due by `asOf` less what earlier runs already expired. */
  toExpire: number;
  /** The next lot still to expire after `asOf`: how many points, and when (null: none, or expiry is off). */
  next: { points: number; expiresAt: Date } | null;
};

/**
 * Loyalty points expiry, first in first out (decision 0169). Every credit (earned, returned, a
 * positive adjustment) is a lot that expires `months` after it arrived; every debit (a redemption,
 * a negative adjustment) spends the oldest points first — points already due but not yet expired
 * by a run, then the oldest live lot. The ledger's `expired` entries are what earlier runs wrote;
 * what is due and not written yet is the answer, so a second run the same day expires nothing
 * (idempotent), the earning entries are never touched, and the balance never goes below 0.
 * Moves after `asOf` are not counted. `months` 0: points never expire.
 */
export function pointsExpiry(moves: readonly LedgerMove[], months: number, asOf: Date): PointsExpiry {
  if (months <= 0) return { toExpire: 0, next: null };
  const lots: { left: number; expiresAt: Date }[] = [];
  /** Points whose lot expired and no run has expired yet. */
  let pending = 0;
  const expireUpTo = (at: Date) => {
    while (lots.length > 0 && (lots[0] as { expiresAt: Date }).expiresAt.getTime() <= at.getTime()) {
      pending += (lots.shift() as { left: number }).left;
    }
  };
  const ordered = moves
    .filter((m) => m.points !== 0 && m.occurredAt.getTime() <= asOf.getTime())
    .map((m, i) => ({ m, i }))
    .sort((a, b) => a.m.occurredAt.getTime() - b.m.occurredAt.getTime() || a.i - b.i)
    .map(({ m }) => m);
  for (const move of ordered) {
    expireUpTo(move.occurredAt);
    if (move.kind === 'expired') {
      pending = Math.max(0, pending + move.points);
      continue;
    }
    if (move.points > 0) {
      lots.push({ left: move.points, expiresAt: addMonths(move.occurredAt, months) });
      lots.sort((a, b) => a.expiresAt.getTime() - b.expiresAt.getTime());
      continue;
    }
    let spend = -move.points;
    const fromDue = Math.min(pending, spend);
    pending -= fromDue;
    spend -= fromDue;
    while (spend > 0 && lots.length > 0) {
      const lot = lots[0] as { left: number };
      const used = Math.min(lot.left, spend);
      lot.left -= used;
      spend -= used;
      if (lot.left === 0) lots.shift();
    }
  }
  expireUpTo(asOf);
  const first = lots.find((l) => l.left > 0);
  const next = first
    ? {
        points: lots.filter((l) => l.expiresAt.getTime() === first.expiresAt.getTime()).reduce((s, l) => s + l.left, 0),
        expiresAt: first.expiresAt,
      }
    : null;
  return { toExpire: pending, next };
}
