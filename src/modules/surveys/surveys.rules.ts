/**
 * The rules of partner surveys: what an answer may hold, how a round's answers add up per side
 * (the vendor-vs-partner perception gap of the health diagnostic), the Net Promoter Score, the
 * partner-experience (PX) trend, and when a recurring round is due. Pure: data in, decision out.
 */
import { addDays, type IsoDate } from '../../shared/dates.js';

export const SURVEY_KINDS = ['health_diagnostic', 'nps', 'px'] as const;
export type SurveyKind = (typeof SURVEY_KINDS)[number];

/** `agreement`: 1 strongly disagree … 5 strongly agree; `nps`: 0 not at all likely … 10 extremely likely. */
export const QUESTION_SCALES = ['agreement', 'nps'] as const;
export type QuestionScale = (typeof QUESTION_SCALES)[number];

export const ROUND_STATUSES = ['scheduled', 'open', 'closed'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

export const SIDES = ['vendor', 'partner'] as const;
export type Side = (typeof SIDES)[number];

export const CADENCES = ['off', 'quarterly', 'half_yearly'] as const;
export type Cadence = (typeof CADENCES)[number];

/** The dimensions of seed 001's ASAP partner health diagnostic, and of the PX survey. */
export const DIAGNOSTIC_DIMENSIONS = [
  'trust',
  'commitments',
  'problem_resolution',
  'communication',
  'strategic_alignment',
  'value',
  'fit',
] as const;
export const PX_DIMENSIONS = ['communication', 'support', 'enablement', 'ease_of_doing_business'] as const;

export type Question = { id: string; text: string; dimension: string; scale: QuestionScale };
export type AnswerInput = { questionId: string; score: number; comment?: string | null };
export type FieldProblem = { path: string; message: string };

export function scaleRange(scale: QuestionScale): { min: number; max: number } {
  return scale === 'nps' ? { min: 0, max: 10 } : { min: 1, max: 5 };
}

/** The scale a kind's questions use: NPS asks 0–10, the others 1–5 agreement. */
export function scaleOfKind(kind: SurveyKind): QuestionScale {
  return kind === 'nps' ? 'nps' : 'agreement';
}

/**
 * An answer names questions of the round, once each, with a whole score on the question's scale.
 * Questions may be skipped ("don't know" is honest), but an answer holds at least one score.
 */
export function answerProblems(questions: readonly Question[], answers: readonly AnswerInput[]): FieldProblem[] {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const problems: FieldProblem[] = [];
  if (answers.length === 0) problems.push({ path: 'answers', message: 'must answer at least one question' });
  const seen = new Set<string>();
  answers.forEach((answer, i) => {
    const question = byId.get(answer.questionId);
    if (!question) {
      problems.push({ path: `answers.${i}.questionId`, message: 'is not a question of this survey' });
      return;
    }
    if (seen.has(answer.questionId)) {
      problems.push({ path: `answers.${i}.questionId`, message: 'is answered twice' });
      return;
    }
    seen.add(answer.questionId);
    const { min, max } = scaleRange(question.scale);
    if (!Number.isInteger(answer.score) || answer.score < min || answer.score > max) {
      problems.push({ path: `answers.${i}.score`, message: `must be a whole number from ${min} to ${max}` });
    }
  });
  return problems;
}

/** A template's questions: at least one, unique ids, a dimension each, the kind's scale. */
export function templateProblems(kind: SurveyKind, questions: readonly Question[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (questions.length === 0) problems.push({ path: 'questions', message: 'must hold at least one question' });
  if (kind === 'nps' && !questions.some((q) => q.scale === 'nps')) {
    problems.push({ path: 'questions', message: 'an NPS survey asks one 0–10 question' });
  }
  const seen = new Set<string>();
  questions.forEach((q, i) => {
    if (seen.has(q.id)) problems.push({ path: `questions.${i}.id`, message: 'is used twice' });
    seen.add(q.id);
    if (kind !== 'nps' && q.scale === 'nps') {
      problems.push({ path: `questions.${i}.scale`, message: 'only an NPS survey asks a 0–10 question' });
    }
  });
  return problems;
}

export type Decision = { allowed: true } | { allowed: false; reason: string };

/**
 * A person answers a round while it is open (from its opening day to its closing day, in the
 * organisation's calendar) and only if they were asked; they may change their answer until it closes.
 */
export function mayAnswer(
  round: { status: RoundStatus; opensOn: IsoDate; closesOn: IsoDate },
  today: IsoDate,
  isRecipient: boolean,
): Decision {
  if (round.status === 'closed' || today > round.closesOn) {
    return { allowed: false, reason: `the survey closed on ${round.closesOn}; answers are no longer taken` };
  }
  if (round.status === 'scheduled' || today < round.opensOn) {
    return { allowed: false, reason: `the survey opens on ${round.opensOn}` };
  }
  if (!isRecipient) return { allowed: false, reason: 'you were not asked to answer this survey' };
  return { allowed: true };
}

/** The status a round should have today: scheduled before it opens, closed after its closing day. */
export function roundStatusOn(round: { status: RoundStatus; opensOn: IsoDate; closesOn: IsoDate }, today: IsoDate): RoundStatus {
  if (round.status === 'closed' || today > round.closesOn) return 'closed';
  return today < round.opensOn ? 'scheduled' : 'open';
}

/** Recipients who have not answered are reminded once, this many days before the round closes. */
export function reminderDue(round: { status: RoundStatus; closesOn: IsoDate }, today: IsoDate, daysBefore: number): boolean {
  return round.status === 'open' && today <= round.closesOn && today >= addDays(round.closesOn, -daysBefore);
}

export type SideStat = { average: number | null; count: number };
export type GapLine = {
  vendor: SideStat;
  partner: SideStat;
  /**
   * Vendor average minus partner average, in scale points (rounded to 0.01): positive when the
   * vendor's people are more positive than the partner's, negative when the partner's are.
   * Null unless both sides answered.
   */
  gap: number | null;
  /** |gap| reaches the organisation's threshold (default 1 point on the 1–5 scale). */
  flagged: boolean;
};
export type QuestionResult = GapLine & { questionId: string; text: string; dimension: string; scale: QuestionScale };
export type DimensionResult = GapLine & { dimension: string };
export type ScoredAnswer = { questionId: string; side: Side; score: number };

const round2 = (n: number) => Math.round(n * 100) / 100;

function stat(scores: readonly number[]): SideStat {
  if (scores.length === 0) return { average: null, count: 0 };
  return { average: round2(scores.reduce((s, x) => s + x, 0) / scores.length), count: scores.length };
}

function gapLine(vendor: readonly number[], partner: readonly number[], threshold: number): GapLine {
  const v = stat(vendor);
  const p = stat(partner);
  // The gap is of the exact means, rounded once, so 4.333 − 3.25 is 1.08 and not 4.33 − 3.25.
  const exact =
    vendor.length > 0 && partner.length > 0
      ? vendor.reduce((s, x) => s + x, 0) / vendor.length - partner.reduce((s, x) => s + x, 0) / partner.length
      : null;
  const gap = exact === null ? null : round2(exact);
  return { vendor: v, partner: p, gap, flagged: exact !== null && Math.abs(exact) >= threshold - 1e-9 };
}

/** A 1–5 average as 0–100 (1 → 0, 3 → 50, 5 → 100). */
export function agreementPercent(average: number): number {
  return Math.round(((average - 1) / 4) * 1000) / 10;
}

export type RoundSummary = {
  questions: QuestionResult[];
  dimensions: DimensionResult[];
  overall: GapLine;
  /**
   * The diagnostic score, 0–100: each side's average over the agreement questions as a percent,
   * then the two sides averaged (one side alone when only it answered), so twenty partner answers
   * do not drown three vendor ones. Null without answers.
   */
  score: number | null;
  /** |vendor − partner| in points of that 0–100 score; null unless both sides answered. */
  perceptionGap: number | null;
  nps: NpsResult | null;
};

/** Per question and per dimension, each side's average and the perception gap (table-tested). */
export function summariseRound(
  questions: readonly Question[],
  answers: readonly ScoredAnswer[],
  threshold: number,
): RoundSummary {
  const of = (ids: Set<string>, side: Side) =>
    answers.filter((a) => ids.has(a.questionId) && a.side === side).map((a) => a.score);
  const perQuestion = questions.map((q) => {
    const ids = new Set([q.id]);
    return {
      questionId: q.id,
      text: q.text,
      dimension: q.dimension,
      scale: q.scale,
      ...gapLine(of(ids, 'vendor'), of(ids, 'partner'), threshold),
    };
  });
  const agreement = questions.filter((q) => q.scale === 'agreement');
  const dimensions = [...new Set(agreement.map((q) => q.dimension))].map((dimension) => {
    const ids = new Set(agreement.filter((q) => q.dimension === dimension).map((q) => q.id));
    return { dimension, ...gapLine(of(ids, 'vendor'), of(ids, 'partner'), threshold) };
  });
  const agreementIds = new Set(agreement.map((q) => q.id));
  const overall = gapLine(of(agreementIds, 'vendor'), of(agreementIds, 'partner'), threshold);
  const sides = [overall.vendor.average, overall.partner.average].filter((a): a is number => a !== null);
  const exactSide = (side: Side) => {
    const s = of(agreementIds, side);
    return s.length === 0 ? null : agreementPercent(s.reduce((x, y) => x + y, 0) / s.length);
  };
  const vPct = exactSide('vendor');
  const pPct = exactSide('partner');
  const pcts = [vPct, pPct].filter((x): x is number => x !== null);
  const npsQuestions = new Set(questions.filter((q) => q.scale === 'nps').map((q) => q.id));
  const npsScores = answers.filter((a) => npsQuestions.has(a.questionId) && a.side === 'partner').map((a) => a.score);
  return {
    questions: perQuestion,
    dimensions,
    overall,
    score: sides.length === 0 ? null : Math.round((pcts.reduce((s, x) => s + x, 0) / pcts.length) * 10) / 10,
    perceptionGap: vPct !== null && pPct !== null ? Math.round(Math.abs(vPct - pPct) * 10) / 10 : null,
    nps: npsQuestions.size > 0 ? npsOf(npsScores) : null,
  };
}

export type NpsResult = { nps: number | null; promoters: number; passives: number; detractors: number; count: number };

/** NPS = % promoters (9–10) − % detractors (0–6), rounded to a whole number; null without answers. */
export function npsOf(scores: readonly number[]): NpsResult {
  const promoters = scores.filter((s) => s >= 9).length;
  const detractors = scores.filter((s) => s <= 6).length;
  const count = scores.length;
  return {
    nps: count === 0 ? null : Math.round(((promoters - detractors) / count) * 100),
    promoters,
    passives: count - promoters - detractors,
    detractors,
    count,
  };
}

export type PeriodValue = { period: string; value: number | null };
export type TrendPoint = PeriodValue & { change: number | null };

/** A series in period order with the change from the previous period that has a value. */
export function trendOf(points: readonly PeriodValue[]): TrendPoint[] {
  const sorted = [...points].sort((a, b) => a.period.localeCompare(b.period));
  let previous: number | null = null;
  return sorted.map((p) => {
    const change = p.value !== null && previous !== null ? Math.round((p.value - previous) * 100) / 100 : null;
    if (p.value !== null) previous = p.value;
    return { ...p, change };
  });
}

/**
 * The calendar period a round belongs to, from its opening day: quarters (`2026-Q4`) for PX and
 * diagnostics, halves (`2026-H2`) for NPS — the cadences the surveys run at. Calendar, not fiscal:
 * survey trends compare like with like, and a fiscal year change would break the series.
 */
export function periodOf(date: IsoDate, cadence: 'quarterly' | 'half_yearly'): string {
  const year = date.slice(0, 4);
  const month = Number(date.slice(5, 7));
  return cadence === 'quarterly' ? `${year}-Q${Math.ceil(month / 3)}` : `${year}-H${month <= 6 ? 1 : 2}`;
}

export function cadenceOfKind(kind: SurveyKind): 'quarterly' | 'half_yearly' {
  return kind === 'nps' ? 'half_yearly' : 'quarterly';
}

/**
 * A recurring survey opens a round for the current period once: due when its cadence is on and no
 * recurring round of that kind exists for the period yet.
 */
export function recurringDue(
  cadence: Cadence,
  today: IsoDate,
  openedPeriods: ReadonlySet<string>,
): { due: false } | { due: true; period: string } {
  if (cadence === 'off') return { due: false };
  const period = periodOf(today, cadence);
  return openedPeriods.has(period) ? { due: false } : { due: true, period };
}

/** A 1–5 score of agreement words, for labels. */
export const AGREEMENT_LABELS = ['Strongly disagree', 'Disagree', 'Neither', 'Agree', 'Strongly agree'] as const;
