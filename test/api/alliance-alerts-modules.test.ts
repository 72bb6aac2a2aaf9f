import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createSeededApp, type SeededApp } from '../support/harness.js';
import { makePartner, makeUser, PASSWORD } from '../support/world.js';

/**
 * "Strategic in name only" with every alliance module installed: the reasons come from the real
 * records of the alliances, business-plans and governance modules (through their metrics), and
 * go away when the records that answer them exist.
 */
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

const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
type Reason = { code: string; value: number | null };
type Alerts = { partnerId: string; reasons: Reason[] }[];

async function reasonsOf(partnerId: string): Promise<string[]> {
  const res = await (await as(t.world.users.admin.email)).get('/api/v1/alliances/alerts');
  expect(res.status).toBe(200);
  const entry = (res.body.data as Alerts).find((a) => a.partnerId === partnerId);
  return (entry?.reasons ?? []).map((r) => r.code).sort();
}

describe('strategic in name only, from the alliance modules’ own records', () => {
  it('flags a designated partner with no sponsor, plan or review; clears as they arrive; flags asymmetric commitments', async () => {
    const sys = t.system();
    // Designated a strategic alliance while still active: held to a strategic partner's governance.
    const partner = await makePartner(sys, t.world.users.pm.id, {
      lifecycleStage: 'active',
      designation: 'strategic_alliance',
      motion: 'alliance',
    });
    const partnerAdmin = await makeUser(sys, 'partner_admin', partner.id);
    const pm = await as(t.world.users.pm.email);
    expect(await reasonsOf(partner.id)).toEqual(['no_current_plan', 'no_executive_sponsor', 'no_recent_review']);

    // Sponsors on both sides.
    const alliance = await pm.post(`/api/v1/partners/${partner.id}/alliance`, {
      type: 'co_sell',
      phase: 'partner_selection',
      vendorSponsorId: t.world.users.executive.id,
      partnerSponsorUserId: partnerAdmin.id,
    });
    expect(alliance.status, JSON.stringify(alliance.body)).toBe(201);
    expect(await reasonsOf(partner.id)).toEqual(['no_current_plan', 'no_recent_review']);

    // A plan for the current period, proposed by the vendor and approved by the partner.
    const plan = await pm.post('/api/v1/business-plans', {
      partnerId: partner.id,
      title: 'Joint plan this year',
      periodStart: isoDay(-60),
      periodEnd: isoDay(300),
    });
    expect(plan.status, JSON.stringify(plan.body)).toBe(201);
    // One commitment a side (the partner's already overdue, the vendor's not yet due: no asymmetry yet).
    const vendorSide = await pm.post(`/api/v1/business-plans/${plan.body.id}/commitments`, {
      side: 'vendor',
      title: 'Fund the joint launch',
      dueDate: isoDay(10),
    });
    const partnerSide = await pm.post(`/api/v1/business-plans/${plan.body.id}/commitments`, {
      side: 'partner',
      title: 'Certify two architects',
      dueDate: isoDay(-1),
    });
    expect([vendorSide.status, partnerSide.status]).toEqual([201, 201]);
    const proposed = await pm.post(`/api/v1/business-plans/${plan.body.id}/propose`, {});
    expect(proposed.status, JSON.stringify(proposed.body)).toBe(200);
    const admin = await t.login(partnerAdmin.email, PASSWORD);
    const approved = await admin.post(`/api/v1/business-plans/${plan.body.id}/approve`, { comment: 'Agreed' });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(await reasonsOf(partner.id)).toEqual(['no_recent_review']);

    // A QBR held ten days ago.
    const body = await pm.post(`/api/v1/partners/${partner.id}/governance-bodies`, {
      name: 'Joint steering committee',
      kind: 'joint_steering_committee',
      members: [
        { userId: t.world.users.pm.id, role: 'chair' },
        { userId: t.world.users.executive.id, role: 'voting', executiveSponsor: true },
        { userId: partnerAdmin.id, role: 'voting', executiveSponsor: true },
      ],
    });
    expect(body.status, JSON.stringify(body.body)).toBe(201);
    const qbr = await pm.post(`/api/v1/partners/${partner.id}/governance-meetings`, {
      bodyId: body.body.id,
      kind: 'qbr',
      title: 'Q3 business review',
      startsAt: new Date(Date.now() - 10 * 86_400_000).toISOString(),
      durationMinutes: 60,
    });
    expect(qbr.status, JSON.stringify(qbr.body)).toBe(201);
    expect((await pm.post(`/api/v1/governance-meetings/${qbr.body.id}/hold`, { minutes: 'Pipeline reviewed' })).status).toBe(200);
    expect(await reasonsOf(partner.id)).toEqual([]);
    const card = await pm.get(`/api/v1/partners/${partner.id}/alliance-alerts`);
    expect(card.body).toMatchObject({ strategic: true, flagged: false, notMeasured: [] });

    // The vendor keeps its commitment, the partner has missed its own: 100 points apart.
    expect((await pm.patch(`/api/v1/commitments/${vendorSide.body.id}`, { status: 'done', evidence: 'PO 4711' })).status).toBe(
      200,
    );
    const res = await (await as(t.world.users.admin.email)).get('/api/v1/alliances/alerts');
    const entry = (res.body.data as Alerts).find((a) => a.partnerId === partner.id);
    expect(entry?.reasons).toEqual([expect.objectContaining({ code: 'commitment_asymmetry', value: 100 })]);
    const portfolio = await pm.get('/api/v1/alliances/portfolio');
    const row = portfolio.body.data.find((r: { partnerId: string }) => r.partnerId === partner.id);
    expect(row.failureModes.map((f: { code: string }) => f.code)).toContain('asymmetric_commitment');
    expect(row.measures['alliances.sponsors_named']).toEqual({ measured: true, value: 2 });
    expect(row.measures['plans.current_plan']).toEqual({ measured: true, value: 1 });
    expect(row.measures['governance.days_since_review'].value).toBeGreaterThanOrEqual(9);
  });
});
