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
 * Stand-in providers for the job's transitions, so one metric alone decides: every partner asked
 * about has both sponsors and a current plan, and `governance.days_since_review` answers "never
 * met" (null) for the partners in `neverMet` and 10 days for the others. (The real providers are
 * exercised in alliance-alerts-modules.test.ts.)
 */
function withGovernance(neverMet: Set<string>): Promise<ReadonlyMap<string, MetricDef>> {
  return loadMetrics().then((installed) => {
    const metrics = new Map(installed);
    const standIn = (key: string, unit: MetricDef['unit'], value: (id: string) => number | null): MetricDef => ({
      key,
      label: key,
      unit,
      compute: async (_ctx, ids) => new Map((ids === 'all' ? [] : ids).map((id) => [id, value(id)] as [string, number | null])),
    });
    metrics.set(
      'alliances.sponsors_named',
      standIn('alliances.sponsors_named', 'count', () => 2),
    );
    metrics.set(
      'plans.current_plan',
      standIn('plans.current_plan', 'boolean', () => 1),
    );
    metrics.set(
      'plans.commitment_asymmetry',
      standIn('plans.commitment_asymmetry', 'count', () => null),
    );
    metrics.set(
      'governance.days_since_review',
      standIn('governance.days_since_review', 'days', (id) => (neverMet.has(id) ? null : 10)),
    );
    return metrics;
  });
}

describe('alliance alerts and the portfolio', () => {
  it('a strategic partner with no records is flagged with each reason the installed modules measure, never one they do not', async () => {
    const partner = await strategicPartner();
    const admin = await user('admin');
    const card = await admin.get(`/api/v1/partners/${partner.id}/alliance-alerts`);
    expect(card.status).toBe(200);
    expect(card.body).toMatchObject({ partnerId: partner.id, strategic: true });
    const installed = await loadMetrics();
    const expected: [string, string][] = [
      ['alliances.sponsors_named', 'no_executive_sponsor'],
      ['plans.current_plan', 'no_current_plan'],
      ['governance.days_since_review', 'no_recent_review'],
    ];
    const codes = card.body.reasons.map((r: { code: string }) => r.code);
    for (const [key, code] of expected) {
      if (installed.has(key)) expect(codes).toContain(code);
      else {
        expect(codes).not.toContain(code);
        expect(card.body.notMeasured).toContain(key);
      }
    }
    expect(card.body.notMeasured).not.toContain('risks.open');
    const alerts = await admin.get('/api/v1/alliances/alerts');
    expect(alerts.status).toBe(200);
    const listed = alerts.body.data.some((a: { partnerId: string }) => a.partnerId === partner.id);
    expect(listed).toBe(codes.length > 0);
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
