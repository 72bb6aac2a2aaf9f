import type { MetricDef } from '../../server/module.js';
import { leadsInNinetyDays } from './marketing.service.js';

export const marketingMetrics: readonly MetricDef[] = [
  {
    key: 'marketing.leads_90d',
    label: 'Leads from through-channel campaigns (90 days)',
    unit: 'count',
    compute: (ctx, partnerIds, asOf) => leadsInNinetyDays(ctx, partnerIds, asOf),
  },
];
