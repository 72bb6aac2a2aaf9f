import { withTx } from '../../db/scope.js';
import type { Ctx } from '../../shared/context.js';
import { addDays } from '../../shared/dates.js';
import type { Side } from './account-plans.rules.js';
import { accountPlanActions, accountPlanGoals } from './account-plans.schema.js';
import { createAccountPlan } from './account-plans.service.js';

let made = 0;
const uniq = () => `${Date.now().toString(36)}${++made}`;
const today = () => new Date().toISOString().slice(0, 10);

/** A draft account plan with `partnerId` for a fresh key account (rows Finance/Operations × Analytics/Integration). */
export async function makeTestAccountPlan(ctx: Ctx, partnerId: string): Promise<string> {
  const u = uniq();
  const plan = await createAccountPlan(ctx, {
    partnerId,
    customer: { name: `Matrix key account ${u}`, domain: `matrix-jap-${u}.example` },
    periodStart: addDays(today(), -30),
    periodEnd: addDays(today(), 335),
    businessUnits: ['Finance', 'Operations'],
    solutionAreas: ['Analytics', 'Integration'],
  });
  return plan.id;
}

/** A goal of a fresh plan with `partnerId`. */
export async function makeTestGoal(ctx: Ctx, partnerId: string): Promise<string> {
  const planId = await makeTestAccountPlan(ctx, partnerId);
  const [row] = await withTx(ctx, (c) =>
    c.tx
      .insert(accountPlanGoals)
      .values({
        planId,
        partnerId,
        title: 'Matrix goal',
        targetAmount: 1_000_000,
        currency: 'USD',
        targetDate: addDays(today(), 90),
      })
      .returning({ id: accountPlanGoals.id }),
  );
  if (!row) throw new Error('no goal made');
  return row.id;
}

/** An open action of `side` in a fresh plan with `partnerId`. */
export async function makeTestAction(ctx: Ctx, partnerId: string, side: Side): Promise<string> {
  const planId = await makeTestAccountPlan(ctx, partnerId);
  const [row] = await withTx(ctx, (c) =>
    c.tx
      .insert(accountPlanActions)
      .values({ planId, partnerId, side, title: 'Matrix action', dueOn: addDays(today(), 14) })
      .returning({ id: accountPlanActions.id }),
  );
  if (!row) throw new Error('no action made');
  return row.id;
}
