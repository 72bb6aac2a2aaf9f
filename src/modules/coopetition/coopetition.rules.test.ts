import { describe, expect, it } from 'vitest';
import { mayManageCoopetition, maySeeCoopetition } from './coopetition.policy.js';
import { type CoopetitionArea, competingAreas, isDuplicateArea } from './coopetition.rules.js';

const areas: CoopetitionArea[] = [
  { kind: 'segment', name: 'Mid-market banking' },
  { kind: 'product', name: 'SIEM' },
  { kind: 'solution_category', name: 'Managed detection' },
];

describe('sharing respects coopetition areas', () => {
  it.each([
    ['an account in a segment where the partner competes matches', { segments: ['mid-market  Banking'] }, ['Mid-market banking']],
    ['a deal with a competing product matches', { products: ['SIEM', 'Backup'] }, ['SIEM']],
    ['a solution category matches by its own kind only', { segments: ['Managed detection'] }, []],
    ['nothing shared in those areas matches nothing', { segments: ['Retail'], products: ['Backup'] }, []],
  ])('%s', (_rule, subject, names) => {
    expect(competingAreas(areas, subject).map((a) => a.name)).toEqual(names);
  });

  it('records an area once per kind and name, case and spacing aside', () => {
    const existing = areas.map((a, i) => ({ ...a, id: String(i) }));
    expect(isDuplicateArea(existing, { kind: 'product', name: ' siem ' })).toBe(true);
    expect(isDuplicateArea(existing, { kind: 'segment', name: 'SIEM' })).toBe(false);
    expect(isDuplicateArea(existing, { kind: 'product', name: 'SIEM' }, '1')).toBe(false);
  });
});

describe('who sees and keeps coopetition areas', () => {
  const pm = { userId: 'u1', role: 'partner_manager' as const, partnerId: null };
  it.each([
    ['vendor staff see them', { userId: 'x', role: 'finance' as const, partnerId: null }, true],
    [
      'a partner’s own people do not (the vendor’s assessment)',
      { userId: 'y', role: 'partner_admin' as const, partnerId: 'p1' },
      false,
    ],
  ])('%s', (_rule, actor, sees) => {
    expect(maySeeCoopetition(actor)).toBe(sees);
  });
  it.each([
    ['an admin records them for any partner', { userId: 'a', role: 'admin' as const, partnerId: null }, 'someone', true],
    ['a partner manager records them for partners they own', pm, 'u1', true],
    ['a partner manager does not for a colleague’s partners', pm, 'u2', false],
    ['an executive reads only', { userId: 'e', role: 'executive' as const, partnerId: null }, 'e', false],
  ])('%s', (_rule, actor, ownerId, may) => {
    expect(mayManageCoopetition(actor, { ownerId })).toBe(may);
  });
});
