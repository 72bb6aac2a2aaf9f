import { withTx } from '../../db/scope.js';
import type { Ctx } from '../../shared/context.js';
import { emptyContent, type PlanStatus, type Side } from './business-plans.rules.js';
import { businessPlans, businessPlanVersions, planCommitments } from './business-plans.schema.js';

let made = 0;

/**
 * Records for the authorization matrix and tests, written straight to the tables (no audit): a
 * plan in `status` with one joint goal and its first version, and a commitment of one side.
 */
export async function makeTestPlan(ctx: Ctx, partnerId: string, status: PlanStatus = 'draft'): Promise<string> {
  made += 1;
  return withTx(ctx, async (c) => {
    const content = {
      ...emptyContent(),
      goals: [
        {
          id: 'pipeline',
          side: 'joint' as const,
          kind: 'pipeline' as const,
          title: 'Joint pipeline',
          targetAmount: { amount: 100_000_00, currency: 'USD' },
          targetCount: null,
          unit: '',
          notes: '',
        },
      ],
    };
    const today = c.now.toISOString().slice(0, 10);
    const year = Number(today.slice(0, 4));
    const [row] = await c.tx
      .insert(businessPlans)
      .values({
        partnerId,
        title: `Matrix plan ${made}`,
        periodStart: `${year}-01-01`,
        periodEnd: `${year}-12-31`,
        status,
        content,
        version: 1,
        approvedAt: status === 'approved' ? c.now : null,
      })
      .returning();
    if (!row) throw new Error('no plan made');
    await c.tx.insert(businessPlanVersions).values({
      planId: row.id,
      partnerId,
      version: 1,
      snapshot: { title: row.title, periodStart: row.periodStart, periodEnd: row.periodEnd, status, content, commitments: {} },
      summary: 'Drafted the plan',
      actorSide: 'system',
    });
    return row.id;
  });
}

export async function makeTestCommitment(
  ctx: Ctx,
  partnerId: string,
  side: Side,
  options: { planId?: string; dueDate?: string; ownerId?: string | null } = {},
): Promise<string> {
  const planId = options.planId ?? (await makeTestPlan(ctx, partnerId));
  made += 1;
  return withTx(ctx, async (c) => {
    const [row] = await c.tx
      .insert(planCommitments)
      .values({
        planId,
        partnerId,
        side,
        title: `Matrix commitment ${made}`,
        dueDate: options.dueDate ?? c.now.toISOString().slice(0, 10),
        ownerId: options.ownerId ?? null,
      })
      .returning({ id: planCommitments.id });
    if (!row) throw new Error('no commitment made');
    return row.id;
  });
}
