import { withTx } from '../../db/scope.js';
import type { Ctx } from '../../shared/context.js';
import { adjustPoints, createReward, requestRedemption } from './loyalty.service.js';

let made = 0;

/** A reward in the catalogue (cost 100) and, when `fundPartner`, 1 000 points for that partner to redeem it with. */
export async function makeTestReward(ctx: Ctx, fundPartner: string | null): Promise<string> {
  made += 1;
  return withTx(ctx, async (c) => {
    const reward = await createReward(c, { name: `Matrix reward ${Date.now().toString(36)}-${made}`, pointsCost: 100 });
    if (fundPartner) await adjustPoints(c, fundPartner, { points: 1000, note: 'Matrix funds' });
    return reward.id;
  });
}

/** A requested redemption of `partnerId`'s points. */
export async function makeTestRedemption(ctx: Ctx, partnerId: string): Promise<string> {
  return withTx(ctx, async (c) => {
    const rewardId = await makeTestReward(c, partnerId);
    return (await requestRedemption(c, rewardId, { partnerId })).id;
  });
}
