import { addMonths, type IsoDate } from '../../shared/dates.js';
import type { FieldError } from '../../shared/errors.js';
import type { Money } from '../../shared/money.js';

/**
 * The alliance record's vocabulary and rules. The words are the alliance manager's own: ASAP's
 * alliance life cycle (seed 001), and seed 004's development stages, five commercial dimensions
 * and four-dimension strategic qualification test.
 */

/** What kind of alliance this is: how the two companies go to market and share the work. */
export const ALLIANCE_TYPES = [
  'referral',
  'reseller',
  'co_sell',
  'oem_embedded',
  'co_development',
  'joint_venture',
  'co_licensing',
  'co_investment',
  'other',
] as const;
export type AllianceType = (typeof ALLIANCE_TYPES)[number];

/**
 * ASAP's alliance life cycle: "alliance-specific strategy, analysis and selection of partners,
 * value-creating negotiations and trust building, operational planning, structuring and
 * governance, launch and management, and transformation or termination" — the last phase split
 * in its two ends, because they are different outcomes (decision 0110).
 */
export const ALLIANCE_PHASES = [
  'strategy',
  'partner_selection',
  'negotiation',
  'operational_planning',
  'structuring_governance',
  'launch_management',
  'transformation',
  'termination',
] as const;
export type AlliancePhase = (typeof ALLIANCE_PHASES)[number];

/** Seed 004's development stages, in order. */
export const DEVELOPMENT_STAGES = [
  'strategic_fit',
  'joint_value_proposition',
  'agreement_negotiation',
  'gtm_activation',
  'performance_review',
] as const;
export type DevelopmentStage = (typeof DEVELOPMENT_STAGES)[number];

export const SIDES = ['vendor', 'partner'] as const;
export type Side = (typeof SIDES)[number];

export type ChecklistItem = { key: string; stage: DevelopmentStage; label: string };

const item = (stage: DevelopmentStage, key: string, label: string): ChecklistItem => ({ key: `${stage}.${key}`, stage, label });

/**
 * Each stage's checklist, from seed 004's description of the stage. Every item needs a tick from
 * each side — the evidence that both took part ("each stage requiring bilateral participation").
 */
export const CHECKLIST: readonly ChecklistItem[] = [
  item('strategic_fit', 'qualification', 'Scored the four qualification dimensions'),
  item('strategic_fit', 'gaps_mapped', 'Mapped what each side provides and lacks in the target segment'),
  item('strategic_fit', 'leadership_intent', 'Leadership confirmed intent to plan jointly and be held accountable'),
  item('joint_value_proposition', 'articulated', 'Wrote the joint value proposition together'),
  item('joint_value_proposition', 'customer_validated', 'Tested it with customers of the target segment'),
  item('joint_value_proposition', 'contributions_acknowledged', 'Acknowledged what each side contributes and lacks'),
  item('agreement_negotiation', 'market_scope', 'Agreed the market scope (segments, territories, solution categories)'),
  item('agreement_negotiation', 'investments', 'Documented both sides’ investment commitments'),
  item('agreement_negotiation', 'joint_ip', 'Agreed joint IP governance and exclusivity or priority provisions'),
  item('agreement_negotiation', 'review_provisions', 'Agreed performance review and de-escalation provisions'),
  item('gtm_activation', 'joint_content', 'Produced and deployed joint solution content'),
  item('gtm_activation', 'co_sell', 'Set up and tested the co-sell process'),
  item('gtm_activation', 'target_accounts', 'Identified and approached target accounts together'),
  item('gtm_activation', 'first_win', 'Documented the first joint customer win'),
  item('performance_review', 'quarterly_review', 'Held a quarterly review of both sides’ commitment fulfilment'),
  item('performance_review', 'annual_review', 'Held the annual strategic review of the alliance’s assumptions'),
  item('performance_review', 'evolution_decided', 'Decided how the alliance evolves (scope, investment, terms)'),
];

export const CHECKLIST_KEYS = CHECKLIST.map((i) => i.key) as [string, ...string[]];

export type Tick = { itemKey: string; side: Side; done: boolean };

export type StageProgress = {
  stage: DevelopmentStage;
  itemCount: number;
  vendorDone: number;
  partnerDone: number;
  /** Items both sides ticked. */
  bothDone: number;
  /** Every item ticked by both sides. */
  complete: boolean;
  /** Both sides took part in the stage: each ticked at least one item. */
  bilateral: boolean;
};

/** How far each stage is, per side: an item counts as done for the stage only once both sides ticked it. */
export function stageProgress(ticks: readonly Tick[]): StageProgress[] {
  const done = new Set(ticks.filter((t) => t.done).map((t) => `${t.side}:${t.itemKey}`));
  return DEVELOPMENT_STAGES.map((stage) => {
    const items = CHECKLIST.filter((i) => i.stage === stage);
    const vendorDone = items.filter((i) => done.has(`vendor:${i.key}`)).length;
    const partnerDone = items.filter((i) => done.has(`partner:${i.key}`)).length;
    const bothDone = items.filter((i) => done.has(`vendor:${i.key}`) && done.has(`partner:${i.key}`)).length;
    return {
      stage,
      itemCount: items.length,
      vendorDone,
      partnerDone,
      bothDone,
      complete: bothDone === items.length,
      bilateral: vendorDone > 0 && partnerDone > 0,
    };
  });
}

export type Decision = { allowed: true } | { allowed: false; reason: string };

const STAGE_LABEL: Record<DevelopmentStage, string> = {
  strategic_fit: 'strategic fit assessment',
  joint_value_proposition: 'joint value proposition',
  agreement_negotiation: 'agreement negotiation',
  gtm_activation: 'joint go-to-market activation',
  performance_review: 'performance review and evolution',
};

/**
 * The alliance moves on one stage at a time, and only once both sides have completed the stage it
 * leaves (every checklist item ticked by each side); going back is always allowed (an annual
 * review that reopens the value proposition).
 */
export function mayMoveToStage(from: DevelopmentStage, to: DevelopmentStage, progress: readonly StageProgress[]): Decision {
  const a = DEVELOPMENT_STAGES.indexOf(from);
  const b = DEVELOPMENT_STAGES.indexOf(to);
  if (b <= a) return { allowed: true };
  if (b > a + 1)
    return {
      allowed: false,
      reason: `must follow ${STAGE_LABEL[from]} with ${STAGE_LABEL[DEVELOPMENT_STAGES[a + 1] as DevelopmentStage]}`,
    };
  const current = progress.find((p) => p.stage === from);
  if (!current?.complete) {
    const left = current ? current.itemCount - current.bothDone : 0;
    return {
      allowed: false,
      reason: `needs ${STAGE_LABEL[from]} completed by both sides first (${left} checklist item${left === 1 ? '' : 's'} still missing a side’s tick)`,
    };
  }
  return { allowed: true };
}

// ——— Commercial design: seed 004's five dimensions ———

export const CADENCES = ['monthly', 'quarterly', 'semiannual', 'annual'] as const;
export type Cadence = (typeof CADENCES)[number];

export type ValueProposition = { statement: string; targetCustomer: string; outcome: string; customerValidated: boolean };
export type MarketScope = { segments: string[]; territories: string[]; solutionCategories: string[] };
export type SideInvestment = {
  coMarketingBudget: Money | null;
  presalesPeople: number | null;
  engineeringDaysPerQuarter: number | null;
  executiveHoursPerQuarter: number | null;
  notes: string;
};
export type Governance = { cadence: Cadence | null; decisionRights: string; escalationPath: string };
export type PerformanceMetric = { name: string; side: Side | 'joint'; target: string };
export type Performance = { metrics: PerformanceMetric[]; frequency: Cadence | null; consequences: string };

export const VALUE_CAPTURE_MECHANISMS = [
  'hardware_margin',
  'resale_margin',
  'subscription_share',
  'revenue_share',
  'per_event_fee',
  'referral_fee',
  'licence_fee',
  'royalty',
  'services_revenue',
  'equity_share',
  'other',
] as const;
export type ValueCaptureMechanism = (typeof VALUE_CAPTURE_MECHANISMS)[number];

/** One way a party earns from the joint offering, with its parameters. */
export type ValueCapture = {
  mechanism: ValueCaptureMechanism;
  /** A share or margin, 0–100 (two decimals). */
  percent: number | null;
  /** A fee per event, per referral, per licence. */
  amount: Money | null;
  /** What the percent or amount applies to: "list price of the appliance", "each closed-won referral". */
  basis: string;
};

export type CommercialDesign = {
  valueProposition: ValueProposition;
  marketScope: MarketScope;
  investment: { vendor: SideInvestment; partner: SideInvestment };
  governance: Governance;
  performance: Performance;
  valueCapture: { vendor: ValueCapture[]; partner: ValueCapture[] };
};

const noInvestment = (): SideInvestment => ({
  coMarketingBudget: null,
  presalesPeople: null,
  engineeringDaysPerQuarter: null,
  executiveHoursPerQuarter: null,
  notes: '',
});

export function emptyDesign(): CommercialDesign {
  return {
    valueProposition: { statement: '', targetCustomer: '', outcome: '', customerValidated: false },
    marketScope: { segments: [], territories: [], solutionCategories: [] },
    investment: { vendor: noInvestment(), partner: noInvestment() },
    governance: { cadence: null, decisionRights: '', escalationPath: '' },
    performance: { metrics: [], frequency: null, consequences: '' },
    valueCapture: { vendor: [], partner: [] },
  };
}

export const DESIGN_DIMENSIONS = ['valueProposition', 'marketScope', 'investment', 'governance', 'performance'] as const;
export type DesignDimension = (typeof DESIGN_DIMENSIONS)[number];

export type DimensionCheck = { dimension: DesignDimension; explicit: boolean; missing: string[] };
export type Sponsors = { vendor: boolean; partner: boolean };

const blank = (s: string) => s.trim().length === 0;
const quantified = (i: SideInvestment) =>
  (i.coMarketingBudget?.amount ?? 0) > 0 ||
  (i.presalesPeople ?? 0) > 0 ||
  (i.engineeringDaysPerQuarter ?? 0) > 0 ||
  (i.executiveHoursPerQuarter ?? 0) > 0;
/** Seed 004: "quarterly strategic reviews minimum". */
const AT_LEAST_QUARTERLY: readonly Cadence[] = ['monthly', 'quarterly'];

/**
 * Whether each of the five commercial dimensions is designed explicitly, and what is missing
 * where not (decision 0112). Seed 004: "the absence of explicit design in any dimension produces
 * a relationship that defaults to standard program management behavior".
 */
export function checkDesign(design: CommercialDesign, sponsors: Sponsors): DimensionCheck[] {
  const check = (dimension: DesignDimension, missing: (string | false)[]): DimensionCheck => {
    const m = missing.filter((x): x is string => x !== false);
    return { dimension, explicit: m.length === 0, missing: m };
  };
  const vp = design.valueProposition;
  const scope = design.marketScope;
  const inv = design.investment;
  const gov = design.governance;
  const perf = design.performance;
  return [
    check('valueProposition', [
      blank(vp.statement) && 'the joint value proposition statement',
      blank(vp.targetCustomer) && 'the target customer segment it is for',
      blank(vp.outcome) && 'the specific outcome it enables',
    ]),
    check('marketScope', [
      scope.segments.length === 0 && 'at least one customer segment',
      scope.territories.length === 0 && 'at least one territory',
      scope.solutionCategories.length === 0 && 'at least one solution category',
    ]),
    check('investment', [
      !quantified(inv.vendor) && 'a quantified vendor commitment (budget, pre-sales people, engineering days or executive hours)',
      !quantified(inv.partner) &&
        'a quantified partner commitment (budget, pre-sales people, engineering days or executive hours)',
    ]),
    check('governance', [
      !sponsors.vendor && 'a named vendor executive sponsor',
      !sponsors.partner && 'a named partner executive sponsor',
      gov.cadence === null
        ? 'an engagement cadence'
        : !AT_LEAST_QUARTERLY.includes(gov.cadence) && 'a cadence of at least quarterly strategic reviews',
      blank(gov.decisionRights) && 'the decision rights',
      blank(gov.escalationPath) && 'the escalation path',
    ]),
    check('performance', [
      !perf.metrics.some((m) => m.side === 'vendor' || m.side === 'joint') && 'a metric the vendor is held to',
      !perf.metrics.some((m) => m.side === 'partner' || m.side === 'joint') && 'a metric the partner is held to',
      perf.frequency === null && 'a measurement frequency',
      blank(perf.consequences) && 'the consequences of sustained underperformance',
    ]),
  ];
}

/** How many of the five dimensions are explicit (the `alliances.design_explicit` metric). */
export function explicitCount(checks: readonly DimensionCheck[]): number {
  return checks.filter((c) => c.explicit).length;
}

const PERCENT_MECHANISMS: readonly ValueCaptureMechanism[] = [
  'hardware_margin',
  'resale_margin',
  'subscription_share',
  'revenue_share',
  'royalty',
  'equity_share',
];
const FEE_MECHANISMS: readonly ValueCaptureMechanism[] = ['per_event_fee', 'referral_fee', 'licence_fee'];

/**
 * A value-capture mechanism carries the parameter that makes it computable: a margin or share its
 * percent, a fee its amount (a referral fee may be either); `path` prefixes the problems
 * (`valueCapture.vendor.0.percent`).
 */
export function valueCaptureProblems(entries: readonly ValueCapture[], path: string): FieldError[] {
  const problems: FieldError[] = [];
  entries.forEach((e, i) => {
    const at = `${path}.${i}`;
    if (PERCENT_MECHANISMS.includes(e.mechanism) && e.percent === null) {
      problems.push({ path: `${at}.percent`, message: `is required for ${e.mechanism.replaceAll('_', ' ')}` });
    }
    if (e.mechanism === 'referral_fee' && e.percent === null && e.amount === null) {
      problems.push({ path: `${at}.amount`, message: 'is required for a referral fee (or give a percent)' });
    } else if (FEE_MECHANISMS.includes(e.mechanism) && e.mechanism !== 'referral_fee' && e.amount === null) {
      problems.push({ path: `${at}.amount`, message: `is required for a ${e.mechanism.replaceAll('_', ' ')}` });
    }
    if (
      (e.mechanism === 'other' || e.mechanism === 'services_revenue') &&
      blank(e.basis) &&
      e.percent === null &&
      e.amount === null
    ) {
      problems.push({ path: `${at}.basis`, message: 'must say how this party earns' });
    }
  });
  return problems;
}

// ——— Strategic qualification test ———

export const QUALIFICATION_DIMENSIONS = ['marketAccess', 'capability', 'commitment', 'alignment'] as const;
export type QualificationDimension = (typeof QUALIFICATION_DIMENSIONS)[number];

export const DIMENSION_LABEL: Record<QualificationDimension, string> = {
  marketAccess: 'Market-access complementarity',
  capability: 'Capability complementarity',
  commitment: 'Organisational commitment signals',
  alignment: 'Strategic alignment',
};

export type Scores = Record<QualificationDimension, number>;

export const RECOMMENDATIONS = ['strategic_candidate', 'premier_tier_only'] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];

/** A dimension scores "highly" at 4 or 5 of 5 (decision 0111). */
export const HIGH_SCORE = 4;
/** Sides that differ by this many points or more disagree, and the reasons say so. */
export const DISAGREEMENT_POINTS = 2;

export type DimensionResult = {
  dimension: QualificationDimension;
  vendor: number | null;
  partner: number | null;
  /** The lower of the two sides' scores (either side's alone while the other has not scored). */
  combined: number;
  disagreement: boolean;
};

export type QualificationResult = {
  recommendation: Recommendation;
  /** Only one side has scored: the partner's (or the vendor's) own assessment is still to come. */
  provisional: boolean;
  /** Sum of the combined scores over the maximum, 20–100. */
  scorePercent: number;
  dimensions: DimensionResult[];
  reasons: string[];
};

/**
 * Seed 004: "Partners who score highly on all four dimensions are candidates for strategic
 * partnership investment; partners who score highly only on revenue volume are candidates for
 * premier tier recognition." Each dimension combines the two sides by the lower score — a
 * strategic partnership needs both to see it — so a candidate scores 4+ on all four on both
 * sides; a 2-point gap is shown as a disagreement to discuss (decision 0111).
 */
export function qualify(vendor: Scores | null, partner: Scores | null): QualificationResult | null {
  if (!vendor && !partner) return null;
  const dimensions = QUALIFICATION_DIMENSIONS.map((dimension): DimensionResult => {
    const v = vendor?.[dimension] ?? null;
    const p = partner?.[dimension] ?? null;
    const combined = Math.min(v ?? 5, p ?? 5);
    return {
      dimension,
      vendor: v,
      partner: p,
      combined,
      disagreement: v !== null && p !== null && Math.abs(v - p) >= DISAGREEMENT_POINTS,
    };
  });
  const low = dimensions.filter((d) => d.combined < HIGH_SCORE);
  const reasons: string[] = [];
  for (const d of dimensions) {
    const label = DIMENSION_LABEL[d.dimension];
    if (d.combined >= HIGH_SCORE) reasons.push(`${label} scores ${d.combined} of 5`);
    else reasons.push(`${label} scores only ${d.combined} of 5 (needs ${HIGH_SCORE})`);
  }
  for (const d of dimensions.filter((x) => x.disagreement)) {
    reasons.push(`The sides disagree on ${DIMENSION_LABEL[d.dimension].toLowerCase()}: vendor ${d.vendor}, partner ${d.partner}`);
  }
  const provisional = !vendor || !partner;
  if (provisional)
    reasons.push(vendor ? 'Provisional: the partner has not scored yet' : 'Provisional: the vendor has not scored yet');
  const total = dimensions.reduce((s, d) => s + d.combined, 0);
  return {
    recommendation: low.length === 0 ? 'strategic_candidate' : 'premier_tier_only',
    provisional,
    scorePercent: Math.round((total / (5 * QUALIFICATION_DIMENSIONS.length)) * 100),
    dimensions,
    reasons,
  };
}

/** The test is re-run at each annual review: due twelve months after the latest run. */
export function qualificationDueOn(lastRunOn: IsoDate | null): IsoDate | null {
  return lastRunOn === null ? null : addMonths(lastRunOn, 12);
}

/**
 * Remind the alliance's owner once per due period: when the latest run is twelve months old and
 * no reminder was sent since it became due.
 */
export function needsRerunReminder(lastRunOn: IsoDate | null, remindedOn: IsoDate | null, today: IsoDate): boolean {
  const due = qualificationDueOn(lastRunOn);
  if (due === null || due > today) return false;
  return remindedOn === null || remindedOn < due;
}

/** Sides of an alliance with a named executive sponsor, 0–2 (the partner's: a portal user or a contact). */
export function sponsorSides(a: {
  vendorSponsorId: string | null;
  partnerSponsorUserId: string | null;
  partnerSponsorContactId: string | null;
}): number {
  return (a.vendorSponsorId ? 1 : 0) + (a.partnerSponsorUserId || a.partnerSponsorContactId ? 1 : 0);
}
