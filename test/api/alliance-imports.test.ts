import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

async function postCsv(client: Client, kind: string, csv: string, dryRun: boolean) {
  return t.request('POST', `/api/v1/imports/${kind}`, {
    cookie: client.cookie,
    query: { dryRun: String(dryRun) },
    headers: { 'content-type': 'text/csv', 'x-csrf-token': client.csrfToken },
    body: csv,
  });
}
const cells = (body: { errors: { row: number; column: string }[] }) => body.errors.map((e) => `${e.row}:${e.column}`).sort();

/** A fresh partner managed by `pm`, with a partner admin and a partner user. */
async function alliancePartner(name?: string) {
  const partner = await makePartner(t.system(), t.world.users.pm.id, {
    designation: 'strategic_alliance',
    ...(name ? { name } : {}),
  });
  const admin = await makeUser(t.system(), 'partner_admin', partner.id);
  const member = await makeUser(t.system(), 'partner_user', partner.id);
  return { partner, admin, member };
}

describe('importing alliances', () => {
  it('names each bad cell and starts nothing; a clean file starts each alliance with its sponsors, audited', async () => {
    const a = await alliancePartner();
    const b = await alliancePartner();
    const pm = await user('pm');
    const exec = t.world.users.executive.email;
    const bad = [
      'Partner,Type,Phase,Vendor sponsor,Partner sponsor',
      `${a.partner.id},co-sell,launch,${exec},${b.admin.email}`, // b's admin is not a's person
      `${b.partner.id},barter,negotiation,,`,
      `${b.partner.id},reseller,,${t.world.users.partnerAdminA.email},`, // a partner's user is no vendor sponsor
      'Nobody Inc,referral,,,',
    ].join('\n');
    const refused = await postCsv(pm, 'alliances', bad, false);
    expect(refused.status).toBe(422);
    expect(cells(refused.body)).toEqual(expect.arrayContaining(['2:partnerSponsor', '3:type', '4:vendorSponsor', '5:partner']));
    expect((await pm.get(`/api/v1/partners/${a.partner.id}/alliance-state`)).body.alliance).toBeNull();

    const good = [
      'Alliance partner,Model,ASAP phase,Executive sponsor,Partner executive sponsor,Notes',
      `${a.partner.id},co-sell,launch,${exec},${a.admin.email},Signed in Q3`,
      `${b.partner.id},OEM,,,`,
    ].join('\n');
    expect((await postCsv(pm, 'alliances', good, true)).body).toMatchObject({ rows: 2, errors: [] });
    const done = await postCsv(pm, 'alliances', good, false);
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    const first = (await pm.get(`/api/v1/partners/${a.partner.id}/alliance`)).body;
    expect(first).toMatchObject({ type: 'co_sell', phase: 'launch_management' });
    expect(JSON.stringify(first)).toContain(t.world.users.executive.id);
    expect(JSON.stringify(first)).toContain(a.admin.id);
    expect((await pm.get(`/api/v1/partners/${b.partner.id}/alliance`)).body).toMatchObject({
      type: 'oem_embedded',
      phase: 'negotiation',
    });
    const audit = await (await user('admin')).get('/api/v1/audit-events', {
      query: { partnerId: a.partner.id, entityType: 'alliance' },
    });
    expect(audit.body.data.map((e: { action: string }) => e.action)).toContain('create');

    // Importing the same partners again: each already has its alliance.
    const again = await postCsv(pm, 'alliances', good, false);
    expect(again.status).toBe(422);
    expect(cells(again.body)).toEqual(['2:partner', '3:partner']);
  });

  it("another manager's partner is refused on its row; partner people may not import", async () => {
    const other = await makePartner(t.system(), t.world.users.admin.id);
    const pm = await user('pm');
    const refused = await postCsv(pm, 'alliances', `Partner,Type\n${other.id},referral\n`, true);
    expect(cells(refused.body)).toEqual(['2:partner']);
    const partnerAdmin = await user('partnerAdminA');
    expect((await postCsv(partnerAdmin, 'alliances', `Partner,Type\n${t.world.partnerA.id},referral\n`, true)).status).toBe(403);
  });
});

describe('importing business plan commitments', () => {
  it('lands each commitment in the plan its row names, both sides, all or nothing', async () => {
    const { partner, admin, member } = await alliancePartner();
    const pm = await user('pm');
    const plan = await pm.post('/api/v1/business-plans', {
      partnerId: partner.id,
      title: 'FY2028 joint plan',
      periodStart: '2027-02-01',
      periodEnd: '2028-01-31',
    });
    expect(plan.status).toBe(201);
    const old = await pm.post('/api/v1/business-plans', {
      partnerId: partner.id,
      title: 'Pilot plan',
      periodStart: '2026-01-01',
      periodEnd: '2026-06-30',
    });
    expect(old.status).toBe(201);

    const bad = [
      'Partner,Plan,Side,Commitment,Due date,Owner',
      `${partner.id},,vendor,Fund two joint campaigns,2030-05-01,`, // no plan covers 2030
      `${partner.id},No such plan,partner,Certify four engineers,2027-06-30,`,
      `${partner.id},FY2028 joint plan,both,Shared booth,2027-06-30,`,
      `${partner.id},FY2028 joint plan,partner,Three referenceable customers,2027-09-30,${t.world.users.pm.email}`,
      `${partner.id},FY2028 joint plan,vendor,Executive briefing,2027-02-31,`,
    ].join('\n');
    const refused = await postCsv(pm, 'plan-commitments', bad, false);
    expect(refused.status).toBe(422);
    expect(cells(refused.body)).toEqual(['2:dueDate', '3:plan', '4:side', '5:owner', '6:dueDate']);
    // An investment's amount is money: a number of the currency (the reporting one when none is named).
    const badMoney = [
      'Partner,Plan,Side,Commitment,Due date,Budget,Currency',
      `${partner.id},FY2028 joint plan,vendor,Co-marketing budget,2027-05-01,lots,`,
      `${partner.id},FY2028 joint plan,vendor,Booth budget,2027-05-01,5000,XYZ`,
      `${partner.id},FY2028 joint plan,vendor,Launch budget,2027-05-01,,EUR`,
    ].join('\n');
    expect(cells((await postCsv(pm, 'plan-commitments', badMoney, true)).body)).toEqual(['2:amount', '3:currency', '4:amount']);
    expect((await pm.get(`/api/v1/business-plans/${plan.body.id}`)).body.commitments).toHaveLength(0);

    const good = [
      'Account,JBP,Committed by,Commitment,Target,Budget,Deadline,Owner email',
      `${partner.id},FY2028 joint plan,vendor,Fund two joint campaigns,Two webinars,"40,000.00",2027-05-01,${t.world.users.pm.email}`,
      `${partner.id},,partner,Certify four engineers,,,2027-06-30,${member.email}`,
      `${partner.id},2026-03-01,partner,Pilot reference story,,,2026-06-01,${admin.email}`,
    ].join('\n');
    expect((await postCsv(pm, 'plan-commitments', good, true)).body).toMatchObject({ rows: 3, errors: [] });
    const done = await postCsv(pm, 'plan-commitments', good, false);
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    const fy = (await pm.get(`/api/v1/business-plans/${plan.body.id}`)).body;
    expect(
      fy.commitments.map((c: { side: string; title: string; ownerId: string; description: string; amount: unknown }) => [
        c.side,
        c.title,
        c.ownerId,
        c.description,
        c.amount,
      ]),
    ).toEqual(
      expect.arrayContaining([
        ['vendor', 'Fund two joint campaigns', t.world.users.pm.id, 'Two webinars', { amount: 40_000_00, currency: 'USD' }],
        ['partner', 'Certify four engineers', member.id, '', null],
      ]),
    );
    const pilot = (await pm.get(`/api/v1/business-plans/${old.body.id}`)).body;
    expect(pilot.commitments.map((c: { title: string }) => c.title)).toEqual(['Pilot reference story']);
    // Each is versioned like a commitment added in the app.
    expect((await pm.get(`/api/v1/business-plans/${plan.body.id}/versions`)).body.data.length).toBeGreaterThanOrEqual(3);
  });

  it('a duplicate row within the file names the earlier row', async () => {
    const { partner } = await alliancePartner();
    const pm = await user('pm');
    await pm.post('/api/v1/business-plans', {
      partnerId: partner.id,
      title: 'Plan',
      periodStart: '2027-01-01',
      periodEnd: '2027-12-31',
    });
    const csv = [
      'Partner,Side,Commitment,Due date',
      `${partner.id},vendor,Joint webinar,2027-03-01`,
      `${partner.id},vendor,joint webinar,2027-04-01`,
    ].join('\n');
    const res = await postCsv(pm, 'plan-commitments', csv, true);
    expect(res.body.errors).toEqual([
      expect.objectContaining({ row: 3, column: 'title', message: expect.stringContaining('row 2') }),
    ]);
  });
});

describe('importing governance action items', () => {
  it('links actions to the meeting named by its day or title, owners of either side; bad rows name the column', async () => {
    const { partner, admin } = await alliancePartner();
    const pm = await user('pm');
    const meeting = await pm.post(`/api/v1/partners/${partner.id}/governance-meetings`, {
      kind: 'qbr',
      title: 'Q3 business review',
      startsAt: '2027-03-10T15:00:00.000Z',
    });
    expect(meeting.status, JSON.stringify(meeting.body)).toBe(201);

    const bad = [
      'Partner,Meeting,Action,Owner,Due date',
      `${partner.id},2027-03-11,Send the pipeline export,${t.world.users.pm.email},2027-03-20`,
      `${partner.id},,Update the battlecard,${t.world.users.partnerAdminA.email},2027-03-20`, // another partner's person
      `${partner.id},,Draft the joint press release,${admin.email},next week`,
      `${partner.id},,,${admin.email},2027-03-20`,
    ].join('\n');
    const refused = await postCsv(pm, 'governance-actions', bad, false);
    expect(refused.status).toBe(422);
    expect(cells(refused.body)).toEqual(['2:meeting', '3:owner', '4:dueOn', '5:title']);
    expect((await pm.get('/api/v1/governance-actions', { query: { partnerId: partner.id } })).body.data).toHaveLength(0);

    const good = [
      'Alliance,Raised at,Action item,Assigned to,Deadline,Notes',
      `${partner.id},2027-03-10,Send the pipeline export,${t.world.users.pm.email},2027-03-20,Top 20 joint deals`,
      `${partner.id},q3 business review,Name a partner architect,${admin.email},2027-04-01,`,
      `${partner.id},,Book the executive dinner,${t.world.users.executive.email},2027-05-01,`,
    ].join('\n');
    const done = await postCsv(pm, 'governance-actions', good, false);
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    const actions = (await pm.get('/api/v1/governance-actions', { query: { partnerId: partner.id } })).body.data as {
      title: string;
      meetingId: string | null;
      side: string;
      dueOn: string;
    }[];
    expect(actions.map((a) => [a.title, a.meetingId, a.side, a.dueOn]).sort()).toEqual([
      ['Book the executive dinner', null, 'vendor', '2027-05-01'],
      ['Name a partner architect', meeting.body.id, 'partner', '2027-04-01'],
      ['Send the pipeline export', meeting.body.id, 'vendor', '2027-03-20'],
    ]);
    // The partner's owner sees its action in the portal.
    const portal = await as(admin.email);
    const own = (await portal.get('/api/v1/governance-actions')).body.data as { title: string }[];
    expect(own.map((a) => a.title)).toContain('Name a partner architect');
  });
});
