import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertComplianceAllows, complianceBlocks, runComplianceSweep } from '../../src/modules/compliance/index.js';
import { simplePdf } from '../../src/modules/files/index.js';
import { systemCtx } from '../../src/shared/context.js';
import { addDays, localDateOf } from '../../src/shared/dates.js';
import { type Client, createSeededApp, type Response, type SeededApp } from '../support/harness.js';
import { multipartBody } from '../support/matrix.js';
import { actingAs, makePartner, makeUser, PASSWORD } from '../support/world.js';

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
const inDays = (days: number) => systemCtx(t.database.db, 'test: compliance sweep', new Date(Date.now() + days * 86_400_000));

function upload(client: Client, url: string): Promise<Response> {
  const { payload, contentType } = multipartBody({
    filename: 'soc2-report.pdf',
    contentType: 'application/pdf',
    bytes: simplePdf(['SOC 2']),
  });
  return t.request('POST', url, {
    body: payload,
    cookie: client.cookie,
    headers: { 'content-type': contentType, 'x-csrf-token': client.csrfToken },
  });
}

describe('compliance', () => {
  it('an admin sets what a lapsed item blocks; others may read but not change it; bad input names the field', async () => {
    const admin = await user('admin');
    const saved = await admin.put('/api/v1/compliance-requirements', {
      requirements: [{ type: 'soc2', required: false, blocks: ['payouts'], reminderDays: [7, 60, 30] }],
    });
    expect(saved.status).toBe(200);
    expect(saved.body.data.find((r: { type: string }) => r.type === 'soc2')).toEqual({
      type: 'soc2',
      required: false,
      blocks: ['payouts'],
      reminderDays: [60, 30, 7],
    });
    expect((await (await user('pm')).put('/api/v1/compliance-requirements', { requirements: [] })).status).toBe(403);
    const bad = await admin.put('/api/v1/compliance-requirements', {
      requirements: [{ type: 'soc2', required: false, blocks: ['coffee'], reminderDays: [0] }],
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { path: string }) => e.path)).toEqual([
      'requirements.0.blocks.0',
      'requirements.0.reminderDays.0',
    ]);
    expect((await (await user('partnerUserA')).get('/api/v1/compliance-requirements')).status).toBe(200);
  });

  it('the partner adds evidence for review, the vendor verifies it; the sweep reminds once, expires it, and payouts are blocked', async () => {
    await (await user('admin')).put('/api/v1/compliance-requirements', {
      requirements: [{ type: 'soc2', required: false, blocks: ['payouts'], reminderDays: [60, 30, 7] }],
    });
    const partner = await makePartner(t.system(), t.world.users.pm.id);
    const partnerAdminUser = await makeUser(t.system(), 'partner_admin', partner.id);
    const partnerAdmin = await as(partnerAdminUser.email);
    const added = await partnerAdmin.post(`/api/v1/partners/${partner.id}/compliance-items`, {
      type: 'soc2',
      name: 'SOC 2 Type II',
      issuedOn: addDays(today(), -360),
      expiresOn: addDays(today(), 5),
      verified: true, // not theirs to say: it stays pending
    });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({
      status: 'pending',
      state: 'pending',
      blocks: ['payouts'],
      can: { review: false, attach: true },
    });
    const id = added.body.id as string;
    expect((await upload(partnerAdmin, `/api/v1/compliance-items/${id}/files`)).status).toBe(201);
    // Pending review blocks payouts until verified (the type blocks payouts).
    expect((await complianceBlocks(t.system(), partner.id, 'payouts')).reasons.map((r) => r.state)).toEqual(['pending']);
    expect((await partnerAdmin.post(`/api/v1/compliance-items/${id}/verify`)).status).toBe(403);
    const pm = await user('pm');
    const verified = await pm.post(`/api/v1/compliance-items/${id}/verify`);
    expect(verified.body).toMatchObject({ status: 'verified', state: 'in_force', reviewedBy: { email: t.world.users.pm.email } });
    expect(await complianceBlocks(t.system(), partner.id, 'payouts')).toEqual({ blocked: false, reasons: [] });
    expect((await partnerAdmin.patch(`/api/v1/compliance-items/${id}`, { expiresOn: addDays(today(), 400) })).status).toBe(422);

    // Expiring within 60 days: on the Compliance page and the partner's own list.
    const expiring = await pm.get('/api/v1/compliance-items/expiring');
    expect(expiring.body.data.map((i: { id: string }) => i.id)).toContain(id);
    expect((await partnerAdmin.get('/api/v1/compliance-items/expiring')).body.data.map((i: { id: string }) => i.id)).toEqual([
      id,
    ]);

    // Five days before: the 7-day reminder, to its manager and the partner's admin, once.
    expect((await runComplianceSweep(t.system())).reminders).toBeGreaterThanOrEqual(1);
    expect((await runComplianceSweep(t.system())).reminders).toBe(0);
    const reminded = (await partnerAdmin.get('/api/v1/me/notifications')).body.data.filter((n: { title: string }) =>
      n.title.includes(`SOC 2 Type II of ${partner.name} expires`),
    );
    expect(reminded).toHaveLength(1);

    // A week on it has expired: the sweep marks it, tells them, and payouts are blocked.
    const swept = await runComplianceSweep(inDays(7));
    expect(swept.expired).toBeGreaterThanOrEqual(1);
    expect((await pm.get(`/api/v1/compliance-items/${id}`)).body).toMatchObject({ status: 'expired', state: 'expired' });
    const titles = (await pm.get('/api/v1/me/notifications')).body.data.map((n: { title: string }) => n.title);
    expect(titles).toContain(`SOC 2 Type II of ${partner.name} expired`);
    const blocked = await complianceBlocks(t.system(), partner.id, 'payouts');
    expect(blocked).toEqual({
      blocked: true,
      reasons: [{ type: 'soc2', state: 'expired', itemId: id, message: `SOC 2 expired on ${addDays(today(), 5)}` }],
    });
    expect((await complianceBlocks(t.system(), partner.id, 'deal_registration')).blocked).toBe(false);
    const status = await partnerAdmin.get(`/api/v1/partners/${partner.id}/compliance-status`);
    expect(status.body.actions.find((a: { action: string }) => a.action === 'payouts')).toMatchObject({ blocked: true });
    // A module calling from the partner's own request gets the same answer, as a 422 naming the partner.
    const asPartner = actingAs(t.system(), partnerAdminUser);
    await expect(assertComplianceAllows(asPartner, partner.id, 'payouts')).rejects.toMatchObject({
      code: 'COMPLIANCE_BLOCKED',
      errors: [{ path: 'partnerId', message: expect.stringContaining('SOC 2 expired') }],
    });

    // A renewed report, verified, lifts the block.
    const renewed = await partnerAdmin.post(`/api/v1/partners/${partner.id}/compliance-items`, {
      type: 'soc2',
      name: 'SOC 2 Type II (2027)',
      expiresOn: addDays(today(), 400),
    });
    await pm.post(`/api/v1/compliance-items/${renewed.body.id}/verify`);
    expect((await complianceBlocks(t.system(), partner.id, 'payouts')).blocked).toBe(false);
    // The expired one is history now: it names its renewal, and the renewal is current (the cards
    // show the lapsed one as history, never as "Blocks payouts" beside the one in force).
    const listed = (await partnerAdmin.get('/api/v1/compliance-items', { query: { partnerId: partner.id } })).body.data as {
      id: string;
      state: string;
      supersededBy: string | null;
    }[];
    expect(listed.find((i) => i.id === id)).toMatchObject({ state: 'expired', supersededBy: renewed.body.id });
    expect(listed.find((i) => i.id === renewed.body.id)).toMatchObject({ state: 'in_force', supersededBy: null });
    expect((await pm.get(`/api/v1/compliance-items/${id}`)).body.supersededBy).toBe(renewed.body.id);
  });

  it('refuses items that do not hold together, naming the field', async () => {
    const pm = await user('pm');
    const bad = await pm.post(`/api/v1/partners/${t.world.partnerA.id}/compliance-items`, {
      type: 'custom',
      issuedOn: '2026-06-01',
      expiresOn: '2026-05-01',
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { path: string }) => e.path)).toEqual(['name', 'expiresOn']);
    const rejected = await pm.post(`/api/v1/partners/${t.world.partnerA.id}/compliance-items`, {
      type: 'insurance',
      name: 'Cyber liability',
    });
    const reject = await pm.post(`/api/v1/compliance-items/${rejected.body.id}/reject`, { reason: 'Wrong legal entity' });
    expect(reject.body).toMatchObject({ status: 'rejected', rejectionReason: 'Wrong legal entity' });
    // The partner corrects it: back for review.
    const corrected = await (await user('partnerAdminA')).patch(`/api/v1/compliance-items/${rejected.body.id}`, {
      reference: 'POL-2',
    });
    expect(corrected.body).toMatchObject({ status: 'pending', reference: 'POL-2' });
  });

  it("partners see and act on their own items only: another partner's answers 404", async () => {
    const pm = await user('pm');
    const item = await pm.post(`/api/v1/partners/${t.world.partnerA.id}/compliance-items`, {
      type: 'iso27001',
      name: 'ISO 27001',
    });
    const other = await user('partnerAdminB');
    expect((await other.get(`/api/v1/compliance-items/${item.body.id}`)).status).toBe(404);
    expect((await other.patch(`/api/v1/compliance-items/${item.body.id}`, { notes: 'x' })).status).toBe(404);
    expect((await upload(other, `/api/v1/compliance-items/${item.body.id}/files`)).status).toBe(404);
    expect((await other.post(`/api/v1/partners/${t.world.partnerA.id}/compliance-items`, { type: 'soc2' })).status).toBe(404);
    expect((await other.get(`/api/v1/partners/${t.world.partnerA.id}/compliance-status`)).status).toBe(404);
    const list = await other.get('/api/v1/compliance-items', { query: { partnerId: t.world.partnerA.id } });
    expect(list.body.data).toEqual([]);
  });
});

describe('importing compliance items', () => {
  const postCsv = async (client: Client, csv: string, dryRun: boolean) =>
    t.request('POST', '/api/v1/imports/compliance-items', {
      cookie: client.cookie,
      query: { dryRun: String(dryRun) },
      headers: { 'content-type': 'text/csv', 'x-csrf-token': client.csrfToken },
      body: csv,
    });

  it('names each bad cell and writes nothing; a clean file adds each item, verified or pending review', async () => {
    const partner = await makePartner(t.system(), t.world.users.pm.id);
    const notMine = await makePartner(t.system(), t.world.users.pm2.id);
    const pm = await user('pm');
    const d = today();
    const bad = [
      'Partner,Type,Name,Issued on,Expires on,Status',
      `${partner.id},custom,,,${addDays(d, 90)},verified`,
      `${partner.id},soc2,,${d},${addDays(d, -1)},verified`,
      `${partner.id},fire drill,,,,`,
      `${notMine.id},insurance,,,,`,
      `${partner.id},iso27001,,,2027-02-30,`,
    ].join('\n');
    const refused = await postCsv(pm, bad, false);
    expect(refused.status).toBe(422);
    expect(refused.body.errors.map((e: { row: number; column: string }) => `${e.row}:${e.column}`).sort()).toEqual([
      '2:name',
      '3:expiresOn',
      '4:type',
      '5:partner',
      '6:expiresOn',
    ]);
    expect((await pm.get('/api/v1/compliance-items', { query: { partnerId: partner.id } })).body.data).toHaveLength(0);

    const good = [
      'Account Name,Certificate,Description,Certificate number,Valid until,Verified',
      `${partner.domains[0]},SOC 2,SOC 2 Type II report,R-2026-11,${addDays(d, 200)},yes`,
      `${partner.name},insurance,Cyber liability USD 5M,POL-77,${addDays(d, 20)},`,
    ].join('\n');
    expect((await postCsv(pm, good, true)).body).toMatchObject({ rows: 2, errors: [] });
    const done = await postCsv(pm, good, false);
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    const items = (await pm.get('/api/v1/compliance-items', { query: { partnerId: partner.id } })).body.data as Record<
      string,
      unknown
    >[];
    expect(items.map((i) => [i.type, i.status, i.state, i.reference]).sort()).toEqual([
      ['insurance', 'pending', 'pending', 'POL-77'],
      ['soc2', 'verified', 'in_force', 'R-2026-11'],
    ]);
    expect(items.find((i) => i.type === 'soc2')?.reviewedBy).toMatchObject({ id: t.world.users.pm.id });
    const audit = await (await user('admin')).get('/api/v1/audit-events', { query: { partnerId: partner.id, limit: 20 } });
    expect(audit.body.data.filter((e: { entityType: string }) => e.entityType === 'compliance_item')).toHaveLength(2);
    // A partner's admin adds its items in the portal, one by one: no import.
    expect((await postCsv(await user('partnerAdminA'), good, true)).status).toBe(403);
  });
});
