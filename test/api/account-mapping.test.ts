import { ristretto255 } from '@noble/curves/ed25519.js';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTx } from '../../src/db/scope.js';
import { blind, browserDomainKey, intersect, newBlindingKey } from '../../src/shared/psi.js';
import { type Client, createSeededApp, type SeededApp } from '../support/harness.js';
import { makePartner, makeUser, PASSWORD } from '../support/world.js';

let t: SeededApp;
beforeAll(async () => {
  t = await createSeededApp();
});
afterAll(async () => t?.close());

const u = `${Date.now().toString(36)}`;
const d = (name: string) => `${name}-${u}.example`;

async function upload(client: Client, kind: string, csv: string) {
  return t.request('POST', `/api/v1/imports/${kind}`, {
    cookie: client.cookie,
    query: { dryRun: 'false' },
    headers: { 'content-type': 'text/csv', 'x-csrf-token': client.csrfToken },
    body: csv,
  });
}

async function partnerWithPeople(ownerId: string) {
  const partner = await makePartner(t.system(), ownerId);
  const adminUser = await makeUser(t.system(), 'partner_admin', partner.id);
  const plainUser = await makeUser(t.system(), 'partner_user', partner.id);
  return {
    partner,
    admin: await t.login(adminUser.email, PASSWORD),
    user: await t.login(plainUser.email, PASSWORD),
  };
}

const cell = (
  m: { matrix: { vendorPopulation: string; partnerPopulation: string; count: number | null }[] },
  v: string,
  p: string,
) => m.matrix.find((c) => c.vendorPopulation === v && c.partnerPopulation === p)?.count;

/** Everything the database holds as text that a partner's input could have reached. */
async function storedText(): Promise<string> {
  const res = await withTx(t.system(), (c) =>
    c.tx.execute<{ all: string }>(sql`
      SELECT concat_ws(' ',
        (SELECT string_agg(concat_ws(' ', name, domain, name_key, domain_key), ' ') FROM partner_mapping_accounts),
        (SELECT string_agg(concat_ws(' ', before::text, after::text, summary), ' ') FROM audit_events),
        (SELECT string_agg(data::text, ' ') FROM domain_events),
        (SELECT string_agg(to_jsonb(m)::text, ' ') FROM account_mapping_private_matches m)) AS all`),
  );
  return res.rows[0]?.all ?? '';
}

describe('account mapping', () => {
  let admin: Client;
  let pm: Client;
  let pm2: Client;
  let p: Awaited<ReturnType<typeof partnerWithPeople>>;

  beforeAll(async () => {
    admin = await t.login(t.world.users.admin.email, PASSWORD);
    pm = await t.login(t.world.users.pm.email, PASSWORD);
    pm2 = await t.login(t.world.users.pm2.email, PASSWORD);
    p = await partnerWithPeople(t.world.users.pm.id);
    const vendor = await upload(
      pm,
      'vendor-accounts',
      [
        'Account Name,Website,Type',
        `Alpha Corp,https://www.${d('alpha')}/,Customer`,
        `Beta Inc,${d('beta')},customers`,
        `Gamma ${u} GmbH,,customer`,
        `Delta LLC,${d('delta')},prospect`,
        `Epsilon Vendor Only,${d('epsilon')},opportunity`,
      ].join('\n'),
    );
    expect(vendor.status, JSON.stringify(vendor.body)).toBe(200);
    const partnerList = await upload(
      p.admin,
      'partner-accounts',
      [
        'Name,Domain,Population,Industry',
        `Alpha Corporation,${d('ALPHA')},customer,Retail`,
        `Beta,${d('beta')},prospect,`,
        `Gamma ${u},,customer,Energy`,
        `Delta,sales@${d('delta')},customer,`,
        `Zeta Partner Only,${d('zeta')},opportunity,`,
      ].join('\n'),
    );
    expect(partnerList.status, JSON.stringify(partnerList.body)).toBe(200);
  });

  it('nothing is shared until a side chooses: each side sees only its own lists, no cell, no row', async () => {
    const asPartner = (await p.user.get(`/api/v1/partners/${p.partner.id}/account-mapping`)).body;
    expect(asPartner.viewer).toBe('partner');
    expect(asPartner.lists).toEqual({
      vendor: { customer: null, prospect: null, opportunity: null },
      partner: { customer: 3, prospect: 1, opportunity: 1 },
    });
    expect(asPartner.matrix.every((c: { count: number | null }) => c.count === null)).toBe(true);
    expect(asPartner.overlapTotal).toBeNull();
    const asVendor = (await pm.get(`/api/v1/partners/${p.partner.id}/account-mapping`)).body;
    expect(asVendor.lists.partner).toEqual({ customer: null, prospect: null, opportunity: null });
    expect(asVendor.lists.vendor.customer).toBeGreaterThanOrEqual(3);
    expect((await p.user.get(`/api/v1/partners/${p.partner.id}/account-mapping/overlaps`)).body.data).toEqual([]);
    expect((await pm.get(`/api/v1/partners/${p.partner.id}/account-mapping/overlaps`)).body.data).toEqual([]);
  });

  it('each side sets only its own sharing: the partner’s manager and admin yes, another manager and a partner user no', async () => {
    const url = `/api/v1/partners/${p.partner.id}/account-mapping/sharing`;
    expect((await pm2.put(url, { customer: 'full' })).status).toBe(403);
    expect((await p.user.put(url, { customer: 'full' })).status).toBe(403);
    const vendorSide = await pm.put(url, { customer: 'overlap', prospect: 'counts' });
    expect(vendorSide.status).toBe(200);
    expect(vendorSide.body.sharing.vendor).toEqual({ customer: 'overlap', prospect: 'counts', opportunity: 'hidden' });
    const partnerSide = await p.admin.put(url, { customer: 'full', prospect: 'hidden' });
    expect(partnerSide.body.sharing).toEqual({
      vendor: { customer: 'overlap', prospect: 'counts', opportunity: 'hidden' },
      partner: { customer: 'full', prospect: 'hidden', opportunity: 'hidden' },
    });
    const bad = await p.admin.put(url, { customer: 'everything' });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].path).toBe('customer');
    // Audited, with an event naming the side.
    const events = await withTx(t.system(), (c) =>
      c.tx.execute<{ data: { side: string } }>(
        sql`SELECT data FROM domain_events WHERE name = 'account_mapping.sharing_changed' AND partner_id = ${p.partner.id}::uuid`,
      ),
    );
    expect(events.rows.map((r) => r.data.side).sort()).toEqual(['partner', 'vendor']);
  });

  it('the partner sees the matrix and overlap rows of the vendor populations shared with it, nothing else (API and export)', async () => {
    const m = (await p.user.get(`/api/v1/partners/${p.partner.id}/account-mapping`)).body;
    // Vendor customers (overlap): Alpha (domain, normalised), Gamma (name, no domain) × partner customers; Beta × partner prospects.
    expect(cell(m, 'customer', 'customer')).toBe(2);
    expect(cell(m, 'customer', 'prospect')).toBe(1);
    // Vendor prospects (counts only): Delta's count, but not its row.
    expect(cell(m, 'prospect', 'customer')).toBe(1);
    expect(cell(m, 'opportunity', 'opportunity')).toBeNull();
    expect(m.lists.vendor).toMatchObject({ prospect: expect.any(Number), opportunity: null });
    const rows = (await p.user.get(`/api/v1/partners/${p.partner.id}/account-mapping/overlaps`)).body.data;
    expect(rows.map((r: { vendorName: string; partnerName: string }) => `${r.vendorName} ~ ${r.partnerName}`).sort()).toEqual([
      'Alpha Corp ~ Alpha Corporation',
      'Beta Inc ~ Beta',
      `Gamma ${u} GmbH ~ Gamma ${u}`,
    ]);
    expect(rows.find((r: { partnerName: string }) => r.partnerName === `Gamma ${u}`).matchedOn).toBe('name');
    const csv = await p.user.get(`/api/v1/partners/${p.partner.id}/account-mapping/overlaps/export`, {
      query: { format: 'csv' },
    });
    expect(csv.status).toBe(200);
    expect(csv.raw.body).toContain('Alpha Corp');
    expect(csv.raw.body).not.toContain('Delta LLC');
    expect(csv.raw.body).not.toContain(d('epsilon'));
    // The vendor's customers are shared as overlap, not in full: no list.
    const list = await p.user.get(`/api/v1/partners/${p.partner.id}/account-mapping/accounts`, {
      query: { side: 'vendor', population: 'customer' },
    });
    expect(list.body.data).toEqual([]);
    const listExport = await p.user.get(`/api/v1/partners/${p.partner.id}/account-mapping/accounts/export`, {
      query: { format: 'csv', side: 'vendor', population: 'prospect' },
    });
    expect(listExport.raw.body).not.toContain('Delta');
    // Asking for a population by filter changes nothing.
    const prospects = await p.user.get(`/api/v1/partners/${p.partner.id}/account-mapping/overlaps`, {
      query: { vendorPopulation: 'prospect' },
    });
    expect(prospects.body.data).toEqual([]);
  });

  it('the vendor sees the partner populations the partner shares: customers in full, prospects not at all (API and export)', async () => {
    const m = (await pm.get(`/api/v1/partners/${p.partner.id}/account-mapping`)).body;
    expect(m.lists.partner).toEqual({ customer: 3, prospect: null, opportunity: null });
    expect(cell(m, 'customer', 'customer')).toBe(2);
    expect(cell(m, 'customer', 'prospect')).toBeNull();
    expect(cell(m, 'prospect', 'customer')).toBe(1);
    const rows = (await admin.get(`/api/v1/partners/${p.partner.id}/account-mapping/overlaps`)).body.data;
    expect(rows.map((r: { partnerName: string }) => r.partnerName).sort()).toEqual(['Alpha Corporation', 'Delta', `Gamma ${u}`]);
    const list = await pm2.get(`/api/v1/partners/${p.partner.id}/account-mapping/accounts`, {
      query: { side: 'partner', population: 'customer', limit: '2' },
    });
    expect(list.body.data).toHaveLength(2);
    const next = await pm2.get(`/api/v1/partners/${p.partner.id}/account-mapping/accounts`, {
      query: { side: 'partner', population: 'customer', limit: '2', cursor: list.body.nextCursor },
    });
    expect([...list.body.data, ...next.body.data].map((a: { name: string }) => a.name)).toEqual([
      'Alpha Corporation',
      'Delta',
      `Gamma ${u}`,
    ]);
    // Domains as people read them: "ALPHA…" and "sales@delta…" were uploaded.
    expect([...list.body.data, ...next.body.data].map((a: { domain: string | null }) => a.domain)).toEqual([
      d('alpha'),
      d('delta'),
      null,
    ]);
    expect(
      (
        await admin.get(`/api/v1/partners/${p.partner.id}/account-mapping/accounts`, {
          query: { side: 'partner', population: 'prospect' },
        })
      ).body.data,
    ).toEqual([]);
    const csv = await admin.get(`/api/v1/partners/${p.partner.id}/account-mapping/overlaps/export`, { query: { format: 'csv' } });
    expect(csv.raw.body).toContain('Alpha Corporation');
    expect(csv.raw.body).not.toContain(d('beta'));
    expect(csv.raw.body).not.toContain('Zeta');
    const portfolio = (await pm.get('/api/v1/account-mapping')).body;
    expect(portfolio.data.find((r: { partnerId: string }) => r.partnerId === p.partner.id)).toMatchObject({
      partnerAccounts: 3,
      overlaps: 3,
      customerOverlaps: 2,
    });
  });

  it("another partner's people get the 404 of a missing partner; finance does not read mappings", async () => {
    const other = await t.login(t.world.users.partnerAdminB.email, PASSWORD);
    const res = await other.get(`/api/v1/partners/${p.partner.id}/account-mapping`);
    expect(res.status).toBe(404);
    expect((await other.get(`/api/v1/partners/${p.partner.id}/account-mapping/overlaps`)).status).toBe(404);
    const finance = await t.login(t.world.users.finance.email, PASSWORD);
    expect((await finance.get(`/api/v1/partners/${p.partner.id}/account-mapping`)).status).toBe(403);
  });

  it('a re-upload replaces the populations it holds; bad rows are refused by row and column with nothing saved', async () => {
    const bad = await upload(
      p.admin,
      'partner-accounts',
      `Name,Domain,Population\nOmega,${d('omega')},partner\n!!!,,customer\nX,not a domain,customer\n`,
    );
    expect(bad.status).toBe(422);
    expect(bad.body.errors).toMatchObject([
      { row: 2, column: 'population', message: 'must be one of customer, prospect, opportunity' },
      { row: 3, column: 'name', message: 'must contain letters or digits' },
      { row: 4, column: 'domain', message: 'must be a domain such as acme.com' },
    ]);
    const again = await upload(p.admin, 'partner-accounts', `Name,Domain,Population\nZeta Two,${d('zeta2')},opportunity\n`);
    expect(again.status).toBe(200);
    const m = (await p.admin.get(`/api/v1/partners/${p.partner.id}/account-mapping`)).body;
    expect(m.lists.partner).toEqual({ customer: 3, prospect: 1, opportunity: 1 });
    // Vendor staff upload no partner's list.
    expect((await upload(pm, 'partner-accounts', 'Name,Population\nX,customer\n')).status).toBe(403);
  });

  it('private match: the partner learns the overlap, the server never sees the rest, and only the overlap can be revealed', async () => {
    const q = await partnerWithPeople(t.world.users.pm2.id);
    const url = `/api/v1/partners/${q.partner.id}/account-mapping`;
    // The vendor shares customers for matching, keeps prospects to counts.
    await pm2.put(`${url}/sharing`, { customer: 'overlap', prospect: 'counts' });
    await q.admin.put(`${url}/sharing`, { customer: 'counts' });
    const mine = [
      { domain: `https://${d('alpha').toUpperCase()}/`, population: 'customer' },
      { domain: d('delta'), population: 'customer' }, // a vendor prospect: not shared for matching
      { domain: d('secret-q'), population: 'prospect' },
    ];
    const a = newBlindingKey();
    const keys = mine.map((m) => browserDomainKey(m.domain) as string);
    const sent = keys.map((k) => blind(k, a));
    const bad = await q.admin.post(`${url}/private-match`, { items: [...sent, 'not-a-point'] });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].path).toBe('items.3');
    expect((await q.user.post(`${url}/private-match`, { items: sent })).status).toBe(403);
    const answer = await q.admin.post(`${url}/private-match`, { items: sent });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(answer.body.items).toHaveLength(3);
    expect(new Set(answer.body.vendor.map((v: { population: string }) => v.population))).toEqual(new Set(['customer']));
    const found = intersect(
      keys.map((key, i) => ({ key, reblinded: answer.body.items[i] })),
      answer.body.vendor.map((v: { value: string; population: string }) => ({ value: v.value, tag: v.population })),
      a,
    );
    expect(found).toEqual([{ key: d('alpha'), tags: ['customer'] }]);
    // Nothing of the partner's list reached the database in the clear.
    expect(await storedText()).not.toContain(d('secret-q'));
    // Revealing anything outside the overlap is refused, and nothing is saved.
    const sneaky = await q.admin.post(`${url}/private-match/reveal`, {
      matchId: answer.body.matchId,
      accounts: [
        { domain: d('alpha'), population: 'customer' },
        { domain: d('delta'), population: 'customer' },
      ],
    });
    expect(sneaky.status).toBe(422);
    expect(sneaky.body.errors).toEqual([{ path: 'accounts.1.domain', message: 'is not in the overlap of the private match' }]);
    expect((await q.admin.get(url)).body.lists.partner.customer).toBe(0);
    const revealed = await q.admin.post(`${url}/private-match/reveal`, {
      matchId: answer.body.matchId,
      accounts: [{ domain: d('alpha'), population: 'customer' }],
    });
    expect(revealed.status).toBe(200);
    expect(revealed.body.privateMatch).toMatchObject({ submitted: 3, revealed: 1 });
    // The vendor now counts the revealed overlap (the partner shares customers as counts), no rows.
    const vendorView = (await pm2.get(url)).body;
    expect(cell(vendorView, 'customer', 'customer')).toBe(1);
    expect((await pm2.get(`${url}/overlaps`)).body.data).toEqual([]);
    expect(await storedText()).not.toContain(d('secret-q'));
    // The vendor's list has no cap: it comes a page at a time, the partner's chunks or none alongside.
    const b = newBlindingKey();
    const paged = await q.admin.post(`${url}/private-match`, { items: keys.map((k) => blind(k, b)), vendorLimit: 1 });
    expect(paged.status, JSON.stringify(paged.body)).toBe(200);
    expect(paged.body.vendor).toHaveLength(1);
    expect(paged.body.vendorTotal).toBe(answer.body.vendor.length);
    expect(paged.body.vendorNext).toBe(answer.body.vendor.length > 1 ? 1 : null);
    const vendorValues = [...paged.body.vendor];
    for (let next = paged.body.vendorNext; next !== null; ) {
      const page = await q.admin.post(`${url}/private-match`, {
        items: [],
        matchId: paged.body.matchId,
        vendorFrom: next,
        vendorLimit: 1,
      });
      expect(page.status, JSON.stringify(page.body)).toBe(200);
      expect(page.body.vendor).toHaveLength(1);
      vendorValues.push(...page.body.vendor);
      next = page.body.vendorNext;
    }
    expect(new Set(vendorValues.map((v) => v.value)).size).toBe(answer.body.vendor.length);
    expect(
      intersect(
        keys.map((key, i) => ({ key, reblinded: paged.body.items[i] })),
        vendorValues.map((v: { value: string; population: string }) => ({ value: v.value, tag: v.population })),
        b,
      ),
    ).toEqual([{ key: d('alpha'), tags: ['customer'] }]);
    // A page beyond the end is empty, and a bad page is named.
    const past = await q.admin.post(`${url}/private-match`, { items: [], matchId: paged.body.matchId, vendorFrom: 10_000 });
    expect(past.body).toMatchObject({ vendor: [], vendorNext: null, vendorTotal: answer.body.vendor.length });
    const badPage = await q.admin.post(`${url}/private-match`, { items: [], matchId: paged.body.matchId, vendorLimit: 0 });
    expect(badPage.status).toBe(422);
    expect(badPage.body.errors[0].path).toBe('vendorLimit');
    // A partner's admin clears its list.
    const cleared = await q.admin.delete(`${url}/accounts`);
    expect(cleared.body.lists.partner.customer).toBe(0);
  });

  it('private match beyond one request: a list longer than 10,000 domains goes in chunks, blinded alike, the overlap found in the last', async () => {
    const q = await partnerWithPeople(t.world.users.pm2.id);
    const url = `/api/v1/partners/${q.partner.id}/account-mapping`;
    await pm2.put(`${url}/sharing`, { customer: 'overlap' });
    const a = newBlindingKey();
    // 10,499 other domains (valid blinded points, made cheaply by adding the base point) and Alpha last.
    let point = ristretto255.Point.BASE.multiply(7919n);
    const filler = Array.from({ length: 10_499 }, () => {
      point = point.add(ristretto255.Point.BASE);
      return Buffer.from(point.toBytes()).toString('base64url');
    });
    const sent = [...filler, blind(d('alpha'), a)];
    const tooBig = await q.admin.post(`${url}/private-match`, { items: sent.slice(0, 5_001) });
    expect(tooBig.status).toBe(422);
    expect(tooBig.body.errors[0].path).toBe('items');
    const first = await q.admin.post(`${url}/private-match`, { items: sent.slice(0, 5_000) });
    expect(first.status, JSON.stringify(first.body).slice(0, 500)).toBe(200);
    expect(first.body).toMatchObject({ submitted: 5_000 });
    expect(first.body.vendor.length).toBeGreaterThan(0);
    // A later chunk names the run; another partner's run or a made-up one is refused.
    const other = await partnerWithPeople(t.world.users.pm2.id);
    const foreign = await other.admin.post(`/api/v1/partners/${other.partner.id}/account-mapping/private-match`, {
      items: sent.slice(0, 1),
      matchId: first.body.matchId,
    });
    expect(foreign.status).toBe(422);
    expect(foreign.body.errors[0].path).toBe('matchId');
    const answers: string[] = [...first.body.items];
    for (const from of [5_000, 10_000]) {
      const next = await q.admin.post(`${url}/private-match`, {
        items: sent.slice(from, from + 5_000),
        matchId: first.body.matchId,
      });
      expect(next.status, JSON.stringify(next.body).slice(0, 500)).toBe(200);
      expect(next.body.vendor).toEqual([]);
      answers.push(...next.body.items);
    }
    expect(answers).toHaveLength(10_500);
    const found = intersect(
      [{ key: d('alpha'), reblinded: answers[10_499] as string }],
      first.body.vendor.map((v: { value: string; population: string }) => ({ value: v.value, tag: v.population })),
      a,
    );
    expect(found).toEqual([{ key: d('alpha'), tags: ['customer'] }]);
    const mapping = (await q.admin.get(url)).body;
    expect(mapping.privateMatch).toMatchObject({ submitted: 10_500, revealed: null });
    // Revealed, the run takes no more chunks.
    await q.admin.post(`${url}/private-match/reveal`, {
      matchId: first.body.matchId,
      accounts: [{ domain: d('alpha'), population: 'customer' }],
    });
    const late = await q.admin.post(`${url}/private-match`, { items: sent.slice(0, 1), matchId: first.body.matchId });
    expect(late.status).toBe(422);
  }, 300_000);

  it('a company both uploaded and synced from the pipeline counts once: vendor totals, the matrix, the total and the portfolio', async () => {
    const r = await partnerWithPeople(t.world.users.pm.id);
    const url = `/api/v1/partners/${r.partner.id}/account-mapping`;
    const vendorCustomers = async () => (await pm.get('/api/v1/account-mapping')).body.vendor.customer as number;
    const before = await vendorCustomers();
    // The pipeline: a won deal on Omega, with its domain (the vendor list gets a customer row from it).
    const opp = await pm.post('/api/v1/opportunities', {
      title: `Omega ${u} rollout`,
      customer: { name: `Omega ${u}`, domain: d('omega') },
      amount: 1_000_000,
      currency: 'USD',
      stage: 'proposal',
      closeDate: new Date().toISOString().slice(0, 10),
    });
    expect(opp.status, JSON.stringify(opp.body)).toBe(201);
    expect((await pm.patch(`/api/v1/opportunities/${opp.body.id}`, { stage: 'closed_won' })).status).toBe(200);
    for (const deadline = Date.now() + 20_000; Date.now() < deadline && (await vendorCustomers()) === before; )
      await new Promise((done) => setTimeout(done, 100));
    expect(await vendorCustomers()).toBe(before + 1);
    // The CRM upload names the same company without a domain (and keeps the earlier rows).
    const reupload = await upload(
      pm,
      'vendor-accounts',
      [
        'Account Name,Website,Type',
        `Alpha Corp,https://www.${d('alpha')}/,Customer`,
        `Beta Inc,${d('beta')},customers`,
        `Gamma ${u} GmbH,,customer`,
        `Omega ${u} AG,,customer`,
        `Delta LLC,${d('delta')},prospect`,
        `Epsilon Vendor Only,${d('epsilon')},opportunity`,
      ].join('\n'),
    );
    expect(reupload.status, JSON.stringify(reupload.body)).toBe(200);
    const rows = await withTx(t.system(), (c) =>
      c.tx.execute<{ n: number }>(
        sql`SELECT count(*)::int AS n FROM vendor_mapping_accounts WHERE name_key LIKE ${`omega ${u}%`}`,
      ),
    );
    expect(rows.rows[0]?.n).toBe(2);
    expect(await vendorCustomers()).toBe(before + 1);

    // The partner's row has the domain: it matches the pipeline row by domain and the upload by name — one company.
    const list = await upload(r.admin, 'partner-accounts', `Name,Domain,Population\nOmega ${u},${d('omega')},customer\n`);
    expect(list.status, JSON.stringify(list.body)).toBe(200);
    await pm.put(`${url}/sharing`, { customer: 'overlap' });
    await r.admin.put(`${url}/sharing`, { customer: 'full' });
    const seen = (await pm.get(url)).body;
    expect(cell(seen, 'customer', 'customer')).toBe(1);
    expect(seen.overlapTotal).toBe(1);
    const mine = (await r.admin.get(url)).body;
    expect(cell(mine, 'customer', 'customer')).toBe(1);
    expect(mine.overlapTotal).toBe(1);
    expect(mine.lists.vendor.customer).toBe(before + 1);
    const portfolio = (await pm.get('/api/v1/account-mapping')).body.data.find(
      (x: { partnerId: string }) => x.partnerId === r.partner.id,
    );
    expect(portfolio).toMatchObject({ overlaps: 1, customerOverlaps: 1, partnerAccounts: 1 });
    // The rows behind it: one row per matched pair (the partner's account × the vendor's company),
    // though it met two vendor rows, one on the domain (the one shown) and one on the name.
    const pairs = (await pm.get(`${url}/overlaps`)).body.data;
    expect(pairs).toHaveLength(1);
    expect(pairs[0]).toMatchObject({ matchedOn: 'domain', vendorName: `Omega ${u}`, vendorDomain: d('omega') });
    // The vendor's one list: the uploaded and the pipeline's Omega are one company, the pipeline's
    // name and domain first.
    const vendorList = async (population: string) => {
      const names: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await pm.get(`${url}/accounts`, {
          query: { side: 'vendor', population, limit: '2', ...(cursor ? { cursor } : {}) },
        });
        expect(page.status, JSON.stringify(page.body)).toBe(200);
        names.push(...page.body.data.map((a: { name: string }) => a.name));
        cursor = page.body.nextCursor ?? undefined;
      } while (cursor);
      return names;
    };
    const customers = await vendorList('customer');
    expect(customers.filter((n) => n.startsWith(`Omega ${u}`))).toEqual([`Omega ${u}`]);
    expect(new Set(customers).size).toBe(customers.length);
    expect(customers).toHaveLength(before + 1);

    // Two open opportunities on one account are two vendor rows of one company: one overlap row.
    for (const title of ['expansion', 'renewal']) {
      const open = await pm.post('/api/v1/opportunities', {
        title: `Omega ${u} ${title}`,
        customer: { name: `Omega ${u}`, domain: d('omega') },
        amount: 100_000,
        currency: 'USD',
        stage: 'proposal',
        closeDate: new Date().toISOString().slice(0, 10),
      });
      expect(open.status, JSON.stringify(open.body)).toBe(201);
    }
    const opportunityRows = async () =>
      (
        await withTx(t.system(), (c) =>
          c.tx.execute<{ n: number }>(
            sql`SELECT count(*)::int AS n FROM vendor_mapping_accounts WHERE population = 'opportunity' AND domain_key = ${d('omega')}`,
          ),
        )
      ).rows[0]?.n;
    for (const deadline = Date.now() + 20_000; Date.now() < deadline && (await opportunityRows()) !== 2; )
      await new Promise((done) => setTimeout(done, 100));
    expect(await opportunityRows()).toBe(2);
    await pm.put(`${url}/sharing`, { opportunity: 'overlap' });
    const withOpps = (await r.admin.get(`${url}/overlaps`, { query: { vendorPopulation: 'opportunity' } })).body.data;
    expect(withOpps).toHaveLength(1);
    expect(cell((await r.admin.get(url)).body, 'opportunity', 'customer')).toBe(1);
    expect(
      (await pm.get(`${url}/overlaps`)).body.data.map((x: { vendorPopulation: string }) => x.vendorPopulation).sort(),
    ).toEqual(['customer', 'opportunity']);
    expect((await vendorList('opportunity')).filter((n) => n.startsWith(`Omega ${u}`))).toEqual([`Omega ${u}`]);
  });
});
