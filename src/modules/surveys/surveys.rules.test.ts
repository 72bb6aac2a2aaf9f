import { describe, expect, it } from 'vitest';
import {
  answerProblems,
  mayAnswer,
  npsOf,
  periodOf,
  type Question,
  recurringDue,
  reminderDue,
  roundStatusOn,
  type ScoredAnswer,
  summariseRound,
  templateProblems,
  trendOf,
} from './surveys.rules.js';

const Q: Question[] = [
  { id: 'trust', text: 'We trust each other', dimension: 'trust', scale: 'agreement' },
  { id: 'trust2', text: 'They act in the alliance’s interest', dimension: 'trust', scale: 'agreement' },
  { id: 'commit', text: 'Commitments are met', dimension: 'commitments', scale: 'agreement' },
];
const NPS_Q: Question[] = [{ id: 'recommend', text: 'Recommend?', dimension: 'nps', scale: 'nps' }];

describe('NPS is % promoters (9–10) minus % detractors (0–6)', () => {
  it.each([
    ['no answers: no score', [], { nps: null, promoters: 0, passives: 0, detractors: 0, count: 0 }],
    ['all promoters: 100', [9, 10, 10], { nps: 100, promoters: 3, passives: 0, detractors: 0, count: 3 }],
    ['all detractors: −100', [0, 6, 3], { nps: -100, promoters: 0, passives: 0, detractors: 3, count: 3 }],
    ['7 and 8 are passives: 0', [7, 8], { nps: 0, promoters: 0, passives: 2, detractors: 0, count: 2 }],
    [
      '2 promoters, 1 passive, 1 detractor of 4: 25',
      [10, 9, 7, 6],
      { nps: 25, promoters: 2, passives: 1, detractors: 1, count: 4 },
    ],
    ['1 promoter, 2 detractors of 3: −33 (rounded)', [9, 2, 5], { nps: -33, promoters: 1, passives: 0, detractors: 2, count: 3 }],
  ])('%s', (_rule, scores, expected) => {
    expect(npsOf(scores)).toEqual(expected);
  });
});

describe('the perception gap is the vendor’s average minus the partner’s, flagged from the threshold', () => {
  const a = (questionId: string, side: 'vendor' | 'partner', score: number): ScoredAnswer => ({ questionId, side, score });
  it.each([
    ['both sides agree: no gap, not flagged', [a('trust', 'vendor', 4), a('trust', 'partner', 4)], 1, { gap: 0, flagged: false }],
    [
      'the vendor more positive by 2: +2, flagged',
      [a('trust', 'vendor', 5), a('trust', 'partner', 3)],
      1,
      { gap: 2, flagged: true },
    ],
    [
      'the partner more positive by 1.5: −1.5, flagged',
      [a('trust', 'vendor', 3), a('trust', 'partner', 5), a('trust', 'partner', 4)],
      1,
      { gap: -1.5, flagged: true },
    ],
    ['exactly one point is flagged', [a('trust', 'vendor', 4), a('trust', 'partner', 3)], 1, { gap: 1, flagged: true }],
    [
      '0.5 points is not flagged at 1',
      [a('trust', 'vendor', 4), a('trust', 'partner', 4), a('trust', 'partner', 3)],
      1,
      { gap: 0.5, flagged: false },
    ],
    [
      '0.5 points is flagged at a threshold of 0.5',
      [a('trust', 'vendor', 4), a('trust', 'partner', 4), a('trust', 'partner', 3)],
      0.5,
      { gap: 0.5, flagged: true },
    ],
    ['one side only: no gap', [a('trust', 'vendor', 5)], 1, { gap: null, flagged: false }],
  ])('%s', (_rule, answers, threshold, expected) => {
    const [trust] = summariseRound(Q, answers, threshold).questions;
    expect({ gap: trust?.gap, flagged: trust?.flagged }).toEqual(expected);
  });

  it('per dimension: the answers of all its questions, per side; the score averages the two sides as 0–100', () => {
    const answers = [
      a('trust', 'vendor', 5),
      a('trust2', 'vendor', 5),
      a('commit', 'vendor', 4),
      a('trust', 'partner', 3),
      a('trust', 'partner', 2),
      a('trust2', 'partner', 2),
      a('commit', 'partner', 4),
    ];
    const summary = summariseRound(Q, answers, 1);
    expect(summary.dimensions).toEqual([
      { dimension: 'trust', vendor: { average: 5, count: 2 }, partner: { average: 2.33, count: 3 }, gap: 2.67, flagged: true },
      { dimension: 'commitments', vendor: { average: 4, count: 1 }, partner: { average: 4, count: 1 }, gap: 0, flagged: false },
    ]);
    // Vendor 14/3 = 4.667 → 91.7; partner 11/4 = 2.75 → 43.75 → 43.8; mean 67.75 → 67.8; gap 47.9.
    expect(summary.score).toBe(67.8);
    expect(summary.perceptionGap).toBe(47.9);
    expect(summary.nps).toBeNull();
  });

  it('an NPS round counts the partner’s people only', () => {
    const summary = summariseRound(
      NPS_Q,
      [a('recommend', 'partner', 10), a('recommend', 'partner', 3), a('recommend', 'vendor', 10)],
      1,
    );
    expect(summary.nps).toEqual({ nps: 0, promoters: 1, passives: 0, detractors: 1, count: 2 });
    expect(summary.score).toBeNull();
  });
});

describe('an answer names the round’s questions once each, with a score on the question’s scale', () => {
  it.each([
    ['a valid answer', Q, [{ questionId: 'trust', score: 5 }], []],
    ['skipping questions is allowed', Q, [{ questionId: 'commit', score: 1 }], []],
    ['an empty answer is refused', Q, [], [{ path: 'answers', message: 'must answer at least one question' }]],
    [
      'an unknown question is named',
      Q,
      [{ questionId: 'nope', score: 3 }],
      [{ path: 'answers.0.questionId', message: 'is not a question of this survey' }],
    ],
    [
      '6 on a 1–5 scale',
      Q,
      [{ questionId: 'trust', score: 6 }],
      [{ path: 'answers.0.score', message: 'must be a whole number from 1 to 5' }],
    ],
    [
      '0 on a 1–5 scale',
      Q,
      [{ questionId: 'trust', score: 0 }],
      [{ path: 'answers.0.score', message: 'must be a whole number from 1 to 5' }],
    ],
    [
      '11 on the NPS scale',
      NPS_Q,
      [{ questionId: 'recommend', score: 11 }],
      [{ path: 'answers.0.score', message: 'must be a whole number from 0 to 10' }],
    ],
    ['0 on the NPS scale is an answer', NPS_Q, [{ questionId: 'recommend', score: 0 }], []],
    [
      'a question answered twice',
      Q,
      [
        { questionId: 'trust', score: 3 },
        { questionId: 'trust', score: 4 },
      ],
      [{ path: 'answers.1.questionId', message: 'is answered twice' }],
    ],
  ])('%s', (_rule, questions, answers, expected) => {
    expect(answerProblems(questions, answers)).toEqual(expected);
  });
});

describe('a template holds at least one question, unique ids, and the NPS question only in an NPS survey', () => {
  it.each([
    ['a diagnostic of agreement questions', 'health_diagnostic' as const, Q, []],
    ['no questions', 'px' as const, [], [{ path: 'questions', message: 'must hold at least one question' }]],
    [
      'an NPS survey without the 0–10 question',
      'nps' as const,
      Q,
      [{ path: 'questions', message: 'an NPS survey asks one 0–10 question' }],
    ],
    [
      'a 0–10 question in a PX survey',
      'px' as const,
      NPS_Q,
      [{ path: 'questions.0.scale', message: 'only an NPS survey asks a 0–10 question' }],
    ],
    ['a duplicate id', 'px' as const, [Q[0]!, Q[0]!], [{ path: 'questions.1.id', message: 'is used twice' }]],
  ])('%s', (_rule, kind, questions, expected) => {
    expect(templateProblems(kind, questions)).toEqual(expected);
  });
});

describe('people asked answer while the round is open, and change their answer until it closes', () => {
  const round = { status: 'open' as const, opensOn: '2026-11-01', closesOn: '2026-11-21' };
  it.each([
    ['on the opening day', round, '2026-11-01', true, { allowed: true }],
    ['on the closing day', round, '2026-11-21', true, { allowed: true }],
    [
      'after the closing day',
      round,
      '2026-11-22',
      true,
      { allowed: false, reason: 'the survey closed on 2026-11-21; answers are no longer taken' },
    ],
    [
      'closed early by hand',
      { ...round, status: 'closed' as const },
      '2026-11-10',
      true,
      { allowed: false, reason: 'the survey closed on 2026-11-21; answers are no longer taken' },
    ],
    [
      'before it opens',
      { ...round, status: 'scheduled' as const },
      '2026-10-30',
      true,
      { allowed: false, reason: 'the survey opens on 2026-11-01' },
    ],
    ['not asked', round, '2026-11-10', false, { allowed: false, reason: 'you were not asked to answer this survey' }],
  ])('%s', (_rule, r, today, asked, expected) => {
    expect(mayAnswer(r, today, asked)).toEqual(expected);
  });

  it.each([
    ['scheduled before its day', 'scheduled' as const, '2026-10-31', 'scheduled'],
    ['open from its day', 'scheduled' as const, '2026-11-01', 'open'],
    ['closed after its closing day', 'open' as const, '2026-11-22', 'closed'],
    ['closed stays closed', 'closed' as const, '2026-11-05', 'closed'],
  ])('status: %s', (_rule, status, today, expected) => {
    expect(roundStatusOn({ status, opensOn: '2026-11-01', closesOn: '2026-11-21' }, today)).toBe(expected);
  });
});

describe('reminders go out in the last days before a round closes', () => {
  it.each([
    ['4 days before with 3 days’ notice: not yet', '2026-11-17', false],
    ['3 days before: due', '2026-11-18', true],
    ['on the closing day: due', '2026-11-21', true],
    ['after it closed: no', '2026-11-22', false],
  ])('%s', (_rule, today, expected) => {
    expect(reminderDue({ status: 'open', closesOn: '2026-11-21' }, today, 3)).toBe(expected);
  });
});

describe('recurring surveys open once per calendar period', () => {
  it.each([
    ['off: never', 'off' as const, '2026-12-01', [], { due: false }],
    ['quarterly, none this quarter: due', 'quarterly' as const, '2026-12-01', ['2026-Q3'], { due: true, period: '2026-Q4' }],
    ['quarterly, opened this quarter: not due', 'quarterly' as const, '2026-12-01', ['2026-Q4'], { due: false }],
    ['half-yearly, none this half: due', 'half_yearly' as const, '2026-07-01', ['2026-H1'], { due: true, period: '2026-H2' }],
    ['half-yearly, opened this half: not due', 'half_yearly' as const, '2026-12-31', ['2026-H2'], { due: false }],
  ])('%s', (_rule, cadence, today, opened, expected) => {
    expect(recurringDue(cadence, today, new Set(opened))).toEqual(expected);
  });

  it.each([
    ['2026-01-01', 'quarterly' as const, '2026-Q1'],
    ['2026-06-30', 'quarterly' as const, '2026-Q2'],
    ['2026-06-30', 'half_yearly' as const, '2026-H1'],
    ['2026-07-01', 'half_yearly' as const, '2026-H2'],
  ])('%s is in %s period %s', (date, cadence, expected) => {
    expect(periodOf(date, cadence)).toBe(expected);
  });
});

describe('a trend shows each period’s change from the previous period with a value', () => {
  it('orders by period and skips periods without a value', () => {
    expect(
      trendOf([
        { period: '2026-Q2', value: 3.5 },
        { period: '2026-Q1', value: 3 },
        { period: '2026-Q3', value: null },
        { period: '2026-Q4', value: 4 },
      ]),
    ).toEqual([
      { period: '2026-Q1', value: 3, change: null },
      { period: '2026-Q2', value: 3.5, change: 0.5 },
      { period: '2026-Q3', value: null, change: null },
      { period: '2026-Q4', value: 4, change: 0.5 },
    ]);
  });
});
