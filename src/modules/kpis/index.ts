import { withTx } from '../../db/scope.js';
import type { ModuleDescriptor } from '../../server/module.js';
import { localDateOf } from '../../shared/dates.js';
import { getSettings } from '../settings/index.js';
import { kpisDemo } from './kpis.demo.js';
import { costEntriesImporter } from './kpis.importer.js';
import { kpiRoutes } from './kpis.routes.js';
import { monthStart, previousMonth } from './kpis.rules.js';
import { createCostEntry } from './kpis.service.js';
import { takeSnapshot } from './kpis.snapshot.js';

export type { RoiReport, RoiRow } from './kpis.roi.js';
export { roiReport } from './kpis.roi.js';
export * from './kpis.rules.js';
export { kpiCostEntries, kpiDealFacts, kpiMonths, kpiSnapshots } from './kpis.schema.js';
export type { CostEntryDto, KpiDashboard, KpiFilters, KpiPoint, PartnerKpis } from './kpis.service.js';
export { kpiDashboard, kpiDrillDown, listCostEntries, listSnapshotMonths, partnerKpis } from './kpis.service.js';
export type { KpiMonthDto } from './kpis.snapshot.js';
export { takeSnapshot, writeSnapshotFacts } from './kpis.snapshot.js';

/**
 * Ecosystem KPIs: monthly snapshots of every partner's facts and the month's deals (set-based),
 * the dashboard and its drill-down read from them, ROI against spend (MDF, incentives, cost
 * entries), and each partner's own KPIs (docs/decisions/0298–0303).
 */
export const module: ModuleDescriptor = {
  name: 'kpis',
  routes: kpiRoutes,
  importers: [costEntriesImporter],
  demo: kpisDemo,
  appPermissions: (actor) => ({
    viewKpis: actor.partnerId === null,
    takeKpiSnapshots: actor.role === 'admin',
    manageCosts: actor.role === 'admin' || actor.role === 'finance',
  }),
  jobs: [
    {
      // On the 1st, in the organisation's time zone: the month that just ended.
      name: 'kpis.monthly-snapshot',
      schedule: '0 2 1 * *',
      async run(ctx) {
        const { timeZone } = await withTx(ctx, (c) => getSettings(c));
        const month = previousMonth(monthStart(localDateOf(ctx.now, timeZone)));
        const taken = await takeSnapshot(ctx, month);
        return { month: taken.month, partners: taken.partners, deals: taken.deals };
      },
    },
  ],
  recordKinds: [
    {
      name: 'costEntry',
      belongsTo: 'vendor',
      make: async (ctx) => ({
        id: (
          await createCostEntry(ctx, {
            onDate: '2026-01-15',
            segment: 'Matrix',
            category: 'tools',
            amount: { amount: 10_000, currency: 'USD' },
          })
        ).id,
      }),
      missing: ({ missingId }) => ({ id: missingId }),
      partnerOf: () => null,
    },
  ],
};
