import { describe, expect, it } from 'vitest';
import { decideItemDone, runbookFinished, startRunbookProblem, terminationAllowed } from './offboarding.rules.js';

const at = new Date('2026-11-01T10:00:00Z');
const EUR = (amount: number) => ({ amount, currency: 'EUR' });

describe('each runbook item is done once, by a person with a note', () => {
  it.each([
    ['a note is enough for most items', 'end_access', null, 'open', { note: 'Done' }, null],
    ['without a note it is not done', 'transfer', null, 'open', { note: '  ' }, 'note'],
    ['a done item is not done again', 'transfer', at, 'open', { note: 'Again' }, 'status'],
    ['nothing is done on a finished runbook', 'transfer', null, 'completed', { note: 'Late' }, 'status'],
    ['settling needs the amount settled', 'settle', null, 'open', { note: 'Paid' }, 'amount'],
    ['settling with zero owed is fine', 'settle', null, 'open', { note: 'Nothing owed', amount: EUR(0) }, null],
    ['settling with an amount', 'settle', null, 'open', { note: 'Final commission', amount: EUR(125_000) }, null],
    ['only the settlement carries an amount', 'export_records', null, 'open', { note: 'x', amount: EUR(1) }, 'amount'],
  ] as const)('%s', (_rule, kind, doneAt, status, input, refusedOn) => {
    const d = decideItemDone({ kind, doneAt }, { status }, input);
    expect(d.allowed ? null : d.path).toBe(refusedOn);
  });
});

describe('a partner is terminated only once its runbook is finished', () => {
  it.each([
    ['an open runbook holds termination back', { status: 'open', open: 2 } as const, false],
    ['a finished runbook lets it through', { status: 'completed', open: 0 } as const, true],
    ['a partner off-boarded before runbooks existed is not held back', null, true],
  ])('%s', (_rule, runbook, allowed) => {
    expect(terminationAllowed(runbook).allowed).toBe(allowed);
  });

  it('a runbook is finished when every item is done', () => {
    expect(runbookFinished([{ doneAt: at }, { doneAt: at }])).toBe(true);
    expect(runbookFinished([{ doneAt: at }, { doneAt: null }])).toBe(false);
    expect(runbookFinished([])).toBe(false);
  });
});

describe('a runbook is started by hand only for a partner off-boarding without one', () => {
  it.each([
    ['a partner off-boarded before runbooks existed gets one', 'offboarding', null, false],
    ['a partner retained before, off-boarding again without one, gets one', 'offboarding', 'cancelled', false],
    ['an open runbook is not started twice', 'offboarding', 'open', true],
    ['a finished runbook is not started again', 'offboarding', 'completed', true],
    ['an active partner has no runbook to start', 'active', null, true],
    ['a terminated partner has none either', 'terminated', 'completed', true],
  ] as const)('%s', (_rule, stage, latest, refused) => {
    expect(startRunbookProblem(stage, latest) !== null).toBe(refused);
  });
});
