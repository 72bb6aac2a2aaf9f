import { describe, expect, it } from 'vitest';
import type { PolicyActor } from '../../shared/context.js';
import { ideaPermissions, maySubmitIdea } from './innovation.policy.js';

const P = { id: 'p1', ownerId: 'pm1' };
const a = (role: PolicyActor['role'], userId: string, partnerId: string | null = null): PolicyActor => ({
  role,
  userId,
  partnerId,
});
const idea = (stage: 'submission' | 'pilot' | 'launch', submittedById = 'pu1') => ({ stage, submittedById, partnerId: 'p1' });

describe('who submits ideas', () => {
  it.each([
    ['the partner’s users', a('partner_user', 'pu1', 'p1'), true],
    ['another partner’s people', a('partner_user', 'x', 'p2'), false],
    ['the owning partner manager, for the partner', a('partner_manager', 'pm1'), true],
    ['not another partner manager', a('partner_manager', 'pm2'), false],
    ['not an executive', a('executive', 'e1'), false],
  ] as const)('%s', (_rule, who, ok) => {
    expect(maySubmitIdea(who, P)).toBe(ok);
  });
});

describe('an idea is edited at submission by its side, decided by the alliance’s managers, scored by its reviewers', () => {
  it.each([
    [
      'its submitter edits it at submission',
      a('partner_user', 'pu1', 'p1'),
      idea('submission'),
      false,
      { edit: true, decide: false, score: false, seeReviews: false },
    ],
    [
      'a colleague does not',
      a('partner_user', 'pu2', 'p1'),
      idea('submission'),
      false,
      { edit: false, decide: false, score: false, seeReviews: false },
    ],
    [
      'the partner’s admin does',
      a('partner_admin', 'pa', 'p1'),
      idea('submission'),
      false,
      { edit: true, decide: false, score: false, seeReviews: false },
    ],
    [
      'nobody edits it after submission',
      a('partner_user', 'pu1', 'p1'),
      idea('pilot'),
      false,
      { edit: false, decide: false, score: false, seeReviews: false },
    ],
    [
      'the owner decides an open idea',
      a('partner_manager', 'pm1'),
      idea('pilot'),
      false,
      { edit: false, decide: true, score: false, seeReviews: true },
    ],
    [
      'an assigned executive scores it',
      a('executive', 'e1'),
      idea('pilot'),
      true,
      { edit: false, decide: false, score: true, seeReviews: true },
    ],
    [
      'a launched idea is final',
      a('admin', 'ad'),
      idea('launch'),
      true,
      { edit: false, decide: false, score: false, seeReviews: true },
    ],
  ] as const)('%s', (_rule, who, i, assigned, can) => {
    expect(ideaPermissions(who, i, P, assigned)).toEqual(can);
  });
});
