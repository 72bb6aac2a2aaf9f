import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateAlerts } from '../../src/modules/alliance-alerts/index.js';
import { loadMetrics, type MetricDef } from '../../src/server/module.js';
import { systemCtx } from '../../src/shared/context.js';
import { type Client, createSeededApp, type SeededApp } from '../support/harness.js';
import { makePartner, PASSWORD } from '../support/world.js';

let t: SeededApp;
const clients = new Map<string, Client>();
beforeAll(async () => {
  t = await createSeededApp();
});
afterAll(async () => t?.close());

async function as(email: string): Promise<Client> {
  let client = clients.get(email);
  if (!client) {
    client = await t.login(email, PASSWORD);
    clients.set(email, client);
  }
  return client;
}
const user = (key: keyof SeededApp['world']['users']) => as(t.world.users[key].email);

const strategicPartner = () => makePartner(t.system(), t.world.users.pm.id, { lifecycleStage: 'strategic', motion: 'alliance' });

/**
 * The governance module is not in this branch: for the job's transitions, a stand-in provider of
 * `governance.days_since_review` answers "never met" (null) for the partners in `neverMet` and
 * 10 days for the others, beside the metrics that are installed. (With the governance module
 * merged, the lead replaces it with real meetings: see the report.)
 */
function withGovernance(neverMet: Set<string>): Promise<ReadonlyMap<string, MetricDef>> {
  return loadMetrics().then((installed) => {
    const metrics = new Map(installed);
    metrics.set('governance.days_since_review', {
      key: 'governance.days_since_review',
      label: 'Days since the last governance meeting',
      unit: 'days',
      compute: async (_ctx, ids) =>
        new Map((ids === 'all' ? [] : ids).map((id) => [id, neverMet.has(id) ? null : 10] as [string, number | null])),
    });
    return metrics;
  });
}

describe('alliance alerts and the portfolio', () => {
  it('with only partners and risks installed, a strategic partner is not flagged: the other reasons are not measured', async () => {
    const partner = await strategicPartner();
    const admin = await user('admin');
    const alerts = await admin.get('/api/v1/alliances/alerts');
    expect(alerts.status).toBe(200);
    expect(alerts.body.data.map((a: { partnerId: string }) => a.partnerId)).not.toContain(partner.id);

    const card = await admin.get(`/api/v1/partners/${partner.id}/alliance-alerts`);
    expect(card.status).toBe(200);
    expect(card.body).toMatchObject({ partnerId: partner.id, strategic: true, flagged: false, reasons: [], failureModes: [] });
    for (const key of [
      'alliances.sponsors_named',
      'plans.current_plan',
      'governance.days_since_review',
      'plans.commitment_asymmetry',
    ]) {
      if (!(await loadMetrics()).has(key)) expect(card.body.notMeasured).toContain(key);
    }
    expect(card.body.notMeasured).not.toContain('risks.open');
  });

  it('the portfolio lists every strategic partner with its risks measured and absent modules "not measured"', async () => {
    const partner = await strategicPartner();
    const standard = await makePartner(t.system(), t.world.users.pm.id, { lifecycleStage: 'active' });
    const pm = await user('pm');
    await pm.post(`/api/v1/partners/${partner.id}/risks`, {
      title: 'Sponsor retires',
      category: 'strategic',
      likelihood: 4,
      impact: 5,
    });
    await pm.post(`/api/v1/partners/${partner.id}/risks`, { title: 'Minor', category: 'operational', likelihood: 1, impact: 2 });
    const res = await (await user('executive')).get('/api/v1/alliances/portfolio');
    expect(res.status).toBe(200);
    const ids = res.body.data.map((r: { partnerId: string }) => r.partnerId);
    expect(ids).toContain(partner.id);
    expect(ids).not.toContain(standard.id);
    const row = res.body.data.find((r: { partnerId: string }) => r.partnerId === partner.id);
    expect(row).toMatchObject({
      lifecycleStage: 'strategic',
      owner: { id: t.world.users.pm.id },
      flagged: false,
      reasons: [],
      measures: { 'risks.open': { measured: true, value: 2 }, 'risks.high': { measured: true, value: 1 } },
    });
    const installed = await loadMetrics();
    for (const meta of res.body.metrics as { key: string; measured: boolean }[]) {
      expect(meta.measured).toBe(installed.has(meta.key));
      expect(row.measures[meta.key].measured).toBe(installed.has(meta.key));
    }
  });

  it('partners’ people get no alerts, no portfolio and no per-partner reasons', async () => {
    const partnerAdmin = await user('partnerAdminA');
    expect((await partnerAdmin.get('/api/v1/alliances/alerts')).status).toBe(403);
    expect((await partnerAdmin.get('/api/v1/alliances/portfolio')).status).toBe(403);
    expect((await partnerAdmin.get(`/api/v1/partners/${t.world.partnerA.id}/alliance-alerts`)).status).toBe(403);
  });

  it('the daily evaluation notifies the owner once when a partner becomes flagged, and records when it clears', async () => {
    const flagged = await strategicPartner();
    const fine = await strategicPartner();
    const neverMet = new Set([flagged.id]);
    const metrics = await withGovernance(neverMet);
    const now = new Date();
    const first = await evaluateAlerts(systemCtx(t.database.db, 'test: alerts', now), { metrics });
    expect(first.newlyFlagged).toBeGreaterThanOrEqual(1);
    const again = await evaluateAlerts(systemCtx(t.database.db, 'test: alerts', now), { metrics });
    expect(again.newlyFlagged).toBe(0);

    const pm = await user('pm');
    const inbox = (await pm.get('/api/v1/me/notifications')).body.data.filter(
      (n: { kind: string; link: string }) => n.kind === 'alliance_alerts.flagged',
    );
    expect(inbox.filter((n: { link: string }) => n.link === `/partners/${flagged.id}`)).toHaveLength(1);
    expect(inbox.filter((n: { link: string }) => n.link === `/partners/${fine.id}`)).toHaveLength(0);

    // The governance gap closes: cleared, with an event; flagged again later: a new notice.
    neverMet.delete(flagged.id);
    const cleared = await evaluateAlerts(systemCtx(t.database.db, 'test: alerts', now), { metrics });
    expect(cleared.cleared).toBeGreaterThanOrEqual(1);
    neverMet.add(flagged.id);
    await evaluateAlerts(systemCtx(t.database.db, 'test: alerts', now), { metrics });
    const after = (await pm.get('/api/v1/me/notifications')).body.data.filter(
      (n: { kind: string; link: string }) => n.kind === 'alliance_alerts.flagged' && n.link === `/partners/${flagged.id}`,
    );
    expect(after).toHaveLength(2);
    const audit = await (await user('admin')).get('/api/v1/audit-events', { query: { entityId: flagged.id } });
    const actions = audit.body.data.map((e: { action: string }) => e.action);
    expect(actions.filter((a: string) => a === 'flag')).toHaveLength(2);
    expect(actions.filter((a: string) => a === 'clear')).toHaveLength(1);
  });
});
