import type { FieldError } from '../../shared/errors.js';

/**
 * The innovation funnel: an idea moves one stage at a time from submission through feasibility,
 * prototype and pilot to launch, or is stopped (with a reason) at any stage before launch.
 * Launch and stopped are final. Reviewers score each idea's value and feasibility 1–5.
 */
export const IDEA_STAGES = ['submission', 'feasibility', 'prototype', 'pilot', 'launch', 'stopped'] as const;
export type IdeaStage = (typeof IDEA_STAGES)[number];

/** The funnel's stages in order (without `stopped`). */
export const FUNNEL_STAGES = [
  'submission',
  'feasibility',
  'prototype',
  'pilot',
  'launch',
] as const satisfies readonly IdeaStage[];

export type Decision = { allowed: true } | { allowed: false; reason: string };

export function isFinal(stage: IdeaStage): boolean {
  return stage === 'launch' || stage === 'stopped';
}

/** The stage after `stage`, or null at the end. */
export function nextStage(stage: IdeaStage): IdeaStage | null {
  const i = FUNNEL_STAGES.indexOf(stage as (typeof FUNNEL_STAGES)[number]);
  return i < 0 || i === FUNNEL_STAGES.length - 1 ? null : (FUNNEL_STAGES[i + 1] ?? null);
}

/**
 * A stage decision: forward to the next stage only (no skipping: each gate is a decision), or
 * stop with a reason; nothing moves out of launch or stopped.
 */
export function decideStage(from: IdeaStage, to: IdeaStage, reason: string): Decision {
  if (isFinal(from)) return { allowed: false, reason: `an idea at ${from} is final` };
  if (to === 'stopped') {
    return reason.trim() ? { allowed: true } : { allowed: false, reason: 'stopping an idea needs a reason' };
  }
  if (to === from) return { allowed: false, reason: `the idea is at ${from} already` };
  const next = nextStage(from);
  return to === next ? { allowed: true } : { allowed: false, reason: `from ${from} an idea moves to ${next} or is stopped` };
}

/** Only an idea still at submission is edited by its side; after that, decisions change it. */
export function mayEditIdea(stage: IdeaStage): boolean {
  return stage === 'submission';
}

export type Score = { value: number; feasibility: number };

export function scoreProblems(score: Score): FieldError[] {
  const problems: FieldError[] = [];
  for (const key of ['value', 'feasibility'] as const) {
    if (!Number.isInteger(score[key]) || score[key] < 1 || score[key] > 5)
      problems.push({ path: key, message: 'must be a whole number from 1 to 5' });
  }
  return problems;
}

/** The reviewers' average per criterion, to one decimal in tenths (42 = 4.2); null without scores. */
export function averageScores(scores: readonly Score[]): { value: number | null; feasibility: number | null; count: number } {
  if (scores.length === 0) return { value: null, feasibility: null, count: 0 };
  const avg = (k: keyof Score) => Math.round((scores.reduce((s, x) => s + x[k], 0) * 10) / scores.length);
  return { value: avg('value'), feasibility: avg('feasibility'), count: scores.length };
}

/** Counts per stage, every stage present (zero when empty): the funnel view. */
export function funnelCounts(rows: readonly { stage: IdeaStage; count: number }[]): Record<IdeaStage, number> {
  const out = Object.fromEntries(IDEA_STAGES.map((s) => [s, 0])) as Record<IdeaStage, number>;
  for (const r of rows) out[r.stage] += r.count;
  return out;
}
