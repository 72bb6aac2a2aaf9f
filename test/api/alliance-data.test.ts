import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTx } from '../../src/db/scope.js';
import { evaluateAlerts } from '../../src/modules/alliance-alerts/index.js';
import { startAlliance, updateAlliance, updateDesign } from '../../src/modules/alliances/index.js';
import { loadMetrics } from '../../src/server/module.js';
import { systemCtx } from '../../src/shared/context.js';
import { type Client, createSeededApp, type SeededApp } from '../support/harness.js';
import { makePartner, makeUser, PASSWORD } from '../support/world.js';

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
const DAY = 86_400_000;

describe('the alert thresholds are the organisation’s to set', () => {
  it('an admin changes them (validated, audited); a changed limit changes the alert, the portfolio and the job', async () => {
    const admin = await user('admin');
    const pm = await user('pm');
    const initial = await pm.get('/api/v1/alliances/alert-settings');
    expect(initial.status).toBe(200);
    expect(initial.body).toMatchObject({
      reviewWithinDays: 120,
      maxAsymmetry: 25,
      defaults: { reviewWithinDays: 120, maxAsymmetry: 25 },
      updatedAt: null,
    });

    // Only an admin changes them; a partner's people do not even read them.
    expect((await pm.patch('/api/v1/alliances/alert-settings', { reviewWithinDays: 90 })).status).toBe(403);
    expect((await (await user('partnerAdminA')).get('/api/v1/alliances/alert-settings')).status).toBe(403);
    for (const [body, field] of [
      [{ reviewWithinDays: 3 }, 'reviewWithinDays'],
      [{ reviewWithinDays: 1000 }, 'reviewWithinDays'],
      [{ reviewWithinDays: 45.5 }, 'reviewWithinDays'],
      [{ maxAsymmetry: -1 }, 'maxAsymmetry'],
      [{ maxAsymmetry: 'ten' }, 'maxAsymmetry'],
      [{ cadence: 'monthly' }, ''],
    ] as const) {
      const res = await admin.patch('/api/v1/alliances/alert-settings', body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(res.headers['content-type']).toContain('application/problem+json');
      if (field) expect(JSON.stringify(res.body.errors)).toContain(field);
    }
    expect((await pm.get('/api/v1/alliances/alert-settings')).body.updatedAt).toBeNull();

    // A strategic partner whose last QBR was held 100 days ago: within 120 days, not within 90.
    const partner = await makePartner(t.system(), t.world.users.pm.id, { lifecycleStage: 'strategic', motion: 'alliance' });
    const meeting = await pm.post(`/api/v1/partners/${partner.id}/governance-meetings`, {
      kind: 'qbr',
      title: 'Spring QBR',
      startsAt: new Date(Date.now() - 100 * DAY).toISOString(),
    });
    expect(meeting.status, JSON.stringify(meeting.body)).toBe(201);
    expect(
      (await pm.post(`/api/v1/governance-meetings/${meeting.body.id}/hold`, { minutes: 'Agreed the targets.' })).status,
    ).toBe(200);
    const reasonCodes = async () =>
      ((await pm.get(`/api/v1/partners/${partner.id}/alliance-alerts`)).body.reasons as { code: string; message: string }[]).map(
        (r) => r.code,
      );
    expect(await reasonCodes()).not.toContain('no_recent_review');

    const changed = await admin.patch('/api/v1/alliances/alert-settings', { reviewWithinDays: 90 });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect(changed.body).toMatchObject({ reviewWithinDays: 90, maxAsymmetry: 25 });
    expect(changed.body.updatedAt).not.toBeNull();

    const card = (await pm.get(`/api/v1/partners/${partner.id}/alliance-alerts`)).body;
    const review = card.reasons.find((r: { code: string }) => r.code === 'no_recent_review');
    expect(review).toMatchObject({ metric: 'governance.days_since_review', value: 100 });
    expect(review.message).toContain('the limit is 90');
    const alerts = (await pm.get('/api/v1/alliances/alerts')).body.data as { partnerId: string; reasons: { code: string }[] }[];
    expect(alerts.find((a) => a.partnerId === partner.id)?.reasons.map((r) => r.code)).toContain('no_recent_review');
    const portfolio = (await pm.get('/api/v1/alliances/portfolio')).body;
    expect(portfolio.thresholds).toEqual({ reviewWithinDays: 90, maxAsymmetry: 25 });

    // Audited like every change, with the fields that moved.
    const audit = await admin.get('/api/v1/audit-events', { query: { entityType: 'alliance_alert_settings' } });
    expect(audit.body.data[0]).toMatchObject({ action: 'update', changedFields: expect.arrayContaining(['reviewWithinDays']) });

    // Back to a long cadence: the reason goes again.
    expect((await admin.patch('/api/v1/alliances/alert-settings', { reviewWithinDays: 180, maxAsymmetry: 30 })).status).toBe(200);
    expect(await reasonCodes()).not.toContain('no_recent_review');
    expect((await pm.get('/api/v1/alliances/alert-settings')).body).toMatchObject({ reviewWithinDays: 180, maxAsymmetry: 30 });
    expect((await admin.patch('/api/v1/alliances/alert-settings', { reviewWithinDays: 120, maxAsymmetry: 25 })).status).toBe(200);
  });

  it('the daily job tells the owner when a tighter limit flags a partner', async () => {
    const admin = await user('admin');
    const pm = await user('pm');
    const partner = await makePartner(t.system(), t.world.users.pm.id, { designation: 'strategic_alliance' });
    const stand = (days: number) => new Date(Date.now() - days * DAY).toISOString();
    const meeting = await pm.post(`/api/v1/partners/${partner.id}/governance-meetings`, {
      kind: 'jsc',
      title: 'Steering committee',
      startsAt: stand(60),
    });
    expect(meeting.status, JSON.stringify(meeting.body)).toBe(201);
    expect((await pm.post(`/api/v1/governance-meetings/${meeting.body.id}/hold`, {})).status).toBe(200);
    const metrics = await loadMetrics();
    // Only the review cadence decides here: both sponsors and a current plan stand in as present.
    const STAND_IN: Record<string, number | null> = { 'alliances.sponsors_named': 2, 'plans.current_plan': 1 };
    const only = new Map(metrics);
    for (const key of ['alliances.sponsors_named', 'plans.current_plan', 'plans.commitment_asymmetry']) {
      only.set(key, {
        key,
        label: key,
        unit: 'count',
        compute: async (_c, ids) => new Map((ids === 'all' ? [] : ids).map((id) => [id, STAND_IN[key] ?? null] as const)),
      });
    }
    const before = await evaluateAlerts(t.system(), { metrics: only });
    expect(before.evaluated).toBeGreaterThan(0);
    const count = async () =>
      ((await pm.get('/api/v1/me/notifications')).body.data as { kind: string; link: string }[]).filter(
        (n) => n.kind === 'alliance_alerts.flagged' && n.link === `/partners/${partner.id}`,
      ).length;
    expect(await count()).toBe(0);
    expect((await admin.patch('/api/v1/alliances/alert-settings', { reviewWithinDays: 30 })).status).toBe(200);
    await evaluateAlerts(t.system(), { metrics: only });
    expect(await count()).toBe(1);
    expect((await admin.patch('/api/v1/alliances/alert-settings', { reviewWithinDays: 120 })).status).toBe(200);
  });
});

describe('alliances.sponsors_named and alliances.design_explicit answer a past asOf', () => {
  it.each<[string, number, number | undefined, number | undefined]>([
    ['before the alliance started: no alliance, no data', -1, undefined, undefined],
    ['at the start: no sponsor, nothing explicit', 0.5, 0, 0],
    ['after the vendor named its sponsor', 1.5, 1, 0],
    ['after the partner named its sponsor and the value proposition was written', 2.5, 2, 1],
    ['after the vendor’s sponsor left the alliance', 3.5, 1, 1],
    ['now', 10, 1, 1],
  ])('%s', async (_when, at, sponsors, explicit) => {
    const { partnerId, t0 } = await history();
    const metrics = await loadMetrics();
    const asOf = new Date(t0.getTime() + at * DAY);
    const read = (key: string) =>
      withTx(systemCtx(t.database.db, 'test'), async (c) => {
        const def = metrics.get(key);
        if (!def) throw new Error(`${key} is not installed`);
        return (await def.compute(c, [partnerId], asOf)).get(partnerId) ?? undefined;
      });
    expect(await read('alliances.sponsors_named')).toBe(sponsors);
    expect(await read('alliances.design_explicit')).toBe(explicit);
  });
});

/**
 * One alliance with a dated history (once per file): started with no sponsors at t0, the vendor's
 * sponsor named a day later, the partner's sponsor and the value proposition the day after, the
 * vendor's sponsor removed on day 3.
 */
let made: Promise<{ partnerId: string; t0: Date }> | null = null;
function history() {
  made ??= (async () => {
    const t0 = new Date(Date.now() - 30 * DAY);
    const at = (days: number) => systemCtx(t.database.db, 'history', new Date(t0.getTime() + days * DAY));
    const partner = await makePartner(at(-5), t.world.users.pm.id, { designation: 'strategic_alliance' });
    const sponsor = await makeUser(at(-5), 'partner_admin', partner.id);
    await startAlliance(at(0), partner.id, { type: 'co_sell' });
    await updateAlliance(at(1), partner.id, { vendorSponsorId: t.world.users.executive.id });
    await updateAlliance(at(2), partner.id, { partnerSponsorUserId: sponsor.id });
    await updateDesign(at(2), partner.id, {
      valueProposition: {
        statement:
          'Together Lumen and the partner enable mid-market insurers to close claims in a day by joining data and service.',
        targetCustomer: 'Mid-market insurers',
        outcome: 'Claims closed in a day',
        customerValidated: false,
      },
    });
    await updateAlliance(at(3), partner.id, { vendorSponsorId: null });
    return { partnerId: partner.id, t0 };
  })();
  return made;
}
