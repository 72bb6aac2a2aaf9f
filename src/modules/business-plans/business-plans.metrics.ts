import { partnerFilter } from '../../db/scope.js';
import type { MetricDef, MetricValue } from '../../server/module.js';
import type { TxCtx } from '../../shared/context.js';
import { partners } from '../partners/index.js';
import { type CurrentPlanFulfilment, currentPlanFulfilment } from './business-plans.service.js';

/** Every requested partner ('all': every one the caller sees), for a metric that is 0 rather than unknown. */
async function requested(ctx: TxCtx, ids: readonly string[] | 'all'): Promise<string[]> {
  if (ids !== 'all') return [...ids];
  const rows = await ctx.tx.select({ id: partners.id }).from(partners).where(partnerFilter(ctx, partners.id));
  return rows.map((r) => r.id);
}

function pick(map: Map<string, CurrentPlanFulfilment>, value: (f: CurrentPlanFulfilment) => number | null) {
  return new Map<string, MetricValue>([...map].map(([id, f]) => [id, value(f)]));
}

/**
 * The alliance metrics of joint business plans (issue 9's shared contract): whether a current plan
 * exists, and its fulfilment per side and their asymmetry — the numbers `GET
 * /api/v1/business-plans/{id}` answers for that plan (the same rule; test/api/business-plans.test.ts
 * holds them equal).
 */
export const planMetrics: readonly MetricDef[] = [
  {
    key: 'plans.current_plan',
    label: 'Current joint business plan',
    unit: 'boolean',
    description: 'An approved joint business plan whose period covers the day (1), or none (0).',
    async compute(ctx, ids, asOf) {
      const current = await currentPlanFulfilment(ctx, ids, asOf);
      return new Map((await requested(ctx, ids)).map((id) => [id, current.has(id) ? 1 : 0]));
    },
  },
  {
    key: 'plans.fulfilment_vendor',
    label: 'Commitment fulfilment, vendor side',
    unit: 'percent',
    description: 'Share of the vendor’s due commitments in the current plan kept (on time full, late half), 0–100.',
    compute: async (ctx, ids, asOf) => pick(await currentPlanFulfilment(ctx, ids, asOf), (f) => f.vendor),
  },
  {
    key: 'plans.fulfilment_partner',
    label: 'Commitment fulfilment, partner side',
    unit: 'percent',
    description: 'Share of the partner’s due commitments in the current plan kept (on time full, late half), 0–100.',
    compute: async (ctx, ids, asOf) => pick(await currentPlanFulfilment(ctx, ids, asOf), (f) => f.partner),
  },
  {
    key: 'plans.commitment_asymmetry',
    label: 'Commitment asymmetry',
    unit: 'percent',
    description: 'Percentage points between the two sides’ fulfilment in the current plan (|vendor − partner|).',
    compute: async (ctx, ids, asOf) => pick(await currentPlanFulfilment(ctx, ids, asOf), (f) => f.asymmetry),
  },
];
