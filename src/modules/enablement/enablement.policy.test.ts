import { describe, expect, it } from 'vitest';
import type { PolicyActor } from '../../shared/context.js';
import { coursePermissions, enrolmentPermissions, mayAuthorEnablement, seesColleaguesLearning } from './enablement.policy.js';

const actor = (role: PolicyActor['role'], userId = 'u1', partnerId: string | null = null): PolicyActor => ({
  role,
  userId,
  partnerId,
});

describe('enablement policy', () => {
  it.each([
    { rule: 'admins author courses', who: actor('admin'), author: true },
    { rule: 'partner managers author courses', who: actor('partner_manager'), author: true },
    { rule: 'executives read but do not author', who: actor('executive'), author: false },
    { rule: 'partner people do not author', who: actor('partner_admin', 'u1', 'p1'), author: false },
  ])('$rule', ({ who, author }) => {
    expect(mayAuthorEnablement(who)).toBe(author);
  });

  it.each([
    {
      rule: 'a partner person enrols in a published course',
      who: actor('partner_user', 'u1', 'p1'),
      status: 'published',
      enrol: true,
      edit: false,
    },
    { rule: 'nobody enrols in a draft', who: actor('partner_user', 'u1', 'p1'), status: 'draft', enrol: false, edit: false },
    { rule: 'vendor staff do not take courses', who: actor('admin'), status: 'published', enrol: false, edit: true },
    { rule: 'a retired course is read-only', who: actor('admin'), status: 'retired', enrol: false, edit: false },
  ] as const)('$rule', ({ who, status, enrol, edit }) => {
    const can = coursePermissions(who, { status });
    expect(can.enrol).toBe(enrol);
    expect(can.edit).toBe(edit);
  });

  it.each([
    { rule: 'the learner takes their own course', who: actor('partner_user', 'u1', 'p1'), take: true },
    { rule: 'their company’s admin does not take it for them', who: actor('partner_admin', 'u2', 'p1'), take: false },
    { rule: 'vendor staff do not take it for them', who: actor('admin', 'u3'), take: false },
  ])('$rule', ({ who, take }) => {
    expect(enrolmentPermissions(who, { userId: 'u1' }).take).toBe(take);
  });

  it.each([
    { rule: 'a partner user sees only their own learning', who: actor('partner_user', 'u1', 'p1'), sees: false },
    { rule: 'a partner admin sees colleagues’ learning', who: actor('partner_admin', 'u1', 'p1'), sees: true },
    { rule: 'vendor staff see every partner’s', who: actor('finance'), sees: true },
  ])('$rule', ({ who, sees }) => {
    expect(seesColleaguesLearning(who)).toBe(sees);
  });
});
