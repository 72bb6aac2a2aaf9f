import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addTouch, createOpportunity } from '../../src/modules/opportunities/index.js';
import { transitionStage } from '../../src/modules/partners/index.js';
import { type Ctx, systemCtx } from '../../src/shared/context.js';
import { createSeededApp, type SeededApp } from '../support/harness.js';
import { makePartner, unique } from '../support/world.js';

let t: SeededApp;
const at = (iso: string): Ctx => systemCtx(t.system().db, 'kpi test history', new Date(iso));
let p1: string;
let p2: string;
let p3: string;
const deals: Record<string, string> = {};

async function deal(
  key: string,
  when: string,
  input: { amount: number; currency?: string; stage: 'closed_won' | 'closed_lost' | 'proposal'; closeDate: string },
  partners: { partnerId: string; role: 'sourced' | 'co_sell' | 'influence' }[] = [],
) {
  const [first, ...rest] = partners;
  const made = await createOpportunity(at(when), {
    title: `KPI ${key} ${unique()}`,
    customer: { name: `KPI customer ${key} ${unique()}` },
    amount: input.amount,
    currency: input.currency ?? 'USD',
    stage: input.stage,
    closeDate: input.closeDate,
    ...(first ? { partner: first } : {}),
  });
  for (const p of rest) await addTouch(at(when), made.id, { ...p, occurredAt: new Date(when) });
  deals[key] = made.id;
}

beforeAll(async () => {
  t = await createSeededApp();
  const jan = at('2025-01-10T10:00:00Z');
  p1 = (await makePartner(jan, null, { name: `KPI One ${unique()}`, lifecycleStage: 'active', segment: 'Enterprise' })).id;
  p2 = (
    await makePartner(jan, null, { name: `KPI Two ${unique()}`, lifecycleStage: 'active', segment: 'SMB', motion: 'alliance' })
  ).id;
  p3 = (
    await makePartner(at('2025-03-05T10:00:00Z'), null, {
      name: `KPI Three ${unique()}`,
      lifecycleStage: 'active',
      segment: 'SMB',
    })
  ).id;
  await transitionStage(at('2025-03-20T10:00:00Z'), p2, { toStage: 'offboarding', reason: 'Strategy change' });
  const finance = await t.asUser('finance');
  await finance.PUT('/api/v1/fx-rates', { body: { rates: [{ currency: 'EUR', date: '2025-03-01', rate: '1.1' }] } });
  const march = '2025-03-02T09:00:00Z';
  await deal('d1', march, { amount: 100_000, stage: 'closed_won', closeDate: '2025-03-10' }, [
    { partnerId: p1, role: 'sourced' },
    { partnerId: p2, role: 'co_sell' },
  ]);
  await deal('d2', march, { amount: 50_000, currency: 'EUR', stage: 'closed_won', closeDate: '2025-03-15' }, [
    { partnerId: p2, role: 'influence' },
  ]);
  await deal('d3', march, { amount: 30_000, stage: 'closed_lost', closeDate: '2025-03-18' }, [
    { partnerId: p1, role: 'co_sell' },
  ]);
  await deal('d4', march, { amount: 20_000, stage: 'closed_won', closeDate: '2025-03-11' });
  await deal('d5', march, { amount: 10_000, stage: 'closed_lost', closeDate: '2025-03-12' });
  await deal('d6', march, { amount: 15_000, stage: 'closed_lost', closeDate: '2025-03-13' });
  await deal('d7', march, { amount: 40_000, stage: 'proposal', closeDate: '2025-06-30' }, [{ partnerId: p3, role: 'co_sell' }]);
  await deal('d8', march, { amount: 60_000, stage: 'proposal', closeDate: '2025-06-30' });
}, 120_000);
afterAll(async () => t?.close());

describe('KPI snapshots', () => {
  it('an admin takes a month: sourced vs influenced, joint vs independent, pipeline contribution and churn', async () => {
    const admin = await t.asUser('admin');
    const taken = await admin.POST('/api/v1/kpi-snapshots', { body: { month: '2025-03' } });
    expect(taken.response.status).toBe(200);
    expect(taken.data).toMatchObject({ month: '2025-03', currency: 'USD', deals: 8 });
    const board = await admin.GET('/api/v1/kpis/dashboard', { params: { query: { from: '2025-03', to: '2025-03' } } });
    expect(board.response.status).toBe(200);
    const march = board.data?.series[0];
    expect(march).toMatchObject({
      month: '2025-03',
      sourcedRevenue: 100_000,
      // d1 once although two partners influenced it, plus d2 at the close date's rate (50,000 EUR × 1.1).
      influencedRevenue: 155_000,
      jointWon: 2,
      jointLost: 1,
      jointWinRate: 66.7,
      independentWon: 1,
      independentLost: 2,
      independentWinRate: 33.3,
      jointDealSize: 77_500,
      independentDealSize: 20_000,
      jointPipeline: 40_000,
      totalPipeline: 100_000,
      pipelineContribution: 40,
      activePartners: 2,
      newPartners: 1,
      churnedPartners: 1,
      churnRate: 50,
    });
    const tile = board.data?.tiles.find((x) => x.measure === 'sourced_revenue');
    expect(tile).toMatchObject({ value: 100_000, unit: 'money' });

    // Per partner: each partner's influenced revenue in full (never split), sourced only for the sourcer.
    const one = await admin.GET('/api/v1/partners/{id}/kpis', { params: { path: { id: p1 } } });
    expect(one.data?.months.find((m) => m.month === '2025-03')).toMatchObject({
      sourcedRevenue: 100_000,
      influencedRevenue: 100_000,
      wonDeals: 1,
      lostDeals: 1,
    });
    const two = await admin.GET('/api/v1/partners/{id}/kpis', { params: { path: { id: p2 } } });
    expect(two.data?.months.find((m) => m.month === '2025-03')).toMatchObject({ sourcedRevenue: 0, influencedRevenue: 155_000 });
    expect(two.data?.quarters.find((q) => q.quarter === '2025-Q1')).toMatchObject({ wonDeals: 2, winRate: 100 });
  });

  it('filters slice the partners and their deals; drill-down lists the records behind a tile', async () => {
    const pm = await t.asUser('partner_manager');
    const smb = await pm.GET('/api/v1/kpis/dashboard', { params: { query: { from: '2025-03', to: '2025-03', segment: 'SMB' } } });
    expect(smb.data?.filtered).toBe(true);
    expect(smb.data?.series[0]).toMatchObject({
      sourcedRevenue: 0,
      influencedRevenue: 155_000, // Two (SMB) influenced d1 and d2
      jointWon: 2,
      jointLost: 0,
      jointPipeline: 40_000, // Three (SMB)
      activePartners: 1, // Three; Two is off-boarding
      churnedPartners: 1,
    });
    const drill = await pm.GET('/api/v1/kpis/drill-down', {
      params: { query: { month: '2025-03', measure: 'influenced_revenue', segment: 'Enterprise' } },
    });
    expect(drill.data?.data.map((r) => [r.id, r.amount?.amount])).toEqual([[deals.d1, 100_000]]);
    expect(drill.data?.data[0]?.link).toBe(`/opportunities/${deals.d1}`);
    const churned = await pm.GET('/api/v1/kpis/drill-down', { params: { query: { month: '2025-03', measure: 'churn_rate' } } });
    expect(churned.data?.data.map((r) => r.id)).toEqual([p2]);
    const independent = await pm.GET('/api/v1/kpis/drill-down', {
      params: { query: { month: '2025-03', measure: 'independent_win_rate' } },
    });
    expect(independent.data?.data.map((r) => r.id).sort()).toEqual([deals.d4, deals.d5, deals.d6].sort());
  });

  it('re-taking a month replaces it exactly, audited each time', async () => {
    const admin = await t.asUser('admin');
    const before = await admin.GET('/api/v1/kpis/dashboard', { params: { query: { from: '2025-03', to: '2025-03' } } });
    const again = await admin.POST('/api/v1/kpi-snapshots', { body: { month: '2025-03' } });
    expect(again.data).toMatchObject({ month: '2025-03', deals: 8 });
    const after = await admin.GET('/api/v1/kpis/dashboard', { params: { query: { from: '2025-03', to: '2025-03' } } });
    expect(after.data?.series).toEqual(before.data?.series);
    const months = await admin.GET('/api/v1/kpi-snapshots');
    expect(months.data?.data.filter((m) => m.month === '2025-03')).toHaveLength(1);
    const audit = await admin.GET('/api/v1/audit-events', { params: { query: { entityType: 'kpi_snapshot' } } });
    expect(audit.data?.data.map((e) => [e.action, e.summary.includes('2025-03')])).toEqual([
      ['update', true],
      ['create', true],
    ]);
  });

  it('a partner sees only its own KPIs; the portfolio is the vendor’s', async () => {
    const partnerA = await t.asUser('partner_admin');
    const own = await partnerA.GET('/api/v1/partners/{id}/kpis', { params: { path: { id: t.world.partnerA.id } } });
    expect(own.response.status).toBe(200);
    const other = await partnerA.GET('/api/v1/partners/{id}/kpis', { params: { path: { id: p1 } } });
    expect(other.response.status).toBe(404);
    const board = await partnerA.GET('/api/v1/kpis/dashboard', { params: { query: {} } });
    expect(board.response.status).toBe(403);
    const roi = await partnerA.GET('/api/v1/roi', { params: { query: {} } });
    expect(roi.response.status).toBe(403);
  });

  it('refuses bad input naming the field, saving nothing', async () => {
    const admin = await t.asUser('admin');
    const bad = await admin.POST('/api/v1/kpi-snapshots', { body: { month: '2025-13' } });
    expect(bad.response.status).toBe(422);
    expect(JSON.stringify(bad.error)).toContain('month');
    const future = await admin.POST('/api/v1/kpi-snapshots', { body: { month: '2099-01' } });
    expect(future.response.status).toBe(422);
    expect(JSON.stringify(future.error)).toContain('month');
    const range = await admin.GET('/api/v1/kpis/dashboard', { params: { query: { from: '2025-05', to: '2025-03' } } });
    expect(range.response.status).toBe(422);
    expect(JSON.stringify(range.error)).toContain('from');
    const measure = await admin.GET('/api/v1/kpis/drill-down', {
      params: { query: { month: '2025-03', measure: 'profit' as never } },
    });
    expect([400, 422]).toContain(measure.response.status);
    expect(JSON.stringify(measure.error)).toContain('measure');
    const two = await admin.POST('/api/v1/cost-entries', {
      body: {
        onDate: '2025-03-10',
        partnerId: p1,
        segment: 'SMB',
        category: 'events',
        amount: { amount: 500_000, currency: 'USD' },
      },
    });
    expect(two.response.status).toBe(422);
    expect(JSON.stringify(two.error)).toContain('segment');
    const list = await admin.GET('/api/v1/cost-entries', { params: { query: {} } });
    expect(list.data?.data.some((e) => e.amount.amount === 500_000)).toBe(false);
  });
});

describe('ROI', () => {
  it('spend (cost entries, converted at their date) against credited revenue by the default attribution model per partner, segment and program, by quarter', async () => {
    const finance = await t.asUser('finance');
    const made = await finance.POST('/api/v1/cost-entries', {
      body: {
        onDate: '2025-03-10',
        partnerId: p1,
        category: 'events',
        amount: { amount: 5_000, currency: 'USD' },
        note: 'Joint event',
      },
    });
    expect(made.response.status).toBe(200);
    await finance.POST('/api/v1/cost-entries', {
      body: { onDate: '2025-02-10', segment: 'SMB', category: 'enablement', amount: { amount: 10_000, currency: 'EUR' } },
    });
    const byPartner = await finance.GET('/api/v1/roi', {
      params: { query: { groupBy: 'partner', from: '2025-01-01', to: '2025-03-31' } },
    });
    expect(byPartner.response.status).toBe(200);
    expect(byPartner.data).toMatchObject({ revenueMeasure: 'attributed', model: 'sourced', modelLabel: 'Sourced' });
    // Sourced model: d1 (100.00 USD) credits p1, its sourcing partner, in full; p2 only co-sold and influenced.
    const one = byPartner.data?.groups.find((g) => g.key === p1);
    expect(one).toMatchObject({ spend: { amount: 5_000 }, revenue: { amount: 100_000 }, roi: 19 });
    expect(one?.quarters).toEqual([expect.objectContaining({ quarter: '2025-Q1', roi: 19 })]);
    expect(byPartner.data?.groups.find((g) => g.key === p2)).toBeUndefined();
    // The organisation switches its default model to linear: the ROI follows it.
    const admin = await t.asUser('admin');
    expect((await admin.PATCH('/api/v1/attribution/settings', { body: { defaultModel: 'linear' } })).response.status).toBe(200);
    try {
      const linear = await finance.GET('/api/v1/roi', {
        params: { query: { groupBy: 'partner', from: '2025-01-01', to: '2025-03-31' } },
      });
      expect(linear.data).toMatchObject({ model: 'linear', modelLabel: 'Linear' });
      // d1 splits 50.00/50.00 between p1 and p2; d2 (50.00 EUR at 1.1 on 1 Mar = 55.00 USD) is p2's alone.
      expect(linear.data?.groups.find((g) => g.key === p1)).toMatchObject({ revenue: { amount: 50_000 }, roi: 9 });
      expect(linear.data?.groups.find((g) => g.key === p2)).toMatchObject({ revenue: { amount: 105_000 }, roiLabel: 'n/a' });
      const byProgram = await finance.GET('/api/v1/roi', {
        params: { query: { groupBy: 'program', from: '2025-01-01', to: '2025-03-31' } },
      });
      expect(byProgram.data?.total.revenue.amount).toBe(155_000);
    } finally {
      await admin.PATCH('/api/v1/attribution/settings', { body: { defaultModel: 'sourced' } });
    }
    const bySegment = await finance.GET('/api/v1/roi', {
      params: { query: { groupBy: 'segment', from: '2025-01-01', to: '2025-03-31' } },
    });
    // 100.00 EUR at the latest rate on or before 10 Feb: none → left out and counted; SMB has no sourced revenue.
    expect(bySegment.data?.unconverted).toBe(1);
    const enterprise = bySegment.data?.groups.find((g) => g.key === 'Enterprise');
    expect(enterprise).toMatchObject({ spend: { amount: 5_000 }, revenue: { amount: 100_000 } });
    const noSpend = await finance.GET('/api/v1/roi', {
      params: { query: { groupBy: 'partner', from: '2024-01-01', to: '2024-03-31' } },
    });
    expect(noSpend.data?.total.roiLabel).toBe('n/a');
    const bad = await finance.GET('/api/v1/roi', { params: { query: { groupBy: 'region' as never } } });
    expect(JSON.stringify(bad.error)).toContain('groupBy');
  });
});
