import { withTx } from '../../db/scope.js';
import type { Ctx } from '../../shared/context.js';
import { isPartnerRole, type Role } from '../../shared/roles.js';
import { defaultDecisionRules } from './governance.rules.js';
import {
  governanceActions,
  governanceBodies,
  governanceDecisions,
  governanceMeetings,
  governanceMembers,
} from './governance.schema.js';

let made = 0;

const sideOf = (role: Role) => (isPartnerRole(role) ? 'partner' : 'vendor') as 'partner' | 'vendor';

/**
 * Records for the authorization matrix and tests, written straight to the tables (no audit): a
 * body whose chair (a voting member and executive sponsor) is `member`, a scheduled meeting ahead
 * whose minutes the vendor opened to the partner, an open decision of that body with `member` as
 * a voter, and an open action item owned by `member`.
 */
export async function makeTestBody(ctx: Ctx, partnerId: string, member: { id: string; role: Role }): Promise<string> {
  made += 1;
  return withTx(ctx, async (c) => {
    const [row] = await c.tx
      .insert(governanceBodies)
      .values({
        partnerId,
        name: `Matrix committee ${Date.now().toString(36)}${made}`,
        kind: 'joint_steering_committee',
        decisionRules: defaultDecisionRules(),
        partnerMayWriteMinutes: true,
      })
      .returning({ id: governanceBodies.id });
    if (!row) throw new Error('no body made');
    await c.tx
      .insert(governanceMembers)
      .values({ bodyId: row.id, partnerId, userId: member.id, side: sideOf(member.role), role: 'chair', executiveSponsor: true });
    return row.id;
  });
}

export async function makeTestMeeting(ctx: Ctx, partnerId: string): Promise<string> {
  made += 1;
  return withTx(ctx, async (c) => {
    const [row] = await c.tx
      .insert(governanceMeetings)
      .values({
        partnerId,
        kind: 'qbr',
        title: `Matrix QBR ${made}`,
        startsAt: new Date(c.now.getTime() + 7 * 86_400_000),
        partnerMayWriteMinutes: true,
      })
      .returning({ id: governanceMeetings.id });
    if (!row) throw new Error('no meeting made');
    return row.id;
  });
}

export async function makeTestDecision(ctx: Ctx, partnerId: string, member: { id: string; role: Role }): Promise<string> {
  const bodyId = await makeTestBody(ctx, partnerId, member);
  const [rule] = defaultDecisionRules();
  if (!rule) throw new Error('no rule');
  return withTx(ctx, async (c) => {
    const [row] = await c.tx
      .insert(governanceDecisions)
      .values({
        partnerId,
        bodyId,
        title: `Matrix decision ${made}`,
        decisionClass: rule.decisionClass,
        rule: { ...rule, quorumPercent: 50 },
        voterIds: [member.id],
        openedAt: c.now,
      })
      .returning({ id: governanceDecisions.id });
    if (!row) throw new Error('no decision made');
    return row.id;
  });
}

export async function makeTestAction(ctx: Ctx, partnerId: string, owner: { id: string; role: Role }): Promise<string> {
  made += 1;
  return withTx(ctx, async (c) => {
    const [row] = await c.tx
      .insert(governanceActions)
      .values({
        partnerId,
        title: `Matrix action ${made}`,
        ownerId: owner.id,
        side: sideOf(owner.role),
        dueOn: c.now.toISOString().slice(0, 10),
      })
      .returning({ id: governanceActions.id });
    if (!row) throw new Error('no action made');
    return row.id;
  });
}
