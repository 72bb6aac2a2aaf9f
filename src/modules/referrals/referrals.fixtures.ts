import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { withTx } from '../../db/scope.js';
import type { Ctx } from '../../shared/context.js';
import { referralClicks, referralCommissions, referralConversions, referralLinks, referralSettings } from './referrals.schema.js';

/** The domain test links point at (allowed by `allowTestDestinations`). */
export const TEST_DESTINATION_DOMAIN = 'example.com';

/** Lets links point at example.com (what the route examples use); keeps what is allowed already. */
export async function allowTestDestinations(ctx: Ctx): Promise<void> {
  await withTx(ctx, async (c) => {
    await c.tx.insert(referralSettings).values({ id: 1 }).onConflictDoNothing();
    const [row] = await c.tx.select().from(referralSettings).where(eq(referralSettings.id, 1));
    const domains = row?.allowedDomains ?? [];
    if (!domains.includes(TEST_DESTINATION_DOMAIN)) {
      await c.tx
        .update(referralSettings)
        .set({ allowedDomains: [...domains, TEST_DESTINATION_DOMAIN] })
        .where(eq(referralSettings.id, 1));
    }
  });
}

let made = 0;

/** A link of `partnerId` (for the matrix: its code and id). */
export async function makeTestLink(ctx: Ctx, partnerId: string): Promise<{ id: string; code: string }> {
  await allowTestDestinations(ctx);
  made += 1;
  const code = `t${Date.now().toString(36)}-${made}-${randomBytes(2).toString('hex')}`;
  return withTx(ctx, async (c) => {
    const [row] = await c.tx
      .insert(referralLinks)
      .values({ partnerId, code, destinationUrl: `https://www.${TEST_DESTINATION_DOMAIN}/`, label: 'Test link' })
      .returning();
    if (!row) throw new Error('no link');
    return { id: row.id, code: row.code };
  });
}

/**
 * A link with a click, a sign-up, a paying customer and its accrued commission, for `partnerId`:
 * so partner-side lists have rows of their own. Answers the commission's id.
 */
export async function makeTestReferralHistory(
  ctx: Ctx,
  partnerId: string,
  status: 'accrued' | 'approved' = 'accrued',
): Promise<{ linkId: string; commissionId: string }> {
  const link = await makeTestLink(ctx, partnerId);
  return withTx(ctx, async (c) => {
    made += 1;
    const customerRef = `test-${Date.now().toString(36)}-${made}`;
    const [click] = await c.tx
      .insert(referralClicks)
      .values({ partnerId, linkId: link.id, token: randomBytes(18).toString('base64url'), occurredAt: c.now })
      .returning();
    const base = { partnerId, linkId: link.id, clickId: click?.id ?? null, customerRef, via: 'click', occurredAt: c.now };
    await c.tx.insert(referralConversions).values({ ...base, kind: 'signup' });
    const [customer] = await c.tx
      .insert(referralConversions)
      .values({ ...base, kind: 'customer', amount: 100_000, currency: 'USD' })
      .returning();
    if (!customer) throw new Error('no conversion');
    const [commission] = await c.tx
      .insert(referralCommissions)
      .values({
        partnerId,
        conversionId: customer.id,
        customerRef,
        baseAmount: 100_000,
        ratePercent: 10,
        amount: 10_000,
        currency: 'USD',
        accruedAt: c.now,
        status,
        ...(status === 'approved' ? { approvedAt: c.now } : {}),
      })
      .returning();
    if (!commission) throw new Error('no commission');
    return { linkId: link.id, commissionId: commission.id };
  });
}
