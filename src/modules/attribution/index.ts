import type { ModuleDescriptor } from '../../server/module.js';
import type { Ctx } from '../../shared/context.js';
import { addDays } from '../../shared/dates.js';
import { addTouch, createOpportunity } from '../opportunities/index.js';
import { attributionDemo } from './attribution.demo.js';
import { attributionPoliciesImporter } from './attribution.importer.js';
import { attributionMetrics } from './attribution.metrics.js';
import { mayManageAttribution } from './attribution.policy.js';
import { attributionRoutes, nextTestPeriod } from './attribution.routes.js';
import { createPolicy, lockPeriod } from './attribution.service.js';

export * from './attribution.rules.js';
export { attributionPeriods, attributionPolicies } from './attribution.schema.js';
export type {
  AttributionPeriodDto,
  AttributionPolicyDto,
  AttributionReportDto,
  AttributionSettingsDto,
  DealCredit,
  InfluencedReportDto,
  OpportunityAttributionDto,
} from './attribution.service.js';
export {
  attributionReport,
  creditedDeals,
  getAttributionSettings,
  influencedReport,
  listPeriods,
  listPolicies,
  lockPeriod,
  opportunityAttribution,
  resolveModel,
  unlockPeriod,
} from './attribution.service.js';

let made = 0;

/** A deal won yesterday for a new customer, touched by `partnerId` (co-sell): the partner's credit. */
export async function makeTestWonDeal(ctx: Ctx, partnerId: string, amount = 1_000_000): Promise<string> {
  made += 1;
  const u = `${Date.now().toString(36)}${made}`;
  const today = new Date().toISOString().slice(0, 10);
  const created = await createOpportunity(ctx, {
    title: `Attribution deal ${u}`,
    customer: { name: `Attribution account ${u}`, domain: `attribution-${u}.example` },
    amount,
    currency: 'USD',
    stage: 'closed_won',
    closeDate: addDays(today, -1),
  });
  await addTouch(ctx, created.id, { partnerId, role: 'co_sell', occurredAt: new Date(Date.now() - 2 * 86_400_000) });
  return created.id;
}

/**
 * Attribution: credit per won deal across its partners by model (sourced, first/last touch,
 * linear, time decay, position-based, custom role-weight policies), exact to the minor unit; the
 * influenced view; FX at the close date; period locks that freeze history; the partner's own
 * credit; the `attribution.*` metrics (docs/decisions/0266–0272).
 */
export const module: ModuleDescriptor = {
  name: 'attribution',
  routes: attributionRoutes,
  demo: attributionDemo,
  metrics: attributionMetrics,
  importers: [attributionPoliciesImporter],
  appPermissions: (actor) => ({
    viewAttribution: true,
    manageAttribution: mayManageAttribution(actor),
  }),
  recordKinds: [
    {
      // A partner's credit: a deal it co-sold, won yesterday.
      name: 'attribution',
      belongsTo: 'partner',
      make: async (ctx, owner) => ({ id: await makeTestWonDeal(ctx, owner.partnerId ?? owner.existingPartner) }),
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: (row) =>
        (row.partnerId as string | undefined) ?? (row.lines as { partnerId: string }[] | undefined)?.[0]?.partnerId ?? null,
    },
    {
      name: 'attributionPolicy',
      belongsTo: 'vendor',
      make: async (ctx) => {
        made += 1;
        const policy = await createPolicy(ctx, {
          name: `Matrix policy ${Date.now().toString(36)}${made}`,
          roleWeights: { sourced: 70, co_sell: 30 },
        });
        return { id: policy.id };
      },
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: () => null,
    },
    {
      name: 'attributionPeriod',
      belongsTo: 'vendor',
      make: async (ctx) => ({ id: (await lockPeriod(ctx, nextTestPeriod())).id }),
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: () => null,
    },
  ],
};
