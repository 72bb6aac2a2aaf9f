import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTx } from '../../src/db/scope.js';
import { getSettings } from '../../src/modules/settings/index.js';
import { loadMetrics } from '../../src/server/module.js';
import { addDays, localDateOf } from '../../src/shared/dates.js';
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
const today = () => localDateOf(new Date(), 'UTC');
let n = 0;
const uniq = () => `${Date.now().toString(36)}${++n}`;

async function partnerWithPeople(ownerKey: 'pm' | 'pm2' = 'pm') {
  const partner = await makePartner(t.system(), t.world.users[ownerKey].id);
  const adminUser = await makeUser(t.system(), 'partner_admin', partner.id);
  return { partner, admin: await as(adminUser.email) };
}

function opportunity(customer: { name: string; domain?: string } | null, extra: Record<string, unknown> = {}) {
  return {
    title: `Analytics rollout ${uniq()}`,
    ...(customer ? { customer } : {}),
    amount: 4_800_000,
    currency: 'EUR',
    stage: 'qualification',
    closeDate: addDays(today(), 90),
    ...extra,
  };
}

/** Subscribers run after the commit: wait until `check` holds. */
async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, what: string): Promise<T> {
  for (let i = 0; i < 50; i++) {
    const value = await read();
    if (check(value)) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`never happened: ${what}`);
}

describe('opportunities', () => {
  it('creates an opportunity, finding or creating the account by normalised domain and name; refuses bad input naming the field', async () => {
    const pm = await user('pm');
    const u = uniq();
    const first = await pm.post(
      '/api/v1/opportunities',
      opportunity({ name: `Globex ${u} GmbH`, domain: `globex-${u}.example` }),
    );
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body).toMatchObject({
      number: expect.stringMatching(/^OPP-\d{6,}$/),
      stage: 'qualification',
      amount: 4_800_000,
      currency: 'EUR',
    });
    expect(first.body.stageHistory).toHaveLength(1);
    // Same customer: the domain with www and capitals, the name with another legal suffix.
    const again = await pm.post(
      '/api/v1/opportunities',
      opportunity({ name: `GLOBEX ${u} AG`, domain: `https://WWW.globex-${u}.example/` }),
    );
    expect(again.status).toBe(201);
    expect(again.body.account.id).toBe(first.body.account.id);
    const byName = await pm.post('/api/v1/opportunities', opportunity({ name: `Globex ${u}` }));
    expect(byName.body.account.id).toBe(first.body.account.id);
    const byId = await pm.post('/api/v1/opportunities', opportunity(null, { accountId: first.body.account.id }));
    expect(byId.body.account.id).toBe(first.body.account.id);
    const account = await pm.get(`/api/v1/accounts/${first.body.account.id}`);
    expect(account.body.openOpportunities).toBe(4);

    const before = (await pm.get('/api/v1/accounts', { query: { q: `Globex ${u}` } })).body.data.length;
    for (const [body, path] of [
      [opportunity(null), 'customer'],
      [opportunity({ name: '!!!' }), 'customer.name'],
      [opportunity({ name: 'Initech', domain: 'not a domain' }), 'customer.domain'],
      [opportunity({ name: `Fresh ${u}` }, { amount: 12.5 }), 'amount'],
      [opportunity({ name: `Fresh ${u}` }, { currency: 'EURO' }), 'currency'],
      [opportunity({ name: `Fresh ${u}` }, { stage: 'won' }), 'stage'],
      [opportunity({ name: `Fresh ${u}` }, { closeDate: '2026-13-01' }), 'closeDate'],
      [opportunity(null, { accountId: '00000000-0000-4000-8000-000000000000' }), 'accountId'],
    ] as const) {
      const res = await pm.post('/api/v1/opportunities', body);
      expect(res.status, `${path}: ${JSON.stringify(res.body)}`).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path);
    }
    // Nothing half-saved: no account for the refused "Fresh" customer.
    expect((await pm.get('/api/v1/accounts', { query: { q: `Fresh ${u}` } })).body.data).toHaveLength(0);
    expect((await pm.get('/api/v1/accounts', { query: { q: `Globex ${u}` } })).body.data.length).toBe(before);
    // Executives read the pipeline but do not create it; partners neither.
    expect((await (await user('executive')).post('/api/v1/opportunities', opportunity({ name: `Exec ${u}` }))).status).toBe(403);
    expect((await (await user('partnerAdminA')).post('/api/v1/opportunities', opportunity({ name: `P ${u}` }))).status).toBe(403);
  });

  it('accounts: one per normalised domain; vendor staff read them, managers write them', async () => {
    const pm = await user('pm');
    const u = uniq();
    const created = await pm.post('/api/v1/accounts', {
      name: `Hooli ${u}`,
      domain: `hooli-${u}.example`,
      segment: 'Enterprise',
      country: 'US',
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const dup = await pm.post('/api/v1/accounts', { name: `Hooli XYZ ${u}`, domain: `WWW.hooli-${u}.example` });
    expect(dup.status).toBe(409);
    expect(dup.body.errors[0].path).toBe('domain');
    const bad = await pm.post('/api/v1/accounts', { name: `Bad ${u}`, country: 'usa' });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].path).toBe('country');
    const patched = await pm.patch(`/api/v1/accounts/${created.body.id}`, { industry: 'Software' });
    expect(patched.body).toMatchObject({ industry: 'Software', segment: 'Enterprise' });
    expect((await (await user('finance')).get(`/api/v1/accounts/${created.body.id}`)).status).toBe(200);
    expect((await (await user('finance')).patch(`/api/v1/accounts/${created.body.id}`, { industry: 'X' })).status).toBe(403);
    // An opportunity for the same domain lands on the account.
    const opp = await pm.post('/api/v1/opportunities', opportunity({ name: 'Anything', domain: `hooli-${u}.example` }));
    expect(opp.body.account.id).toBe(created.body.id);
  });

  it('moves through stages with a history; a closed opportunity reopens only to an open stage; lists filter and page', async () => {
    const pm = await user('pm');
    const u = uniq();
    const created = (await pm.post('/api/v1/opportunities', opportunity({ name: `Stages ${u}` }, { products: ['Analytics'] })))
      .body;
    const url = `/api/v1/opportunities/${created.id}`;
    expect((await pm.patch(url, { stage: 'proposal' })).status).toBe(200);
    const won = await pm.patch(url, { stage: 'closed_won', amount: 5_000_000 });
    expect(won.status).toBe(200);
    expect(won.body.closedAt).not.toBeNull();
    const flip = await pm.patch(url, { stage: 'closed_lost' });
    expect(flip.status).toBe(422);
    expect(flip.body.errors[0].path).toBe('stage');
    const reopened = await pm.patch(url, { stage: 'negotiation' });
    expect(reopened.body.closedAt).toBeNull();
    expect(reopened.body.stageHistory.map((h: { toStage: string }) => h.toStage)).toEqual([
      'qualification',
      'proposal',
      'closed_won',
      'negotiation',
    ]);
    expect(reopened.body.stageHistory[1].changedBy.id).toBe(t.world.users.pm.id);

    // Filters and keyset paging.
    for (let i = 0; i < 3; i++)
      await pm.post('/api/v1/opportunities', opportunity({ name: `Paging ${u}` }, { stage: 'prospecting' }));
    const page1 = await pm.get('/api/v1/opportunities', { query: { q: `Paging ${u}`, limit: 2, stage: 'prospecting' } });
    expect(page1.body.data).toHaveLength(2);
    const page2 = await pm.get('/api/v1/opportunities', {
      query: { q: `Paging ${u}`, limit: 2, stage: 'prospecting', cursor: page1.body.nextCursor },
    });
    expect(page2.body.data).toHaveLength(1);
    expect(page2.body.nextCursor).toBeNull();
    expect((await pm.get('/api/v1/opportunities', { query: { q: `Paging ${u}`, stage: 'closed_won' } })).body.data).toHaveLength(
      0,
    );
    const csv = await pm.get('/api/v1/opportunities/export', { query: { format: 'csv', q: `Paging ${u}` } });
    expect(csv.status).toBe(200);
    expect(String(csv.body).trim().split('\n')).toHaveLength(4);

    // Every change is audited with an event.
    const events = await withTx(t.system(), (c) =>
      c.tx.execute<{ name: string }>(
        `select name from domain_events where entity_id = '${created.id}' order by occurred_at, id` as never,
      ),
    );
    expect(events.rows.map((r) => r.name)).toEqual([
      'opportunity.created',
      'opportunity.stage_changed',
      'opportunity.stage_changed',
      'opportunity.stage_changed',
    ]);
  });

  it('involves partners through touches: one sourced partner at most; each partner sees only its own opportunities and the shared fields', async () => {
    const pm = await user('pm');
    const u = uniq();
    const a = t.world.partnerA.id;
    const b = t.world.partnerB.id;
    const created = (await pm.post('/api/v1/opportunities', opportunity({ name: `Shared ${u}` }, { products: ['Platform'] })))
      .body;
    const url = `/api/v1/opportunities/${created.id}`;
    const touch = await pm.post(`${url}/touches`, {
      partnerId: a,
      role: 'sourced',
      occurredAt: new Date().toISOString(),
      note: 'Introduced the CIO',
    });
    expect(touch.status, JSON.stringify(touch.body)).toBe(201);
    expect(touch.body.partners).toEqual([expect.objectContaining({ partnerId: a, roles: ['sourced'] })]);
    expect(touch.body.partnerId).toBe(a);
    const second = await pm.post(`${url}/touches`, { partnerId: b, role: 'sourced', occurredAt: new Date().toISOString() });
    expect(second.status).toBe(409);
    expect(second.body.errors[0].path).toBe('role');
    const tech = await pm.post(`${url}/touches`, {
      partnerId: b,
      role: 'technical',
      occurredAt: new Date(Date.now() - 86_400_000).toISOString(),
    });
    expect(tech.status).toBe(201);
    expect(tech.body.touches).toHaveLength(2);
    expect(
      (await pm.post(`${url}/touches`, { partnerId: a, role: 'delivery', occurredAt: new Date().toISOString() })).body.partners[0]
        .roles,
    ).toEqual(['sourced', 'delivery']);
    const future = await pm.post(`${url}/touches`, {
      partnerId: a,
      role: 'delivery',
      occurredAt: new Date(Date.now() + 86_400_000 * 3).toISOString(),
    });
    expect(future.status).toBe(422);
    expect(future.body.errors[0].path).toBe('occurredAt');

    // Partner A sees it: its own involvement and touches only, amount/close date/stage (shared by default), not products.
    const partnerA = await user('partnerUserA');
    const seen = await partnerA.get(url);
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({
      partnerId: a,
      amount: 4_800_000,
      stage: 'qualification',
      products: [],
      owner: null,
      stageHistory: [],
    });
    expect(seen.body.partners.map((p: { partnerId: string }) => p.partnerId)).toEqual([a]);
    expect(seen.body.touches.every((x: { partnerId: string }) => x.partnerId === a)).toBe(true);
    expect((await partnerA.get('/api/v1/opportunities', { query: { q: `Shared ${u}` } })).body.data).toHaveLength(1);

    // The vendor shares less: amount and stage become null for the partner.
    await pm.patch(url, { sharedFields: ['closeDate', 'products'] });
    const less = await partnerA.get(url);
    expect(less.body).toMatchObject({ amount: null, currency: null, stage: null, products: ['Platform'] });
    expect(less.body.closeDate).not.toBeNull();

    // A partner not involved: exactly like a missing record.
    const outsider = await partnerWithPeople('pm2');
    const missing = await outsider.admin.get('/api/v1/opportunities/00000000-0000-4000-8000-000000000000');
    const other = await outsider.admin.get(url);
    expect(other.status).toBe(404);
    expect({ ...other.body, requestId: null, instance: null }).toEqual({ ...missing.body, requestId: null, instance: null });
    expect((await outsider.admin.get('/api/v1/opportunities', { query: { q: `Shared ${u}` } })).body.data).toHaveLength(0);
    // Partners never read accounts.
    expect((await partnerA.get(`/api/v1/accounts/${created.account.id}`)).status).toBe(403);
  });

  it('respects coopetition: never involves nor lists a partner where it competes with the vendor', async () => {
    const pm = await user('pm');
    const admin = await user('admin');
    const u = uniq();
    const { partner, admin: partnerAdmin } = await partnerWithPeople();
    const area = await admin.post(`/api/v1/partners/${partner.id}/coopetition-areas`, {
      kind: 'product',
      name: `Data Lake ${u}`,
    });
    expect(area.status, JSON.stringify(area.body)).toBe(201);
    const competing = (
      await pm.post('/api/v1/opportunities', opportunity({ name: `Coop ${u}` }, { products: [`data  lake ${u}`] }))
    ).body;
    const refused = await pm.post(`/api/v1/opportunities/${competing.id}/touches`, {
      partnerId: partner.id,
      role: 'co_sell',
      occurredAt: new Date().toISOString(),
    });
    expect(refused.status).toBe(409);
    expect(refused.body.errors[0]).toMatchObject({ path: 'partnerId', message: expect.stringContaining('coopetition') });
    const invite = await pm.post(`/api/v1/opportunities/${competing.id}/co-sell-requests`, {
      partnerId: partner.id,
      role: 'co_sell',
    });
    expect(invite.status).toBe(409);
    expect((await pm.get(`/api/v1/opportunities/${competing.id}`)).body.partners).toEqual([]);

    // Shared first, then the products move into its area: no longer listed nor readable for it.
    const fine = (await pm.post('/api/v1/opportunities', opportunity({ name: `Coop fine ${u}` }, { products: ['Platform'] })))
      .body;
    expect(
      (
        await pm.post(`/api/v1/opportunities/${fine.id}/touches`, {
          partnerId: partner.id,
          role: 'co_sell',
          occurredAt: new Date().toISOString(),
        })
      ).status,
    ).toBe(201);
    expect((await partnerAdmin.get(`/api/v1/opportunities/${fine.id}`)).status).toBe(200);
    await pm.patch(`/api/v1/opportunities/${fine.id}`, { products: ['Platform', `Data Lake ${u}`] });
    expect((await partnerAdmin.get(`/api/v1/opportunities/${fine.id}`)).status).toBe(404);
    expect((await partnerAdmin.get('/api/v1/opportunities', { query: { q: `Coop fine ${u}` } })).body.data).toHaveLength(0);
  });

  it('co-sell requests from either side: a partner’s ask becomes an opportunity; the vendor’s invitation is accepted or declined', async () => {
    const pm = await user('pm');
    const u = uniq();
    const { partner, admin: partnerAdmin } = await partnerWithPeople();
    const ask = await partnerAdmin.post('/api/v1/co-sell-requests', {
      customer: { name: `Umbrella ${u} Ltd`, domain: `umbrella-${u}.example` },
      title: `Umbrella security ${u}`,
      amount: 3_000_000,
      currency: 'USD',
      closeDate: addDays(today(), 120),
      note: 'They want a vendor architect',
    });
    expect(ask.status, JSON.stringify(ask.body)).toBe(201);
    expect(ask.body).toMatchObject({
      direction: 'from_partner',
      status: 'requested',
      partnerId: partner.id,
      can: { accept: false },
    });
    // Naming another company is refused; the partner cannot accept its own ask.
    const foreign = await partnerAdmin.post('/api/v1/co-sell-requests', {
      partnerId: t.world.partnerA.id,
      customer: { name: 'X' },
      title: 'X',
    });
    expect(foreign.status).toBe(422);
    expect(foreign.body.errors[0].path).toBe('partnerId');
    expect((await partnerAdmin.post(`/api/v1/co-sell-requests/${ask.body.id}/accept`, {})).status).toBe(403);

    const accepted = await pm.post(`/api/v1/co-sell-requests/${ask.body.id}/accept`, { note: 'Assigning Dana' });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    expect(accepted.body).toMatchObject({ status: 'accepted', opportunityId: expect.any(String) });
    const created = await partnerAdmin.get(`/api/v1/opportunities/${accepted.body.opportunityId}`);
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      title: `Umbrella security ${u}`,
      amount: 3_000_000,
      currency: 'USD',
      stage: 'qualification',
    });
    expect(created.body.partners[0].roles).toEqual(['co_sell']);
    expect((await pm.post(`/api/v1/co-sell-requests/${ask.body.id}/decline`, { reason: 'late' })).status).toBe(422);

    // The vendor invites: declined with a reason, then a second invitation accepted.
    const direct = (await pm.post('/api/v1/opportunities', opportunity({ name: `Invite ${u}` }))).body;
    const invite = await pm.post(`/api/v1/opportunities/${direct.id}/co-sell-requests`, {
      partnerId: partner.id,
      role: 'delivery',
      note: 'Your team knows their stack',
    });
    expect(invite.status, JSON.stringify(invite.body)).toBe(201);
    expect((await pm.post(`/api/v1/co-sell-requests/${invite.body.id}/accept`, {})).status).toBe(403);
    // Before accepting, the partner does not see the opportunity itself.
    expect((await partnerAdmin.get(`/api/v1/opportunities/${direct.id}`)).status).toBe(404);
    const declined = await partnerAdmin.post(`/api/v1/co-sell-requests/${invite.body.id}/decline`, {
      reason: 'No capacity this quarter',
    });
    expect(declined.body).toMatchObject({ status: 'declined', decisionReason: 'No capacity this quarter' });
    const noReason = await partnerAdmin.post(`/api/v1/co-sell-requests/${invite.body.id}/decline`, {});
    expect(noReason.status).toBe(422);
    expect(noReason.body.errors[0].path).toBe('reason');
    const again = (
      await pm.post(`/api/v1/opportunities/${direct.id}/co-sell-requests`, { partnerId: partner.id, role: 'delivery' })
    ).body;
    const yes = await partnerAdmin.post(`/api/v1/co-sell-requests/${again.id}/accept`, {});
    expect(yes.status, JSON.stringify(yes.body)).toBe(200);
    const joined = await partnerAdmin.get(`/api/v1/opportunities/${direct.id}`);
    expect(joined.status).toBe(200);
    expect(joined.body.partners[0].roles).toEqual(['delivery']);
    // Another partner never sees these requests.
    expect((await (await user('partnerAdminB')).get(`/api/v1/co-sell-requests/${again.id}`)).status).toBe(404);
    expect((await partnerAdmin.get('/api/v1/co-sell-requests')).body.data.map((r: { id: string }) => r.id).sort()).toEqual(
      [ask.body.id, invite.body.id, again.id].sort(),
    );
  });

  it('an approved deal registration becomes the partner’s sourced opportunity; closing it won closes the registration', async () => {
    const pm = await user('pm');
    const u = uniq();
    const { partner, admin: partnerAdmin } = await partnerWithPeople('pm');
    const reg = await partnerAdmin.post('/api/v1/deal-registrations', {
      customer: { name: `Soylent ${u} Corp`, domain: `soylent-${u}.example` },
      title: `Soylent platform ${u}`,
      amount: 7_500_000,
      currency: 'USD',
      expectedCloseDate: addDays(today(), 45),
      products: ['Platform'],
    });
    expect(reg.status).toBe(201);
    expect((await pm.post(`/api/v1/deal-registrations/${reg.body.id}/approve`)).status).toBe(200);
    const list = await eventually(
      () => pm.get('/api/v1/opportunities', { query: { q: `Soylent platform ${u}` } }),
      (r) => r.body.data.length === 1,
      'the opportunity from the registration',
    );
    const opp = list.body.data[0];
    expect(opp).toMatchObject({
      source: { kind: 'deal_registration', id: reg.body.id },
      partnerId: partner.id,
      amount: 7_500_000,
      stage: 'qualification',
    });
    expect(opp.partners[0].roles).toEqual(['sourced']);
    expect((await partnerAdmin.get(`/api/v1/opportunities/${opp.id}`)).status).toBe(200);

    await pm.patch(`/api/v1/opportunities/${opp.id}`, { stage: 'closed_won' });
    await eventually(
      () => pm.get(`/api/v1/deal-registrations/${reg.body.id}`),
      (r) => r.body.status === 'won',
      'the registration won',
    );
  });

  it('flags a registration that collides with an open vendor-direct opportunity, without details for the partner', async () => {
    const pm = await user('pm');
    const u = uniq();
    const direct = (
      await pm.post('/api/v1/opportunities', opportunity({ name: `Vandelay ${u} Industries`, domain: `vandelay-${u}.example` }))
    ).body;
    // A second open deal of the vendor on the customer: the partner still reads one sentence.
    const renewal = await pm.post(
      '/api/v1/opportunities',
      opportunity({ name: `Vandelay ${u} Industries`, domain: `vandelay-${u}.example` }, { title: `Vandelay ${u} renewal` }),
    );
    expect(renewal.status).toBe(201);
    const { admin: partnerAdmin } = await partnerWithPeople('pm');
    const reg = await partnerAdmin.post('/api/v1/deal-registrations', {
      customer: { name: `Something else ${u}`, domain: `www.vandelay-${u}.example` },
      title: 'Import-export platform',
      amount: 1_000_000,
      currency: 'USD',
      expectedCloseDate: addDays(today(), 30),
    });
    expect(reg.status).toBe(201);
    expect(reg.body.conflict.flagged).toBe(true);
    expect(reg.body.conflict.reasons).toHaveLength(1);
    const seen = reg.body.conflict.reasons[0];
    expect(seen.message).toContain('The vendor is already working this customer');
    expect(JSON.stringify(reg.body.conflict)).not.toContain(direct.number);
    expect(JSON.stringify(reg.body.conflict)).not.toContain(direct.id);
    expect(seen.opportunity).toBeUndefined();
    const vendorView = await pm.get(`/api/v1/deal-registrations/${reg.body.id}`);
    expect(vendorView.body.conflict.reasons.map((r: { opportunity: { number: string } }) => r.opportunity.number).sort()).toEqual(
      [direct.number, renewal.body.number].sort(),
    );

    // With a partner involved it is no longer vendor-direct; closed ones never count.
    const byName = (await pm.post('/api/v1/opportunities', opportunity({ name: `Kramerica ${u}` }))).body;
    await pm.post(`/api/v1/opportunities/${byName.id}/touches`, {
      partnerId: t.world.partnerB.id,
      role: 'influence',
      occurredAt: new Date().toISOString(),
    });
    const lost = (await pm.post('/api/v1/opportunities', opportunity({ name: `Pendant ${u}` }, { stage: 'closed_lost' }))).body;
    expect(lost.stage).toBe('closed_lost');
    for (const name of [`Kramerica ${u}`, `Pendant ${u}`]) {
      const clean = await partnerAdmin.post('/api/v1/deal-registrations', {
        customer: { name },
        title: 'Clean',
        amount: 1,
        currency: 'USD',
        expectedCloseDate: addDays(today(), 30),
      });
      expect(clean.body.conflict.flagged, name).toBe(false);
    }
  });

  it('metrics: joint pipeline, won revenue of the trailing four quarters, won deals, days to first deal', async () => {
    const pm = await user('pm');
    const u = uniq();
    const { partner } = await partnerWithPeople();
    const open = (
      await pm.post('/api/v1/opportunities', opportunity({ name: `Metric open ${u}` }, { amount: 1_000_000, currency: 'USD' }))
    ).body;
    const won = (
      await pm.post('/api/v1/opportunities', opportunity({ name: `Metric won ${u}` }, { amount: 2_000_000, currency: 'USD' }))
    ).body;
    const influenced = (
      await pm.post('/api/v1/opportunities', opportunity({ name: `Metric infl ${u}` }, { amount: 9_000_000, currency: 'USD' }))
    ).body;
    const at = new Date().toISOString();
    await pm.post(`/api/v1/opportunities/${open.id}/touches`, { partnerId: partner.id, role: 'co_sell', occurredAt: at });
    await pm.post(`/api/v1/opportunities/${won.id}/touches`, { partnerId: partner.id, role: 'sourced', occurredAt: at });
    await pm.post(`/api/v1/opportunities/${influenced.id}/touches`, { partnerId: partner.id, role: 'influence', occurredAt: at });
    await pm.patch(`/api/v1/opportunities/${won.id}`, { stage: 'closed_won', closeDate: today() });
    await pm.patch(`/api/v1/opportunities/${influenced.id}`, { stage: 'closed_won', closeDate: today() });
    const metrics = await loadMetrics();
    const asOf = new Date(Date.now() + 1000);
    const value = (key: string) =>
      withTx(t.system(), async (c) =>
        (await (metrics.get(key) as NonNullable<ReturnType<typeof metrics.get>>).compute(c, [partner.id], asOf)).get(partner.id),
      );
    if ((await getSettings(t.system())).reportingCurrency === 'USD') {
      expect(await value('opportunities.joint_pipeline')).toBe(1_000_000);
      expect(await value('opportunities.won_revenue_t4q')).toBe(2_000_000);
      expect(await value('revenue.trailing_4q')).toBe(2_000_000);
    } else {
      expect(await value('opportunities.joint_pipeline')).toBeGreaterThan(0);
    }
    expect(await value('opportunities.won_deals')).toBe(2);
    expect(await value('opportunities.days_to_first_deal')).toBe(0);
    // Before anything was won, no first deal.
    const earlier = await withTx(t.system(), async (c) =>
      (
        await (metrics.get('opportunities.won_deals') as NonNullable<ReturnType<typeof metrics.get>>).compute(
          c,
          [partner.id],
          new Date(Date.now() - 86_400_000 * 2),
        )
      ).get(partner.id),
    );
    expect(earlier).toBeUndefined();
  });

  it('tier progress reads revenue and active deals from won opportunities and approved registrations', async () => {
    const admin = await user('admin');
    const pm = await user('pm');
    const u = uniq();
    const { partner, admin: partnerAdmin } = await partnerWithPeople();
    const program = await admin.post('/api/v1/programs', {
      name: `Resell ${u}`,
      kind: 'reseller',
      commercialModel: { model: 'reseller_discount', discountPercent: 20 },
    });
    expect(program.status, JSON.stringify(program.body)).toBe(201);
    const tier = async (name: string, rank: number, requirements: unknown[]) => {
      const res = await admin.post(`/api/v1/programs/${program.body.id}/tiers`, { name, rank, requirements });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return res.body as { id: string };
    };
    const entry = await tier('Entry', 0, []);
    await tier('Gold', 1, [
      { key: 'revenue', type: 'revenue_t4q', label: 'Revenue', min: 5_000_000 },
      { key: 'deals', type: 'active_deals', label: 'Active deals', min: 2 },
    ]);
    const joined = await admin.post(`/api/v1/partners/${partner.id}/programs`, {
      programId: program.body.id,
      tierId: entry.id,
      joinedAt: '2026-01-15',
    });
    expect(joined.status, JSON.stringify(joined.body)).toBe(201);
    const progress = async () =>
      (
        (await partnerAdmin.get(`/api/v1/partners/${partner.id}/tier-progress`)).body.programs.find(
          (x: { program: { id: string } }) => x.program.id === program.body.id,
        ) as { requirements: { key: string; actual: number | null; met: boolean | null; missing: number | null }[] }
      ).requirements;
    // Nothing sold, nothing registered: no revenue yet (no data, not zero), no active deal.
    expect((await progress()).map((r) => [r.key, r.actual])).toEqual([
      ['revenue', null],
      ['deals', null],
    ]);

    const won = (
      await pm.post('/api/v1/opportunities', opportunity({ name: `Tier won ${u}` }, { amount: 3_000_000, currency: 'USD' }))
    ).body;
    await pm.post(`/api/v1/opportunities/${won.id}/touches`, {
      partnerId: partner.id,
      role: 'sourced',
      occurredAt: new Date().toISOString(),
    });
    expect((await pm.patch(`/api/v1/opportunities/${won.id}`, { stage: 'closed_won', closeDate: today() })).status).toBe(200);
    const registered = await partnerAdmin.post('/api/v1/deal-registrations', {
      customer: { name: `Tier registered ${u}` },
      title: 'Platform rollout',
      amount: 100_000,
      currency: 'USD',
      expectedCloseDate: addDays(today(), 30),
    });
    expect(registered.status, JSON.stringify(registered.body)).toBe(201);
    expect((await pm.post(`/api/v1/deal-registrations/${registered.body.id}/approve`)).status).toBe(200);

    const after = await progress();
    const deals = after.find((r) => r.key === 'deals');
    expect(deals).toMatchObject({ actual: 1, met: false, missing: 1 });
    const revenue = after.find((r) => r.key === 'revenue');
    if ((await getSettings(t.system())).reportingCurrency === 'USD')
      expect(revenue).toMatchObject({ actual: 3_000_000, met: false, missing: 2_000_000 });
    else expect(revenue?.actual).toBeGreaterThan(0);
  });
  it('imports accounts and opportunities from CRM exports, with partner involvement by reference; bad cells write nothing', async () => {
    const pm = await user('pm');
    const u = uniq();
    const { partner } = await partnerWithPeople();
    const postCsv = (kind: string, csv: string) =>
      t.request('POST', `/api/v1/imports/${kind}`, {
        cookie: pm.cookie,
        query: { dryRun: 'false' },
        headers: { 'content-type': 'text/csv', 'x-csrf-token': pm.csrfToken },
        body: csv,
      });
    const accounts = [
      'Account Name,Website,Industry,Billing Country',
      `Wayne ${u},https://www.wayne-${u}.example/,Defense,us`,
      `Stark ${u},stark-${u}.example,Energy,US`,
    ].join('\n');
    const imported = await postCsv('accounts', accounts);
    expect(imported.status, JSON.stringify(imported.body)).toBe(200);
    const listed = (await pm.get('/api/v1/accounts', { query: { q: u } })).body.data;
    expect(
      listed
        .map((a: { name: string; domain: string; industry: string; country: string }) => [a.name, a.industry, a.country])
        .sort(),
    ).toEqual([
      [`Stark ${u}`, 'Energy', 'US'],
      [`Wayne ${u}`, 'Defense', 'US'],
    ]);
    // The same file again: found by domain, nothing new.
    expect((await postCsv('accounts', accounts)).status).toBe(200);
    expect((await pm.get('/api/v1/accounts', { query: { q: u } })).body.data).toHaveLength(2);
    const badAccounts = await postCsv(
      'accounts',
      `Account Name,Website,Country\nX ${u},not a domain!,\nZ ${u},z-${u}.example,Atlantis\nY ${u},y-${u}.example,\nY2 ${u},y-${u}.example,`,
    );
    expect(badAccounts.status).toBe(422);
    expect(badAccounts.body.errors.map((e: { row: number; column: string }) => `${e.row}:${e.column}`).sort()).toEqual([
      '2:domain',
      '3:country',
      '5:domain',
    ]);

    const close = addDays(today(), 45);
    const bad = [
      'Opportunity Name,Account Name,Website,Amount,Currency,Stage,Close Date,Partner,Role',
      `Rollout,Wayne ${u},wayne-${u}.example,12.345,USD,proposal,${close},${partner.id},sourced`,
      `Upgrade,Stark ${u},,100,USD,won-ish,${close},,`,
      `Expansion,Stark ${u},,100,XYZ,proposal,${close},nobody-${u},`,
      `Pilot,Stark ${u},,100,USD,proposal,2030-02-30,,`,
      `Services,Stark ${u},,100,USD,proposal,${close},,co-sell`,
    ].join('\n');
    const refused = await postCsv('opportunities', bad);
    expect(refused.status).toBe(422);
    expect(refused.body.errors.map((e: { row: number; column: string }) => `${e.row}:${e.column}`).sort()).toEqual([
      '2:amount',
      '3:stage',
      '4:currency',
      '4:partner',
      '5:closeDate',
      '6:role',
    ]);
    expect((await pm.get('/api/v1/opportunities', { query: { q: `Wayne ${u}` } })).body.data).toEqual([]);

    const good = [
      'Opportunity Name,Account Name,Website,Amount,Currency,Stage,Close Date,Partner,Role',
      `Rollout ${u},Wayne ${u},wayne-${u}.example,"125,000.50",usd,Proposal,${close},${partner.id},co-sell`,
      `Renewal ${u},Stark ${u},,9000,EUR,Closed Won,${today()},,`,
    ].join('\n');
    const done = await postCsv('opportunities', good);
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    const opps = (await pm.get('/api/v1/opportunities', { query: { q: u } })).body.data as {
      id: string;
      title: string;
      amount: number;
      currency: string;
      stage: string;
      account: { id: string; name: string };
    }[];
    const rollout = opps.find((o) => o.title === `Rollout ${u}`);
    expect(rollout).toMatchObject({ amount: 12_500_050, currency: 'USD', stage: 'proposal' });
    // On the account the first file made (found by its domain), with the partner co-selling.
    expect(rollout?.account.name).toBe(`Wayne ${u}`);
    const detail = (await pm.get(`/api/v1/opportunities/${rollout?.id}`)).body;
    expect(detail.partners.map((p: { partnerId: string; roles: string[] }) => [p.partnerId, p.roles])).toEqual([
      [partner.id, ['co_sell']],
    ]);
    expect(opps.find((o) => o.title === `Renewal ${u}`)).toMatchObject({ stage: 'closed_won', currency: 'EUR', amount: 900_000 });
  });
  it('the vendor’s side of account mapping follows its accounts and opportunities', async () => {
    const pm = await user('pm');
    const u = uniq();
    const listed = (accountId: string) =>
      withTx(
        t.system(),
        async (c) =>
          (
            await c.tx.execute<{ external_id: string; population: string; name: string; domain_key: string | null }>(
              sql`select external_id, population, name, domain_key from vendor_mapping_accounts
                where source = 'opportunities' and (external_id = ${`account:${accountId}`} or name = ${`Gringotts ${u}`})
                order by external_id`,
            )
          ).rows,
      );
    const opp = (
      await pm.post('/api/v1/opportunities', opportunity({ name: `Gringotts ${u}`, domain: `gringotts-${u}.example` }))
    ).body;
    const accountId = opp.account.id as string;
    const prospect = await eventually(
      () => listed(accountId),
      (rows) => rows.length === 2,
      'the account and its open opportunity on the vendor list',
    );
    expect(prospect).toEqual([
      {
        external_id: `account:${accountId}`,
        population: 'prospect',
        name: `Gringotts ${u}`,
        domain_key: `gringotts-${u}.example`,
      },
      {
        external_id: `opportunity:${opp.id}`,
        population: 'opportunity',
        name: `Gringotts ${u}`,
        domain_key: `gringotts-${u}.example`,
      },
    ]);
    expect((await pm.patch(`/api/v1/opportunities/${opp.id}`, { stage: 'closed_won', closeDate: today() })).status).toBe(200);
    const customer = await eventually(
      () => listed(accountId),
      (rows) => rows.length === 1 && rows[0]?.population === 'customer',
      'won: a customer, the opportunity gone from the list',
    );
    expect(customer[0]?.external_id).toBe(`account:${accountId}`);
  });
});
