import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTx } from '../../src/db/scope.js';
import { campaigns } from '../../src/modules/campaigns/index.js';
import { upsertRates } from '../../src/modules/fx/index.js';
import { makeTestOpportunity } from '../../src/modules/opportunities/index.js';
import { type Client, createSeededApp, type SeededApp } from '../support/harness.js';
import { PASSWORD, unique } from '../support/world.js';

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

const plan = (over: Record<string, unknown> = {}) => ({
  name: `Zero-trust webinar ${unique()}`,
  type: 'webinar',
  ownerSide: 'joint',
  startsOn: '2027-03-01',
  endsOn: '2027-03-31',
  budget: { amount: 1_000_001, currency: 'USD' },
  split: { vendorPercent: 60 },
  goalLeads: 20,
  ...over,
});

async function countCampaigns(partnerId: string) {
  return withTx(t.system(), async (c) => (await c.tx.select().from(campaigns).where(eq(campaigns.partnerId, partnerId))).length);
}

describe('joint campaigns', () => {
  it('the partner’s manager plans a joint campaign with a split that adds up exactly; the partner sees it on its calendar, another partner does not', async () => {
    const pm = await user('pm');
    const a = t.world.partnerA.id;
    const made = await pm.post(`/api/v1/partners/${a}/campaigns`, plan());
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({
      status: 'planned',
      ownerSide: 'joint',
      budget: { amount: 1_000_001, currency: 'USD' },
      vendorShare: { amount: 600_001, currency: 'USD' },
      partnerShare: { amount: 400_000, currency: 'USD' },
      can: { edit: true, approve: false, move: true, credit: true },
    });
    const id = made.body.id;

    const partnerUser = await user('partnerUserA');
    const march = await partnerUser.get('/api/v1/campaigns', { query: { from: '2027-03-01', to: '2027-03-31' } });
    expect(march.status).toBe(200);
    expect(march.body.data.map((c: { id: string }) => c.id)).toContain(id);
    const april = await partnerUser.get('/api/v1/campaigns', { query: { from: '2027-04-01', to: '2027-04-30' } });
    expect(april.body.data.map((c: { id: string }) => c.id)).not.toContain(id);
    const seen = await partnerUser.get(`/api/v1/campaigns/${id}`);
    expect(seen.body).toMatchObject({ partnerShare: { amount: 400_000 }, can: { edit: false, move: false, credit: false } });

    const other = await user('partnerAdminB');
    expect((await other.get(`/api/v1/campaigns/${id}`)).status).toBe(404);
    const theirs = await other.get('/api/v1/campaigns', { query: { limit: 500 } });
    expect(theirs.body.data.every((c: { partnerId: string }) => c.partnerId === t.world.partnerB.id)).toBe(true);
    // Another partner's campaign answers exactly like a missing one.
    expect((await other.get(`/api/v1/campaigns/${crypto.randomUUID()}`)).status).toBe(404);
    // A manager who does not own the partner reads but does not run it.
    const pm2 = await user('pm2');
    expect((await pm2.get(`/api/v1/campaigns/${id}`)).body.can).toMatchObject({ edit: false, move: false });
    expect((await pm2.post(`/api/v1/campaigns/${id}/status`, { status: 'active' })).status).toBe(403);
  });

  it('a partner proposes, edits its proposal, the vendor approves; after that only the vendor changes it', async () => {
    const partnerAdmin = await user('partnerAdminA');
    const a = t.world.partnerA.id;
    const proposed = await partnerAdmin.post(
      `/api/v1/partners/${a}/campaigns`,
      plan({ ownerSide: 'partner', split: { vendorAmount: 300_000, partnerAmount: 700_001 } }),
    );
    expect(proposed.status).toBe(201);
    expect(proposed.body).toMatchObject({ status: 'proposed', can: { edit: true, approve: false } });
    const id = proposed.body.id;
    const edited = await partnerAdmin.patch(`/api/v1/campaigns/${id}`, { budget: { amount: 2_000_000, currency: 'USD' } });
    expect(edited.status).toBe(200);
    // A new budget keeps the proportion: 30 % (rounded to basis points) of the new total.
    expect(edited.body.vendorShare.amount + edited.body.partnerShare.amount).toBe(2_000_000);
    expect(edited.body.vendorShare.amount).toBe(600_000);

    // Proposing for another partner is refused like a missing partner.
    expect((await partnerAdmin.post(`/api/v1/partners/${t.world.partnerB.id}/campaigns`, plan())).status).toBe(404);

    const pm2 = await user('pm2');
    expect((await pm2.post(`/api/v1/campaigns/${id}/decision`, { approve: true })).status).toBe(403);
    const pm = await user('pm');
    const approved = await pm.post(`/api/v1/campaigns/${id}/decision`, { approve: true, note: 'Good fit' });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'planned', decisionNote: 'Good fit' });
    expect((await pm.post(`/api/v1/campaigns/${id}/decision`, { approve: true })).status).toBe(422);
    expect((await partnerAdmin.patch(`/api/v1/campaigns/${id}`, { name: 'Renamed' })).status).toBe(403);
    expect((await partnerAdmin.post(`/api/v1/campaigns/${id}/withdrawal`)).status).toBe(403);

    // planned → active → completed; completed is final.
    expect((await pm.post(`/api/v1/campaigns/${id}/status`, { status: 'completed' })).status).toBe(422);
    expect((await pm.post(`/api/v1/campaigns/${id}/status`, { status: 'active' })).body.status).toBe('active');
    expect((await pm.post(`/api/v1/campaigns/${id}/status`, { status: 'completed' })).body.status).toBe('completed');
    expect((await pm.patch(`/api/v1/campaigns/${id}`, { name: 'Too late' })).status).toBe(403);

    const events = await withTx(t.system(), async (c) =>
      c.tx.execute<{ name: string }>(
        (await import('drizzle-orm')).sql`select name from domain_events where entity_id = ${id} order by occurred_at, id`,
      ),
    );
    expect(events.rows.map((e) => e.name)).toEqual([
      'campaign.created',
      'campaign.updated',
      'campaign.approved',
      'campaign.updated',
      'campaign.updated',
    ]);
  });

  it('bad input is a 422 naming the field, and nothing is saved', async () => {
    const pm = await user('pm');
    const a = t.world.partnerA.id;
    const before = await countCampaigns(a);
    const cases: [Record<string, unknown>, string][] = [
      [{ split: { vendorAmount: 500_000, partnerAmount: 500_000 } }, 'split.partnerAmount'],
      [{ split: { vendorPercent: 120 } }, 'split.vendorPercent'],
      [{ split: { vendorPercent: 33.333 } }, 'split.vendorPercent'],
      [{ endsOn: '2027-02-01' }, 'endsOn'],
      [{ type: 'billboard' }, 'type'],
      [{ budget: { amount: 10.5, currency: 'USD' } }, 'budget.amount'],
      [{ budget: { amount: 100, currency: 'XYZ' } }, 'budget.currency'],
      [{ startsOn: '2027-13-01' }, 'startsOn'],
    ];
    for (const [over, field] of cases) {
      const res = await pm.post(`/api/v1/partners/${a}/campaigns`, plan(over));
      expect(res.status, JSON.stringify(over)).toBe(422);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(field);
    }
    expect(await countCampaigns(a)).toBe(before);
  });

  it('results: leads it generated, the pipeline and won revenue of their opportunities in the reporting currency, cost per lead and ROI', async () => {
    const pm = await user('pm');
    const admin = await user('admin');
    const a = t.world.partnerA.id;
    await upsertRates(t.system(), [{ currency: 'EUR', date: '2026-01-01', rate: '1.10' }]);
    const made = await pm.post(
      `/api/v1/partners/${a}/campaigns`,
      plan({ budget: { amount: 1_000_000, currency: 'EUR' }, split: { vendorPercent: 50 } }),
    );
    const id = made.body.id;
    const lead = await pm.post(`/api/v1/campaigns/${id}/credits`, {
      lead: { company: `Attendee ${unique()}`, domain: `attendee-${unique()}.example`, country: 'DE' },
    });
    expect(lead.status).toBe(201);
    expect(lead.body.leads).toHaveLength(1);
    expect(lead.body.leads[0]).toMatchObject({ origin: 'created', status: 'assigned' });
    // The lead was assigned to the campaign's partner.
    const partnerLeads = await (await user('partnerAdminA')).get(`/api/v1/leads/${lead.body.leads[0].id}`);
    expect(partnerLeads.status).toBe(200);

    const won = await makeTestOpportunity(t.system(), a);
    const open = await makeTestOpportunity(t.system(), a);
    expect((await admin.patch(`/api/v1/opportunities/${won}`, { stage: 'closed_won', amount: 3_000_000 })).status).toBe(200);
    for (const opportunityId of [won, open]) {
      expect((await pm.post(`/api/v1/campaigns/${id}/credits`, { opportunityId })).status).toBe(201);
    }
    const again = await pm.post(`/api/v1/campaigns/${id}/credits`, { opportunityId: won });
    expect(again.status).toBe(422);
    expect(again.body.errors[0].path).toBe('opportunityId');
    const two = await pm.post(`/api/v1/campaigns/${id}/credits`, { leadId: lead.body.leads[0].id, opportunityId: won });
    expect(two.status).toBe(422);

    const detail = (await pm.get(`/api/v1/campaigns/${id}`)).body;
    expect(detail.opportunities).toHaveLength(2);
    expect(detail.results).toMatchObject({
      reportingCurrency: 'USD',
      leads: 1,
      opportunities: 2,
      budget: { amount: 1_100_000, currency: 'USD' },
      pipeline: { amount: 2_000_000, currency: 'USD' },
      won: { amount: 3_000_000, currency: 'USD' },
      costPerLead: { amount: 1_100_000, currency: 'USD' },
      roiPercent: 173,
    });
    // The same figures in the list, computed set-based.
    const listed = (await pm.get('/api/v1/campaigns', { query: { partnerId: a, limit: 500 } })).body.data.find(
      (c: { id: string }) => c.id === id,
    );
    expect(listed.results).toEqual(detail.results);
    // A partner's people cannot credit, and another partner cannot see the campaign's leads.
    expect((await (await user('partnerAdminA')).post(`/api/v1/campaigns/${id}/credits`, { opportunityId: open })).status).toBe(
      403,
    );
  });
});
