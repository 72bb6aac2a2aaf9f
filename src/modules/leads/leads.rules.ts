/**
 * Coverage and lead routing, as pure functions: which motion covers a segment, and which partner
 * a lead goes to and why (docs/decisions/0200–0203). Data in, decision out; the service loads
 * the facts and writes the outcome.
 */

// Regions and company size bands are the partners module's: a lead's segment speaks the same words.
export { COMPANY_SIZES, type CompanySize, REGIONS, type Region } from '../partners/index.js';

export const MOTIONS = ['direct', 'partner_led', 'hybrid'] as const;
export type Motion = (typeof MOTIONS)[number];

export const LEAD_STATUSES = ['new', 'assigned', 'accepted', 'declined', 'converted', 'disqualified'] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];
export const LEAD_QUALIFICATIONS = ['mql', 'eql'] as const;
export type LeadQualification = (typeof LEAD_QUALIFICATIONS)[number];

export const STRATEGIES = ['tier_weight', 'performance', 'round_robin', 'capacity'] as const;
export type Strategy = (typeof STRATEGIES)[number];

// ---------------------------------------------------------------------------------------------
// Coverage

/** A segment: every field set must match; an empty one matches anything. */
export type CoverageSegment = {
  id: string;
  name: string;
  countries: readonly string[];
  regions: readonly string[];
  industries: readonly string[];
  sizes: readonly string[];
  motion: Motion;
};

export type LeadFacts = {
  country: string | null;
  region: string | null;
  industry: string | null;
  size: string | null;
  products?: readonly string[];
};

export type CoverageDecision = {
  motion: Motion;
  segment: { id: string; name: string } | null;
  reason: string;
};

const norm = (v: string) => v.trim().toLowerCase();
const inList = (list: readonly string[], value: string | null) =>
  list.length === 0 || (value !== null && list.some((x) => norm(x) === norm(value)));

/** How specific a segment is: a country counts more than a region; industry and size one each. */
export function specificity(s: Pick<CoverageSegment, 'countries' | 'regions' | 'industries' | 'sizes'>): number {
  return (
    (s.countries.length > 0 ? 4 : 0) +
    (s.regions.length > 0 ? 2 : 0) +
    (s.industries.length > 0 ? 1 : 0) +
    (s.sizes.length > 0 ? 1 : 0)
  );
}

/**
 * The motion covering a lead or account: the most specific segment matching all its set fields
 * wins (country beats region; ties go to the segment listed first); no segment → the default.
 */
export function coverageOf(segments: readonly CoverageSegment[], facts: LeadFacts, defaultMotion: Motion): CoverageDecision {
  let best: CoverageSegment | null = null;
  for (const s of segments) {
    const matches =
      inList(s.countries, facts.country) &&
      inList(s.regions, facts.region) &&
      inList(s.industries, facts.industry) &&
      inList(s.sizes, facts.size);
    if (matches && (best === null || specificity(s) > specificity(best))) best = s;
  }
  if (!best)
    return {
      motion: defaultMotion,
      segment: null,
      reason: `No coverage segment matches: the default motion (${MOTION_TEXT[defaultMotion]})`,
    };
  return {
    motion: best.motion,
    segment: { id: best.id, name: best.name },
    reason: `Segment “${best.name}”: ${MOTION_TEXT[best.motion]}`,
  };
}

export const MOTION_TEXT: Record<Motion, string> = { direct: 'direct', partner_led: 'partner-led', hybrid: 'hybrid' };

// ---------------------------------------------------------------------------------------------
// Lead statuses

export type LeadAction = 'assign' | 'accept' | 'decline' | 'expire' | 'convert' | 'disqualify' | 'unroute' | 'handOver';

const TRANSITIONS: Record<LeadAction, { from: readonly LeadStatus[]; to: LeadStatus }> = {
  assign: { from: ['new', 'assigned', 'declined'], to: 'assigned' },
  accept: { from: ['assigned'], to: 'accepted' },
  decline: { from: ['assigned'], to: 'declined' },
  expire: { from: ['assigned'], to: 'new' },
  convert: { from: ['accepted'], to: 'converted' },
  disqualify: { from: ['new', 'assigned', 'accepted', 'declined'], to: 'disqualified' },
  unroute: { from: ['new', 'assigned', 'declined'], to: 'new' },
  /** The partner leaves (off-boarding): its open leads go back to the vendor, to be assigned on. */
  handOver: { from: ['assigned', 'accepted'], to: 'new' },
};

/** new → assigned → accepted | declined; accepted → converted; any open lead → disqualified. */
export function nextLeadStatus(
  from: LeadStatus,
  action: LeadAction,
): { allowed: true; to: LeadStatus } | { allowed: false; reason: string } {
  const t = TRANSITIONS[action];
  if (t.from.includes(from)) return { allowed: true, to: t.to };
  return { allowed: false, reason: `A ${from} lead cannot be ${PAST[action]}` };
}

const PAST: Record<LeadAction, string> = {
  assign: 'assigned',
  accept: 'accepted',
  decline: 'declined',
  expire: 'expired',
  convert: 'converted',
  disqualify: 'disqualified',
  unroute: 'unrouted',
  handOver: 'handed over',
};

/** Open: it still needs a partner's or the vendor's work (capacity counts these). */
export const OPEN_STATUSES: readonly LeadStatus[] = ['assigned', 'accepted'];

/** When an assignment must be accepted: `hours` after it was made. */
export function acceptDueAt(assignedAt: Date, hours: number): Date {
  return new Date(assignedAt.getTime() + hours * 3_600_000);
}

// ---------------------------------------------------------------------------------------------
// Routing

export type RoutingRule = {
  id: string;
  name: string;
  countries: readonly string[];
  regions: readonly string[];
  industries: readonly string[];
  sizes: readonly string[];
  products: readonly string[];
  /** The partners this rule routes to; empty: every eligible partner. */
  partnerIds: readonly string[];
  strategy: Strategy;
  /** performance: the metric ranked (higher is better). */
  metricKey: string | null;
  /** Most open leads a partner may hold through routing (null: no limit). */
  maxOpenLeads: number | null;
  /** round robin: the partner chosen last time. */
  lastPartnerId: string | null;
};

export type Candidate = {
  id: string;
  name: string;
  /** Regions it serves; empty: everywhere. */
  regions: readonly string[];
  tierName: string | null;
  /** The tier's rank (1 the lowest); no tier: 0. */
  tierRank: number;
  /** Values of the metrics performance rules rank by (absent: no data). */
  metrics?: Readonly<Record<string, number | null>>;
  openLeads: number;
  /** Compliance reasons blocking lead distribution (empty: allowed). */
  blockedBy: readonly string[];
  /** Coopetition areas the lead touches (empty: none). */
  competesIn: readonly string[];
};

export type RoutingInput = {
  lead: LeadFacts;
  coverage: CoverageDecision;
  rules: readonly RoutingRule[];
  candidates: readonly Candidate[];
  /** Partners that had this lead before (declined or let it lapse): not offered it again. */
  excluded: ReadonlyMap<string, string>;
};

export type RoutingDecision =
  | {
      outcome: 'assigned';
      partnerId: string;
      ruleId: string;
      ruleName: string;
      strategy: Strategy;
      /** What the chosen partner may read: the rule, its conditions met and the strategy's reason. */
      summary: string;
      /** Everything, for vendor staff: rules skipped, partners left out and why. */
      details: string[];
      /** The round-robin pointer to store on the rule. */
      lastPartnerId: string;
    }
  | { outcome: 'direct' | 'unrouted'; summary: string; details: string[] };

/** The conditions of a rule a lead meets, or the first one it misses. */
export function ruleMatches(
  rule: RoutingRule,
  lead: LeadFacts,
): { matches: true; met: string[] } | { matches: false; missed: string } {
  const met: string[] = [];
  const checks: [string, readonly string[], string | null][] = [
    ['country', rule.countries, lead.country],
    ['region', rule.regions, lead.region],
    ['industry', rule.industries, lead.industry],
    ['size', rule.sizes, lead.size],
  ];
  for (const [label, list, value] of checks) {
    if (list.length === 0) continue;
    if (!inList(list, value)) return { matches: false, missed: `${label} ${value ?? '(none)'} not in ${list.join(', ')}` };
    met.push(`${label} ${value}`);
  }
  if (rule.products.length > 0) {
    const wanted = (lead.products ?? []).map(norm);
    const hit = rule.products.find((p) => wanted.includes(norm(p)));
    if (!hit) return { matches: false, missed: `no product of interest in ${rule.products.join(', ')}` };
    met.push(`product ${hit}`);
  }
  return { matches: true, met };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byName = (a: Candidate, b: Candidate) => cmp(a.name, b.name) || cmp(a.id, b.id);

/** The best of a pool by `better`, ties to the earlier name (no sort: one pass). */
function best(pool: readonly Candidate[], score: (c: Candidate) => number): Candidate {
  let top = pool[0] as Candidate;
  for (const c of pool) {
    const d = score(c) - score(top);
    if (d > 0 || (d === 0 && byName(c, top) < 0)) top = c;
  }
  return top;
}

/** The partner a strategy picks from an eligible pool (non-empty), with the reason in words. */
export function pickByStrategy(rule: RoutingRule, pool: readonly Candidate[]): { partner: Candidate; reason: string } {
  switch (rule.strategy) {
    case 'tier_weight': {
      // Load per weight: a partner two tiers up takes about twice the leads before it is passed over.
      const load = (c: Candidate) => (c.openLeads + 1) / Math.max(1, c.tierRank);
      const partner = best(pool, (c) => -load(c));
      return {
        partner,
        reason: `by tier weight: ${partner.tierName ?? 'no tier'} (weight ${Math.max(1, partner.tierRank)}) with ${partner.openLeads} open lead${partner.openLeads === 1 ? '' : 's'} had the lowest load per weight`,
      };
    }
    case 'performance': {
      const metricOf = (c: Candidate) => (rule.metricKey ? (c.metrics?.[rule.metricKey] ?? null) : null);
      const value = (c: Candidate) => metricOf(c) ?? Number.NEGATIVE_INFINITY;
      let partner = pool[0] as Candidate;
      for (const c of pool) {
        const d = value(c) === value(partner) ? partner.openLeads - c.openLeads : value(c) > value(partner) ? 1 : -1;
        if (d > 0 || (d === 0 && byName(c, partner) < 0)) partner = c;
      }
      return {
        partner,
        reason:
          metricOf(partner) === null
            ? `by performance (${rule.metricKey}): no partner has data yet, so the one with fewest open leads`
            : `by performance: the highest ${rule.metricKey} (${metricOf(partner)})`,
      };
    }
    case 'round_robin': {
      // The lowest id after the last one chosen, else the lowest id (wrapping round).
      const last = rule.lastPartnerId;
      let next: Candidate | null = null;
      let first = pool[0] as Candidate;
      for (const c of pool) {
        if (c.id < first.id) first = c;
        if (last !== null && c.id > last && (next === null || c.id < next.id)) next = c;
      }
      const partner = next ?? first;
      return { partner, reason: 'by round robin: next in turn' };
    }
    case 'capacity': {
      const free = (c: Candidate) => (rule.maxOpenLeads ?? Number.MAX_SAFE_INTEGER) - c.openLeads;
      const partner = best(pool, free);
      return {
        partner,
        reason:
          rule.maxOpenLeads === null
            ? `by capacity: the fewest open leads (${partner.openLeads})`
            : `by capacity: the most room (${partner.openLeads} of ${rule.maxOpenLeads} open leads)`,
      };
    }
  }
}

/**
 * Routes one lead: a direct segment is not routed to partners; otherwise the first rule (in
 * order) whose conditions the lead meets and that has an eligible partner chooses one by its
 * strategy. Not eligible: a partner outside the rule's list, not serving the lead's region, that
 * had the lead before, whose compliance blocks lead distribution, that competes in the lead's
 * segment or product, or at the rule's capacity. Every step is explained.
 */
export function routeLead(input: RoutingInput): RoutingDecision {
  const { lead, coverage } = input;
  const details: string[] = [`Coverage: ${coverage.reason}`];
  if (coverage.motion === 'direct') {
    return { outcome: 'direct', summary: `${coverage.reason}: kept for the direct team`, details };
  }
  for (const [index, rule] of input.rules.entries()) {
    const label = `Rule ${index + 1} “${rule.name}”`;
    const match = ruleMatches(rule, lead);
    if (!match.matches) {
      details.push(`${label} skipped: ${match.missed}`);
      continue;
    }
    const left: string[] = [];
    const pool = input.candidates.filter((c) => {
      const why = ineligible(rule, c, lead, input.excluded);
      if (why) left.push(`${c.name} (${why})`);
      return !why;
    });
    if (pool.length === 0) {
      details.push(`${label} matched but no partner is eligible${left.length ? `: ${left.join('; ')}` : ''}`);
      continue;
    }
    const { partner, reason } = pickByStrategy(rule, pool);
    const conditions = match.met.length ? match.met.join(', ') : 'every lead';
    if (left.length) details.push(`${label}: left out ${left.join('; ')}`);
    details.push(`${label} matched (${conditions}); ${pool.length} eligible; chose ${partner.name} ${reason}`);
    return {
      outcome: 'assigned',
      partnerId: partner.id,
      ruleId: rule.id,
      ruleName: rule.name,
      strategy: rule.strategy,
      summary: `Rule “${rule.name}” matched (${conditions}); chosen ${reason}`,
      details,
      lastPartnerId: partner.id,
    };
  }
  return {
    outcome: 'unrouted',
    summary:
      input.rules.length === 0
        ? 'No routing rule exists: assign it by hand'
        : 'No rule found an eligible partner: assign it by hand',
    details,
  };
}

function ineligible(rule: RoutingRule, c: Candidate, lead: LeadFacts, excluded: ReadonlyMap<string, string>): string | null {
  if (rule.partnerIds.length > 0 && !rule.partnerIds.includes(c.id)) return 'not in the rule’s partners';
  const before = excluded.get(c.id);
  if (before) return before;
  if (c.blockedBy.length > 0) return `compliance: ${c.blockedBy.join(', ')}`;
  if (c.competesIn.length > 0) return `competes in ${c.competesIn.join(', ')}`;
  if (lead.region && c.regions.length > 0 && !c.regions.includes(lead.region)) return `does not serve ${lead.region}`;
  if (rule.maxOpenLeads !== null && c.openLeads >= rule.maxOpenLeads)
    return `at capacity (${c.openLeads} of ${rule.maxOpenLeads} open)`;
  return null;
}

/** Readable numbers: LD-000042. */
export function formatLeadNumber(n: number): string {
  return `LD-${String(n).padStart(6, '0')}`;
}

/** Normalised domain for matching: the one rule every module matches companies by. */
export { normaliseDomain } from '../../shared/domains.js';
