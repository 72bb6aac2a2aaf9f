import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDealRegistrationSchedule } from '../../src/modules/deal-registrations/index.js';
import { joinProgram } from '../../src/modules/programs/memberships.service.js';
import { createProgram, createProgramTier } from '../../src/modules/programs/programs.service.js';
import { type Ctx, systemCtx } from '../../src/shared/context.js';
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

/** A partner owned by pm with a partner admin and a partner user. */
async function partnerWithPeople(ownerKey: 'pm' | 'pm2' = 'pm') {
  const partner = await makePartner(t.system(), t.world.users[ownerKey].id);
  const adminUser = await makeUser(t.system(), 'partner_admin', partner.id);
  const plainUser = await makeUser(t.system(), 'partner_user', partner.id);
  return { partner, admin: await as(adminUser.email), user: await as(plainUser.email), adminId: adminUser.id };
}

/** A program of its own whose one tier gives `days` of deal protection, with the partner in that tier. */
async function joinProgramForTest(ctx: Ctx, partnerId: string, days: number) {
  const program = await createProgram(ctx, {
    name: `Deal program ${uniq()}`,
    kind: 'reseller',
    commercialModel: { model: 'reseller_discount', discountPercent: 10 },
  });
  const tier = await createProgramTier(ctx, program.id, { name: 'Gold', rank: 1, benefits: { dealProtectionDays: days } });
  await joinProgram(ctx, partnerId, { programId: program.id, tierId: tier.id });
}

function deal(customer: { name: string; domain?: string | null; [k: string]: unknown }, extra: Record<string, unknown> = {}) {
  return {
    customer,
    title: `Platform deal ${uniq()}`,
    amount: 12_500_000,
    currency: 'USD',
    expectedCloseDate: addDays(today(), 60),
    products: ['Platform'],
    ...extra,
  };
}

describe('deal registrations', () => {
  it('a partner registers a deal for its own company: 201, a readable number, submitted, no conflict', async () => {
    const { partner, user: partnerUser } = await partnerWithPeople();
    const name = `Initech ${uniq()}`;
    const created = await partnerUser.post(
      '/api/v1/deal-registrations',
      deal({ name: `${name} Inc.`, domain: `https://www.${name.replace(' ', '-')}.example/` }),
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      partnerId: partner.id,
      status: 'submitted',
      conflict: { flagged: false, reasons: [] },
      amount: 12_500_000,
      currency: 'USD',
      customer: { name: `${name} Inc.` },
      can: { approve: false, reject: false },
    });
    expect(created.body.number).toMatch(/^DR-\d{6,}$/);
    // The domain is kept as the conflict check reads it, not as typed.
    expect(created.body.customer.domain).toBe(`${name.replace(' ', '-').toLowerCase()}.example`);
    expect(typeof created.body.id).toBe('string');
    const again = await partnerUser.get(`/api/v1/deal-registrations/${created.body.id}`);
    expect(again.body.number).toBe(created.body.number);
    // The partner's owner is told; approval is due within the SLA (48 h by default).
    expect(new Date(created.body.approvalDueAt).getTime() - new Date(created.body.submittedAt).getTime()).toBe(48 * 3_600_000);
    const pm = await user('pm');
    const inbox = await pm.get('/api/v1/me/notifications');
    expect(JSON.stringify(inbox.body)).toContain(created.body.number);
  });

  it('a partner naming another company is refused like a missing one, and nothing is created', async () => {
    const { user: partnerUser } = await partnerWithPeople();
    const before = (await partnerUser.get('/api/v1/deal-registrations')).body.data.length;
    const other = await partnerUser.post('/api/v1/deal-registrations', {
      ...deal({ name: `X ${uniq()}` }),
      partnerId: t.world.partnerB.id,
    });
    const missing = await partnerUser.post('/api/v1/deal-registrations', {
      ...deal({ name: `X ${uniq()}` }),
      partnerId: '0190c0de-0000-7000-8000-000000000000',
    });
    expect(other.status).toBe(422);
    expect(other.body.errors).toEqual([{ path: 'partnerId', message: 'must be your own company' }]);
    expect(missing.body.errors).toEqual(other.body.errors);
    expect((await partnerUser.get('/api/v1/deal-registrations')).body.data.length).toBe(before);
    // Vendor staff must name the partner.
    const staff = await (await user('admin')).post('/api/v1/deal-registrations', deal({ name: `X ${uniq()}` }));
    expect(staff.status).toBe(422);
    expect(staff.body.errors[0].path).toBe('partnerId');
  });

  it('vendor staff register on a partner’s behalf', async () => {
    const { partner } = await partnerWithPeople();
    const created = await (await user('pm2')).post('/api/v1/deal-registrations', {
      ...deal({ name: `Umbrella ${uniq()}` }),
      partnerId: partner.id,
    });
    expect(created.status).toBe(201);
    expect(created.body.partnerId).toBe(partner.id);
  });

  it('bad input is a 422 naming the field, never a 500 (NUL bytes, 100k characters, a non-domain, a negative amount)', async () => {
    const { user: partnerUser } = await partnerWithPeople();
    const cases: [Record<string, unknown>, string][] = [
      [deal({ name: 'Acme\u0000Corp' }), 'customer.name'],
      [deal({ name: 'a'.repeat(100_000) }), 'customer.name'],
      [deal({ name: 'Acme', domain: 'not a domain' }), 'customer.domain'],
      [deal({ name: '!!!' }), 'customer.name'],
      [deal({ name: 'Acme' }, { amount: -5 }), 'amount'],
      [deal({ name: 'Acme' }, { amount: 1.5 }), 'amount'],
      [deal({ name: 'Acme' }, { currency: 'usd' }), 'currency'],
      [deal({ name: 'Acme' }, { expectedCloseDate: '2020-01-01' }), 'expectedCloseDate'],
      [deal({ name: 'Acme' }, { title: 'x'.repeat(100_000) }), 'title'],
      [deal({ name: 'Acme' }, { products: ['ok', 'bad\u0000'] }), 'products.1'],
    ];
    for (const [body, path] of cases) {
      const res = await partnerUser.post('/api/v1/deal-registrations', body);
      expect(res.status, path).toBe(422);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path);
    }
  });

  it('a retired country code such as UK is a 422 naming the field with the code to use, wherever a country is taken; nothing is saved', async () => {
    const { user: partnerUser } = await partnerWithPeople();
    const pm = await user('pm');
    const before = (await partnerUser.get('/api/v1/deal-registrations')).body.data.length;
    const uk = await partnerUser.post('/api/v1/deal-registrations', deal({ name: `Britco ${uniq()}`, country: 'UK' }));
    expect(uk.status).toBe(422);
    expect(uk.headers['content-type']).toContain('application/problem+json');
    expect(uk.body.errors).toEqual([{ path: 'customer.country', message: 'is a retired code: use GB (United Kingdom)' }]);
    const unknown = await partnerUser.post('/api/v1/deal-registrations', deal({ name: `Nowhere ${uniq()}`, country: 'XY' }));
    expect(unknown.body.errors).toEqual([
      { path: 'customer.country', message: 'must be an ISO 3166-1 alpha-2 country code such as US or DE' },
    ]);
    expect((await partnerUser.get('/api/v1/deal-registrations')).body.data.length).toBe(before);
    const gb = await partnerUser.post('/api/v1/deal-registrations', deal({ name: `Britco ${uniq()}`, country: 'gb' }));
    expect(gb.status).toBe(201);
    expect(gb.body.customer.country).toBe('GB');
    // The same rule in the other places a country is taken: bodies and filters.
    const elsewhere: [Promise<{ status: number; body: { errors: { path: string; message: string }[] } }>, string][] = [
      [pm.post('/api/v1/leads', { company: `Britco ${uniq()}`, country: 'UK' }), 'country'],
      [pm.get('/api/v1/leads', { query: { country: 'UK' } }), 'country'],
      [pm.get('/api/v1/partners', { query: { country: 'DE,UK' } }), 'country'],
      [pm.post('/api/v1/accounts', { name: `Britco ${uniq()}`, country: 'UK' }), 'country'],
    ];
    for (const [call, path] of elsewhere) {
      const res = await call;
      expect(res.status, path).toBe(422);
      expect(res.body.errors[0], path).toMatchObject({ path });
      expect(res.body.errors[0]?.message, path).toContain('use GB');
    }
  });

  it('another partner’s registration is a 404 exactly like a missing one, in get, actions and the list', async () => {
    const a = await partnerWithPeople();
    const b = await partnerWithPeople('pm2');
    const mine = await a.user.post('/api/v1/deal-registrations', deal({ name: `Hooli ${uniq()}` }));
    const missingId = '0190c0de-0000-7000-8000-000000000001';
    const theirs = await b.user.get(`/api/v1/deal-registrations/${mine.body.id}`);
    const missing = await b.user.get(`/api/v1/deal-registrations/${missingId}`);
    expect(theirs.status).toBe(404);
    expect({ ...theirs.body, requestId: undefined }).toEqual({ ...missing.body, requestId: undefined });
    const lost = await b.admin.post(`/api/v1/deal-registrations/${mine.body.id}/lost`, { reason: 'x' });
    const lostMissing = await b.admin.post(`/api/v1/deal-registrations/${missingId}/lost`, { reason: 'x' });
    expect(lost.status).toBe(404);
    expect({ ...lost.body, requestId: undefined }).toEqual({ ...lostMissing.body, requestId: undefined });
    const list = await b.user.get('/api/v1/deal-registrations', { query: { q: mine.body.number } });
    expect(list.body.data).toEqual([]);
  });

  it('the same customer registered by another partner is flagged with explainable reasons; the partner is never told whose', async () => {
    const first = await partnerWithPeople('pm2');
    const second = await partnerWithPeople();
    const key = uniq();
    const earlier = await first.user.post(
      '/api/v1/deal-registrations',
      deal({ name: `Müller ${key} GmbH`, domain: `mueller-${key}.example` }),
    );
    expect(earlier.body.conflict.flagged).toBe(false);
    // Same company, written differently; same domain, written differently.
    const later = await second.user.post(
      '/api/v1/deal-registrations',
      deal({ name: `  MULLER ${key}, g.m.b.h.`, domain: `HTTPS://WWW.Mueller-${key}.example./contact` }),
    );
    expect(later.status).toBe(201);
    expect(later.body.conflict.flagged).toBe(true);
    expect(later.body.conflict.reasons.map((r: { rule: string }) => r.rule).sort()).toEqual(['domain', 'name']);
    const text = JSON.stringify(later.body);
    for (const secret of [first.partner.id, first.partner.name, earlier.body.number, earlier.body.id])
      expect(text).not.toContain(secret);
    expect(later.body.conflict.reasons[0]).toMatchObject({
      since: earlier.body.submittedAt,
      message: expect.stringContaining(
        `Another registration for this customer exists since ${earlier.body.submittedAt.slice(0, 10)}`,
      ),
    });
    expect(later.body.conflict.reasons.find((r: { rule: string }) => r.rule === 'domain').value).toBe(`mueller-${key}.example`);
    expect(later.body.conflict.reasons.find((r: { rule: string }) => r.rule === 'name').value).toBe(`muller ${key}`);
    // Nor in the list, nor its export.
    const listed = await second.user.get('/api/v1/deal-registrations', { query: { conflict: 'true' } });
    expect(JSON.stringify(listed.body)).not.toContain(first.partner.name);
    const exported = await second.user.get('/api/v1/deal-registrations/export', { query: { format: 'csv' } });
    expect(String(exported.body)).not.toContain(first.partner.name);
    expect(String(exported.body)).not.toContain(earlier.body.number);
    // Vendor staff see the other registration and its partner.
    const staff = await (await user('admin')).get(`/api/v1/deal-registrations/${later.body.id}`);
    expect(staff.body.conflict.reasons[0].registration).toEqual({
      id: earlier.body.id,
      number: earlier.body.number,
      partnerId: first.partner.id,
      partnerName: first.partner.name,
    });
    // The earlier registration keeps its immutable timestamp and is not flagged.
    const kept = await (await user('admin')).get(`/api/v1/deal-registrations/${earlier.body.id}`);
    expect(kept.body.submittedAt).toBe(earlier.body.submittedAt);
    expect(kept.body.conflict.flagged).toBe(false);
    // A rejected registration claims nothing any more.
    await (await user('pm2')).post(`/api/v1/deal-registrations/${earlier.body.id}/reject`, { reason: 'Direct account' });
    const third = await second.admin.post('/api/v1/deal-registrations', deal({ name: `Muller ${key}` }));
    expect(third.body.conflict.flagged).toBe(false);
  });

  it('the coverage model: a direct segment flags the registration with the reason, hybrid notes it, none given says nothing', async () => {
    const admin = await user('admin');
    const pm = await user('pm');
    const { admin: partnerAdmin, partner } = await partnerWithPeople();
    const u = uniq();
    const direct = await admin.post('/api/v1/coverage-segments', {
      name: `Luxembourg banks ${u}`,
      countries: ['LU'],
      industries: ['Banking'],
      motion: 'direct',
    });
    expect(direct.status, JSON.stringify(direct.body)).toBe(201);
    expect(
      (await admin.post('/api/v1/coverage-segments', { name: `Malta ${u}`, countries: ['MT'], motion: 'hybrid' })).status,
    ).toBe(201);
    expect(
      (await admin.post('/api/v1/coverage-segments', { name: `Cyprus ${u}`, countries: ['CY'], motion: 'partner_led' })).status,
    ).toBe(201);

    const flagged = await partnerAdmin.post(
      '/api/v1/deal-registrations',
      deal({ name: `Banque ${u}`, country: 'lu', industry: 'banking' }),
    );
    expect(flagged.status, JSON.stringify(flagged.body)).toBe(201);
    expect(flagged.body.customer).toMatchObject({ country: 'LU', industry: 'banking' });
    expect(flagged.body.conflict).toEqual({
      flagged: true,
      reasons: [
        expect.objectContaining({
          rule: 'coverage',
          value: 'direct',
          severity: 'hard',
          message: expect.stringContaining('This segment is covered directly by the vendor'),
        }),
      ],
    });
    // The partner never learns the vendor's segments.
    expect(JSON.stringify(flagged.body)).not.toContain('Luxembourg banks');
    const staff = await pm.get(`/api/v1/deal-registrations/${flagged.body.id}`);
    expect(staff.body.conflict.reasons[0]).toMatchObject({
      segment: { id: direct.body.id, name: `Luxembourg banks ${u}` },
      message: `Segment “Luxembourg banks ${u}”: this segment is covered directly by the vendor`,
    });
    // A flagged registration opens a conflict case with the direct team as the other party.
    let cases: { parties?: unknown[]; summary?: string }[] = [];
    for (const deadline = Date.now() + 10_000; cases.length === 0 && Date.now() < deadline; ) {
      cases = (await pm.get('/api/v1/conflict-cases', { query: { q: `Banque ${u}` } })).body.data ?? [];
      if (cases.length === 0) await new Promise((r) => setTimeout(r, 100));
    }
    expect(cases).toHaveLength(1);

    const hybrid = await partnerAdmin.post('/api/v1/deal-registrations', deal({ name: `Valletta ${u}`, country: 'MT' }));
    expect(hybrid.body.conflict).toEqual({
      flagged: false,
      reasons: [expect.objectContaining({ rule: 'coverage', value: 'hybrid', severity: 'soft' })],
    });
    const partnerLed = await partnerAdmin.post('/api/v1/deal-registrations', deal({ name: `Nicosia ${u}`, country: 'CY' }));
    expect(partnerLed.body.conflict).toEqual({ flagged: false, reasons: [] });
    // Same industry, another country: the direct segment does not match.
    const elsewhere = await partnerAdmin.post(
      '/api/v1/deal-registrations',
      deal({ name: `Bank ${u}`, country: 'PT', industry: 'Banking', size: '5001+' }),
    );
    expect(elsewhere.body.conflict.reasons.every((r: { value: string }) => r.value !== 'direct')).toBe(true);
    // Nothing about the segment given: the coverage model is not consulted at all.
    const none = await partnerAdmin.post('/api/v1/deal-registrations', deal({ name: `Quiet ${u}` }));
    expect(none.body.conflict).toEqual({ flagged: false, reasons: [] });
    expect(none.body.customer).toMatchObject({ country: null, region: null, industry: null, size: null });

    for (const [customer, path] of [
      [{ name: 'X', country: 'Luxembourg' }, 'customer.country'],
      [{ name: 'X', region: 'mars' }, 'customer.region'],
      [{ name: 'X', size: 'huge' }, 'customer.size'],
    ] as const) {
      const bad = await partnerAdmin.post('/api/v1/deal-registrations', deal(customer));
      expect(bad.status, path).toBe(422);
      expect(bad.body.errors[0].path).toBe(path);
    }

    // The importer takes the same segment columns; the coverage model checks an imported row too.
    const postCsv = (csv: string) =>
      t.request('POST', '/api/v1/imports/deal-registrations', {
        cookie: pm.cookie,
        query: { dryRun: 'false' },
        headers: { 'content-type': 'text/csv', 'x-csrf-token': pm.csrfToken },
        body: csv,
      });
    const close = addDays(today(), 60);
    const header = 'Partner ID,Customer,Deal name,Amount,Currency,Close date,Country,Region,Industry,Company size';
    const refused = await postCsv(
      `${header}\n${partner.id},Imported ${u},Rollout,100,EUR,${close},Luxemburgo,mars,Banking,huge\n`,
    );
    expect(refused.status).toBe(422);
    expect(refused.body.errors.map((e: { column: string }) => e.column).sort()).toEqual(['country', 'region', 'size']);
    const imported = await postCsv(
      `${header}\n${partner.id},Imported ${u},Rollout,100,EUR,${close},Luxembourg,EMEA,Banking,5001+\n${partner.id},Quiet import ${u},Pilot,100,EUR,${close},,,,\n`,
    );
    expect(imported.status, JSON.stringify(imported.body)).toBe(200);
    const [flaggedRow] = (await pm.get('/api/v1/deal-registrations', { query: { q: `Imported ${u}` } })).body.data;
    expect(flaggedRow.customer).toMatchObject({ country: 'LU', region: 'europe', industry: 'Banking', size: '5001+' });
    expect(flaggedRow.conflict.reasons).toEqual([expect.objectContaining({ rule: 'coverage', value: 'direct' })]);
    const [quietRow] = (await pm.get('/api/v1/deal-registrations', { query: { q: `Quiet import ${u}` } })).body.data;
    expect(quietRow.customer).toMatchObject({ country: null, region: null, industry: null, size: null });
  });

  it('a homoglyph company name (Cyrillic letters) still matches', async () => {
    const first = await partnerWithPeople('pm2');
    const second = await partnerWithPeople();
    const key = uniq();
    await first.user.post('/api/v1/deal-registrations', deal({ name: `Acme ${key}` }));
    // "Асме" with Cyrillic А, с, м, е.
    const later = await second.user.post('/api/v1/deal-registrations', deal({ name: `\u0410\u0441\u043c\u0435 ${key} Inc` }));
    expect(later.status).toBe(201);
    expect(later.body.conflict.reasons.map((r: { rule: string }) => r.rule)).toEqual(['name']);
  });

  it('concurrent registrations get distinct sequential numbers', async () => {
    const { user: partnerUser } = await partnerWithPeople();
    const made = await Promise.all(
      Array.from({ length: 12 }, () => partnerUser.post('/api/v1/deal-registrations', deal({ name: `Parallel ${uniq()}` }))),
    );
    expect(made.map((r) => r.status)).toEqual(made.map(() => 201));
    const numbers = made.map((r) => r.body.number as string);
    expect(new Set(numbers).size).toBe(12);
    const values = numbers.map((x) => Number(x.slice(3))).sort((a, b) => a - b);
    expect((values.at(-1) ?? 0) - (values[0] ?? 0)).toBeLessThan(100);
  });

  it('two partners registering the same customer at once: exactly the later one is flagged', async () => {
    const key = uniq();
    const partners = await Promise.all([partnerWithPeople(), partnerWithPeople('pm2'), partnerWithPeople()]);
    const made = await Promise.all(
      partners.map((p) =>
        p.user.post('/api/v1/deal-registrations', deal({ name: `Race ${key}`, domain: `race-${key}.example` })),
      ),
    );
    expect(made.map((r) => r.status)).toEqual([201, 201, 201]);
    const bySubmission = [...made].sort(
      (x, y) => x.body.submittedAt.localeCompare(y.body.submittedAt) || x.body.number.localeCompare(y.body.number),
    );
    // Whatever the order they ran in, every registration but the first saw the ones before it.
    const flagged = made.filter((r) => r.body.conflict.flagged);
    expect(flagged.length).toBe(2);
    const staff = await user('admin');
    const seen = await Promise.all(made.map((r) => staff.get(`/api/v1/deal-registrations/${r.body.id}`)));
    const unflagged = seen.filter((r) => !r.body.conflict.flagged);
    expect(unflagged.length).toBe(1);
    for (const r of seen.filter((x) => x.body.conflict.flagged)) {
      const others = new Set(r.body.conflict.reasons.map((x: { registration: { id: string } }) => x.registration.id));
      expect(others.has(unflagged[0]?.body.id)).toBe(true);
    }
    expect(bySubmission.length).toBe(3);
  });

  it('approval by the partner’s owner: protection from the most generous tier, won and lost, extensions', async () => {
    const { partner, user: partnerUser } = await partnerWithPeople();
    const created = await partnerUser.post('/api/v1/deal-registrations', deal({ name: `Stark ${uniq()}` }));
    // Not pm2's partner; not a partner user's call.
    expect((await (await user('pm2')).post(`/api/v1/deal-registrations/${created.body.id}/approve`)).status).toBe(403);
    expect((await partnerUser.post(`/api/v1/deal-registrations/${created.body.id}/approve`)).status).toBe(403);
    // The partner is in two programs: 60 and 180 days of protection; it gets 180.
    await joinProgramForTest(t.system(), partner.id, 60);
    await joinProgramForTest(t.system(), partner.id, 180);
    const pm = await user('pm');
    const approved = await pm.post(`/api/v1/deal-registrations/${created.body.id}/approve`);
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'approved', protectionDays: 180, expiresOn: addDays(today(), 180) });
    expect((await pm.post(`/api/v1/deal-registrations/${created.body.id}/approve`)).status).toBe(422);
    // The partner asks for more time; the owner grants it.
    const asked = await partnerUser.post(`/api/v1/deal-registrations/${created.body.id}/extension-request`, {
      until: addDays(today(), 240),
      reason: 'Budget moved to Q2',
    });
    expect(asked.body).toMatchObject({ extensionRequestedUntil: addDays(today(), 240), can: { requestExtension: false } });
    const tooFar = await pm.post(`/api/v1/deal-registrations/${created.body.id}/extend`, { expiresOn: addDays(today(), 600) });
    expect(tooFar.status).toBe(422);
    expect(tooFar.body.errors[0].path).toBe('expiresOn');
    const extended = await pm.post(`/api/v1/deal-registrations/${created.body.id}/extend`, { expiresOn: addDays(today(), 240) });
    expect(extended.body).toMatchObject({ expiresOn: addDays(today(), 240), extensionCount: 1, extensionRequestedUntil: null });
    const lost = await partnerUser.post(`/api/v1/deal-registrations/${created.body.id}/lost`, {
      reason: 'Went with a competitor',
    });
    expect(lost.body).toMatchObject({ status: 'lost', closeReason: 'Went with a competitor' });
    expect((await partnerUser.post(`/api/v1/deal-registrations/${created.body.id}/won`, {})).status).toBe(422);
    // Without a program the default (90 days) applies; rejection carries its reason.
    const other = await partnerWithPeople();
    const second = await other.user.post('/api/v1/deal-registrations', deal({ name: `Wayne ${uniq()}` }));
    const ok = await (await user('admin')).post(`/api/v1/deal-registrations/${second.body.id}/approve`);
    expect(ok.body.expiresOn).toBe(addDays(today(), 90));
    const won = await other.admin.post(`/api/v1/deal-registrations/${second.body.id}/won`, { note: 'Signed' });
    expect(won.body.status).toBe('won');
    const third = await other.user.post('/api/v1/deal-registrations', deal({ name: `Oscorp ${uniq()}` }));
    const noReason = await pm.post(`/api/v1/deal-registrations/${third.body.id}/reject`, {});
    expect(noReason.status).toBe(422);
    const rejected = await pm.post(`/api/v1/deal-registrations/${third.body.id}/reject`, { reason: 'Named account' });
    expect(rejected.body).toMatchObject({ status: 'rejected', rejectionReason: 'Named account' });
  });

  it('the SLA is configurable and overdue approvals show in the list filter and the summary', async () => {
    const admin = await user('admin');
    expect((await (await user('pm')).put('/api/v1/deal-registrations/settings', { approvalSlaHours: 1 })).status).toBe(403);
    const set = await admin.put('/api/v1/deal-registrations/settings', { approvalSlaHours: 1 });
    expect(set.body.approvalSlaHours).toBe(1);
    const { partner, user: partnerUser } = await partnerWithPeople();
    const created = await partnerUser.post('/api/v1/deal-registrations', deal({ name: `Overdue ${uniq()}` }));
    expect(new Date(created.body.approvalDueAt).getTime() - new Date(created.body.submittedAt).getTime()).toBe(3_600_000);
    await admin.put('/api/v1/deal-registrations/settings', { approvalSlaHours: 48 });
    // An hour later it is overdue: seen as the system at that moment.
    const { listDealRegistrations, dealRegistrationSummary } = await import(
      '../../src/modules/deal-registrations/deal-registrations.service.js'
    );
    const later = systemCtx(t.system().db, 'test', new Date(Date.now() + 2 * 3_600_000));
    const overdue = await listDealRegistrations(later, { limit: 50, sort: '-createdAt', overdue: true, partnerId: [partner.id] });
    expect(overdue.data.map((r) => r.id)).toEqual([created.body.id]);
    expect(overdue.data[0]?.approvalOverdue).toBe(true);
    expect((await dealRegistrationSummary(later, partner.id)).overdue).toBe(1);
    const now = await admin.get('/api/v1/deal-registrations', { query: { overdue: 'true', partnerId: partner.id } });
    expect(now.body.data).toEqual([]);
    // The hourly job tells the partner's owner once; a second run (or the next hour) tells nobody again.
    const { notifyOverdueApprovals } = await import('../../src/modules/deal-registrations/index.js');
    const pm = await user('pm');
    const overdueTitle = (x: string) => x.startsWith(`${created.body.number} `) && x.includes('past its approval SLA');
    expect(
      (await pm.get('/api/v1/me/notifications')).body.data.map((x: { title: string }) => x.title).filter(overdueTitle),
    ).toEqual([]);
    expect((await notifyOverdueApprovals(later)).notified).toBeGreaterThanOrEqual(1);
    expect((await notifyOverdueApprovals(later)).notified).toBe(0);
    const inbox = (await pm.get('/api/v1/me/notifications', { query: { limit: '100' } })).body.data.map(
      (x: { title: string }) => x.title,
    );
    expect(inbox.filter(overdueTitle)).toHaveLength(1);
  });

  it('a compliance block refuses the registration with a 422 naming why, and creates nothing', async () => {
    const admin = await user('admin');
    const before = await admin.get('/api/v1/compliance-requirements');
    await admin.put('/api/v1/compliance-requirements', {
      requirements: [{ type: 'soc2', required: true, blocks: ['deal_registration'], reminderDays: [30] }],
    });
    try {
      const { user: partnerUser } = await partnerWithPeople();
      const refused = await partnerUser.post('/api/v1/deal-registrations', deal({ name: `Blocked ${uniq()}` }));
      expect(refused.status).toBe(422);
      expect(refused.body.code).toBe('COMPLIANCE_BLOCKED');
      expect(refused.body.errors[0].path).toBe('partnerId');
      expect(refused.body.detail).toMatch(/deal registration is blocked/i);
      expect((await partnerUser.get('/api/v1/deal-registrations')).body.data).toEqual([]);
    } finally {
      await admin.put('/api/v1/compliance-requirements', { requirements: before.body.data });
    }
  });

  it('the daily job expires lapsed registrations and reminds the partner once per threshold (idempotent)', async () => {
    const { partner, user: partnerUser } = await partnerWithPeople();
    const created = await partnerUser.post('/api/v1/deal-registrations', deal({ name: `Expiring ${uniq()}` }));
    await (await user('pm')).post(`/api/v1/deal-registrations/${created.body.id}/approve`);
    const db = t.system().db;
    const at = (days: number) => systemCtx(db, 'deal job test', new Date(Date.now() + days * 86_400_000));
    // 80 days in: 10 days left, past the 14-day threshold.
    const first = await runDealRegistrationSchedule(at(80));
    expect(first.reminders).toBeGreaterThanOrEqual(1);
    const again = await runDealRegistrationSchedule(at(80));
    const inbox = await partnerUser.get('/api/v1/me/notifications');
    const reminders = inbox.body.data.filter(
      (x: { title: string }) => x.title.includes(created.body.number) && x.title.includes('protection ends'),
    );
    expect(reminders.length).toBe(1);
    expect(again.reminders).toBe(0);
    await runDealRegistrationSchedule(at(88));
    // Past the last protected day: expired, once.
    const expired = await runDealRegistrationSchedule(at(92));
    expect(expired.expired).toBeGreaterThanOrEqual(1);
    expect((await runDealRegistrationSchedule(at(92))).expired).toBe(0);
    const row = await partnerUser.get(`/api/v1/deal-registrations/${created.body.id}`);
    expect(row.body.status).toBe('expired');
    const titles = (await partnerUser.get('/api/v1/me/notifications')).body.data.map((x: { title: string }) => x.title);
    expect(titles.filter((x: string) => x.includes(created.body.number) && x.includes('protection ends')).length).toBe(2);
    expect(partner.id).toBeTruthy();
  });

  it('provides the deal metrics: active, won, days to first deal, joint pipeline in the reporting currency', async () => {
    const { partner, user: partnerUser } = await partnerWithPeople();
    const pm = await user('pm');
    const usd = await partnerUser.post('/api/v1/deal-registrations', deal({ name: `Metric ${uniq()}` }, { amount: 1_000_00 }));
    const eur = await partnerUser.post(
      '/api/v1/deal-registrations',
      deal({ name: `Metric ${uniq()}` }, { amount: 500_00, currency: 'EUR' }),
    );
    const won = await partnerUser.post('/api/v1/deal-registrations', deal({ name: `Metric ${uniq()}` }));
    for (const r of [usd, eur, won]) await pm.post(`/api/v1/deal-registrations/${r.body.id}/approve`);
    await partnerUser.post(`/api/v1/deal-registrations/${won.body.id}/won`, {});
    const rate = await (await user('admin')).put('/api/v1/fx-rates', {
      rates: [{ currency: 'EUR', date: addDays(today(), -1), rate: '1.1' }],
    });
    expect(rate.status, JSON.stringify(rate.body)).toBe(200);
    const metrics = await pm.get('/api/v1/metrics');
    const keys = metrics.body.data.map((m: { key: string }) => m.key);
    for (const key of [
      'deals.active_registrations',
      'deals.active',
      'deals.won_registrations',
      'deals.days_to_first_deal',
      'deals.joint_pipeline',
    ])
      expect(keys).toContain(key);
    expect(metrics.body.data.find((m: { key: string }) => m.key === 'deals.joint_pipeline').available).toBe(true);
    const { loadMetrics } = await import('../../src/server/module.js');
    const { withTx } = await import('../../src/db/scope.js');
    const all = await loadMetrics();
    const values = await withTx(t.system(), async (c) => {
      const out: Record<string, unknown> = {};
      for (const key of [
        'deals.active_registrations',
        'deals.active',
        'deals.won_registrations',
        'deals.days_to_first_deal',
        'deals.joint_pipeline',
      ])
        out[key] = (await all.get(key)?.compute(c, [partner.id], new Date(Date.now() + 1000)))?.get(partner.id) ?? null;
      return out;
    });
    expect(values).toEqual({
      'deals.active_registrations': 2,
      'deals.active': 2,
      'deals.won_registrations': 1,
      'deals.days_to_first_deal': 0,
      'deals.joint_pipeline': 1_000_00 + 550_00,
    });
  });
});
