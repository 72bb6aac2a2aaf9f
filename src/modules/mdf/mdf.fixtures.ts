import { eq } from 'drizzle-orm';
import { withTx } from '../../db/scope.js';
import type { Ctx } from '../../shared/context.js';
import { addDays } from '../../shared/dates.js';
import { attachFile, simplePdf } from '../files/index.js';
import { appendEntry } from './mdf.ledger.js';
import { periodContaining } from './mdf.rules.js';
import { mdfAllocations, mdfClaims, mdfRequests } from './mdf.schema.js';
import { PROOF_KIND } from './mdf.service.js';

/**
 * MDF records written straight to the tables (no audit), with their ledger entries, for the
 * authorization matrix and tests: an allocation of the current quarter (USD 100,000.00 unless
 * told), a request on it (submitted, or approved for an activity that ended yesterday), a claim
 * with proof (submitted or approved).
 */
export async function makeTestAllocation(ctx: Ctx, partnerId: string, amount = 10_000_000, currency = 'USD'): Promise<string> {
  return withTx(ctx, async (c) => {
    const today = c.now.toISOString().slice(0, 10);
    const period = periodContaining(today);
    const [row] = await c.tx
      .insert(mdfAllocations)
      .values({
        partnerId,
        period: period.key,
        periodStart: period.start,
        periodEnd: period.end,
        kind: 'fixed',
        amount,
        currency,
        expiresOn: addDays(today, 200),
        notes: 'Test allocation',
      })
      .returning();
    if (!row) throw new Error('no allocation made');
    await appendEntry(c, {
      partnerId,
      allocationId: row.id,
      kind: 'allocation',
      amount,
      currency,
      onDate: period.start,
      key: `allocation:${row.id}`,
      actorId: null,
    });
    return row.id;
  });
}

export async function makeTestRequest(ctx: Ctx, partnerId: string, approved: boolean): Promise<string> {
  const allocationId = await makeTestAllocation(ctx, partnerId);
  return withTx(ctx, async (c) => {
    const today = c.now.toISOString().slice(0, 10);
    const [row] = await c.tx
      .insert(mdfRequests)
      .values({
        partnerId,
        allocationId,
        activityType: 'webinar',
        title: 'Test webinar',
        startsOn: addDays(today, approved ? -1 : 20),
        endsOn: addDays(today, approved ? -1 : 20),
        requestedAmount: 100_000,
        approvedAmount: approved ? 100_000 : null,
        currency: 'USD',
        status: approved ? 'approved' : 'submitted',
        decidedAt: approved ? c.now : null,
      })
      .returning();
    if (!row) throw new Error('no request made');
    if (approved) {
      await appendEntry(c, {
        partnerId,
        allocationId,
        requestId: row.id,
        kind: 'commitment',
        amount: 100_000,
        currency: 'USD',
        onDate: today,
        key: `commitment:${row.id}`,
        actorId: null,
      });
    }
    return row.id;
  });
}

export async function makeTestClaim(ctx: Ctx, partnerId: string, approved: boolean): Promise<string> {
  const requestId = await makeTestRequest(ctx, partnerId, true);
  const id = await withTx(ctx, async (c) => {
    const [request] = await c.tx.update(mdfRequests).set({ status: 'claimed' }).where(eq(mdfRequests.id, requestId)).returning();
    if (!request) throw new Error('no request');
    const [row] = await c.tx
      .insert(mdfClaims)
      .values({ partnerId, requestId, claimedAmount: 90_000, currency: 'USD', status: 'submitted' })
      .returning();
    if (!row) throw new Error('no claim made');
    return row.id;
  });
  // Proof goes on while the claim awaits its decision.
  await attachFile(ctx, PROOF_KIND, id, { name: 'invoice.pdf', bytes: simplePdf(['Invoice']) });
  if (!approved) return id;
  await withTx(ctx, async (c) => {
    const today = c.now.toISOString().slice(0, 10);
    const [request] = await c.tx
      .update(mdfRequests)
      .set({ status: 'completed' })
      .where(eq(mdfRequests.id, requestId))
      .returning();
    if (!request) throw new Error('no request');
    await c.tx
      .update(mdfClaims)
      .set({ status: 'approved', approvedAmount: 90_000, decidedAt: c.now })
      .where(eq(mdfClaims.id, id));
    for (const [kind, amount] of [
      ['claim', 90_000],
      ['release', 10_000],
    ] as const) {
      await appendEntry(c, {
        partnerId,
        allocationId: request.allocationId,
        requestId,
        claimId: id,
        kind,
        amount,
        currency: 'USD',
        onDate: today,
        key: `${kind}:${requestId}`,
        actorId: null,
      });
    }
  });
  return id;
}
