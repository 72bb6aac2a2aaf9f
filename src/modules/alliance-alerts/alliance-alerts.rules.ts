/**
 * "Strategic in name only" and seed 004's three failure modes, as pure rules over metric values
 * (decision 0152). Each metric arrives as measured or not: a metric whose module is not installed
 * is "not measured" and never raises an alarm; a measured metric with no value is what its
 * module says it means (no sponsor recorded, no plan, never reviewed, nothing due yet).
 */

/** The metrics the rules read, by the keys their modules provide. */
export const ALERT_METRICS = {
  sponsorsNamed: 'alliances.sponsors_named',
  currentPlan: 'plans.current_plan',
  daysSinceReview: 'governance.days_since_review',
  commitmentAsymmetry: 'plans.commitment_asymmetry',
  jvpPublished: 'value.jvp_published',
  jvpUses90d: 'value.jvp_uses_90d',
} as const;

export type Measure = { measured: boolean; value: number | null };
export const NOT_MEASURED: Measure = { measured: false, value: null };

export type AllianceFacts = {
  lifecycleStage: string;
  /** standard | strategic | strategic_alliance (the partner's designation). */
  designation: string;
  metrics: Partial<Record<string, Measure>>;
};

export type Thresholds = {
  /** A strategic partner needs a governance meeting (QBR, JSC, executive review) at least this often. */
  reviewWithinDays: number;
  /** Points of commitment fulfilment between the two sides above which the alliance is asymmetric. */
  maxAsymmetry: number;
};

/**
 * The product’s limits (PRODUCT.md module 7): what an organisation that never changed them gets.
 * An admin sets its own (`alliance_alert_settings`, decision 0170); the service passes them in.
 */
export const DEFAULT_THRESHOLDS: Thresholds = { reviewWithinDays: 120, maxAsymmetry: 25 };

/** The range an admin may set each limit in: a week to two years between reviews; 0–100 points. */
export const THRESHOLD_LIMITS = {
  reviewWithinDays: { min: 7, max: 730 },
  maxAsymmetry: { min: 0, max: 100 },
} as const satisfies Record<keyof Thresholds, { min: number; max: number }>;

export const REASON_CODES = ['no_executive_sponsor', 'no_current_plan', 'no_recent_review', 'commitment_asymmetry'] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

/** Why a partner is flagged: the code, words for people, and the metric value that shows it. */
export type Reason = { code: ReasonCode; message: string; metric: string; value: number | null };

export const FAILURE_MODES = ['designation_without_governance', 'jvp_without_deployment', 'asymmetric_commitment'] as const;
export type FailureModeCode = (typeof FAILURE_MODES)[number];

export type Evidence = { metric: string; value: number | null; message: string };
export type FailureMode = { code: FailureModeCode; label: string; evidence: Evidence[] };

export const FAILURE_MODE_LABELS: Record<FailureModeCode, string> = {
  designation_without_governance: 'Designation without governance',
  jvp_without_deployment: 'Joint value proposition without deployment',
  asymmetric_commitment: 'Asymmetric commitment',
};

const measure = (facts: AllianceFacts, key: string): Measure => facts.metrics[key] ?? NOT_MEASURED;

/** Stages in which a partner is on its way out: no longer held to a strategic partner's governance. */
const LEAVING = ['offboarding', 'terminated'];

/**
 * A partner designated strategic (designation strategic or strategic alliance) or in the
 * strategic lifecycle stage, unless it is leaving: what the alert holds to a strategic partner's
 * governance ("designated strategic" is seed 004's first failure mode).
 */
export function isStrategic(facts: Pick<AllianceFacts, 'lifecycleStage' | 'designation'>): boolean {
  if (LEAVING.includes(facts.lifecycleStage)) return false;
  return facts.lifecycleStage === 'strategic' || facts.designation !== 'standard';
}

/** The governance gaps of an alliance, whatever its designation (the first three reasons). */
function governanceGaps(facts: AllianceFacts, t: Thresholds): Reason[] {
  const reasons: Reason[] = [];
  const sponsors = measure(facts, ALERT_METRICS.sponsorsNamed);
  if (sponsors.measured && (sponsors.value ?? 0) === 0) {
    reasons.push({
      code: 'no_executive_sponsor',
      message: 'No executive sponsor is named on either side',
      metric: ALERT_METRICS.sponsorsNamed,
      value: sponsors.value,
    });
  }
  const plan = measure(facts, ALERT_METRICS.currentPlan);
  if (plan.measured && plan.value !== 1) {
    reasons.push({
      code: 'no_current_plan',
      message: 'No approved joint business plan covers today',
      metric: ALERT_METRICS.currentPlan,
      value: plan.value,
    });
  }
  const review = measure(facts, ALERT_METRICS.daysSinceReview);
  if (review.measured && (review.value === null || review.value > t.reviewWithinDays)) {
    reasons.push({
      code: 'no_recent_review',
      message:
        review.value === null
          ? 'No governance meeting (QBR, JSC or executive review) has ever been held'
          : `No governance meeting in ${review.value} days (the limit is ${t.reviewWithinDays})`,
      metric: ALERT_METRICS.daysSinceReview,
      value: review.value,
    });
  }
  return reasons;
}

function asymmetry(facts: AllianceFacts, t: Thresholds): Reason | null {
  const gap = measure(facts, ALERT_METRICS.commitmentAsymmetry);
  if (!gap.measured || gap.value === null || gap.value <= t.maxAsymmetry) return null;
  return {
    code: 'commitment_asymmetry',
    message: `Commitment fulfilment differs by ${gap.value} points between the sides (the limit is ${t.maxAsymmetry})`,
    metric: ALERT_METRICS.commitmentAsymmetry,
    value: gap.value,
  };
}

/**
 * "Strategic in name only": a partner in the strategic lifecycle stage with no executive sponsor
 * on either side, no current plan, no governance meeting within the limit, or commitment
 * asymmetry above the limit. Answers every reason that holds; none means not flagged.
 */
export function strategicInNameOnly(facts: AllianceFacts, t: Thresholds = DEFAULT_THRESHOLDS): Reason[] {
  if (!isStrategic(facts)) return [];
  const gap = asymmetry(facts, t);
  return [...governanceGaps(facts, t), ...(gap ? [gap] : [])];
}

/**
 * Seed 004's three most common failures, each with its evidence: designation without governance
 * (a strategic partner with a governance gap), a joint value proposition published but not used
 * in the 90 days before, and asymmetric commitment.
 */
export function failureModes(facts: AllianceFacts, t: Thresholds = DEFAULT_THRESHOLDS): FailureMode[] {
  const modes: FailureMode[] = [];
  if (isStrategic(facts)) {
    const gaps = governanceGaps(facts, t);
    if (gaps.length > 0) {
      modes.push({
        code: 'designation_without_governance',
        label: FAILURE_MODE_LABELS.designation_without_governance,
        evidence: gaps.map(({ metric, value, message }) => ({ metric, value, message })),
      });
    }
  }
  const published = measure(facts, ALERT_METRICS.jvpPublished);
  const uses = measure(facts, ALERT_METRICS.jvpUses90d);
  if (published.measured && published.value === 1 && uses.measured && (uses.value ?? 0) === 0) {
    modes.push({
      code: 'jvp_without_deployment',
      label: FAILURE_MODE_LABELS.jvp_without_deployment,
      evidence: [
        { metric: ALERT_METRICS.jvpPublished, value: 1, message: 'A joint value proposition is published' },
        {
          metric: ALERT_METRICS.jvpUses90d,
          value: uses.value,
          message: 'No value-calculator session, campaign, deal, opportunity or content used it in the last 90 days',
        },
      ],
    });
  }
  const gap = asymmetry(facts, t);
  if (gap) {
    modes.push({
      code: 'asymmetric_commitment',
      label: FAILURE_MODE_LABELS.asymmetric_commitment,
      evidence: [{ metric: gap.metric, value: gap.value, message: gap.message }],
    });
  }
  return modes;
}

/** What the job decides for one partner from its last stored state and today's reasons. */
export type Transition = 'became_flagged' | 'cleared' | 'unchanged';

export function alertTransition(wasFlagged: boolean | null, reasons: readonly Reason[]): Transition {
  const flagged = reasons.length > 0;
  if (flagged && !wasFlagged) return 'became_flagged';
  if (!flagged && wasFlagged) return 'cleared';
  return 'unchanged';
}
