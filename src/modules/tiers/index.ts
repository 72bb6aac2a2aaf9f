import type { ModuleDescriptor } from '../../server/module.js';
import { tiersDemo } from './tiers.demo.js';
import { tierRoutes } from './tiers.routes.js';
import { tiers } from './tiers.schema.js';
import { createTier } from './tiers.service.js';

export type { TierColor } from './tiers.rules.js';
export { TIER_COLORS } from './tiers.rules.js';
export type { TierInput, TierSummary } from './tiers.service.js';
export { assertTierExists, createTier, listTiers, tierSummaries } from './tiers.service.js';
/** For foreign keys only. */
export { tiers };

let made = 0;

/** Partner tiers: named, ranked levels (Registered, Silver, Gold, Platinum). */
export const module: ModuleDescriptor = {
  name: 'tiers',
  demo: tiersDemo,
  routes: tierRoutes,
  recordKinds: [
    {
      name: 'tier',
      belongsTo: 'vendor',
      async make(ctx) {
        made += 1;
        return { id: (await createTier(ctx, { name: `Matrix tier ${made} ${Date.now()}`, rank: 5000 + made })).id };
      },
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: () => null,
    },
  ],
};
