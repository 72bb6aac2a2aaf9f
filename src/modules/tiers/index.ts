import type { ModuleDescriptor } from '../../server/module.js';
import { tiersDemo } from './tiers.demo.js';
import { tierRoutes } from './tiers.routes.js';
import { tiers } from './tiers.schema.js';

export { ZTier, ZTierInput } from './tiers.routes.js';
export type { RequirementType, SupportLevel, TierBenefits, TierColor, TierRequirement } from './tiers.rules.js';
export {
  byRank,
  metricKeyOf,
  nextTierUp,
  REQUIREMENT_LABELS,
  REQUIREMENT_METRICS,
  REQUIREMENT_TYPES,
  SUPPORT_LEVELS,
  TIER_COLORS,
} from './tiers.rules.js';
export type { TierRow } from './tiers.schema.js';
export type { TierInput, TierSummary } from './tiers.service.js';
export {
  assertTierExists,
  createTier,
  getTier,
  listTiers,
  reorderTiers,
  tierSummaries,
  updateTier,
} from './tiers.service.js';
/** For foreign keys only. */
export { tiers };

/**
 * Partner tiers: ranked levels of a program (Registered, Silver, Gold, Platinum) with their
 * requirements and benefits. The `tier` record kind is declared by the programs module, which
 * can put a partner in a tier's program.
 */
export const module: ModuleDescriptor = {
  name: 'tiers',
  demo: tiersDemo,
  routes: tierRoutes,
};
