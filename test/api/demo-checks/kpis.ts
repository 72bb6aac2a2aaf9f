import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../src/modules/demo/index.js';
import { demo } from './run.js';

export default function kpisDemo() {
  describe('the KPI demo', () => {
    it('has 24 monthly snapshots up to last month, a dashboard with history, drill-down and ROI over cost entries', async () => {
      const admin = await demo.t.api('admin@lumen.example', DEMO_PASSWORD);
      const months = (await admin.GET('/api/v1/kpi-snapshots')).data?.data ?? [];
      expect(months).toHaveLength(24);
      const today = demo.today.toISOString().slice(0, 7);
      expect((months[0]?.month ?? '9999') < today).toBe(true);
      // The first partners were signed in the program's first months; the last year has the whole ecosystem.
      expect(months.slice(0, 12).every((m) => m.partners > 10)).toBe(true);

      const board = (await admin.GET('/api/v1/kpis/dashboard', { params: { query: {} } })).data;
      expect(board?.series).toHaveLength(12);
      const total = (k: 'sourcedRevenue' | 'influencedRevenue') => board?.series.reduce((s, p) => s + p[k], 0) ?? 0;
      expect(total('sourcedRevenue')).toBeGreaterThan(0);
      expect(total('influencedRevenue')).toBeGreaterThanOrEqual(total('sourcedRevenue'));
      expect(board?.series.at(-1)?.activePartners).toBeGreaterThan(10);
      expect(board?.series.some((p) => p.jointWinRate !== null)).toBe(true);
      expect(board?.series.some((p) => (p.certificationRate ?? 0) > 0)).toBe(true);
      expect(board?.series.some((p) => p.churnedPartners > 0) || months.length === 24).toBe(true);

      const last = board?.to as string;
      const drill = (
        await admin.GET('/api/v1/kpis/drill-down', { params: { query: { month: last, measure: 'active_partners' } } })
      ).data;
      expect(drill?.data.length).toBe(board?.series.at(-1)?.activePartners);

      const roi = (await admin.GET('/api/v1/roi', { params: { query: { groupBy: 'program' } } })).data;
      expect(roi?.total.spend.amount).toBeGreaterThan(0);
      expect(roi?.groups.some((g) => g.spendBy.enablement > 0 && g.revenue.amount > 0)).toBe(true);
      const costs = (await admin.GET('/api/v1/cost-entries', { params: { query: { limit: 100 } } })).data?.data ?? [];
      expect(new Set(costs.map((c) => c.category))).toEqual(new Set(['events', 'enablement', 'tools']));
    });

    it('Northwind’s admin sees its own KPIs, not the portfolio', async () => {
      const ben = await demo.t.api('ben.kowalski@northwind.example', DEMO_PASSWORD);
      const me = ((await ben.GET('/api/v1/me')).data as { user?: { partnerId: string } } | undefined)?.user;
      const own = await ben.GET('/api/v1/partners/{id}/kpis', { params: { path: { id: me?.partnerId ?? '' } } });
      expect(own.response.status).toBe(200);
      expect(own.data?.months.length).toBeGreaterThan(12);
      expect((await ben.GET('/api/v1/kpis/dashboard', { params: { query: {} } })).response.status).toBe(403);
    });
  });
}
