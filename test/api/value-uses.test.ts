import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTx } from '../../src/db/scope.js';
import { failureModes } from '../../src/modules/alliance-alerts/index.js';
import { campaigns } from '../../src/modules/campaigns/index.js';
import { makeTestProposition, makeTestPublished } from '../../src/modules/value/index.js';
import { loadMetrics } from '../../src/server/module.js';
import { addDays, localDateOf } from '../../src/shared/dates.js';
import { type Client, createSeededApp, type SeededApp } from '../support/harness.js';
import { makePartner, PASSWORD } from '../support/world.js';

/**
 * Records name the joint value proposition they use (decision 0344): campaigns, deal
 * registrations, opportunities and content; the deployment metric counts them.
 */
let t: SeededApp;
const clients = new Map<string, Client>();
let jvpA: string;
let jvpB: string;
let draftA: string;
const today = () => localDateOf(new Date(), 'UTC');
const MISSING = '0190c0de-0000-7000-8000-000000000000';
const PROBLEM = [{ path: 'valuePropositionId', message: 'must be a published joint value proposition of the record’s partner' }];

beforeAll(async () => {
  t = await createSeededApp();
  jvpA = await makeTestPublished(t.system(), t.world.partnerA.id);
  jvpB = await makeTestPublished(t.system(), t.world.partnerB.id);
  draftA = await makeTestProposition(t.system(), t.world.partnerA.id, 'admin', t.world.users.admin.id);
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
let n = 0;
const uniq = () => `${Date.now().toString(36)}${++n}`;

/** Another partner's JVP, a draft and a missing id get the one and the same answer. */
async function expectRefused(send: (id: string) => Promise<{ status: number; body: { errors?: unknown } }>) {
  for (const id of [jvpB, MISSING, draftA]) {
    const res = await send(id);
    expect(res.status, id).toBe(422);
    expect(res.body.errors, id).toEqual(PROBLEM);
  }
}

const plan = (over: Record<string, unknown> = {}) => ({
  name: `Joint webinar ${uniq()}`,
  type: 'webinar',
  ownerSide: 'joint',
  startsOn: '2027-03-01',
  endsOn: '2027-03-31',
  budget: { amount: 1_000_000, currency: 'USD' },
  split: { vendorPercent: 50 },
  ...over,
});

describe('campaigns name the JVP they use', () => {
  it('set, shown with its title, cleared; another partner’s JVP is the same 422 as a missing one; nothing half-saved', async () => {
    const admin = await user('admin');
    const a = t.world.partnerA.id;
    const made = await admin.post(`/api/v1/partners/${a}/campaigns`, plan({ valuePropositionId: jvpA }));
    expect(made.status).toBe(201);
    expect(made.body.valuePropositionId).toBe(jvpA);
    expect(made.body.valueProposition).toMatchObject({ id: jvpA, title: expect.any(String), version: 1 });
    expect((await admin.get(`/api/v1/campaigns/${made.body.id}`)).body.valueProposition.id).toBe(jvpA);

    const count = async () =>
      withTx(t.system(), async (c) => (await c.tx.select().from(campaigns).where(eq(campaigns.partnerId, a))).length);
    const before = await count();
    await expectRefused((id) => admin.post(`/api/v1/partners/${a}/campaigns`, plan({ valuePropositionId: id })));
    expect(await count()).toBe(before);
    await expectRefused((id) => admin.patch(`/api/v1/campaigns/${made.body.id}`, { valuePropositionId: id }));
    expect((await admin.get(`/api/v1/campaigns/${made.body.id}`)).body.valuePropositionId).toBe(jvpA);

    const cleared = await admin.patch(`/api/v1/campaigns/${made.body.id}`, { valuePropositionId: null });
    expect(cleared.status).toBe(200);
    expect(cleared.body).toMatchObject({ valuePropositionId: null, valueProposition: null });
    const malformed = await admin.patch(`/api/v1/campaigns/${made.body.id}`, { valuePropositionId: 'nope' });
    expect(malformed.status).toBe(422);
    expect(malformed.body.errors[0].path).toBe('valuePropositionId');
  });

  it('a partner’s people name only their own partner’s JVP, on a campaign they may still edit', async () => {
    const partnerUser = await user('partnerUserA');
    const a = t.world.partnerA.id;
    await expectRefused((id) => partnerUser.post(`/api/v1/partners/${a}/campaigns`, plan({ valuePropositionId: id })));
    const proposed = await partnerUser.post(`/api/v1/partners/${a}/campaigns`, plan({ valuePropositionId: jvpA }));
    expect(proposed.status).toBe(201);
    expect(proposed.body).toMatchObject({ status: 'proposed', valuePropositionId: jvpA });
    // Partner B's people do not see it at all.
    const other = await user('partnerUserB');
    expect((await other.patch(`/api/v1/campaigns/${proposed.body.id}`, { valuePropositionId: jvpB })).status).toBe(404);
  });
});

const deal = (over: Record<string, unknown> = {}) => ({
  customer: { name: `Initech ${uniq()} Inc.` },
  title: `Platform deal ${uniq()}`,
  amount: 12_500_000,
  currency: 'USD',
  expectedCloseDate: addDays(today(), 60),
  ...over,
});

describe('deal registrations name the JVP they are sold with', () => {
  it('the partner registers with its JVP; both sides change it while submitted; another partner cannot', async () => {
    const partnerUser = await user('partnerUserA');
    await expectRefused((id) => partnerUser.post('/api/v1/deal-registrations', deal({ valuePropositionId: id })));
    const made = await partnerUser.post('/api/v1/deal-registrations', deal({ valuePropositionId: jvpA }));
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ valuePropositionId: jvpA, valueProposition: { id: jvpA } });
    expect(made.body.can.edit).toBe(true);
    const url = `/api/v1/deal-registrations/${made.body.id}`;

    await expectRefused((id) => partnerUser.patch(url, { valuePropositionId: id }));
    expect((await partnerUser.patch(url, { valuePropositionId: null })).body.valuePropositionId).toBeNull();
    const admin = await user('admin');
    await expectRefused((id) => admin.patch(url, { valuePropositionId: id }));
    expect((await admin.patch(url, { valuePropositionId: jvpA })).body.valuePropositionId).toBe(jvpA);
    // Partner B's people do not see A's registration; executives read but do not change it.
    expect((await (await user('partnerUserB')).patch(url, { valuePropositionId: jvpB })).status).toBe(404);
    expect((await (await user('executive')).patch(url, { valuePropositionId: null })).status).toBe(403);
    // Rejected: nobody changes it any more.
    expect((await admin.post(`${url}/reject`, { reason: 'Direct account' })).status).toBe(200);
    expect((await partnerUser.patch(url, { valuePropositionId: null })).status).toBe(403);
  });
});

const opportunity = (over: Record<string, unknown> = {}) => ({
  title: `Analytics rollout ${uniq()}`,
  customer: { name: `Globex ${uniq()} GmbH` },
  amount: 4_800_000,
  currency: 'EUR',
  stage: 'qualification',
  closeDate: addDays(today(), 90),
  ...over,
});

describe('opportunities name the JVP of a partner involved', () => {
  it('set with the involved partner’s JVP; no partner involved: none to name; a partner reads only its own', async () => {
    const admin = await user('admin');
    const a = t.world.partnerA.id;
    const involved = { partner: { partnerId: a, role: 'sourced' } };
    await expectRefused((id) => admin.post('/api/v1/opportunities', opportunity({ ...involved, valuePropositionId: id })));
    const alone = await admin.post('/api/v1/opportunities', opportunity({ valuePropositionId: jvpA }));
    expect(alone.status).toBe(422);
    expect(alone.body.errors).toEqual(PROBLEM);

    const made = await admin.post('/api/v1/opportunities', opportunity({ ...involved, valuePropositionId: jvpA }));
    expect(made.status).toBe(201);
    expect(made.body.valueProposition).toMatchObject({ id: jvpA });
    const url = `/api/v1/opportunities/${made.body.id}`;
    await expectRefused((id) => admin.patch(url, { valuePropositionId: id }));
    expect((await admin.patch(url, { valuePropositionId: null })).body.valuePropositionId).toBeNull();
    expect((await admin.patch(url, { valuePropositionId: jvpA })).body.valuePropositionId).toBe(jvpA);
    // The partner involved sees it; the partner's people do not change opportunities.
    const partnerUser = await user('partnerUserA');
    expect((await partnerUser.get(url)).body.valueProposition).toMatchObject({ id: jvpA });
    expect((await partnerUser.patch(url, { valuePropositionId: null })).status).toBe(403);
  });
});

describe('content names any alliance’s published JVP', () => {
  it('a resource for every partner may carry B’s JVP; A’s people are not told whose', async () => {
    const admin = await user('admin');
    for (const id of [MISSING, draftA]) {
      const res = await admin.post('/api/v1/resources', { title: `Battlecard ${uniq()}`, valuePropositionId: id });
      expect(res.status).toBe(422);
      expect(res.body.errors).toEqual(PROBLEM);
    }
    const made = await admin.post('/api/v1/resources', {
      title: `Joint one-pager ${uniq()}`,
      url: 'https://vendor.example/one-pager',
      status: 'published',
      valuePropositionId: jvpB,
    });
    expect(made.status).toBe(201);
    expect(made.body.valueProposition).toMatchObject({ id: jvpB });
    const url = `/api/v1/resources/${made.body.id}`;
    expect((await (await user('partnerUserB')).get(url)).body.valuePropositionId).toBe(jvpB);
    const seenByA = (await (await user('partnerUserA')).get(url)).body;
    expect(seenByA).toMatchObject({ valuePropositionId: null, valueProposition: null });
    expect(
      (await (await user('partnerUserA')).post('/api/v1/resources', { title: 'Mine', valuePropositionId: jvpA })).status,
    ).toBe(403);
    expect((await admin.patch(url, { valuePropositionId: null })).body.valuePropositionId).toBeNull();
    await expectRefused(async (id) =>
      id === jvpB ? { status: 422, body: { errors: PROBLEM } } : admin.patch(url, { valuePropositionId: id }),
    );
  });
});

describe('deployment: value.jvp_uses_90d counts sessions and the records that name the JVP', () => {
  it('a linked opportunity clears "JVP without deployment" for 90 days, then no longer', async () => {
    const metrics = await loadMetrics();
    const fresh = await makePartner(t.system(), t.world.users.pm.id);
    const jvp = await makeTestPublished(t.system(), fresh.id);
    const facts = (published: number, uses: number) => ({
      lifecycleStage: 'active',
      designation: 'strategic',
      metrics: {
        'value.jvp_published': { measured: true, value: published },
        'value.jvp_uses_90d': { measured: true, value: uses },
      },
    });
    const at = async (asOf: Date) => {
      const published = await withTx(t.system(), (c) => metrics.get('value.jvp_published')!.compute(c, [fresh.id], asOf));
      const uses = await withTx(t.system(), (c) => metrics.get('value.jvp_uses_90d')!.compute(c, [fresh.id], asOf));
      const modes = failureModes(facts(published.get(fresh.id) ?? 0, uses.get(fresh.id) ?? 0)).map((m) => m.code);
      return { uses: uses.get(fresh.id), flagged: modes.includes('jvp_without_deployment') };
    };
    const now = new Date();
    expect(await at(now)).toEqual({ uses: 0, flagged: true });

    const admin = await user('admin');
    const made = await admin.post(
      '/api/v1/opportunities',
      opportunity({ partner: { partnerId: fresh.id, role: 'sourced' }, valuePropositionId: jvp }),
    );
    expect(made.status).toBe(201);
    const campaign = await admin.post(`/api/v1/partners/${fresh.id}/campaigns`, plan({ valuePropositionId: jvp }));
    expect(campaign.status).toBe(201);
    const later = new Date(Date.now() + 1000);
    expect(await at(later)).toEqual({ uses: 2, flagged: false });
    // 91 days on, both links are older than the window: flagged again.
    expect(await at(new Date(later.getTime() + 91 * 86_400_000))).toEqual({ uses: 0, flagged: true });

    // The alliance's page lists what counted.
    const uses = await admin.get(`/api/v1/partners/${fresh.id}/value-proposition/uses`);
    expect(uses.status).toBe(200);
    expect(uses.body.last90Days).toMatchObject({ opportunity: 1, campaign: 1, total: 2 });
    expect(uses.body.records.map((r: { kind: string; id: string }) => [r.kind, r.id]).sort()).toEqual(
      [
        ['campaign', campaign.body.id],
        ['opportunity', made.body.id],
      ].sort(),
    );
    // Another partner's people do not see it.
    expect((await (await user('partnerUserA')).get(`/api/v1/partners/${fresh.id}/value-proposition/uses`)).status).toBe(404);
  });
});
