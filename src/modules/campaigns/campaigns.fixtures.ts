import { eq } from 'drizzle-orm';
import { withTx } from '../../db/scope.js';
import type { Ctx } from '../../shared/context.js';
import { campaigns } from './campaigns.schema.js';
import { createCampaign } from './campaigns.service.js';

let made = 0;

/** A planned campaign (or, with `proposed`, a partner's proposal) for the authorization matrix and tests. */
export async function makeTestCampaign(ctx: Ctx, partnerId: string, proposed = false): Promise<string> {
  made += 1;
  return withTx(ctx, async (c) => {
    const campaign = await createCampaign(c, partnerId, {
      name: `Matrix campaign ${made}`,
      type: 'webinar',
      ownerSide: 'joint',
      startsOn: '2027-01-10',
      endsOn: '2027-01-31',
      budget: { amount: 500_000, currency: 'USD' },
      split: { vendorPercent: 50 },
    });
    if (proposed)
      await c.tx
        .update(campaigns)
        .set({ status: 'proposed', approvedAt: null, approvedById: null })
        .where(eq(campaigns.id, campaign.id));
    return campaign.id;
  });
}
