import { describe, expect, it } from 'vitest';
import type { Role } from '../../shared/roles.js';
import {
  completionOf,
  decideCompletion,
  isOverdue,
  mayCompleteTask,
  planTasks,
  progressOf,
  reminderAudience,
  stageOnStart,
  stepProblems,
  type TaskActor,
  type TaskRef,
  type TemplateStep,
} from './onboarding.rules.js';

const step = (over: Partial<TemplateStep> = {}): TemplateStep => ({
  title: 'Step',
  description: '',
  ownerSide: 'partner',
  ownerRole: 'partner_admin',
  dueOffsetDays: 0,
  requirement: 'none',
  required: true,
  ...over,
});

describe('a task is due its offset after the start', () => {
  it.each([
    ['day 0 is the start day', '2026-11-30', 0, '2026-11-30'],
    ['a week later', '2026-11-30', 7, '2026-12-07'],
    ['across a year end', '2026-12-20', 14, '2027-01-03'],
    ['across February in a leap year', '2028-02-20', 10, '2028-03-01'],
  ])('%s', (_rule, startOn, offset, dueOn) => {
    expect(planTasks([step({ dueOffsetDays: offset })], startOn)[0]?.dueOn).toBe(dueOn);
  });

  it('keeps the template order as the task position', () => {
    const tasks = planTasks([step({ title: 'A' }), step({ title: 'B', dueOffsetDays: 3 })], '2026-01-01');
    expect(tasks.map((t) => [t.position, t.title, t.dueOn])).toEqual([
      [0, 'A', '2026-01-01'],
      [1, 'B', '2026-01-04'],
    ]);
  });
});

describe('a task is overdue once its due day has passed and it is still open', () => {
  it.each([
    ['due yesterday and open: overdue', 'open', '2026-11-29', true],
    ['due today: not yet', 'open', '2026-11-30', false],
    ['due tomorrow: no', 'open', '2026-12-01', false],
    ['due last month but done: no', 'done', '2026-10-01', false],
  ] as const)('%s', (_rule, status, dueOn, overdue) => {
    expect(isOverdue({ status, dueOn }, '2026-11-30')).toBe(overdue);
  });
});

const PARTNER = 'p1';
const OWNER = 'pm-owner';
const actor = (role: Role, userId: string | null = `${role}-1`, partnerId: string | null = null): TaskActor => ({
  role,
  userId,
  partnerId,
});
const task = (over: Partial<TaskRef> = {}): TaskRef => ({
  partnerId: PARTNER,
  ownerSide: 'partner',
  ownerRole: 'partner_user',
  assigneeId: null,
  ...over,
});

describe('each side completes its own tasks', () => {
  it.each([
    [
      "the partner's admin completes any of its partner-side tasks",
      actor('partner_admin', 'u1', PARTNER),
      task({ ownerRole: 'partner_user' }),
      true,
    ],
    [
      'a partner user completes tasks meant for partner users',
      actor('partner_user', 'u2', PARTNER),
      task({ ownerRole: 'partner_user' }),
      true,
    ],
    [
      "a partner user does not complete the partner admin's task",
      actor('partner_user', 'u2', PARTNER),
      task({ ownerRole: 'partner_admin' }),
      false,
    ],
    ["another partner's admin does not complete it", actor('partner_admin', 'u3', 'p2'), task(), false],
    ["the vendor's admin does not complete a partner-side task", actor('admin'), task(), false],
    ["the partner's manager does not complete a partner-side task", actor('partner_manager', OWNER), task(), false],
    ['an admin completes a vendor-side task', actor('admin'), task({ ownerSide: 'vendor', ownerRole: 'partner_manager' }), true],
    [
      "the partner's own manager completes a vendor-side task",
      actor('partner_manager', OWNER),
      task({ ownerSide: 'vendor', ownerRole: 'partner_manager' }),
      true,
    ],
    [
      'another partner manager does not',
      actor('partner_manager', 'pm-other'),
      task({ ownerSide: 'vendor', ownerRole: 'partner_manager' }),
      false,
    ],
    [
      'unless it is assigned to them',
      actor('partner_manager', 'pm-other'),
      task({ ownerSide: 'vendor', ownerRole: 'partner_manager', assigneeId: 'pm-other' }),
      true,
    ],
    [
      'finance completes a vendor-side task assigned to them',
      actor('finance', 'fin'),
      task({ ownerSide: 'vendor', ownerRole: 'finance', assigneeId: 'fin' }),
      true,
    ],
    [
      "the partner's admin does not complete a vendor-side task",
      actor('partner_admin', 'u1', PARTNER),
      task({ ownerSide: 'vendor', ownerRole: 'admin' }),
      false,
    ],
    ['the system records history on either side', actor('admin', null), task(), true],
  ])('%s', (_rule, who, what, allowed) => {
    expect(mayCompleteTask(who, what, OWNER).allowed).toBe(allowed);
  });
});

describe('a task is done once, with what it asks for', () => {
  it.each([
    ['a plain task is done when marked', 'open', 'none', 0, false, null],
    ['a document task needs its document', 'open', 'document', 0, false, 'file'],
    ['a document task with one uploaded is done', 'open', 'document', 1, false, null],
    ['an acknowledgement task needs acknowledged: true', 'open', 'acknowledgement', 0, false, 'acknowledged'],
    ['an acknowledgement given completes it', 'open', 'acknowledgement', 0, true, null],
    ['a done task is not done again', 'done', 'none', 0, false, 'status'],
    ['a cancelled task is not done', 'cancelled', 'none', 0, false, 'status'],
  ] as const)('%s', (_rule, status, requirement, documents, acknowledged, refusedOn) => {
    const decision = decideCompletion({ status, requirement }, { documents, acknowledged });
    expect(decision.allowed ? null : decision.path).toBe(refusedOn);
  });
});

describe('a template’s steps hold together', () => {
  it.each([
    [
      'a partner-side step needs a partner role',
      [step({ ownerSide: 'partner', ownerRole: 'partner_manager' })],
      ['steps.0.ownerRole'],
    ],
    [
      'a vendor-side step needs a vendor role',
      [step(), step({ ownerSide: 'vendor', ownerRole: 'partner_user' })],
      ['steps.1.ownerRole'],
    ],
    ['at least one step is required', [step({ required: false })], ['steps']],
    ['a sound template', [step(), step({ ownerSide: 'vendor', ownerRole: 'admin', required: false })], []],
  ])('%s', (_rule, steps, paths) => {
    expect(stepProblems(steps).map((p) => p.path)).toEqual(paths);
  });
});

describe('progress and completion count required tasks', () => {
  const at = (day: number) => new Date(Date.UTC(2026, 10, day, 12));
  it('percent of required tasks done, rounded down; overdue open tasks counted', () => {
    const tasks = [
      { status: 'done', required: true, dueOn: '2026-11-01', completedAt: at(2) },
      { status: 'open', required: true, dueOn: '2026-11-10', completedAt: null },
      { status: 'open', required: true, dueOn: '2026-12-10', completedAt: null },
      { status: 'open', required: false, dueOn: '2026-11-05', completedAt: null },
    ] as const;
    expect(progressOf(tasks, '2026-11-30')).toEqual({ tasks: 4, done: 1, required: 3, requiredDone: 1, percent: 33, overdue: 2 });
    expect(completionOf(tasks)).toBeNull();
  });

  it('completes when the last required task is done, at that moment; optional ones do not hold it up', () => {
    const tasks = [
      { status: 'done', required: true, completedAt: at(3) },
      { status: 'done', required: true, completedAt: at(9) },
      { status: 'open', required: false, completedAt: null },
    ] as const;
    expect(completionOf(tasks)).toEqual(at(9));
  });

  it('a cancelled task counts for nothing: not to do, not done, not overdue', () => {
    const tasks = [
      { status: 'done', required: true, dueOn: '2026-11-01', completedAt: at(3) },
      { status: 'cancelled', required: true, dueOn: '2026-11-02', completedAt: null },
    ] as const;
    expect(progressOf(tasks, '2026-11-30')).toEqual({
      tasks: 1,
      done: 1,
      required: 1,
      requiredDone: 1,
      percent: 100,
      overdue: 0,
    });
    expect(completionOf(tasks)).toEqual(at(3));
  });
});

describe('an overdue task reminds its assignee, else the admins of its side', () => {
  it.each([
    ['an assigned task reminds its assignee', 'vendor', 'u1', { to: 'assignee', userId: 'u1' }],
    ['an unassigned partner task reminds the partner’s admins', 'partner', null, { to: 'admins', side: 'partner' }],
    ['an unassigned vendor task reminds the vendor’s admins', 'vendor', null, { to: 'admins', side: 'vendor' }],
  ] as const)('%s', (_rule, ownerSide, assigneeId, expected) => {
    expect(reminderAudience({ ownerSide, assigneeId })).toEqual(expected);
  });
});

describe('starting onboarding moves an early partner into the onboarding stage', () => {
  it.each([
    ['a prospect moves', 'prospect', 'onboarding'],
    ['a qualified partner moves', 'qualified', 'onboarding'],
    ['an active partner re-onboarding keeps its stage', 'active', null],
    ['an enabled one too', 'enabled', null],
  ])('%s', (_rule, stage, move) => {
    expect(stageOnStart(stage)).toBe(move);
  });
});
