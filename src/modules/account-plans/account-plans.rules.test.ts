import { describe, expect, it } from 'vitest';
import {
  type ActionStatus,
  actionNeedsReminder,
  actionOverdue,
  type CellStatus,
  foreignFields,
  type GoalStatus,
  goalProgress,
  mayChangeAction,
  mayChangeCell,
  type PlanStatus,
  planTransition,
  type Side,
} from './account-plans.rules.js';

const TODAY = '2026-12-01';

describe('plan status: draft → active → closed, a closed plan reopens, nothing returns to draft', () => {
  it.each<[string, PlanStatus, PlanStatus, boolean]>([
    ['a draft is activated when both teams start working it', 'draft', 'active', true],
    ['a draft that never ran may be closed', 'draft', 'closed', true],
    ['an active plan is closed at its end', 'active', 'closed', true],
    ['a closed plan is reopened when the account comes back', 'closed', 'active', true],
    ['an active plan does not go back to draft', 'active', 'draft', false],
    ['a closed plan does not go back to draft', 'closed', 'draft', false],
    ['activating an active plan is refused', 'active', 'active', false],
    ['closing a closed plan is refused', 'closed', 'closed', false],
  ])('%s', (_name, from, to, allowed) => {
    expect(planTransition(from, to).allowed).toBe(allowed);
  });
});

describe('an action is overdue when it is open and its due day has passed', () => {
  it.each<[string, ActionStatus, string, boolean]>([
    ['open and due yesterday is overdue', 'open', '2026-11-30', true],
    ['open and due today is not overdue yet', 'open', TODAY, false],
    ['open and due next week is not overdue', 'open', '2026-12-08', false],
    ['done late is not overdue (it is done)', 'done', '2026-11-01', false],
    ['cancelled past its date is not overdue', 'cancelled', '2026-11-01', false],
  ])('%s', (_name, status, dueOn, overdue) => {
    expect(actionOverdue({ status, dueOn }, TODAY)).toBe(overdue);
  });
});

describe('an action is reminded once per due date, from its due day on, while open', () => {
  it.each<[string, ActionStatus, string, string | null, boolean]>([
    ['due today and never reminded: remind', 'open', TODAY, null, true],
    ['overdue and never reminded: remind', 'open', '2026-11-20', null, true],
    ['already reminded of this due date: not again', 'open', '2026-11-20', '2026-11-20', false],
    ['due date moved after a reminder: remind of the new one', 'open', '2026-11-28', '2026-11-20', true],
    ['due tomorrow: not yet', 'open', '2026-12-02', null, false],
    ['done: never', 'done', '2026-11-20', null, false],
  ])('%s', (_name, status, dueOn, remindedFor, remind) => {
    expect(actionNeedsReminder({ status, dueOn, remindedFor }, TODAY)).toBe(remind);
  });
});

describe('goal progress: achieved against target, compared with a straight line to the target date', () => {
  const goal = (status: GoalStatus, target: number, achieved: number, startOn = '2026-01-01', targetDate = '2026-12-31') => ({
    status,
    target,
    achieved,
    startOn,
    targetDate,
  });
  it.each<[string, ReturnType<typeof goal>, number | null, string]>([
    ['ahead of the line is on track', goal('open', 1000, 950), 95, 'on_track'],
    ['within 20 points below the line is at risk', goal('open', 1000, 800), 80, 'at_risk'],
    ['more than 20 points below the line is behind', goal('open', 1000, 300), 30, 'behind'],
    ['reaching the target is on track even before someone marks it', goal('open', 1000, 1200), 100, 'on_track'],
    ['past its date short of the target is overdue', goal('open', 1000, 500, '2026-01-01', '2026-11-30'), 50, 'overdue'],
    ['a goal marked achieved keeps its outcome', goal('achieved', 1000, 700), 70, 'achieved'],
    ['a goal marked missed keeps its outcome', goal('missed', 1000, 100), 10, 'missed'],
    ['a zero target has no percent', goal('open', 0, 0), null, 'on_track'],
  ])('%s', (_name, g, percent, state) => {
    const p = goalProgress(g, TODAY);
    expect(p.percent).toBe(percent);
    expect(p.state).toBe(state);
  });

  it('expects nothing before the start and everything after the target date', () => {
    expect(goalProgress(goal('open', 1000, 0, '2027-01-01', '2027-06-30'), TODAY).expectedPercent).toBe(0);
    expect(goalProgress(goal('open', 1000, 0, '2026-01-01', '2026-06-30'), TODAY).expectedPercent).toBe(100);
  });
});

describe('whitespace cells: the vendor sets any status, the partner states its side', () => {
  it.each<[string, Side, CellStatus | null, CellStatus, boolean]>([
    ['the vendor marks what it has installed', 'vendor', null, 'vendor_installed', true],
    ['the vendor may overwrite any cell', 'vendor', 'partner_installed', 'competitor', true],
    ['the partner marks what it has installed', 'partner', null, 'partner_installed', true],
    ['the partner flags a joint opportunity', 'partner', 'not_applicable', 'joint_opportunity', true],
    ['the partner names a competitor in a cell', 'partner', 'joint_opportunity', 'competitor', true],
    ['the partner cannot claim the vendor installed something', 'partner', null, 'vendor_installed', false],
    ['the partner cannot overwrite what the vendor marked installed', 'partner', 'vendor_installed', 'joint_opportunity', false],
  ])('%s', (_name, side, before, after, allowed) => {
    expect(mayChangeCell(side, before, after).allowed).toBe(allowed);
  });
});

describe('actions are changed by their own side; the vendor’s writers change any', () => {
  it.each<[string, Side, Side, boolean]>([
    ['the partner changes its own action', 'partner', 'partner', true],
    ['the partner cannot change the vendor’s action', 'partner', 'vendor', false],
    ['the vendor changes its own action', 'vendor', 'vendor', true],
    ['the vendor changes the partner’s action (on its behalf)', 'vendor', 'partner', true],
  ])('%s', (_name, actor, action, allowed) => {
    expect(mayChangeAction(actor, action).allowed).toBe(allowed);
  });
});

describe('the plan header: the partner writes its relationships and notes, the vendor everything', () => {
  it.each<[string, Side, string[], string[]]>([
    ['the partner writes its relationships and notes', 'partner', ['partnerRelationships', 'partnerNotes'], []],
    ['the partner cannot rewrite the executive summary', 'partner', ['summary', 'partnerNotes'], ['summary']],
    ['the vendor writes every field', 'vendor', ['summary', 'partnerNotes', 'businessUnits'], []],
  ])('%s', (_name, side, fields, refused) => {
    expect(foreignFields(side, fields)).toEqual(refused);
  });
});
