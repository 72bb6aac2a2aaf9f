import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTx } from '../../src/db/scope.js';
import { loadMetrics } from '../../src/server/module.js';
import { type Client, createSeededApp, type SeededApp } from '../support/harness.js';
import { PASSWORD } from '../support/world.js';

let t: SeededApp;
const clients = new Map<string, Client>();
beforeAll(async () => {
  t = await createSeededApp({ env: { CONSORT_TRUST_PROXY: 'true' } });
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

function cookieOf(res: { headers: Record<string, unknown> }, name: string): string | null {
  const raw = res.headers['set-cookie'];
  const lines = (Array.isArray(raw) ? raw : raw ? [raw] : []) as string[];
  return lines.find((l) => l.startsWith(`${name}=`)) ?? null;
}

async function events(entityId: string): Promise<string[]> {
  const rows = await withTx(t.system(), (c) =>
    c.tx.execute(sql`select name from domain_events where entity_id = ${entityId} order by occurred_at, id`),
  );
  return (rows.rows as { name: string }[]).map((r) => r.name);
}

describe('referrals', () => {
  let key = '';
  let code = '';
  let linkId = '';

  it('admins set the cookie window, the allowed destinations and a tracking key shown once', async () => {
    const admin = await user('admin');
    const pm = await user('pm');
    expect((await pm.put('/api/v1/referrals/settings', { cookieDays: 30 })).status).toBe(403);
    const bad = await admin.put('/api/v1/referrals/settings', { allowedDomains: ['lumen.example', 'not a domain'] });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].path).toBe('allowedDomains.1');
    const zero = await admin.put('/api/v1/referrals/settings', { cookieDays: 0 });
    expect(zero.status).toBe(422);
    expect(zero.body.errors[0].path).toBe('cookieDays');
    const saved = await admin.put('/api/v1/referrals/settings', {
      cookieDays: 30,
      allowedDomains: ['Lumen.Example', 'example.com'],
    });
    expect(saved.status).toBe(200);
    expect(saved.body.allowedDomains).toEqual(['lumen.example', 'example.com']);
    const made = await admin.post('/api/v1/referrals/settings/tracking-key');
    expect(made.status).toBe(200);
    key = made.body.key;
    expect(key).toMatch(/^rk_[A-Za-z0-9_-]{32}$/);
    const read = await pm.get('/api/v1/referrals/settings');
    expect(read.body).toMatchObject({ cookieDays: 30, trackingKeyHint: key.slice(-4), can: { edit: false } });
    expect(JSON.stringify(read.body)).not.toContain(key);
    // The key never reaches the audit trail or the events.
    const audit = await withTx(t.system(), (c) =>
      c.tx.execute(
        sql`select 1 from audit_events where coalesce(after::text, $$$$) || coalesce(before::text, $$$$) like ${`%${key}%`}`,
      ),
    );
    expect(audit.rows).toHaveLength(0);
  });

  it('a partner’s admin makes links only to the vendor’s own pages, for its own company', async () => {
    const pa = await user('partnerAdminA');
    const pu = await user('partnerUserA');
    const created = await pa.post('/api/v1/referral-links', {
      destinationUrl: 'https://www.lumen.example/trial',
      label: 'Free trial',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ partnerId: t.world.partnerA.id, active: true, clicks: 0, can: { archive: true } });
    expect(created.body.url).toBe(`${t.config.publicUrl}/r/${created.body.code}`);
    code = created.body.code;
    linkId = created.body.id;
    expect(await events(linkId)).toEqual(['referral_link.created']);
    for (const destinationUrl of [
      'https://evil.example/',
      'https://lumen.example.evil.example/',
      'http://www.lumen.example/',
      'javascript:alert(1)',
      '//evil.example',
      'https://lumen.example@evil.example/',
    ]) {
      const refused = await pa.post('/api/v1/referral-links', { destinationUrl });
      expect(refused.status, destinationUrl).toBe(422);
      expect(refused.body.errors[0].path).toBe('destinationUrl');
    }
    const other = await pa.post('/api/v1/referral-links', {
      partnerId: t.world.partnerB.id,
      destinationUrl: 'https://lumen.example/',
    });
    expect(other.status).toBe(422);
    expect(other.body.errors[0].path).toBe('partnerId');
    expect((await pu.post('/api/v1/referral-links', { destinationUrl: 'https://lumen.example/' })).status).toBe(403);
    const taken = await (await user('pm')).post('/api/v1/referral-links', {
      partnerId: t.world.partnerB.id,
      destinationUrl: 'https://lumen.example/',
      code: code.toUpperCase(),
    });
    expect(taken.status).toBe(409);
    expect(taken.body.errors[0].path).toBe('code');
    const badCode = await pa.post('/api/v1/referral-links', { destinationUrl: 'https://lumen.example/', code: 'a/b\u0000c' });
    expect(badCode.status).toBeGreaterThanOrEqual(400);
    expect(badCode.status).toBeLessThan(500);
    // Nothing half-saved: A has exactly the one new link beside the world's.
    const mine = await pa.get('/api/v1/referral-links');
    expect(mine.body.data.filter((l: { label: string }) => l.label === 'Free trial')).toHaveLength(1);
  });

  let token = '';
  it('a click redirects with the referral cookie; a second visit keeps the first touch', async () => {
    const res = await t.request('GET', `/r/${code}`);
    expect(res.status).toBe(302);
    const location = new URL(String(res.headers.location));
    expect(location.origin + location.pathname).toBe('https://www.lumen.example/trial');
    token = location.searchParams.get('consort_ref') ?? '';
    expect(token.length).toBeGreaterThan(20);
    const cookie = cookieOf(res, 'consort_ref');
    expect(cookie).toContain(`consort_ref=${token}`);
    expect(cookie).toContain(`Max-Age=${30 * 86_400}`);
    // B's link visited later by the same browser: counted for B, but the cookie stays A's.
    const b = await (await user('partnerAdminB')).post('/api/v1/referral-links', { destinationUrl: 'https://lumen.example/' });
    const again = await t.request('GET', `/r/${b.body.code}`, { cookie: `consort_ref=${token}` });
    expect(again.status).toBe(302);
    expect(new URL(String(again.headers.location)).searchParams.get('consort_ref')).toBe(token);
    expect(cookieOf(again, 'consort_ref')).toBeNull();
    const links = await (await user('partnerAdminB')).get('/api/v1/referral-links');
    expect(links.body.data.find((l: { id: string }) => l.id === b.body.id).clicks).toBe(1);
    // Unknown codes, oversized and NUL codes are 4xx, never a redirect.
    expect((await t.request('GET', '/r/no-such-code')).status).toBe(404);
    for (const path of [`/r/${'x'.repeat(80)}`, '/r/abc%00def', '/r/%2F%2Fevil.example']) {
      const res = await t.request('GET', path);
      expect(res.status, path).toBeGreaterThanOrEqual(400);
      expect(res.status, path).toBeLessThan(500);
      expect(res.headers.location, path).toBeUndefined();
    }
  });

  it('the vendor’s site reports a sign-up: attributed to the cookie’s partner, the same answer for anything', async () => {
    const body = { key, ref: token, customer: { id: 'cust-1001', domain: 'initech.example' } };
    const res = await t.request('POST', '/api/v1/referrals/track/signup', { body });
    expect(res.status).toBe(202);
    expect(res.body).toEqual({ accepted: true });
    // A repeat changes nothing; an unknown ref answers exactly the same.
    expect((await t.request('POST', '/api/v1/referrals/track/signup', { body })).body).toEqual({ accepted: true });
    const unknown = await t.request('POST', '/api/v1/referrals/track/signup', {
      body: { key, ref: 'nobody', customer: { id: 'cust-x' } },
    });
    expect([unknown.status, unknown.body]).toEqual([202, { accepted: true }]);
    // A wrong key is 422 naming key; bad input is 4xx naming the field.
    const wrong = await t.request('POST', '/api/v1/referrals/track/signup', { body: { ...body, key: 'rk_wrong' } });
    expect(wrong.status).toBe(400);
    expect(wrong.body.detail).toMatch(/^key: /);
    const nul = await t.request('POST', '/api/v1/referrals/track/signup', { body: { ...body, customer: { id: 'a\u0000b' } } });
    expect(nul.status).toBeGreaterThanOrEqual(400);
    expect(nul.status).toBeLessThan(500);
    expect(nul.body.errors[0].path).toBe('customer.id');
    const big = await t.request('POST', '/api/v1/referrals/track/signup', { body: { ...body, ref: 'r'.repeat(5000) } });
    expect(big.status).toBe(422);
    expect(big.body.errors[0].path).toBe('ref');

    const a = await (await user('partnerUserA')).get('/api/v1/referral-conversions', { query: { kind: 'signup' } });
    const mine = a.body.data.find((r: { customerRef: string }) => r.customerRef === 'cust-1001');
    expect(mine).toMatchObject({ kind: 'signup', customerDomain: 'initech.example', via: 'click', linkCode: code });
    expect(await events(mine.id)).toEqual(['referral.signed_up']);
    const b = await (await user('partnerUserB')).get('/api/v1/referral-conversions');
    expect(b.body.data.some((r: { customerRef: string }) => r.customerRef === 'cust-1001')).toBe(false);
    expect(b.body.data.every((r: { partnerId: string }) => r.partnerId === t.world.partnerB.id)).toBe(true);
  });

  it('a click outside the cookie window credits nobody; a typed code does', async () => {
    const res = await t.request('GET', `/r/${code}`);
    const old = new URL(String(res.headers.location)).searchParams.get('consort_ref') ?? '';
    await withTx(t.system(), (c) =>
      c.tx.execute(sql`update referral_clicks set occurred_at = now() - interval '31 days' where token = ${old}`),
    );
    await t.request('POST', '/api/v1/referrals/track/signup', { body: { key, ref: old, customer: { id: 'cust-late' } } });
    await t.request('POST', '/api/v1/referrals/track/signup', {
      body: { key, code: code.toUpperCase(), customer: { id: 'cust-coded' } },
    });
    const admin = await user('admin');
    const list = await admin.get('/api/v1/referral-conversions', { query: { partnerId: t.world.partnerA.id } });
    const refs = list.body.data.map((r: { customerRef: string }) => r.customerRef);
    expect(refs).not.toContain('cust-late');
    expect(list.body.data.find((r: { customerRef: string }) => r.customerRef === 'cust-coded')?.via).toBe('code');
  });

  it('a paying customer accrues the partner’s program commission; finance approves it for the earnings ledger', async () => {
    const admin = await user('admin');
    const program = await admin.post('/api/v1/programs', {
      name: `Referral ${Date.now()}`,
      kind: 'referral',
      commercialModel: {
        model: 'hybrid',
        components: [
          { model: 'commission', ratePercent: 12.5 },
          { model: 'flat_fee', fee: { amount: 5000, currency: 'USD' }, per: 'deal' },
        ],
      },
    });
    expect(program.status).toBe(201);
    expect((await admin.post(`/api/v1/partners/${t.world.partnerA.id}/programs`, { programId: program.body.id })).status).toBe(
      201,
    );
    // No ref this time: the customer's sign-up already names the partner (first touch).
    const paid = await t.request('POST', '/api/v1/referrals/track/customer', {
      body: { key, customer: { id: 'cust-1001' }, amount: 120_000, currency: 'USD' },
    });
    expect(paid.status).toBe(202);
    const bad = await t.request('POST', '/api/v1/referrals/track/customer', {
      body: { key, customer: { id: 'cust-2' }, amount: 12.5, currency: 'usd' },
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['amount', 'currency']);

    const pa = await user('partnerAdminA');
    const commissions = await pa.get('/api/v1/referral-commissions', { query: { status: 'accrued' } });
    const row = commissions.body.data.find((r: { customerRef: string }) => r.customerRef === 'cust-1001');
    expect(row).toMatchObject({
      base: { amount: 120_000, currency: 'USD' },
      ratePercent: 12.5,
      commission: { amount: 15_000, currency: 'USD' },
      status: 'accrued',
      can: { approve: false },
    });
    expect(await events(row.id)).toEqual(['referral_commission.accrued']);
    expect((await pa.post(`/api/v1/referral-commissions/${row.id}/approve`)).status).toBe(403);
    const pb = await user('partnerAdminB');
    expect((await pb.get('/api/v1/referral-commissions')).body.data.some((r: { id: string }) => r.id === row.id)).toBe(false);
    const finance = await user('finance');
    const approved = await finance.post(`/api/v1/referral-commissions/${row.id}/approve`);
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe('approved');
    expect((await finance.post(`/api/v1/referral-commissions/${row.id}/approve`)).status).toBe(409);
    // Payment is not marked here: the earnings ledger's payout batch pays it (incentives.test.ts).
    expect(approved.body.can).toEqual({ approve: false });
    expect(await events(row.id)).toEqual(['referral_commission.accrued', 'referral_commission.approved']);

    const summary = await pa.get('/api/v1/referrals/summary');
    expect(summary.body.partners).toHaveLength(1);
    const figures = summary.body.partners[0];
    expect(figures.partnerId).toBe(t.world.partnerA.id);
    expect(figures.signups).toBeGreaterThanOrEqual(2);
    expect(figures.customers).toBeGreaterThanOrEqual(1);
    expect(figures.commissions).toContainEqual({ amount: 25_000, currency: 'USD' }); // the world's 10,000 + 15,000
    expect(summary.body.months).toHaveLength(12);
    const vendor = await (await user('executive')).get('/api/v1/referrals/summary');
    expect(vendor.body.partners.map((p: { partnerId: string }) => p.partnerId)).toEqual(
      expect.arrayContaining([t.world.partnerA.id, t.world.partnerB.id]),
    );

    const metrics = await loadMetrics();
    const now = new Date();
    const [clicks, customers] = await withTx(t.system(), async (c) => [
      await metrics.get('referrals.clicks_90d')!.compute(c, [t.world.partnerA.id], now),
      await metrics.get('referrals.customers')!.compute(c, [t.world.partnerA.id], now),
    ]);
    expect(clicks.get(t.world.partnerA.id)).toBeGreaterThanOrEqual(2);
    expect(customers.get(t.world.partnerA.id)).toBeGreaterThanOrEqual(2);
  });

  it('partners refer customers by hand; the leads module hears referral.submitted', async () => {
    const pu = await user('partnerUserA');
    const created = await pu.post('/api/v1/referral-submissions', {
      companyName: 'Globex Corporation',
      domain: 'https://www.Globex.example/about',
      contactName: 'Hank Scorpio',
      contactEmail: 'hank@globex.example',
      note: 'Moving off their old CRM in Q2.',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ partnerId: t.world.partnerA.id, domain: 'www.globex.example', status: 'submitted' });
    // (then referral.submission_linked, once the leads module made its lead)
    expect((await events(created.body.id))[0]).toBe('referral.submitted');
    // It becomes a lead in the vendor's queue, from the referral.
    const admin = await user('admin');
    let leads: { company: string; source: string; domain: string | null }[] = [];
    for (const deadline = Date.now() + 20_000; leads.length === 0 && Date.now() < deadline; ) {
      leads = (await admin.get('/api/v1/leads', { query: { q: 'Globex Corporation' } })).body.data;
      if (leads.length === 0) await new Promise((r) => setTimeout(r, 100));
    }
    expect(leads).toEqual([
      expect.objectContaining({ company: 'Globex Corporation', source: 'referral', domain: 'www.globex.example' }),
    ]);
    const bad = await pu.post('/api/v1/referral-submissions', { companyName: 'X', domain: 'not a domain' });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].path).toBe('domain');
    expect((await pu.post('/api/v1/referral-submissions', { companyName: '' })).status).toBe(422);
    const b = await user('partnerUserB');
    expect((await b.get('/api/v1/referral-submissions')).body.data.some((s: { id: string }) => s.id === created.body.id)).toBe(
      false,
    );
    // B cannot archive A's link: exactly a missing one.
    const theirs = await (await user('partnerAdminB')).post(`/api/v1/referral-links/${linkId}/archive`);
    expect(theirs.status).toBe(404);
    const archived = await (await user('partnerAdminA')).post(`/api/v1/referral-links/${linkId}/archive`);
    expect(archived.body.active).toBe(false);
    expect((await t.request('GET', `/r/${code}`)).status).toBe(404);
  });
  it('a submitted referral’s status follows its lead: accepted, converted, rejected when disqualified', async () => {
    const pu = await user('partnerUserA');
    const pa = await user('partnerAdminA');
    const admin = await user('admin');
    const stamp = Date.now().toString(36);
    const submissionOf = async (id: string) =>
      ((await pu.get('/api/v1/referral-submissions')).body.data as { id: string; status: string; leadId: string | null }[]).find(
        (s) => s.id === id,
      );
    async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, what: string): Promise<T> {
      for (const deadline = Date.now() + 20_000; Date.now() < deadline; ) {
        const v = await read();
        if (ok(v)) return v;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`never happened: ${what}`);
    }
    const submit = async (companyName: string) => {
      const res = await pu.post('/api/v1/referral-submissions', { companyName, contactName: 'Ann Buyer' });
      expect(res.status).toBe(201);
      const sub = await until(
        () => submissionOf(res.body.id),
        (s) => !!s?.leadId,
        `${companyName} became a lead`,
      );
      const lead = (await admin.get(`/api/v1/leads/${sub?.leadId}`)).body;
      expect(lead).toMatchObject({ company: companyName, source: 'referral', origin: { kind: 'referral', id: res.body.id } });
      expect(sub?.status).toBe('submitted');
      return { id: res.body.id as string, leadId: lead.id as string };
    };

    const won = await submit(`Initech ${stamp}`);
    const assigned = await admin.post(`/api/v1/leads/${won.leadId}/assign`, {
      partnerId: t.world.partnerA.id,
      reason: 'Their referral',
    });
    expect(assigned.status, JSON.stringify(assigned.body)).toBe(200);
    expect(await submissionOf(won.id)).toMatchObject({ status: 'submitted' });
    expect((await pa.post(`/api/v1/leads/${won.leadId}/accept`)).status).toBe(200);
    await until(
      () => submissionOf(won.id),
      (s) => s?.status === 'accepted',
      'accepted with its lead',
    );
    expect((await pa.post(`/api/v1/leads/${won.leadId}/convert`, {})).status).toBe(200);
    await until(
      () => submissionOf(won.id),
      (s) => s?.status === 'converted',
      'converted with its lead',
    );
    expect(await events(won.id)).toEqual([
      'referral.submitted',
      'referral.submission_linked',
      'referral.submission_accepted',
      'referral.submission_converted',
    ]);

    const lost = await submit(`Vandelay ${stamp}`);
    expect((await admin.post(`/api/v1/leads/${lost.leadId}/disqualify`, { reason: 'No budget' })).status).toBe(200);
    await until(
      () => submissionOf(lost.id),
      (s) => s?.status === 'rejected',
      'rejected with its lead',
    );
  });
  it('imports referral submissions on partners’ behalf: each one submitted and made a lead; bad cells write nothing', async () => {
    const pm = await user('pm');
    const stamp = Date.now().toString(36);
    const postCsv = (csv: string) =>
      t.request('POST', '/api/v1/imports/referral-submissions', {
        cookie: pm.cookie,
        query: { dryRun: 'false' },
        headers: { 'content-type': 'text/csv', 'x-csrf-token': pm.csrfToken },
        body: csv,
      });
    const refused = await postCsv(
      [
        'Partner,Company,Website,Email',
        `nobody-${stamp},Acme ${stamp},acme-${stamp}.example,`,
        `${t.world.partnerA.id},Acme ${stamp},not a domain!,`,
        `${t.world.partnerA.id},Acme ${stamp},,not-an-email`,
      ].join('\n'),
    );
    expect(refused.status).toBe(422);
    expect(refused.body.errors.map((e: { row: number; column: string }) => `${e.row}:${e.column}`).sort()).toEqual([
      '2:partner',
      '3:domain',
      '4:contactEmail',
    ]);
    const done = await postCsv(
      [
        'Partner ID,Company,Website,Contact name,Email,Notes',
        `${t.world.partnerA.id},Tyrell ${stamp},tyrell-${stamp}.example,Eldon Tyrell,eldon@tyrell-${stamp}.example,Wants a pilot`,
        `${t.world.partnerA.id},Cyberdyne ${stamp},,Miles Dyson,,`,
      ].join('\n'),
    );
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    const mine = (await (await user('partnerUserA')).get('/api/v1/referral-submissions')).body.data as {
      companyName: string;
      status: string;
      domain: string | null;
    }[];
    expect(
      mine
        .filter((x) => x.companyName.endsWith(stamp))
        .map((x) => [x.companyName, x.domain, x.status])
        .sort(),
    ).toEqual([
      [`Cyberdyne ${stamp}`, null, 'submitted'],
      [`Tyrell ${stamp}`, `tyrell-${stamp}.example`, 'submitted'],
    ]);
    // Each one becomes a lead in the vendor's queue, like a referral submitted in the portal.
    const admin = await user('admin');
    let leads: { company: string }[] = [];
    for (const deadline = Date.now() + 20_000; leads.length < 2 && Date.now() < deadline; ) {
      leads = (await admin.get('/api/v1/leads', { query: { q: stamp } })).body.data;
      if (leads.length < 2) await new Promise((r) => setTimeout(r, 100));
    }
    expect(leads.map((l) => l.company).sort()).toEqual([`Cyberdyne ${stamp}`, `Tyrell ${stamp}`]);
  });

  it('a partner’s admin imports its own company’s referrals in the portal; another partner named answers like a missing one; the user may not', async () => {
    const stamp = `p${Date.now().toString(36)}`;
    const adminA = await user('partnerAdminA');
    const send = (client: Client, csv: string) =>
      t.request('POST', '/api/v1/imports/referral-submissions', {
        cookie: client.cookie,
        query: { dryRun: 'false' },
        headers: { 'content-type': 'text/csv', 'x-csrf-token': client.csrfToken },
        body: csv,
      });
    const header = 'Partner ID,Company,Website,Email';
    const otherPartner = await send(adminA, `${header}\n${t.world.partnerB.id},Other ${stamp},,\n`);
    const missing = await send(adminA, `${header}\n00000000-0000-4000-8000-000000000000,Other ${stamp},,\n`);
    expect(otherPartner.status).toBe(422);
    expect(otherPartner.body.errors.map((e: { row: number; column: string }) => `${e.row}:${e.column}`)).toEqual(['2:partner']);
    expect(otherPartner.body.errors[0].message.replace(t.world.partnerB.id, 'X')).toBe(
      missing.body.errors[0].message.replace('00000000-0000-4000-8000-000000000000', 'X'),
    );
    expect((await send(await user('partnerUserA'), `Company\nUser ${stamp}\n`)).status).toBe(403);

    const done = await send(
      adminA,
      `Company,Website,Contact name,Email\nWeyland ${stamp},weyland-${stamp}.example,Peter Weyland,pw@weyland-${stamp}.example\nYutani ${stamp},,,\n`,
    );
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    const named = await send(adminA, `${header}\n${t.world.partnerA.id},Named ${stamp},,\n`);
    expect(named.status, JSON.stringify(named.body)).toBe(200);
    const mine = (await adminA.get('/api/v1/referral-submissions')).body.data as { companyName: string; partnerId: string }[];
    expect(
      mine
        .filter((x) => x.companyName.endsWith(stamp))
        .map((x) => [x.companyName, x.partnerId])
        .sort(),
    ).toEqual([
      [`Named ${stamp}`, t.world.partnerA.id],
      [`Weyland ${stamp}`, t.world.partnerA.id],
      [`Yutani ${stamp}`, t.world.partnerA.id],
    ]);
    // Partner B sees none of them.
    const theirs = (await (await user('partnerAdminB')).get('/api/v1/referral-submissions')).body.data as {
      companyName: string;
    }[];
    expect(theirs.filter((x) => x.companyName.endsWith(stamp))).toEqual([]);
    // The cap: a file of more than 500 rows is refused whole.
    const big = ['Company', ...Array.from({ length: 501 }, (_, i) => `Bulk ${i} ${stamp}`)].join('\n');
    const refused = await send(adminA, big);
    expect(refused.status).toBe(422);
    expect(refused.body.errors[0]).toMatchObject({ row: 502, column: 'company' });
    const after = (await adminA.get('/api/v1/referral-submissions', { query: { limit: 200 } })).body.data as {
      companyName: string;
    }[];
    expect(after.some((x) => x.companyName.startsWith('Bulk '))).toBe(false);
  });

  it('a flood of tracking calls from one address is refused with 429 problem+json and Retry-After; other addresses go on; a flood of clicks still redirects, uncounted', async () => {
    const flooder = '198.51.100.77';
    const track = (kind: 'signup' | 'customer', ip: string, id: string, ref?: string) =>
      t.request('POST', `/api/v1/referrals/track/${kind}`, {
        headers: { 'x-forwarded-for': ip },
        body: kind === 'signup' ? { key, ref, customer: { id } } : { key, ref, customer: { id }, amount: 1000, currency: 'USD' },
      });
    // 600 calls an hour from one address are allowed (sign-ups and payments count together).
    for (let batch = 0; batch < 600; batch += 50) {
      const answers = await Promise.all(
        Array.from({ length: 50 }, (_, i) => track(i % 2 ? 'signup' : 'customer', flooder, `flood-${batch + i}`)),
      );
      expect(answers.map((r) => r.status)).toEqual(Array(50).fill(202));
    }
    for (const kind of ['signup', 'customer'] as const) {
      const refused = await track(kind, flooder, `flood-over-${kind}`, token);
      expect(refused.status).toBe(429);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(refused.body).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
      const retryAfter = Number(refused.headers['retry-after']);
      expect(retryAfter).toBeGreaterThan(3000);
      expect(retryAfter).toBeLessThanOrEqual(3600);
    }
    // The refused call wrote nothing; another address is not held back.
    const over = await withTx(t.system(), (c) =>
      c.tx.execute(sql`select count(*)::int as n from referral_conversions where customer_ref like 'flood-over-%'`),
    );
    expect((over.rows[0] as { n: number }).n).toBe(0);
    expect((await track('signup', '198.51.100.78', 'flood-elsewhere', token)).status).toBe(202);
    const elsewhere = await withTx(t.system(), (c) =>
      c.tx.execute(sql`select count(*)::int as n from referral_conversions where customer_ref = 'flood-elsewhere'`),
    );
    expect((elsewhere.rows[0] as { n: number }).n).toBe(1);

    // Clicks: beyond 120 an hour from one address the visitor is still sent on, but not counted.
    const clicker = '198.51.100.90';
    const fresh = await (await user('partnerAdminA')).post('/api/v1/referral-links', {
      destinationUrl: 'https://lumen.example/',
    });
    expect(fresh.status).toBe(201);
    const freshCode = fresh.body.code as string;
    const clicks = async () =>
      (
        (
          await withTx(t.system(), (c) =>
            c.tx.execute(
              sql`select count(*)::int as n from referral_clicks c join referral_links l on l.id = c.link_id where l.code = ${freshCode}`,
            ),
          )
        ).rows[0] as { n: number }
      ).n;
    const before = await clicks();
    for (let batch = 0; batch < 125; batch += 25) {
      const answers = await Promise.all(
        Array.from({ length: 25 }, () => t.request('GET', `/r/${freshCode}`, { headers: { 'x-forwarded-for': clicker } })),
      );
      expect(answers.map((r) => r.status)).toEqual(Array(25).fill(302));
    }
    expect((await clicks()) - before).toBe(120);
  });
});
