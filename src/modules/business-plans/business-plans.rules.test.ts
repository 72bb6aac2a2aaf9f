import { describe, expect, it } from 'vitest';
import {
  type CommitmentFacts,
  commitmentCredit,
  contentProblems,
  emptyContent,
  fiscalPeriods,
  fulfilmentOf,
  type Goal,
  mayAddCommitment,
  mayChangeCommitment,
  type PlanContent,
  type PlanSnapshot,
  planDiff,
  planEditProblems,
  planTransition,
} from './business-plans.rules.js';

const TODAY = '2026-11-30';
const c = (
  side: 'vendor' | 'partner',
  status: CommitmentFacts['status'],
  dueDate: string,
  completedOn: string | null = null,
) => ({
  side,
  status,
  dueDate,
  completedOn,
});

describe('the fulfilment rule: on-time done = full, late done = partial, missed = 0, not yet due = excluded', () => {
  it.each([
    ['done on its due day counts in full', c('vendor', 'done', '2026-10-01', '2026-10-01'), 1],
    ['done before its due day counts in full', c('vendor', 'done', '2026-10-01', '2026-09-15'), 1],
    ['done before a due day still ahead counts in full', c('vendor', 'done', '2027-03-01', '2026-11-01'), 1],
    ['done a day late counts half', c('partner', 'done', '2026-10-01', '2026-10-02'), 0.5],
    ['missed counts zero', c('partner', 'missed', '2026-10-01'), 0],
    ['missed before its due day still counts zero (the side said it will not happen)', c('partner', 'missed', '2027-01-01'), 0],
    ['open past its due day counts zero (due and not kept)', c('vendor', 'open', '2026-11-29'), 0],
    ['open and due today is not counted yet', c('vendor', 'open', TODAY), null],
    ['open and due later is not counted yet', c('vendor', 'open', '2027-01-15'), null],
  ] as const)('%s', (_rule, facts, credit) => {
    expect(commitmentCredit(facts, TODAY)).toBe(credit);
  });

  it.each([
    ['nothing committed: no figure for either side, no asymmetry', [], { vendor: null, partner: null, asymmetry: null }],
    [
      'only what is not yet due: no figure',
      [c('vendor', 'open', '2027-01-01'), c('partner', 'open', '2027-01-01')],
      { vendor: null, partner: null, asymmetry: null },
    ],
    [
      'one side with a figure: no asymmetry',
      [c('vendor', 'done', '2026-10-01', '2026-09-01'), c('partner', 'open', '2027-01-01')],
      { vendor: 100, partner: null, asymmetry: null },
    ],
    [
      'the vendor kept everything, the partner missed half: 50 points apart',
      [
        c('vendor', 'done', '2026-06-01', '2026-05-20'),
        c('vendor', 'done', '2026-09-01', '2026-09-01'),
        c('partner', 'done', '2026-06-01', '2026-06-01'),
        c('partner', 'missed', '2026-09-01'),
      ],
      { vendor: 100, partner: 50, asymmetry: 50 },
    ],
    [
      'late counts half, not-yet-due is left out, shares round to whole points',
      [
        c('vendor', 'done', '2026-06-01', '2026-06-10'),
        c('vendor', 'done', '2026-07-01', '2026-07-01'),
        c('vendor', 'open', '2026-08-01'),
        c('vendor', 'open', '2027-08-01'),
        c('partner', 'done', '2026-06-01', '2026-06-01'),
        c('partner', 'done', '2026-07-01', '2026-07-01'),
        c('partner', 'done', '2026-08-01', '2026-08-03'),
      ],
      { vendor: 50, partner: 83, asymmetry: 33 },
    ],
  ] as const)('%s', (_rule, facts, expected) => {
    const f = fulfilmentOf(facts, TODAY);
    expect({ vendor: f.vendor, partner: f.partner, asymmetry: f.asymmetry }).toEqual(expected);
  });
});

describe('plan status: the vendor proposes, the partner approves', () => {
  it.each([
    ['the vendor proposes a draft', 'draft', 'propose', 'vendor', 'proposed'],
    ['the partner does not propose', 'draft', 'propose', 'partner', null],
    ['the partner approves a proposal', 'proposed', 'approve', 'partner', 'approved'],
    ['the vendor does not approve its own proposal', 'proposed', 'approve', 'vendor', null],
    ['a draft is not approved before it is proposed', 'draft', 'approve', 'partner', null],
    ['the partner sends a proposal back', 'proposed', 'return', 'partner', 'draft'],
    ['the partner does not reopen an approved plan', 'approved', 'return', 'partner', null],
    ['the vendor reopens an approved plan (it needs approving again)', 'approved', 'return', 'vendor', 'draft'],
    ['the vendor closes an approved plan', 'approved', 'close', 'vendor', 'closed'],
    ['a draft is not closed', 'draft', 'close', 'vendor', null],
    ['a closed plan is archived', 'closed', 'archive', 'vendor', 'archived'],
    ['an approved plan is closed before it is archived', 'approved', 'archive', 'vendor', null],
  ] as const)('%s', (_rule, from, action, side, to) => {
    const d = planTransition(from, action, side);
    expect(d.allowed ? d.to : null).toBe(to);
  });
});

const goal = (id: string, side: Goal['side'], title = id): Goal => ({
  id,
  side,
  kind: 'joint_wins',
  title,
  targetAmount: null,
  targetCount: 5,
  unit: '',
  notes: '',
});
const plan = (
  content: Partial<PlanContent>,
  header: Partial<{ title: string; periodStart: string; periodEnd: string }> = {},
) => ({
  title: 'FY2027',
  periodStart: '2026-02-01',
  periodEnd: '2027-01-31',
  ...header,
  content: { ...emptyContent(), ...content },
});

describe('both sides edit their own parts', () => {
  const before = plan({ goals: [goal('v', 'vendor'), goal('p', 'partner'), goal('j', 'joint')] });
  it.each([
    [
      'the partner changes its own goal',
      'partner',
      plan({ goals: [goal('v', 'vendor'), goal('p', 'partner', 'X'), goal('j', 'joint')] }),
      [],
    ],
    [
      'either side changes a joint goal',
      'partner',
      plan({ goals: [goal('v', 'vendor'), goal('p', 'partner'), goal('j', 'joint', 'Y')] }),
      [],
    ],
    [
      "the partner does not change the vendor's goal",
      'partner',
      plan({ goals: [goal('v', 'vendor', 'Z'), goal('p', 'partner'), goal('j', 'joint')] }),
      ['goals.0'],
    ],
    [
      "the vendor does not remove the partner's goal",
      'vendor',
      plan({ goals: [goal('v', 'vendor'), goal('j', 'joint')] }),
      ['goals'],
    ],
    [
      'the vendor does not add a goal in the partner’s name',
      'vendor',
      plan({ goals: [...before.content.goals, goal('n', 'partner')] }),
      ['goals.3.side'],
    ],
    [
      'a side does not hand its item to the other',
      'vendor',
      plan({ goals: [goal('v', 'partner'), goal('p', 'partner'), goal('j', 'joint')] }),
      ['goals.0.side'],
    ],
    ['the vendor sets the period', 'vendor', plan({ goals: before.content.goals }, { periodEnd: '2027-03-31' }), []],
    [
      'the partner does not set the period',
      'partner',
      plan({ goals: before.content.goals }, { periodEnd: '2027-03-31' }),
      ['periodEnd'],
    ],
    [
      'both write the SWOT',
      'partner',
      plan({ goals: before.content.goals, swot: { ...emptyContent().swot, threats: ['A hyperscaler bundle'] } }),
      [],
    ],
  ] as const)('%s', (_rule, side, after, paths) => {
    expect(planEditProblems(before, after, side).map((p) => p.path)).toEqual(paths);
  });

  it.each([
    [
      'a revenue goal needs an amount',
      { goals: [{ ...goal('r', 'joint'), kind: 'revenue' as const, targetCount: null }] },
      ['goals.0.targetAmount'],
    ],
    ['a counted goal needs a count', { goals: [{ ...goal('c', 'joint'), targetCount: null }] }, ['goals.0.targetCount']],
    ['item ids are unique', { goals: [goal('a', 'joint'), goal('a', 'joint')] }, ['goals.1.id']],
  ] as const)('%s', (_rule, content, paths) => {
    const p = plan(content as unknown as Partial<PlanContent>);
    expect(contentProblems(p, p.content).map((x) => x.path)).toEqual(paths);
  });
});

describe('each side keeps its own commitments', () => {
  const vendorC = { side: 'vendor' as const, partnerId: 'A', ownerId: 'exec' };
  const partnerC = { side: 'partner' as const, partnerId: 'A', ownerId: null };
  it.each([
    [
      "the partner's user changes its company's commitment",
      { userId: 'u', role: 'partner_user', partnerId: 'A' },
      partnerC,
      true,
    ],
    ["the partner reads the vendor's commitment only", { userId: 'u', role: 'partner_admin', partnerId: 'A' }, vendorC, false],
    ['another partner changes nothing', { userId: 'u', role: 'partner_admin', partnerId: 'B' }, partnerC, false],
    ["a partner manager changes the vendor's", { userId: 'pm', role: 'partner_manager', partnerId: null }, vendorC, true],
    [
      "a partner manager does not mark the partner's done",
      { userId: 'pm', role: 'partner_manager', partnerId: null },
      partnerC,
      false,
    ],
    [
      'an executive who owns one reads it (the alliance manager records it)',
      { userId: 'exec', role: 'executive', partnerId: null },
      vendorC,
      false,
    ],
    ['the system acts for either side', { userId: null, role: 'admin', partnerId: null }, partnerC, true],
    ['finance does not change one it does not own', { userId: 'f', role: 'finance', partnerId: null }, vendorC, false],
  ] as const)('%s', (_rule, actor, commitment, allowed) => {
    expect(mayChangeCommitment(actor, commitment).allowed).toBe(allowed);
  });

  it.each([
    [
      'the vendor adds either side’s (the partner approves them with the plan)',
      { userId: 'pm', role: 'partner_manager', partnerId: null },
      'partner',
      true,
    ],
    ['a partner adds its own', { userId: 'u', role: 'partner_user', partnerId: 'A' }, 'partner', true],
    ['a partner does not add the vendor’s', { userId: 'u', role: 'partner_admin', partnerId: 'A' }, 'vendor', false],
  ] as const)('%s', (_rule, actor, side, allowed) => {
    expect(mayAddCommitment(actor, side).allowed).toBe(allowed);
  });
});

describe('fiscal periods follow the organisation’s fiscal year', () => {
  it.each([
    [
      'a February year: FY2027 runs Feb 2026 – Jan 2027',
      '2026-11-30',
      2,
      ['FY2027', '2026-02-01', '2027-01-31'],
      ['FY2027 Q4', '2026-11-01', '2027-01-31'],
    ],
    [
      'a January year is the calendar year',
      '2026-11-30',
      1,
      ['FY2026', '2026-01-01', '2026-12-31'],
      ['FY2026 Q4', '2026-10-01', '2026-12-31'],
    ],
    [
      'in January a February year is still last year’s',
      '2027-01-15',
      2,
      ['FY2027', '2026-02-01', '2027-01-31'],
      ['FY2027 Q4', '2026-11-01', '2027-01-31'],
    ],
    ['a July year', '2026-07-01', 7, ['FY2027', '2026-07-01', '2027-06-30'], ['FY2027 Q4', '2027-04-01', '2027-06-30']],
  ] as const)('%s', (_rule, today, month, year, q4) => {
    const presets = fiscalPeriods(today, month);
    const thisYear = presets.find((p) => p.key === 'this_year');
    const fourth = presets.find((p) => p.key === 'q4');
    expect([thisYear?.label, thisYear?.start, thisYear?.end]).toEqual(year);
    expect([fourth?.label, fourth?.start, fourth?.end]).toEqual(q4);
  });
});

describe('the diff between versions is field by field', () => {
  const snap = (
    content: Partial<PlanContent>,
    commitments: PlanSnapshot['commitments'] = {},
    status: PlanSnapshot['status'] = 'draft',
  ): PlanSnapshot => ({
    title: 'FY2027',
    periodStart: '2026-02-01',
    periodEnd: '2027-01-31',
    status,
    content: { ...emptyContent(), ...content },
    commitments,
  });
  const k = (status: 'open' | 'done') => ({
    side: 'partner' as const,
    title: 'Certify 3',
    dueDate: '2026-06-30',
    owner: null,
    status,
    evidence: '',
  });

  it.each([
    ['no change, no lines', snap({}), snap({}), []],
    ['a status change is one line', snap({}), snap({}, {}, 'proposed'), [['Status', 'changed', 'draft', 'proposed']]],
    [
      'a goal added is one line with the goal',
      snap({}),
      snap({ goals: [goal('g', 'joint', 'Joint wins')] }),
      [['Goals › Joint wins', 'added', null, 'object']],
    ],
    [
      "a goal's field changed names the goal and the field",
      snap({ goals: [goal('g', 'joint', 'Joint wins')] }),
      snap({ goals: [{ ...goal('g', 'joint', 'Joint wins'), targetCount: 8 }] }),
      [['Goals › Joint wins › Target count', 'changed', 5, 8]],
    ],
    [
      'reordering goals is not a change',
      snap({ goals: [goal('a', 'joint'), goal('b', 'joint')] }),
      snap({ goals: [goal('b', 'joint'), goal('a', 'joint')] }),
      [],
    ],
    [
      'a SWOT list is compared whole',
      snap({}),
      snap({ swot: { ...emptyContent().swot, threats: ['Bundling', 'Price'] } }),
      [['SWOT › Threats', 'changed', [], ['Bundling', 'Price']]],
    ],
    [
      "a commitment's status names the commitment",
      snap({}, { k1: k('open') }),
      snap({}, { k1: k('done') }),
      [['Commitments › Certify 3 › Status', 'changed', 'open', 'done']],
    ],
  ] as const)('%s', (_rule, from, to, expected) => {
    const lines = planDiff(from, to).map((ch) => [
      ch.label,
      ch.kind,
      ch.before,
      typeof ch.after === 'object' && ch.after !== null && !Array.isArray(ch.after) ? 'object' : ch.after,
    ]);
    expect(lines).toEqual(expected);
  });
});
