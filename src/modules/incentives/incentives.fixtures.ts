import { eq } from 'drizzle-orm';
import { withTx } from '../../db/scope.js';
import type { Ctx } from '../../shared/context.js';
import { payoutBatches, payoutLines } from './incentives.schema.js';
import { createBatch, recordAdjustment } from './incentives.service.js';

/** A payable adjustment of 100.00 USD for `partnerId` (the matrix's earning). */
export async function makeTestEarning(ctx: Ctx, partnerId: string): Promise<string> {
  return (await recordAdjustment(ctx, { partnerId, amount: { amount: 10_000, currency: 'USD' }, reason: 'Matrix adjustment' }))
    .id;
}

/**
 * A draft batch paying a fresh adjustment, made by the system (so any finance person may approve
 * it); `approved` marks it approved as a finished four-eyes review would, for the "mark paid" route.
 */
export async function makeTestBatch(ctx: Ctx, partnerId: string, approved = false): Promise<string> {
  await makeTestEarning(ctx, partnerId);
  const today = ctx.now.toISOString().slice(0, 10);
  const batch = await createBatch(ctx, { periodEnd: today, payDate: today });
  if (approved)
    await withTx(ctx, async (c) => {
      await c.tx.update(payoutBatches).set({ status: 'approved', approvedAt: c.now }).where(eq(payoutBatches.id, batch.id));
      await c.tx.update(payoutLines).set({ status: 'approved' }).where(eq(payoutLines.batchId, batch.id));
    });
  return batch.id;
}
