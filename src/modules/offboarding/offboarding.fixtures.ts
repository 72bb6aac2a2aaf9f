import { and, eq } from 'drizzle-orm';
import { withTx } from '../../db/scope.js';
import type { Ctx } from '../../shared/context.js';
import { partners } from '../partners/index.js';
import { offboardingItems, offboardingRunbooks } from './offboarding.schema.js';

/**
 * For the authorization matrix: the partner's open runbook (made once, with a settlement item
 * left open so it never finishes) and a fresh "transfer" item to complete, written straight to
 * the tables.
 */
export async function makeTestRunbookItem(ctx: Ctx, partnerId: string): Promise<string> {
  return withTx(ctx, async (c) => {
    let [runbook] = await c.tx
      .select({ id: offboardingRunbooks.id })
      .from(offboardingRunbooks)
      .where(and(eq(offboardingRunbooks.partnerId, partnerId), eq(offboardingRunbooks.status, 'open')));
    if (!runbook) {
      [runbook] = await c.tx
        .insert(offboardingRunbooks)
        .values({ partnerId, status: 'open', reason: 'Matrix', startedAt: c.now })
        .returning({ id: offboardingRunbooks.id });
      if (!runbook) throw new Error('no runbook made');
      await c.tx
        .insert(offboardingItems)
        .values({ runbookId: runbook.id, partnerId, position: 0, kind: 'settle', title: 'Settle what is owed' });
    }
    const [item] = await c.tx
      .insert(offboardingItems)
      .values({ runbookId: runbook.id, partnerId, position: 1, kind: 'transfer', title: 'Transfer open deals and leads' })
      .returning({ id: offboardingItems.id });
    if (!item) throw new Error('no item made');
    return item.id;
  });
}

/**
 * For the authorization matrix: the partner put straight into off-boarding without a runbook,
 * as a partner that entered the stage before runbooks existed.
 */
export async function makeTestOffboardingPartner(ctx: Ctx, partnerId: string): Promise<string> {
  await withTx(ctx, async (c) => {
    await c.tx.update(partners).set({ lifecycleStage: 'offboarding' }).where(eq(partners.id, partnerId));
    await c.tx.delete(offboardingRunbooks).where(eq(offboardingRunbooks.partnerId, partnerId));
  });
  return partnerId;
}
