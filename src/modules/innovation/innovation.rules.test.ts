import { describe, expect, it } from 'vitest';
import { averageScores, decideStage, funnelCounts, mayEditIdea, nextStage, scoreProblems } from './innovation.rules.js';

describe('an idea moves one stage at a time, or is stopped with a reason', () => {
  it.each([
    ['submission goes to feasibility', 'submission', 'feasibility', '', true],
    ['feasibility goes to prototype', 'feasibility', 'prototype', '', true],
    ['prototype goes to pilot', 'prototype', 'pilot', '', true],
    ['pilot goes to launch', 'pilot', 'launch', '', true],
    ['no stage is skipped', 'submission', 'prototype', '', false],
    ['no stage goes back', 'pilot', 'feasibility', '', false],
    ['staying where it is is no decision', 'pilot', 'pilot', '', false],
    ['any open stage is stopped with a reason', 'prototype', 'stopped', 'No budget this year', true],
    ['stopping needs a reason', 'prototype', 'stopped', '  ', false],
    ['a launched idea is final', 'launch', 'stopped', 'too late', false],
    ['a stopped idea is final', 'stopped', 'submission', '', false],
  ] as const)('%s', (_rule, from, to, reason, allowed) => {
    expect(decideStage(from, to, reason).allowed).toBe(allowed);
  });

  it('the stage after pilot is launch, and nothing follows launch', () => {
    expect(nextStage('pilot')).toBe('launch');
    expect(nextStage('launch')).toBeNull();
    expect(nextStage('stopped')).toBeNull();
  });

  it.each([
    ['submission', true],
    ['feasibility', false],
    ['stopped', false],
  ] as const)('an idea at %s is edited by its side: %s', (stage, edit) => {
    expect(mayEditIdea(stage)).toBe(edit);
  });
});

describe('reviewers score value and feasibility from 1 to 5', () => {
  it.each([
    ['1 and 5 are the bounds', { value: 1, feasibility: 5 }, []],
    ['0 is below', { value: 0, feasibility: 3 }, ['value']],
    ['6 is above', { value: 3, feasibility: 6 }, ['feasibility']],
    ['halves are not scores', { value: 2.5, feasibility: 3 }, ['value']],
  ])('%s', (_rule, score, paths) => {
    expect(scoreProblems(score).map((p) => p.path)).toEqual(paths);
  });

  it('averages in tenths, none without scores', () => {
    expect(averageScores([])).toEqual({ value: null, feasibility: null, count: 0 });
    expect(
      averageScores([
        { value: 4, feasibility: 3 },
        { value: 5, feasibility: 2 },
        { value: 4, feasibility: 2 },
      ]),
    ).toEqual({ value: 43, feasibility: 23, count: 3 });
  });
});

describe('the funnel counts every stage', () => {
  it('stages without ideas count zero', () => {
    expect(funnelCounts([{ stage: 'pilot', count: 2 }])).toEqual({
      submission: 0,
      feasibility: 0,
      prototype: 0,
      pilot: 2,
      launch: 0,
      stopped: 0,
    });
  });
});
