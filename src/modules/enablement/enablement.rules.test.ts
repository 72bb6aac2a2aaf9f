import { describe, expect, it } from 'vitest';
import {
  attemptAllowed,
  certificateStatus,
  certificationOutcome,
  courseProblems,
  courseTransition,
  type QuizQuestion,
  reminderDue,
  scoreQuiz,
} from './enablement.rules.js';

const QUIZ: QuizQuestion[] = [
  {
    id: 'q1',
    prompt: 'One',
    multiple: false,
    options: [
      { id: 'a', label: 'A' },
      { id: 'b', label: 'B' },
    ],
    correct: ['b'],
  },
  {
    id: 'q2',
    prompt: 'Many',
    multiple: true,
    options: [
      { id: 'x', label: 'X' },
      { id: 'y', label: 'Y' },
      { id: 'z', label: 'Z' },
    ],
    correct: ['x', 'z'],
  },
  {
    id: 'q3',
    prompt: 'Three',
    multiple: false,
    options: [
      { id: 'a', label: 'A' },
      { id: 'b', label: 'B' },
    ],
    correct: ['a'],
  },
];

describe('scoreQuiz', () => {
  it.each([
    {
      rule: 'every answer right scores 100 and passes',
      answers: { q1: ['b'], q2: ['z', 'x'], q3: ['a'] },
      passMark: 80,
      score: 100,
      passed: true,
    },
    {
      rule: 'a multiple-choice question needs exactly the correct options (no partial credit)',
      answers: { q1: ['b'], q2: ['x'], q3: ['a'] },
      passMark: 60,
      score: 66,
      passed: true,
    },
    {
      rule: 'an extra wrong option makes a multiple-choice question wrong',
      answers: { q1: ['b'], q2: ['x', 'y', 'z'], q3: ['a'] },
      passMark: 67,
      score: 66,
      passed: false,
    },
    {
      rule: 'the score is rounded down, so 2 of 3 does not reach a 67% pass mark',
      answers: { q1: ['b'], q2: ['x', 'z'] },
      passMark: 67,
      score: 66,
      passed: false,
    },
    { rule: 'the pass mark itself passes', answers: { q1: ['b'], q2: ['x', 'z'] }, passMark: 66, score: 66, passed: true },
    { rule: 'unanswered questions are wrong', answers: {}, passMark: 1, score: 0, passed: false },
  ])('$rule', ({ answers, passMark, score, passed }) => {
    const result = scoreQuiz(QUIZ, answers as Record<string, string[]>, passMark);
    expect(result.score).toBe(score);
    expect(result.passed).toBe(passed);
    expect(result.total).toBe(3);
  });

  it('a course without questions scores 100', () => {
    expect(scoreQuiz([], {}, 80)).toMatchObject({ score: 100, passed: true });
  });
});

describe('attemptAllowed', () => {
  const now = new Date('2026-12-01T12:00:00Z');
  it.each([
    { rule: 'a first attempt is always allowed', failed: 0, max: 1, last: null, cooldown: 24, allowed: true },
    {
      rule: 'no attempt once the failures reach the limit',
      failed: 3,
      max: 3,
      last: '2026-11-01T00:00:00Z',
      cooldown: 0,
      allowed: false,
    },
    {
      rule: 'unlimited attempts without a limit',
      failed: 30,
      max: null,
      last: '2026-11-01T00:00:00Z',
      cooldown: 0,
      allowed: true,
    },
    {
      rule: 'after a failure, wait the cool-down',
      failed: 1,
      max: null,
      last: '2026-12-01T02:00:00Z',
      cooldown: 24,
      allowed: false,
    },
    { rule: 'after the cool-down, try again', failed: 1, max: null, last: '2026-11-30T11:00:00Z', cooldown: 24, allowed: true },
  ])('$rule', ({ failed, max, last, cooldown, allowed }) => {
    const result = attemptAllowed({
      failedAttempts: failed,
      maxAttempts: max,
      lastAttemptAt: last ? new Date(last) : null,
      lastPassed: false,
      cooldownHours: cooldown,
      now,
    });
    expect(result.allowed).toBe(allowed);
  });
});

describe('certificateStatus', () => {
  it.each([
    { rule: 'valid for more than 60 days is current', expiresOn: '2027-03-01', renewed: null, status: 'current' },
    { rule: 'within 60 days of expiry is expiring', expiresOn: '2027-01-30', renewed: null, status: 'expiring' },
    { rule: 'on its expiry day it has expired', expiresOn: '2026-12-01', renewed: null, status: 'expired' },
    { rule: 'a certificate a renewal replaced is renewed', expiresOn: '2026-12-10', renewed: 'next', status: 'renewed' },
  ])('$rule', ({ expiresOn, renewed, status }) => {
    expect(certificateStatus({ expiresOn, renewedById: renewed }, '2026-12-01')).toBe(status);
  });
});

describe('certificationOutcome', () => {
  const cert = { requiredCourseIds: ['c1', 'c2'], renewalCourseId: null, validityMonths: 24 };
  const at = (iso: string) => new Date(`${iso}T10:00:00Z`);
  it.each([
    {
      rule: 'every required course completed earns it for the validity',
      cert,
      done: { c1: '2026-01-01', c2: '2026-11-30' },
      latest: null,
      action: 'earn',
      expiresOn: '2028-12-01',
    },
    { rule: 'a required course missing earns nothing', cert, done: { c1: '2026-01-01' }, latest: null, action: 'none' },
    {
      rule: 'a certification without courses is never earned by completing one',
      cert: { ...cert, requiredCourseIds: [] },
      done: { c1: '2026-01-01' },
      latest: null,
      action: 'none',
    },
    {
      rule: 'renewal is not open more than 90 days before expiry',
      cert,
      done: { c1: '2026-11-30', c2: '2026-11-30' },
      latest: { issuedAt: at('2025-01-01'), expiresOn: '2027-06-01' },
      action: 'none',
    },
    {
      rule: 'without a renewal course, retaking every required course renews; the new period continues the old',
      cert,
      done: { c1: '2026-11-01', c2: '2026-11-30' },
      latest: { issuedAt: at('2025-01-15'), expiresOn: '2027-01-15' },
      action: 'renew',
      expiresOn: '2029-01-15',
    },
    {
      rule: 'completions from before the current certificate do not renew it',
      cert,
      done: { c1: '2024-11-01', c2: '2026-11-30' },
      latest: { issuedAt: at('2025-01-15'), expiresOn: '2027-01-15' },
      action: 'none',
    },
    {
      rule: 'the renewal course alone renews when the certification has one',
      cert: { ...cert, renewalCourseId: 'r' },
      done: { c1: '2024-11-01', r: '2026-11-30' },
      latest: { issuedAt: at('2025-01-15'), expiresOn: '2027-01-15' },
      action: 'renew',
      expiresOn: '2029-01-15',
    },
    {
      rule: 'renewed after expiry, the new period starts today',
      cert: { ...cert, renewalCourseId: 'r' },
      done: { r: '2026-11-30' },
      latest: { issuedAt: at('2024-01-15'), expiresOn: '2026-01-15' },
      action: 'renew',
      expiresOn: '2028-12-01',
    },
  ])('$rule', ({ cert: c, done, latest, action, expiresOn }) => {
    const completions = new Map(Object.entries(done).map(([k, v]) => [k, at(v)]));
    const outcome = certificationOutcome({ certification: c, completions, latest, today: '2026-12-01' });
    expect(outcome.action).toBe(action);
    if (expiresOn && outcome.action !== 'none') expect(outcome.expiresOn).toBe(expiresOn);
  });
});

describe('reminderDue', () => {
  it.each([
    { rule: 'nothing more than 60 days out', expiresOn: '2027-02-15', due: null },
    { rule: 'the 60-day reminder at 60 days', expiresOn: '2027-01-30', due: 60 },
    { rule: 'the 30-day reminder from 30 days', expiresOn: '2026-12-25', due: 30 },
    { rule: 'the 7-day reminder from 7 days', expiresOn: '2026-12-08', due: 7 },
    { rule: 'expired on its expiry day', expiresOn: '2026-12-01', due: 0 },
  ])('$rule', ({ expiresOn, due }) => {
    expect(reminderDue(expiresOn, '2026-12-01')).toBe(due);
  });
});

describe('course rules', () => {
  it.each([
    { rule: 'a draft is published', from: 'draft', to: 'published', allowed: true },
    { rule: 'a published course is retired', from: 'published', to: 'retired', allowed: true },
    { rule: 'a retired course is published again', from: 'retired', to: 'published', allowed: true },
    { rule: 'nothing goes back to draft', from: 'published', to: 'draft', allowed: false },
  ] as const)('$rule', ({ from, to, allowed }) => {
    expect(courseTransition(from, to).allowed).toBe(allowed);
  });

  it('a published course needs a module; a single-choice question one correct option; links a URL', () => {
    const problems = courseProblems({
      status: 'published',
      passMark: 80,
      modules: [],
      quiz: [
        {
          id: 'q',
          prompt: 'P',
          multiple: false,
          options: [
            { id: 'a', label: 'A' },
            { id: 'b', label: 'B' },
          ],
          correct: ['a', 'b'],
        },
      ],
    });
    expect(problems.map((p) => p.path)).toEqual(['quiz.0.correct', 'modules']);
  });
});
