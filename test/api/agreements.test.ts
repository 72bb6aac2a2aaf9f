import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAgreementSchedule } from '../../src/modules/agreements/index.js';
import { simplePdf } from '../../src/modules/files/index.js';
import { systemCtx } from '../../src/shared/context.js';
import { addDays, addMonths, localDateOf } from '../../src/shared/dates.js';
import { type Client, createSeededApp, type Response, type SeededApp } from '../support/harness.js';
import { multipartBody } from '../support/matrix.js';
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

function upload(client: Client, url: string, bytes: Buffer): Promise<Response> {
  const { payload, contentType } = multipartBody({ filename: 'reseller-agreement.pdf', contentType: 'application/pdf', bytes });
  return t.request('POST', url, {
    body: payload,
    cookie: client.cookie,
    headers: { 'content-type': contentType, 'x-csrf-token': client.csrfToken },
  });
}

/** A partner owned by pm with its own partner admin. */
async function partnerWithAdmin() {
  const partner = await makePartner(t.system(), t.world.users.pm.id);
  const admin = await makeUser(t.system(), 'partner_admin', partner.id);
  return { partner, admin: await as(admin.email) };
}

const TERMS = {
  title: 'Alliance agreement',
  type: 'alliance',
  startOn: addDays(localDateOf(new Date(), 'UTC'), -30),
  endOn: addDays(localDateOf(new Date(), 'UTC'), 335),
  renewalType: 'auto',
  renewalTermMonths: 12,
  noticeDays: 90,
  commercialTerms: 'Revenue share 20/80 on joint solutions',
  exclusivity: 'de_jure',
  exclusivityScope: 'Exclusive cloud-security alliance partner in the DACH region',
  segments: ['Enterprise'],
  territories: ['DE', 'AT', 'CH'],
  solutionCategories: ['Cloud security'],
  jointIpGovernance:
    'Jointly developed connectors are co-owned; each party licenses its background IP royalty-free for the term.',
  terminationProvisions: '90 days for convenience; immediate for material breach.',
};

/** Drafted, sent, signed and countersigned: in force. */
async function activeAgreement(terms: Record<string, unknown>) {
  const { partner, admin } = await partnerWithAdmin();
  const pm = await user('pm');
  const draft = await pm.post(`/api/v1/partners/${partner.id}/agreements`, { ...TERMS, ...terms });
  expect(draft.status).toBe(201);
  const id = draft.body.id as string;
  expect((await pm.post(`/api/v1/agreements/${id}/send`)).status).toBe(200);
  expect((await admin.post(`/api/v1/agreements/${id}/sign`)).status).toBe(200);
  const active = await pm.post(`/api/v1/agreements/${id}/countersign`);
  expect(active.body.status).toBe('active');
  return { partner, admin, id };
}

describe('agreements', () => {
  it('drafts an alliance agreement with its scope, exclusivity and joint-IP governance; refuses terms that do not hold', async () => {
    const { partner } = await partnerWithAdmin();
    const pm = await user('pm');
    const created = await pm.post(`/api/v1/partners/${partner.id}/agreements`, TERMS);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      ...TERMS,
      status: 'draft',
      partnerId: partner.id,
      partnerName: partner.name,
      noticeDeadline: addDays(TERMS.endOn, -90),
      can: { edit: true, delete: true, send: true, sign: false, countersign: false },
    });
    const bad = await pm.post(`/api/v1/partners/${partner.id}/agreements`, {
      ...TERMS,
      endOn: null,
      exclusivityScope: '',
      type: 'handshake',
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { path: string }) => e.path)).toEqual(['type']);
    const terms = await pm.post(`/api/v1/partners/${partner.id}/agreements`, { ...TERMS, endOn: null, exclusivityScope: '' });
    expect(terms.status).toBe(422);
    expect(terms.body.errors.map((e: { path: string }) => e.path)).toEqual(['endOn', 'exclusivityScope']);
    const backwards = await pm.post(`/api/v1/partners/${partner.id}/agreements`, { ...TERMS, endOn: addDays(TERMS.startOn, -1) });
    expect(backwards.body.errors).toEqual([{ path: 'endOn', message: 'must be on or after startOn' }]);
    // Another manager's partner is not theirs to contract.
    expect((await (await user('pm2')).post(`/api/v1/partners/${partner.id}/agreements`, TERMS)).status).toBe(403);
    const changed = await pm.patch(`/api/v1/agreements/${created.body.id}`, { noticeDays: 60 });
    expect(changed.body.noticeDeadline).toBe(addDays(TERMS.endOn, -60));
    expect((await pm.delete(`/api/v1/agreements/${created.body.id}`)).status).toBe(204);
    expect((await pm.get(`/api/v1/agreements/${created.body.id}`)).status).toBe(404);
  });

  it('goes draft → sent → signed by the partner → countersigned → active, each step by its side', async () => {
    const { partner, admin } = await partnerWithAdmin();
    const pm = await user('pm');
    const { body: draft } = await pm.post(`/api/v1/partners/${partner.id}/agreements`, {
      title: 'Reseller agreement',
      type: 'reseller',
      startOn: addDays(today(), 10),
      endOn: addMonths(today(), 12),
    });
    const early = await admin.post(`/api/v1/agreements/${draft.id}/sign`);
    expect(early.status).toBe(422);
    expect(early.body.code).toBe('INVALID_TRANSITION');
    const sent = await pm.post(`/api/v1/agreements/${draft.id}/send`);
    expect(sent.body).toMatchObject({ status: 'sent', can: { sign: false } });
    const seen = await admin.get(`/api/v1/agreements/${draft.id}`);
    expect(seen.body.can).toMatchObject({ sign: true, edit: false, countersign: false });
    expect((await admin.post(`/api/v1/agreements/${draft.id}/countersign`)).status).toBe(403);
    expect((await pm.post(`/api/v1/agreements/${draft.id}/sign`)).status).toBe(403);
    const signed = await admin.post(`/api/v1/agreements/${draft.id}/sign`);
    expect(signed.body).toMatchObject({ status: 'partner_signed', partnerSignedBy: { email: admin.email } });
    expect((await pm.patch(`/api/v1/agreements/${draft.id}`, { commercialTerms: 'changed' })).status).toBe(422);
    // It starts in ten days: countersigned now, active on its start day (the daily job).
    const countersigned = await pm.post(`/api/v1/agreements/${draft.id}/countersign`);
    expect(countersigned.body.status).toBe('countersigned');
    const later = systemCtx(t.database.db, 'test: agreements job', new Date(Date.now() + 11 * 86_400_000));
    expect((await runAgreementSchedule(later)).activated).toBeGreaterThanOrEqual(1);
    expect((await pm.get(`/api/v1/agreements/${draft.id}`)).body.status).toBe('active');
    const ended = await pm.post(`/api/v1/agreements/${draft.id}/terminate`, { reason: 'Material breach' });
    expect(ended.body).toMatchObject({ status: 'terminated', terminationReason: 'Material breach' });
    const events = await (await user('admin')).get('/api/v1/audit-events', { query: { entityId: draft.id } });
    // Drafted, sent, signed, countersigned, activated, terminated: each change audited.
    expect(events.body.data.length).toBeGreaterThanOrEqual(6);
  });

  it('keeps its documents: the vendor attaches, the partner reads, another partner gets 404', async () => {
    const { id, admin } = await activeAgreement({});
    const pm = await user('pm');
    const uploaded = await upload(pm, `/api/v1/agreements/${id}/files`, simplePdf(['Reseller agreement, signed']));
    expect(uploaded.status).toBe(201);
    expect(uploaded.body.kind).toBe('agreement.document');
    expect((await upload(admin, `/api/v1/agreements/${id}/files`, simplePdf(['x']))).status).toBe(403);
    const files = await admin.get(`/api/v1/agreements/${id}/files`);
    expect(files.body.data.map((f: { name: string }) => f.name)).toEqual(['reseller-agreement.pdf']);
    const other = await user('partnerAdminB');
    expect((await other.get(`/api/v1/agreements/${id}/files`)).status).toBe(404);
    expect((await other.get(`/api/v1/agreements/${id}`)).status).toBe(404);
    expect((await other.post(`/api/v1/agreements/${id}/notice`, {})).status).toBe(404);
    expect((await other.get(`/api/v1/files/${uploaded.body.id}`)).status).toBe(404);
    const list = await other.get('/api/v1/agreements');
    expect(list.body.data.every((a: { partnerId: string }) => a.partnerId === t.world.partnerB.id)).toBe(true);
  });
});

describe('renewals', () => {
  it('the daily job renews auto-renewing agreements without notice, expires those with notice, and reminds once', async () => {
    const end = addDays(today(), 40);
    const renewing = await activeAgreement({ title: 'Renews', endOn: end, noticeDays: 30 });
    const leaving = await activeAgreement({ title: 'Leaves', endOn: end, noticeDays: 30 });
    // The partner gives notice before the deadline (ten days from now).
    const notice = await leaving.admin.post(`/api/v1/agreements/${leaving.id}/notice`, { reason: 'Moving to referral' });
    expect(notice.status).toBe(200);
    expect(notice.body.noticeGivenOn).toBe(today());
    const pm = await user('pm');
    const renewals = await pm.get('/api/v1/agreements/renewals', { query: { withinDays: 60 } });
    const titles = renewals.body.data.map((a: { title: string }) => a.title);
    expect(titles).toEqual(expect.arrayContaining(['Renews', 'Leaves']));

    // Five days on, the notice deadline of the renewing one is five days away: one reminder, however often the job runs.
    const soon = () => systemCtx(t.database.db, 'test: agreements job', new Date(Date.now() + 5 * 86_400_000));
    const first = await runAgreementSchedule(soon());
    expect(first.reminders).toBeGreaterThanOrEqual(1);
    expect((await runAgreementSchedule(soon())).reminders).toBe(0);
    const inbox = await pm.get('/api/v1/me/notifications');
    const reminders = inbox.body.data.filter((n: { title: string }) => n.title.startsWith('Notice deadline for Renews'));
    expect(reminders).toHaveLength(1);

    // After the end: one renewed for a year, the other expired.
    const after = systemCtx(t.database.db, 'test: agreements job', new Date(Date.now() + 41 * 86_400_000));
    const result = await runAgreementSchedule(after);
    expect(result.renewed).toBeGreaterThanOrEqual(1);
    expect(result.expired).toBeGreaterThanOrEqual(1);
    expect((await pm.get(`/api/v1/agreements/${renewing.id}`)).body).toMatchObject({
      status: 'active',
      endOn: addMonths(end, 12),
      renewalCount: 1,
    });
    expect((await pm.get(`/api/v1/agreements/${leaving.id}`)).body.status).toBe('expired');
    // Running it again changes nothing.
    const again = await runAgreementSchedule(after);
    expect((await pm.get(`/api/v1/agreements/${renewing.id}`)).body.renewalCount).toBe(1);
    expect(again.expired).toBe(0);
  });

  it('refuses notice after the deadline: the term renews', async () => {
    const { id, admin } = await activeAgreement({ endOn: addDays(today(), 20), noticeDays: 30 });
    const late = await admin.post(`/api/v1/agreements/${id}/notice`, {});
    expect(late.status).toBe(422);
    expect(late.body.errors[0].message).toContain('the notice deadline was');
  });
});

describe('importing an agreements register', () => {
  const postCsv = async (client: Client, csv: string, dryRun: boolean) =>
    t.request('POST', '/api/v1/imports/agreements', {
      cookie: client.cookie,
      query: { dryRun: String(dryRun) },
      headers: { 'content-type': 'text/csv', 'x-csrf-token': client.csrfToken },
      body: csv,
    });

  it('names each bad cell and writes nothing; a clean file brings each agreement in its signature status', async () => {
    const { partner } = await partnerWithAdmin();
    const notMine = await makePartner(t.system(), t.world.users.pm2.id);
    const pm = await user('pm');
    const d = today();
    const header =
      'Partner,Title,Type,Signature status,Start date,End date,Renewal,Notice days,Exclusivity,Exclusivity scope,Territories';
    const bad = [
      header,
      `${partner.id},Reseller 2025,reseller,active,${addMonths(d, 2)},${addMonths(d, 14)},manual,30,none,,`,
      `${partner.id},Referral,barter,draft,${d},,manual,30,none,,`,
      `${partner.id},OEM,oem,draft,${d},,auto,30,none,,`,
      `${partner.id},Exclusive resale,reseller,draft,${d},${addMonths(d, 12)},manual,400,de_jure,,`,
      `${notMine.id},NDA,nda,active,${addMonths(d, -1)},,manual,30,none,,`,
      `${partner.id},Old,alliance,expired,${addMonths(d, -24)},${addMonths(d, 1)},manual,30,none,,`,
    ].join('\n');
    const refused = await postCsv(pm, bad, false);
    expect(refused.status).toBe(422);
    expect(refused.body.errors.map((e: { row: number; column: string }) => `${e.row}:${e.column}`).sort()).toEqual([
      '2:status',
      '3:type',
      '4:endOn',
      '5:noticeDays',
      '6:partner',
      '7:status',
    ]);
    expect((await pm.get('/api/v1/agreements', { query: { partnerId: partner.id } })).body.data).toHaveLength(0);

    const good = [
      'Account Name,Contract,Contract type,Status,Effective date,Expiration date,Auto renew,Notice period,Exclusive,Exclusivity covers,Territories,Signed on',
      `${partner.domains[0]},Reseller agreement,reseller,signed,${addMonths(d, -10)},${addMonths(d, 2)},yes,60,yes,Public sector in Benelux,BE; NL; LU,${addMonths(d, -10)}`,
      `${partner.name},Mutual NDA,nda,draft,${d},,,,,,,`,
    ].join('\n');
    expect((await postCsv(pm, good, true)).body).toMatchObject({ rows: 2, errors: [] });
    const done = await postCsv(pm, good, false);
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    const list = (await pm.get('/api/v1/agreements', { query: { partnerId: partner.id } })).body.data as Record<
      string,
      unknown
    >[];
    const reseller = list.find((a) => a.title === 'Reseller agreement');
    expect(reseller).toMatchObject({
      status: 'active',
      renewalType: 'auto',
      noticeDays: 60,
      exclusivity: 'de_jure',
      exclusivityScope: 'Public sector in Benelux',
      territories: ['BE', 'NL', 'LU'],
      noticeDeadline: addDays(addMonths(d, 2), -60),
      countersignedAt: `${addMonths(d, -10)}T12:00:00.000Z`,
    });
    expect(list.find((a) => a.title === 'Mutual NDA')).toMatchObject({ status: 'draft', renewalType: 'manual', endOn: null });
    const audit = await (await user('admin')).get('/api/v1/audit-events', { query: { entityId: reseller?.id as string } });
    expect(audit.body.data).toEqual([
      expect.objectContaining({ action: 'create', summary: expect.stringContaining('Imported') }),
    ]);
    // A partner's admin may not import.
    expect((await postCsv(await user('partnerAdminA'), good, true)).status).toBe(403);
  });
});
