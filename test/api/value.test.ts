import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTx } from '../../src/db/scope.js';
import { valueSessions } from '../../src/modules/value/value.schema.js';
import { loadMetrics } from '../../src/server/module.js';
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

const MODEL = {
  currency: 'EUR',
  sizeUnit: 'clinics',
  improvements: [
    { key: 'downtime', label: 'Less unplanned downtime', defaultBp: 1500 },
    { key: 'admin', label: 'Less admin time', defaultBp: 500 },
  ],
  oneTimeCostPerUnit: 200_000,
  recurringCostPerUnit: 100_000,
};

const JVP = {
  title: 'Predictive maintenance for clinics',
  outcome: 'a third less unplanned equipment downtime',
  targetCustomer: 'mid-sized hospital groups',
  how: 'combining monitoring with field service',
  differentiators: ['Certified for medical devices'],
  proofPoints: ['Pilot at St. Mary’s: 38 % less downtime'],
  calculator: MODEL,
};

const INPUTS = {
  customerSize: 10,
  currentAnnualCost: { amount: 10_000_000, currency: 'EUR' },
  improvements: [
    { key: 'downtime', bp: 1500 },
    { key: 'admin', bp: 500 },
  ],
};

describe('joint value proposition: both sides propose, the vendor publishes', () => {
  it('a partner proposes in the portal, the vendor publishes, the next version supersedes it', async () => {
    const partnerUser = await user('partnerUserA');
    const pm = await user('pm');
    const a = t.world.partnerA.id;
    // The test world gives every partner a published v1.
    const v = (await pm.get(`/api/v1/partners/${a}/value-proposition`)).body.current.version as number;
    const draft = await partnerUser.post(`/api/v1/partners/${a}/value-propositions`, JVP);
    expect(draft.status).toBe(201);
    expect(draft.body).toMatchObject({ status: 'draft', proposedBy: 'partner', version: null });
    expect(draft.body.statement).toMatch(
      /^Together .+ and Alpha Partners .+ enable a third less unplanned equipment downtime for mid-sized hospital groups by combining monitoring with field service\.$/,
    );
    expect(draft.body.can).toEqual({ edit: true, withdraw: true, publish: false, runSession: false });
    // The partner's manager is told; the partner cannot publish.
    const inbox = await pm.get('/api/v1/me/notifications');
    expect(inbox.body.data.map((n: { title: string }) => n.title)).toContain(
      `${t.world.partnerA.name} proposed a new joint value proposition`,
    );
    expect((await partnerUser.post(`/api/v1/value-propositions/${draft.body.id}/publish`)).status).toBe(403);
    // The vendor does not edit the partner's draft; the partner does.
    expect((await pm.patch(`/api/v1/value-propositions/${draft.body.id}`, { title: 'Mine now' })).status).toBe(403);
    const edited = await partnerUser.patch(`/api/v1/value-propositions/${draft.body.id}`, {
      outcome: 'forty per cent less downtime',
    });
    expect(edited.status).toBe(200);
    const published = await pm.post(`/api/v1/value-propositions/${draft.body.id}/publish`);
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ status: 'published', version: v + 1, outcome: 'forty per cent less downtime' });
    // Published versions do not change.
    const frozen = await partnerUser.patch(`/api/v1/value-propositions/${draft.body.id}`, { title: 'Later' });
    expect(frozen.status).toBe(422);
    expect(frozen.body.errors[0].path).toBe('status');
    // The vendor proposes v2 and publishes it: v1 is superseded, one current version.
    const v2 = await pm.post(`/api/v1/partners/${a}/value-propositions`, { ...JVP, title: 'Version two' });
    expect(v2.body.basedOnId).toBe(draft.body.id);
    await pm.post(`/api/v1/value-propositions/${v2.body.id}/publish`);
    const list = await partnerUser.get(`/api/v1/partners/${a}/value-propositions`);
    expect(list.body.data.slice(0, 3).map((p: { version: number; status: string }) => [p.version, p.status])).toEqual([
      [v + 2, 'published'],
      [v + 1, 'superseded'],
      [v, 'superseded'],
    ]);
    const current = await partnerUser.get(`/api/v1/partners/${a}/value-proposition`);
    expect(current.body.current.title).toBe('Version two');
    // The partner's people are told of the publication.
    const theirs = await partnerUser.get('/api/v1/me/notifications');
    expect(theirs.body.data.map((n: { title: string }) => n.title)).toContain(`Joint value proposition v${v + 2} is published`);
  });

  it('another partner’s JVP answers like a missing one; bad models name the field', async () => {
    const bUser = await user('partnerUserB');
    const pm = await user('pm');
    const a = t.world.partnerA.id;
    expect((await bUser.get(`/api/v1/partners/${a}/value-propositions`)).status).toBe(404);
    const mine = await pm.get(`/api/v1/partners/${a}/value-propositions`);
    expect((await bUser.get(`/api/v1/value-propositions/${mine.body.data[0].id}`)).status).toBe(404);
    expect((await bUser.post(`/api/v1/partners/${a}/value-propositions`, JVP)).status).toBe(404);
    // pm2 does not own partner A: reads, but neither proposes nor publishes.
    const pm2 = await user('pm2');
    expect((await pm2.post(`/api/v1/partners/${a}/value-propositions`, JVP)).status).toBe(403);
    const dup = await pm.post(`/api/v1/partners/${a}/value-propositions`, {
      ...JVP,
      calculator: { ...MODEL, improvements: [MODEL.improvements[0], MODEL.improvements[0]] },
    });
    expect(dup.status).toBe(422);
    expect(dup.body.errors.map((e: { path: string }) => e.path)).toContain('calculator.improvements.1.key');
    const badCurrency = await pm.post(`/api/v1/partners/${a}/value-propositions`, {
      ...JVP,
      calculator: { ...MODEL, currency: 'XYZ' },
    });
    expect(badCurrency.status).toBe(422);
    expect(badCurrency.body.errors[0].path).toBe('calculator.currency');
  });
});

describe('value calculator sessions shared as public pages', () => {
  let propositionId: string;
  beforeAll(async () => {
    const partner = await makePartner(t.system(), t.world.users.pm.id, { name: `Calc Partner ${Date.now()}` });
    const pm = await user('pm');
    const draft = await pm.post(`/api/v1/partners/${partner.id}/value-propositions`, JVP);
    propositionId = (await pm.post(`/api/v1/value-propositions/${draft.body.id}/publish`)).body.id;
  });

  it('computes ROI, payback and 3-year net in whole minor units, and names bad inputs', async () => {
    const exec = await user('executive');
    const res = await exec.post(`/api/v1/value-propositions/${propositionId}/calculate`, { inputs: INPUTS });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      annualBenefit: { amount: 2_000_000, currency: 'EUR' },
      oneTimeCost: { amount: 2_000_000, currency: 'EUR' },
      threeYearNetBenefit: { amount: 1_000_000, currency: 'EUR' },
      roiPercent: 20,
      paybackMonths: 24,
    });
    const usd = await exec.post(`/api/v1/value-propositions/${propositionId}/calculate`, {
      inputs: { ...INPUTS, currentAnnualCost: { amount: 1, currency: 'USD' } },
    });
    expect(usd.status).toBe(422);
    expect(usd.body.errors[0].path).toBe('inputs.currentAnnualCost.currency');
    const floaty = await exec.post(`/api/v1/value-propositions/${propositionId}/calculate`, {
      inputs: { ...INPUTS, currentAnnualCost: { amount: 10.5, currency: 'EUR' } },
    });
    expect(floaty.status).toBe(422);
    expect(floaty.body.errors[0].path).toBe('inputs.currentAnnualCost.amount');
  });

  it('a seller keeps a session, shares it, the page shows the result and nothing else, revoking ends it', async () => {
    const pm = await user('pm');
    const session = await pm.post(`/api/v1/value-propositions/${propositionId}/sessions`, {
      customerName: 'Riverside Clinics',
      inputs: INPUTS,
    });
    expect(session.status).toBe(201);
    expect(session.body.result.roiPercent).toBe(20);
    expect(session.body.share.state).toBe('none');
    expect(JSON.stringify(session.body)).not.toMatch(/tokenHash/);
    const shared = await pm.post(`/api/v1/value-sessions/${session.body.id}/share`, { expiresInDays: 7 });
    expect(shared.status).toBe(200);
    expect(shared.body.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(shared.body.path).toBe(`/value-shares/${shared.body.token}`);
    expect(shared.body.session.share.state).toBe('active');
    // Anyone, signed in or not, sees the page: the statement, the numbers, the result — no ids, people or other records.
    const page = await t.request('GET', `/api/v1/value-shares/${shared.body.token}`);
    expect(page.status).toBe(200);
    expect(page.headers['cache-control']).toBe('no-store');
    expect(Object.keys(page.body).sort()).toEqual(
      [
        'vendorName',
        'partnerName',
        'title',
        'statement',
        'outcome',
        'targetCustomer',
        'how',
        'differentiators',
        'proofPoints',
        'sizeUnit',
        'improvements',
        'customerName',
        'customerSize',
        'currentAnnualCost',
        'result',
        'preparedAt',
        'expiresAt',
      ].sort(),
    );
    expect(page.body.customerName).toBe('Riverside Clinics');
    expect(page.body.improvements).toEqual([
      { label: 'Less unplanned downtime', bp: 1500 },
      { label: 'Less admin time', bp: 500 },
    ]);
    const text = JSON.stringify(page.body);
    for (const secret of [session.body.id, session.body.partnerId, propositionId, t.world.users.pm.email, t.world.users.pm.id])
      expect(text).not.toContain(secret);
    // The view is counted for the seller.
    expect((await pm.get(`/api/v1/value-sessions/${session.body.id}`)).body.share.views).toBe(1);
    // A guessed token is 404; a revoked link is 404.
    expect((await t.request('GET', '/api/v1/value-shares/not-a-real-token-at-all-0000000')).status).toBe(404);
    const revoked = await pm.delete(`/api/v1/value-sessions/${session.body.id}/share`);
    expect(revoked.body.share.state).toBe('revoked');
    expect((await t.request('GET', `/api/v1/value-shares/${shared.body.token}`)).status).toBe(404);
    // Sharing again makes a new link; the old one stays dead.
    const again = await pm.post(`/api/v1/value-sessions/${session.body.id}/share`, {});
    expect(again.body.token).not.toBe(shared.body.token);
    expect((await t.request('GET', `/api/v1/value-shares/${again.body.token}`)).status).toBe(200);
    expect((await t.request('GET', `/api/v1/value-shares/${shared.body.token}`)).status).toBe(404);
  });

  it('an expired link is 404', async () => {
    const pm = await user('pm');
    const session = await pm.post(`/api/v1/value-propositions/${propositionId}/sessions`, {
      customerName: 'Old Clinic',
      inputs: INPUTS,
    });
    const shared = await pm.post(`/api/v1/value-sessions/${session.body.id}/share`, { expiresInDays: 1 });
    await withTx(t.system(), (c) =>
      c.tx
        .update(valueSessions)
        .set({ shareExpiresAt: new Date(Date.now() - 60_000) })
        .where(eq(valueSessions.id, session.body.id)),
    );
    expect((await t.request('GET', `/api/v1/value-shares/${shared.body.token}`)).status).toBe(404);
    expect((await pm.get(`/api/v1/value-sessions/${session.body.id}`)).body.share.state).toBe('expired');
  });

  it('sessions of a draft are refused; a partner user manages only its own sessions; other partners see none', async () => {
    const pm = await user('pm');
    const a = t.world.partnerA.id;
    const draft = await pm.post(`/api/v1/partners/${a}/value-propositions`, { ...JVP, title: 'Draft only' });
    const refused = await pm.post(`/api/v1/value-propositions/${draft.body.id}/sessions`, { customerName: 'X', inputs: INPUTS });
    expect(refused.status).toBe(422);
    expect(refused.body.errors[0].path).toBe('propositionId');
    const current = (await pm.get(`/api/v1/partners/${a}/value-proposition`)).body.current;
    const partnerUser = await user('partnerUserA');
    const theirs = await partnerUser.post(`/api/v1/value-propositions/${current.id}/sessions`, {
      customerName: 'Their customer',
      inputs: INPUTS,
    });
    expect(theirs.status).toBe(201);
    expect(theirs.body.side).toBe('partner');
    const colleague = await t.login((await makeUser(t.system(), 'partner_user', a)).email, PASSWORD);
    expect((await colleague.post(`/api/v1/value-sessions/${theirs.body.id}/share`, {})).status).toBe(403);
    expect((await (await user('partnerAdminA')).post(`/api/v1/value-sessions/${theirs.body.id}/share`, {})).status).toBe(200);
    const bUser = await user('partnerUserB');
    expect((await bUser.get(`/api/v1/value-sessions/${theirs.body.id}`)).status).toBe(404);
    const bList = await bUser.get('/api/v1/value-sessions');
    expect(bList.body.data.every((s: { partnerId: string }) => s.partnerId === t.world.partnerB.id)).toBe(true);
  });

  it('the public page is throttled per client IP', async () => {
    let last = 0;
    for (let i = 0; i < 61; i++) {
      last = (
        await t.request('GET', '/api/v1/value-shares/guess-guess-guess-guess-guess-00', {
          headers: { 'x-forwarded-for': '203.0.113.9' },
        })
      ).status;
    }
    // Behind no trusted proxy every request here comes from one address: the 61st is refused.
    expect(last).toBe(429);
  });
});

describe('value metrics for the alliance alerts', () => {
  it('jvp_published and jvp_uses_90d count per partner, zero when nothing is there', async () => {
    const metrics = await loadMetrics();
    const fresh = await makePartner(t.system(), t.world.users.pm.id);
    const a = t.world.partnerA.id;
    const now = new Date();
    const published = await withTx(t.system(), (c) => metrics.get('value.jvp_published')!.compute(c, [a, fresh.id], now));
    expect(published.get(a)).toBe(1);
    expect(published.get(fresh.id)).toBe(0);
    const uses = await withTx(t.system(), (c) => metrics.get('value.jvp_uses_90d')!.compute(c, [a, fresh.id], now));
    expect(uses.get(a)).toBeGreaterThanOrEqual(1);
    expect(uses.get(fresh.id)).toBe(0);
    const before = await withTx(t.system(), (c) =>
      metrics.get('value.jvp_uses_90d')!.compute(c, [a], new Date(now.getTime() - 200 * 86_400_000)),
    );
    expect(before.get(a)).toBe(0);
  });
});

describe('value-capture simulator', () => {
  const SIM = {
    offering: { currency: 'EUR', listPrice: 100_000, subscriptionBp: 6000, eventsPerUnit: 100 },
    parties: [
      { side: 'vendor', mechanisms: [{ kind: 'remainder' }], investment: 300_000 },
      { side: 'partner', mechanisms: [{ kind: 'revenue_share', shareBp: 2500 }], investment: 100_000 },
    ],
    pricePointsBp: [9000, 10_000],
    volumes: [10, 20],
  };

  it('previews and keeps a grid per side with fairness; the partner reads the vendor’s but does not edit it', async () => {
    const pm = await user('pm');
    const a = t.world.partnerA.id;
    const preview = await pm.post(`/api/v1/partners/${a}/value-simulations/preview`, SIM);
    expect(preview.status).toBe(200);
    expect(preview.body.scenarios).toHaveLength(4);
    expect(preview.body.scenarios[3]).toMatchObject({ priceBp: 10_000, volume: 20, pool: { amount: 2_000_000 } });
    expect(preview.body.scenarios[3].earnings).toEqual({
      vendor: { amount: 1_500_000, currency: 'EUR' },
      partner: { amount: 500_000, currency: 'EUR' },
    });
    expect(preview.body.fairness).toMatchObject({ verdict: 'balanced', gapPoints: 0 });
    const saved = await pm.post(`/api/v1/partners/${a}/value-simulations`, { name: 'Clinic bundle', ...SIM });
    expect(saved.status).toBe(201);
    const partnerAdmin = await user('partnerAdminA');
    const seen = await partnerAdmin.get(`/api/v1/value-simulations/${saved.body.id}`);
    expect(seen.body.result.fairness.verdict).toBe('balanced');
    expect(seen.body.can.edit).toBe(false);
    expect((await partnerAdmin.patch(`/api/v1/value-simulations/${saved.body.id}`, { volumes: [5] })).status).toBe(403);
    expect((await (await user('partnerAdminB')).get(`/api/v1/value-simulations/${saved.body.id}`)).status).toBe(404);
  });

  it('names what is wrong', async () => {
    const pm = await user('pm');
    const a = t.world.partnerA.id;
    const two = await pm.post(`/api/v1/partners/${a}/value-simulations/preview`, {
      ...SIM,
      parties: [
        { side: 'vendor', mechanisms: [{ kind: 'remainder' }], investment: null },
        { side: 'partner', mechanisms: [{ kind: 'remainder' }], investment: null },
      ],
    });
    expect(two.status).toBe(422);
    expect(two.body.errors[0].path).toBe('parties');
    const kind = await pm.post(`/api/v1/partners/${a}/value-simulations/preview`, {
      ...SIM,
      parties: [{ side: 'vendor', mechanisms: [{ kind: 'royalty' }], investment: null }],
    });
    expect(kind.status).toBe(422);
    expect(kind.body.errors[0].path).toMatch(/^parties\.0\.mechanisms\.0/);
  });
});
