import { describe, expect, it } from 'vitest';
import {
  type DecisionRule,
  decideOutcome,
  decisionRuleProblems,
  defaultDecisionRules,
  invitationChanged,
  invitationPlan,
  isActionOverdue,
  mayMoveMeeting,
  memberProblems,
  reminderDue,
  sponsorAttendance,
} from './governance.rules.js';

const majority: DecisionRule = defaultDecisionRules()[0] as DecisionRule;
const major: DecisionRule = defaultDecisionRules()[1] as DecisionRule;

describe('the body’s rule decides a vote: quorum, then threshold', () => {
  it.each([
    // rule, voting members, for, against, abstain, quorum %, outcome
    ['simple majority of votes cast passes with more for than against', majority, 5, 3, 2, 0, 50, 'passed'],
    ['simple majority: a tie fails (more than half is needed)', majority, 4, 2, 2, 0, 50, 'failed'],
    ['simple majority: abstentions count for the quorum, not the threshold', majority, 6, 1, 0, 3, 50, 'passed'],
    ['no quorum fails whatever the votes say', majority, 10, 4, 0, 0, 50, 'failed'],
    ['quorum reached exactly is enough', majority, 10, 5, 0, 0, 50, 'passed'],
    ['nobody voting fails', majority, 4, 0, 0, 0, 0, 'failed'],
    ['a body without voting members decides nothing', majority, 0, 0, 0, 0, 0, 'failed'],
    ['> 75% of voting members: 4 of 5 passes (80%)', major, 5, 4, 1, 0, 50, 'passed'],
    ['> 75% of voting members: 3 of 4 fails (exactly 75%)', major, 4, 3, 1, 0, 50, 'failed'],
    ['> 75% of voting members: absent members count against', major, 8, 6, 0, 0, 50, 'failed'],
    ['> 75% of voting members: abstaining counts against', major, 4, 3, 0, 1, 50, 'failed'],
    ['> 75% of voting members: all four for passes', major, 4, 4, 0, 0, 50, 'passed'],
  ] as const)('%s', (_rule, rule, members, yes, no, abstain, quorum, outcome) => {
    const result = decideOutcome({
      votingMembers: members,
      tally: { for: yes, against: no, abstain },
      quorumPercent: quorum,
      rule,
    });
    expect(result.outcome).toBe(outcome);
    expect(result.reason.length).toBeGreaterThan(0);
  });

  it('"at least" lets the exact share pass', () => {
    const rule = { ...major, comparison: 'at_least' as const };
    expect(decideOutcome({ votingMembers: 4, tally: { for: 3, against: 1, abstain: 0 }, quorumPercent: 50, rule }).outcome).toBe(
      'passed',
    );
  });

  it('says why a vote without quorum failed', () => {
    const r = decideOutcome({ votingMembers: 10, tally: { for: 3, against: 0, abstain: 0 }, quorumPercent: 50, rule: majority });
    expect(r.quorumMet).toBe(false);
    expect(r.reason).toMatch(/No quorum: 3 of 10/);
  });

  it('works in whole numbers: 2 of 3 is more than 66% but not more than 67%', () => {
    const tally = { for: 2, against: 1, abstain: 0 };
    const at = (thresholdPercent: number) =>
      decideOutcome({ votingMembers: 3, tally, quorumPercent: 0, rule: { ...major, thresholdPercent } }).outcome;
    expect(at(66)).toBe('passed');
    expect(at(67)).toBe('failed');
  });
});

describe('a body’s decision rules make sense', () => {
  it.each([
    ['the defaults are valid', defaultDecisionRules(), 50, []],
    ['at least one rule', [], 50, ['decisionRules']],
    ['classes are unique', [majority, { ...majority, label: 'Again' }], 50, ['decisionRules.1.decisionClass']],
    ['more than 100% can never be reached', [{ ...major, thresholdPercent: 100 }], 50, ['decisionRules.0.thresholdPercent']],
  ] as const)('%s', (_rule, rules, quorum, paths) => {
    expect(decisionRuleProblems(rules, quorum).map((p) => p.path)).toEqual(paths);
  });
});

describe('a body has one chair and each person once', () => {
  it.each([
    [
      'a chair and members',
      [
        { userId: 'a', role: 'chair' },
        { userId: 'b', role: 'voting' },
      ],
      [],
    ],
    [
      'two chairs',
      [
        { userId: 'a', role: 'chair' },
        { userId: 'b', role: 'chair' },
      ],
      ['members'],
    ],
    [
      'the same person twice',
      [
        { userId: 'a', role: 'voting' },
        { userId: 'a', role: 'observer' },
      ],
      ['members.1.userId'],
    ],
  ] as const)('%s', (_rule, members, paths) => {
    expect(memberProblems(members).map((p) => p.path)).toEqual(paths);
  });
});

describe('a meeting is scheduled, then held or cancelled', () => {
  it.each([
    ['a scheduled meeting is held', 'scheduled', 'held', true],
    ['a scheduled meeting is cancelled', 'scheduled', 'cancelled', true],
    ['a held meeting cannot be cancelled', 'held', 'cancelled', false],
    ['a cancelled meeting cannot be held', 'cancelled', 'held', false],
  ] as const)('%s', (_rule, from, to, allowed) => {
    expect(mayMoveMeeting(from, to).allowed).toBe(allowed);
  });
});

describe('an action item is overdue when open past its due day', () => {
  it.each([
    ['due yesterday and open', 'open', '2026-11-29', true],
    ['due today is not yet overdue', 'open', '2026-11-30', false],
    ['done is never overdue', 'done', '2026-01-01', false],
    ['cancelled is never overdue', 'cancelled', '2026-01-01', false],
  ] as const)('%s', (_rule, status, dueOn, overdue) => {
    expect(isActionOverdue({ status, dueOn }, '2026-11-30')).toBe(overdue);
  });
});

describe('an overdue action’s owner is reminded on the first overdue day, then weekly, never twice a day', () => {
  it.each([
    ['first overdue day, never reminded', '2026-11-29', null, 'u', true],
    ['reminded today already', '2026-11-20', '2026-11-30', 'u', false],
    ['reminded six days ago', '2026-11-20', '2026-11-24', 'u', false],
    ['reminded a week ago', '2026-11-20', '2026-11-23', 'u', true],
    ['reminded before a new due date', '2026-11-25', '2026-11-24', 'u', true],
    ['not yet due', '2026-12-01', null, 'u', false],
    ['no owner to remind', '2026-11-01', null, null, false],
  ] as const)('%s', (_rule, dueOn, remindedOn, ownerId, due) => {
    expect(reminderDue({ status: 'open', dueOn, remindedOn, ownerId }, '2026-11-30')).toBe(due);
  });
});

describe('sponsor attendance: the share of QBRs and JSCs a sponsor of each side attended', () => {
  const m = (...attendees: [side: 'vendor' | 'partner', sponsor: boolean, attended: boolean | null][]) => ({
    attendees: attendees.map(([side, executiveSponsor, attended]) => ({ side, executiveSponsor, attended })),
  });
  it.each([
    ['no meetings held is not measured', [], { vendor: null, partner: null }],
    [
      'both sponsors at every meeting',
      [m(['vendor', true, true], ['partner', true, true]), m(['vendor', true, true], ['partner', true, true])],
      { vendor: 100, partner: 100 },
    ],
    [
      'the partner sponsor at one of three',
      [
        m(['vendor', true, true], ['partner', true, true]),
        m(['vendor', true, true], ['partner', true, false]),
        m(['vendor', true, true]),
      ],
      { vendor: 100, partner: 33 },
    ],
    ['a non-sponsor attending does not count', [m(['vendor', false, true], ['partner', false, true])], { vendor: 0, partner: 0 }],
    ['invited but attendance not recorded does not count', [m(['vendor', true, null])], { vendor: 0, partner: 0 }],
  ] as const)('%s', (_rule, meetings, rates) => {
    expect(sponsorAttendance(meetings)).toEqual(rates);
  });
});

describe('an invitation is sent again when what it says changes', () => {
  const base = {
    title: 'QBR',
    startsAt: new Date('2026-12-10T15:00:00Z'),
    durationMinutes: 60,
    location: 'Zoom',
    agenda: [{ title: 'Pipeline' }],
  };
  it.each([
    ['nothing changed', {}, false],
    ['moved', { startsAt: new Date('2026-12-11T15:00:00Z') }, true],
    ['longer', { durationMinutes: 90 }, true],
    ['another room', { location: 'Berlin' }, true],
    ['agenda item added', { agenda: [{ title: 'Pipeline' }, { title: 'Roadmap' }] }, true],
  ] as const)('%s', (_rule, change, changed) => {
    expect(invitationChanged(base, { ...base, ...change })).toBe(changed);
  });

  it.each([
    ['unchanged: only newcomers are invited', ['a', 'b'], ['a', 'b', 'c'], false, { request: ['c'], cancel: [] }],
    ['changed: everyone on the list is invited again', ['a', 'b'], ['a', 'b'], true, { request: ['a', 'b'], cancel: [] }],
    ['taken off the list: cancelled for them', ['a', 'b'], ['a'], false, { request: [], cancel: ['b'] }],
  ] as const)('%s', (_rule, before, after, changed, plan) => {
    expect(invitationPlan(before, after, changed)).toEqual(plan);
  });
});
