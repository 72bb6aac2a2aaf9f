import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTx } from '../../src/db/scope.js';
import { auditEvents } from '../../src/modules/audit/audit.schema.js';
import { makeTestPlan } from '../../src/modules/business-plans/index.js';
import { HEALTH_INDICATORS, takeSnapshots } from '../../src/modules/health/index.js';
import { loadMetrics, type MetricDef } from '../../src/server/module.js';
import { systemCtx } from '../../src/shared/context.js';
import { type Client, createSeededApp, type SeededApp } from '../support/harness.js';
import { makePartner, makeUser, PASSWORD } from '../support/world.js';

let t: SeededApp;
const clients = new Map<string, Client>();
beforeAll(async () => {
  t = await createSeededApp();
});
afterAll(async () => t?.close());

async function user(key: keyof SeededApp['world']['users']): Promise<Client> {
  const email = t.world.users[key].email;
  let client = clients.get(email);
  if (!client) {
    client = await t.login(email, PASSWORD);
    clients.set(email, client);
  }
  return client;
}

type Evidence = {
  metric: string;
  value: number | null;
  measured: boolean;
  records: { type: string; id: string; link: string }[];
  link: string | null;
  leading: boolean;
};
type Dimension = { key: string; score: number | null; evidence: Evidence[] };

/** Every health input answered by a stand-in: `good` partners get full marks, the others none. */
async function standIns(good: (id: string) => boolean): Promise<ReadonlyMap<string, MetricDef>> {
  const metrics = new Map(await loadMetrics());
  const full: Record<string, [number, number]> = {
    'plans.current_plan': [1, 0],
    'alliances.sponsors_named': [2, 0],
    'alliances.design_explicit': [5, 0],
    'account_plans.active': [2, 0],
    'plans.fulfilment_vendor': [100, 0],
    'plans.fulfilment_partner': [100, 0],
    'governance.days_since_review': [10, 400],
    'enablement.certified_people': [5, 0],
    'opportunities.won_deals': [6, 0],
    'deals.active_registrations': [3, 0],
    'opportunities.won_revenue_t4q': [100_000_00, 0],
    'opportunities.joint_pipeline': [300_000_00, 0],
    'surveys.diagnostic_score': [100, 0],
    'surveys.nps': [100, -100],
    'governance.sponsor_attendance_vendor': [100, 0],
    'governance.sponsor_attendance_partner': [100, 0],
    'risks.high': [0, 5],
    'partners.fit_score': [100, 0],
    'onboarding.completion': [100, 0],
    'mdf.utilisation': [100, 0],
    'resources.downloads_90d': [5, 0],
  };
  for (const [key, [yes, no]] of Object.entries(full)) {
    metrics.set(key, {
      key,
      label: key,
      unit: 'count',
      compute: async (_c, ids) => new Map((ids === 'all' ? [] : ids).map((id) => [id, good(id) ? yes : no] as [string, number])),
    });
  }
  return metrics;
}

describe('health scores', () => {
  it('answers score, status and four dimensions whose evidence names the current plan; losing the plan drops the score', async () => {
    const partner = await makePartner(t.system(), t.world.users.pm.id, { lifecycleStage: 'active' });
    const planId = await makeTestPlan(t.system(), partner.id, 'approved');
    const pm = await user('pm');
    const res = await pm.get(`/api/v1/partners/${partner.id}/health`);
    expect(res.status).toBe(200);
    expect(Object.keys(res.body)).toEqual(expect.arrayContaining(['score', 'status', 'dimensions']));
    expect(['green', 'yellow', 'red']).toContain(res.body.status);
    expect(res.body.dimensions.map((d: Dimension) => d.key)).toEqual(['strategic', 'operational', 'financial', 'relationship']);
    const strategic = res.body.dimensions[0] as Dimension;
    const plan = strategic.evidence.find((e) => e.metric === 'plans.current_plan');
    expect(plan).toMatchObject({ value: 1, measured: true, leading: true, link: `/business-plans/${planId}` });
    expect(plan?.records).toEqual([expect.objectContaining({ type: 'business_plan', id: planId })]);
    // The plan is a real record: its page answers.
    expect((await pm.get(`/api/v1/business-plans/${planId}`)).status).toBe(200);
    // No survey module yet (or no answers): "no data" evidence, never a crash.
    const relationship = res.body.dimensions[3] as Dimension;
    expect(relationship.evidence.find((e) => e.metric === 'surveys.nps')).toMatchObject({ measured: false, value: null });

    const closed = await pm.post(`/api/v1/business-plans/${planId}/close`, { comment: 'Ended early' });
    expect(closed.status).toBe(200);
    const after = await pm.get(`/api/v1/partners/${partner.id}/health`);
    const strategicAfter = after.body.dimensions[0] as Dimension;
    expect(strategicAfter.evidence.find((e) => e.metric === 'plans.current_plan')).toMatchObject({ value: 0, records: [] });
    expect(strategicAfter.score).toBeLessThan(strategic.score as number);
    expect(after.body.score).toBeLessThanOrEqual(res.body.score);
  });

  it('partners’ people never see a health score; another partner’s scorecards answer like a missing partner', async () => {
    const partnerAdmin = await user('partnerAdminA');
    expect((await partnerAdmin.get(`/api/v1/partners/${t.world.partnerA.id}/health`)).status).toBe(403);
    expect((await partnerAdmin.get('/api/v1/health')).status).toBe(403);
    expect((await partnerAdmin.get(`/api/v1/partners/${t.world.partnerA.id}/health/history`)).status).toBe(403);
    const other = await partnerAdmin.get(`/api/v1/partners/${t.world.partnerB.id}/scorecards`);
    const missing = await partnerAdmin.get('/api/v1/partners/00000000-0000-4000-8000-00000000abcd/scorecards');
    expect(other.status).toBe(404);
    expect(missing.status).toBe(404);
    expect(other.body.code).toBe(missing.body.code);
    const mine = await partnerAdmin.get('/api/v1/scorecards');
    expect(mine.status).toBe(200);
    expect(mine.body.data.every((s: { partnerId: string }) => s.partnerId === t.world.partnerA.id)).toBe(true);
  });

  it('snapshots are one per partner and month, a partner turning red alerts its owner once, and the portfolio filters by status', async () => {
    const partner = await makePartner(t.system(), t.world.users.pm2.id, { lifecycleStage: 'strategic', motion: 'alliance' });
    const steady = await makePartner(t.system(), t.world.users.pm2.id, { lifecycleStage: 'active' });
    const admin = await user('admin');
    const sys = () => systemCtx(t.database.db, 'test: health snapshots');
    const healthy = await standIns(() => true);
    const failing = await standIns((id) => id !== partner.id);

    // As of now: a month's snapshot covers the partners that existed by its asOf.
    const first = await takeSnapshots(sys(), { period: '2025-03', asOf: new Date() }, { metrics: healthy });
    expect(first.partners).toBeGreaterThanOrEqual(2);
    await takeSnapshots(sys(), { period: '2025-04', asOf: new Date() }, { metrics: failing });
    const again = await takeSnapshots(sys(), { period: '2025-04', asOf: new Date() }, { metrics: failing });
    expect(again.turnedRed).toBe(0);

    const history = await admin.get(`/api/v1/partners/${partner.id}/health/history`);
    expect(history.status).toBe(200);
    expect(history.body.data.map((s: { period: string; status: string }) => [s.period, s.status])).toEqual([
      ['2025-03', 'green'],
      ['2025-04', 'red'],
    ]);
    const pm2 = await user('pm2');
    const alerts = (await pm2.get('/api/v1/me/notifications')).body.data.filter(
      (n: { kind: string; link: string }) => n.kind === 'health.turned_red' && n.link === `/partners/${partner.id}`,
    );
    expect(alerts).toHaveLength(1);
    expect(
      (await pm2.get('/api/v1/me/notifications')).body.data.filter(
        (n: { link: string; kind: string }) => n.kind === 'health.turned_red' && n.link === `/partners/${steady.id}`,
      ),
    ).toHaveLength(0);
    const audit = await admin.get('/api/v1/audit-events', { query: { entityId: partner.id } });
    expect(audit.body.data.filter((e: { action: string }) => e.action === 'turn_red')).toHaveLength(1);

    // The health.score metric reads the latest snapshot on or before the day.
    const metric = (await loadMetrics()).get('health.score');
    if (!metric) throw new Error('health.score is not provided');
    const scores = await withTx(sys(), (c) => metric.compute(c, [partner.id, steady.id], new Date(Date.now() + 60_000)));
    expect(scores.get(partner.id)).toBe(history.body.data[1].score);
    expect(scores.get(partner.id)).toBeLessThan(40);

    // The portfolio: live, filtered by status (every row answers the filter).
    const red = await admin.get('/api/v1/health', { query: { status: 'red' } });
    expect(red.status).toBe(200);
    expect(red.body.data.every((r: { status: string }) => r.status === 'red')).toBe(true);
    const all = await admin.get('/api/v1/health');
    const row = all.body.data.find((r: { partnerId: string }) => r.partnerId === partner.id);
    expect(Object.keys(row.dimensions)).toEqual(['strategic', 'operational', 'financial', 'relationship']);

    // On demand: admins only, a month, never one to come.
    expect((await (await user('pm')).post('/api/v1/health/snapshots', {})).status).toBe(403);
    const bad = await admin.post('/api/v1/health/snapshots', { period: '2025-13' });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].path).toBe('period');
    const future = await admin.post('/api/v1/health/snapshots', { period: '2099-01' });
    expect(future.status).toBe(422);
    expect(future.body.errors[0].path).toBe('period');
  });

  it('the status thresholds are an admin setting (0 ≤ red < green ≤ 100) the score, new snapshots and the red alert use', async () => {
    const partner = await makePartner(t.system(), t.world.users.pm2.id, { lifecycleStage: 'active' });
    const admin = await user('admin');
    const pm = await user('pm');
    // One measured input: the score is exactly its points (the others are "no data").
    const at55: ReadonlyMap<string, MetricDef> = new Map([
      [
        'plans.fulfilment_partner',
        {
          key: 'plans.fulfilment_partner',
          label: 'stand-in',
          unit: 'percent',
          compute: async (_c, ids) => new Map((ids === 'all' ? [] : ids).map((id) => [id, 55] as [string, number])),
        },
      ],
    ]);
    const sys = () => systemCtx(t.database.db, 'test: health thresholds');
    expect((await admin.get('/api/v1/health/settings')).body).toEqual({ green: 70, red: 40, can: { edit: true } });
    expect((await pm.get('/api/v1/health/settings')).body).toMatchObject({ can: { edit: false } });
    expect((await (await user('partnerAdminA')).get('/api/v1/health/settings')).status).toBe(403);
    expect((await pm.patch('/api/v1/health/settings', { green: 80 })).status).toBe(403);

    await takeSnapshots(sys(), { period: '2024-01', asOf: new Date() }, { metrics: at55 });
    try {
      const set = await admin.patch('/api/v1/health/settings', { green: 80, red: 60 });
      expect(set.status).toBe(200);
      expect(set.body).toMatchObject({ green: 80, red: 60 });
      // Bad bands: 422 naming the field, nothing saved.
      for (const [body, path] of [
        [{ red: 80 }, 'red'],
        [{ green: 50 }, 'red'],
        [{ green: 101 }, 'green'],
        [{ red: -1 }, 'red'],
        [{ green: 75.5 }, 'green'],
      ] as const) {
        const bad = await admin.patch('/api/v1/health/settings', body);
        expect(bad.status, JSON.stringify(body)).toBe(422);
        expect(bad.body.errors[0].path).toBe(path);
      }
      expect((await admin.get('/api/v1/health/settings')).body).toMatchObject({ green: 80, red: 60 });
      const audit = await admin.get('/api/v1/audit-events', { query: { entityType: 'health_settings' } });
      expect(audit.body.data[0]).toMatchObject({
        action: 'update',
        before: { green: 70, red: 40 },
        after: { green: 80, red: 60 },
      });

      // The live score answers the bands it applied.
      const live = await admin.get(`/api/v1/partners/${partner.id}/health`);
      expect(live.body.thresholds).toEqual({ green: 80, yellow: 60 });
      // 55 was yellow in January; under the new bands February's 55 is red: the owner is alerted.
      const run = await takeSnapshots(sys(), { period: '2024-02', asOf: new Date() }, { metrics: at55 });
      expect(run.turnedRed).toBeGreaterThanOrEqual(1);
      const history = await admin.get(`/api/v1/partners/${partner.id}/health/history`);
      expect(
        history.body.data.map((h: { period: string; score: number; status: string }) => [h.period, h.score, h.status]),
      ).toEqual([
        ['2024-01', 55, 'yellow'],
        ['2024-02', 55, 'red'],
      ]);
      const alerts = (await (await user('pm2')).get('/api/v1/me/notifications')).body.data.filter(
        (n: { kind: string; link: string }) => n.kind === 'health.turned_red' && n.link === `/partners/${partner.id}`,
      );
      expect(alerts).toHaveLength(1);
    } finally {
      await admin.patch('/api/v1/health/settings', { green: 70, red: 40 });
    }
  });

  it('every indicator is read through the registry or derived from it', () => {
    expect(HEALTH_INDICATORS.length).toBeGreaterThan(12);
  });
});

describe('scorecards', () => {
  it('a template evaluates every partner it applies to for a quarter, per metric and overall, and partners read their own', async () => {
    const pm = await user('pm');
    const created = await pm.post('/api/v1/scorecard-templates', {
      name: `Risk discipline ${Date.now()}`,
      cadence: 'quarter',
      appliesTo: { motion: 'alliance' },
      dimensions: [
        {
          key: 'risk',
          label: 'Risk',
          weight: 1,
          metrics: [{ metric: 'risks.open', target: 1, weight: 1, direction: 'lower', green: 100, yellow: 50 }],
        },
      ],
      green: 90,
      yellow: 50,
    });
    expect(created.status).toBe(201);
    const two = await makePartner(t.system(), t.world.users.pm.id, { lifecycleStage: 'active', motion: 'alliance' });
    const none = await makePartner(t.system(), t.world.users.pm.id, { lifecycleStage: 'active', motion: 'alliance' });
    const channel = await makePartner(t.system(), t.world.users.pm.id, { lifecycleStage: 'active', motion: 'channel' });
    for (const title of ['Sponsor leaves', 'Budget cut'])
      expect(
        (await pm.post(`/api/v1/partners/${two.id}/risks`, { title, category: 'strategic', likelihood: 2, impact: 2 })).status,
      ).toBe(201);

    const period = `${new Date().getUTCFullYear()}-Q${Math.floor(new Date().getUTCMonth() / 3) + 1}`;
    const run = await pm.post('/api/v1/scorecards/evaluate', { templateId: created.body.id, period });
    expect(run.status).toBe(200);
    const list = await pm.get('/api/v1/scorecards', { query: { templateId: created.body.id, period } });
    const of = (id: string) => list.body.data.find((s: { partnerId: string }) => s.partnerId === id);
    expect(of(two.id)).toMatchObject({ score: 50, colour: 'yellow' });
    expect(of(two.id).dimensions[0].metrics[0]).toMatchObject({
      metric: 'risks.open',
      value: 2,
      target: 1,
      attainment: 50,
      colour: 'yellow',
    });
    expect(of(none.id)).toMatchObject({ score: 100, colour: 'green' });
    expect(of(channel.id)).toBeUndefined();
    // Evaluating again replaces the period's scorecards (one per partner).
    await pm.post('/api/v1/scorecards/evaluate', { templateId: created.body.id, period });
    const again = await pm.get('/api/v1/scorecards', { query: { templateId: created.body.id, period, partnerId: two.id } });
    expect(again.body.data).toHaveLength(1);
    const audit = await (await user('admin')).get('/api/v1/audit-events', { query: { entityId: of(two.id).id } });
    expect(audit.body.data.filter((e: { action: string }) => e.action === 'evaluate')).toHaveLength(2);
    // Set-based: each run audits all its partners in one statement (the rows share the command id, cmin).
    const runs = await withTx(t.system(), ({ tx }) =>
      tx
        .select({
          requestId: auditEvents.requestId,
          rows: sql<number>`count(*)::int`,
          statements: sql<number>`count(distinct ${auditEvents}.cmin::text)::int`,
        })
        .from(auditEvents)
        .where(and(eq(auditEvents.action, 'evaluate'), sql`${auditEvents.after}->>'templateId' = ${created.body.id}`))
        .groupBy(auditEvents.requestId),
    );
    expect(runs).toHaveLength(2);
    for (const run of runs) expect(run).toMatchObject({ rows: list.body.data.length, statements: 1 });

    const template = await pm.get(`/api/v1/scorecard-templates/${created.body.id}`);
    expect(template.body.evaluatedPeriods).toEqual([period]);
    expect((await pm.delete(`/api/v1/scorecard-templates/${created.body.id}`)).status).toBe(409);
  });

  it('each scorecard metric carries the registry’s label and unit and the money currency, the same in the portal (decision 0292)', async () => {
    const pm = await user('pm');
    const keys = ['opportunities.won_revenue_t4q', 'opportunities.won_deals', 'onboarding.completion'];
    const defs = await loadMetrics();
    for (const key of keys) expect(defs.get(key), key).toBeDefined();
    const created = await pm.post('/api/v1/scorecard-templates', {
      name: `Labelled ${Date.now()}`,
      cadence: 'quarter',
      appliesTo: { motion: 'channel' },
      dimensions: [
        {
          key: 'all',
          label: 'All',
          weight: 1,
          metrics: keys.map((metric) => ({ metric, target: 100, weight: 1, direction: 'higher', green: 100, yellow: 50 })),
        },
      ],
      green: 90,
      yellow: 50,
    });
    expect(created.status).toBe(201);
    const partner = await makePartner(t.system(), t.world.users.pm.id, { lifecycleStage: 'active', motion: 'channel' });
    const period = `${new Date().getUTCFullYear()}-Q${Math.floor(new Date().getUTCMonth() / 3) + 1}`;
    expect((await pm.post('/api/v1/scorecards/evaluate', { templateId: created.body.id, period })).status).toBe(200);
    const settings = (await pm.get('/api/v1/settings')).body;
    const partnerAdmin = await t.login((await makeUser(t.system(), 'partner_admin', partner.id)).email, PASSWORD);
    for (const client of [pm, partnerAdmin]) {
      const cards = await client.get(`/api/v1/partners/${partner.id}/scorecards`);
      const card = cards.body.data.find((s: { templateId: string }) => s.templateId === created.body.id);
      expect(card.currency).toBe(settings.reportingCurrency);
      // Never a raw key as the label: the registry's words and unit, which the card formats.
      expect(
        card.dimensions[0].metrics.map((m: { metric: string; label: string; unit: string }) => [m.metric, m.label, m.unit]),
      ).toEqual(keys.map((k) => [k, defs.get(k)?.label, defs.get(k)?.unit]));
      for (const m of card.dimensions[0].metrics) expect(m.label).not.toBe(m.metric);
    }
  });

  it('bad templates and periods are refused naming the field, and nothing is saved', async () => {
    const pm = await user('pm');
    const name = `Bad ${Date.now()}`;
    const unknown = await pm.post('/api/v1/scorecard-templates', {
      name,
      cadence: 'month',
      dimensions: [
        { key: 'x', label: 'X', weight: 1, metrics: [{ metric: 'nothing.here', target: 1, weight: 1, green: 100, yellow: 50 }] },
      ],
      green: 90,
      yellow: 50,
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors.map((e: { path: string }) => e.path)).toContain('dimensions.0.metrics.0.metric');
    const thresholds = await pm.post('/api/v1/scorecard-templates', {
      name,
      cadence: 'month',
      dimensions: [
        { key: 'x', label: 'X', weight: 1, metrics: [{ metric: 'risks.open', target: 1, weight: 1, green: 100, yellow: 50 }] },
      ],
      green: 50,
      yellow: 90,
    });
    expect(thresholds.status).toBe(422);
    expect(thresholds.body.errors[0].path).toBe('thresholds.yellow');
    const weight = await pm.post('/api/v1/scorecard-templates', {
      name,
      cadence: 'month',
      dimensions: [
        { key: 'x', label: 'X', weight: -1, metrics: [{ metric: 'risks.open', target: 1, weight: 1, green: 100, yellow: 50 }] },
      ],
      green: 90,
      yellow: 50,
    });
    expect(weight.status).toBe(422);
    expect(weight.body.errors[0].path).toBe('dimensions.0.weight');
    const templates = await pm.get('/api/v1/scorecard-templates');
    expect(templates.body.data.some((x: { name: string }) => x.name === name)).toBe(false);

    const standard = templates.body.data.find((x: { name: string }) => x.name === 'Standard partner scorecard');
    const monthly = await pm.post('/api/v1/scorecards/evaluate', { templateId: standard.id, period: '2026-05' });
    expect(monthly.status).toBe(422);
    expect(monthly.body.errors[0].path).toBe('period');
    const malformed = await pm.post('/api/v1/scorecards/evaluate', { templateId: standard.id, period: 'Q3 2026' });
    expect(malformed.status).toBe(422);
    expect(malformed.body.errors[0].path).toBe('period');
    const missing = await pm.post('/api/v1/scorecards/evaluate', {
      templateId: '00000000-0000-4000-8000-00000000abcd',
      period: '2026-Q1',
    });
    expect(missing.status).toBe(422);
    expect(missing.body.errors[0].path).toBe('templateId');
  });
});
