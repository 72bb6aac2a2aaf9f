import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTx } from '../../src/db/scope.js';
import { auditEvents } from '../../src/modules/audit/audit.schema.js';
import { partners } from '../../src/modules/partners/partners.schema.js';
import { createPartner } from '../../src/modules/partners/partners.service.js';
import { tiers } from '../../src/modules/tiers/tiers.schema.js';
import { type Client, createSeededApp, createTestApp, type TestApp } from '../support/harness.js';
import { PASSWORD, unique, type World } from '../support/world.js';

let t: TestApp & { world: World };
let admin: Client;
beforeAll(async () => {
  t = await createSeededApp();
  admin = await t.login(t.world.users.admin.email, PASSWORD);
});
afterAll(async () => t?.close());

const partnerCount = () => withTx(t.system(), async ({ tx }) => (await tx.select({ n: count() }).from(partners))[0]?.n ?? 0);

describe('HTTP conventions', () => {
  it('answers unknown API routes with a problem+json 404', async () => {
    const res = await t.request('GET', '/api/v1/no-such-thing');
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({
      type: expect.stringContaining('not-found'),
      title: 'Not found',
      status: 404,
      code: 'NOT_FOUND',
    });
    expect(String(res.headers['content-type'])).toContain('application/problem+json');
  });

  it("makes its own request id, ignoring a client's X-Request-Id, and puts it in problems", async () => {
    // A client must not choose the id that log lines and error reports are found by.
    const given = await t.request('GET', '/healthz', { headers: { 'x-request-id': 'trace-123' } });
    expect(given.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const problem = await t.request('GET', '/api/v1/me', { headers: { 'x-request-id': 'trace-456' } });
    expect(problem.body.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(problem.body.requestId).toBe(problem.headers['x-request-id']);
  });

  it('behind a trusted proxy (CONSORT_TRUST_PROXY=true), keeps a sane X-Request-Id from it', async () => {
    const proxied = await createTestApp({ env: { CONSORT_TRUST_PROXY: 'true' } });
    try {
      const given = await proxied.request('GET', '/healthz', { headers: { 'x-request-id': 'trace-123' } });
      expect(given.headers['x-request-id']).toBe('trace-123');
      const made = await proxied.request('GET', '/healthz', { headers: { 'x-request-id': 'bad id with spaces' } });
      expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      const problem = await proxied.request('GET', '/api/v1/me', { headers: { 'x-request-id': 'trace-456' } });
      expect(problem.body.requestId).toBe('trace-456');
    } finally {
      await proxied.close();
    }
  }, 120_000); // a second app on a fresh database of its own

  it('sends security headers with a strict Content-Security-Policy and no caching of API answers', async () => {
    const res = await admin.get('/api/v1/partners');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toMatch(/script-src 'self' 'nonce-[0-9a-f]+'/);
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('serves the web app for client-side routes, with the CSP nonce handed to the page', async () => {
    const res = await t.request('GET', '/partners/some-id');
    expect(res.status).toBe(200);
    expect(String(res.headers['content-type'])).toContain('text/html');
    const nonce = /'nonce-([0-9a-f]+)'/.exec(String(res.headers['content-security-policy']).split('style-src')[1] ?? '')?.[1];
    // Without a built web app (this suite) the page says how to build it; the nonce path is the e2e suite's.
    expect(res.body).toMatch(/npm run build|csp-nonce/);
    expect(nonce).toBeDefined();
  });
});

describe('Idempotency-Key', () => {
  it('returns the first result for a repeated POST and creates nothing new', async () => {
    const key = `key-${unique()}`;
    const body = { name: `Idem ${unique()}`, motion: 'channel' };
    const before = await partnerCount();
    const first = await admin.post('/api/v1/partners', body, { headers: { 'idempotency-key': key } });
    const again = await admin.post('/api/v1/partners', body, { headers: { 'idempotency-key': key } });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(await partnerCount()).toBe(before + 1);
  });

  it('refuses the same key with another body (422) and keeps keys per user', async () => {
    const key = `key-${unique()}`;
    await admin.post('/api/v1/partners', { name: 'One', motion: 'channel' }, { headers: { 'idempotency-key': key } });
    const reuse = await admin.post(
      '/api/v1/partners',
      { name: 'Two', motion: 'channel' },
      { headers: { 'idempotency-key': key } },
    );
    expect(reuse.status).toBe(422);
    expect(reuse.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const pm = await t.login(t.world.users.pm.email, PASSWORD);
    const theirs = await pm.post('/api/v1/partners', { name: 'Two', motion: 'channel' }, { headers: { 'idempotency-key': key } });
    expect(theirs.status).toBe(201);
  });

  it('replays a refusal too, and lets concurrent duplicates create one record', async () => {
    const key = `key-${unique()}`;
    const bad = await admin.post('/api/v1/partners', { motion: 'channel' }, { headers: { 'idempotency-key': key } });
    const badAgain = await admin.post('/api/v1/partners', { motion: 'channel' }, { headers: { 'idempotency-key': key } });
    expect(bad.status).toBe(422);
    expect(badAgain.status).toBe(422);
    expect(badAgain.body.errors).toEqual(bad.body.errors);

    const raceKey = `key-${unique()}`;
    const body = { name: `Race ${unique()}`, motion: 'alliance' };
    const before = await partnerCount();
    const results = await Promise.all(
      [1, 2, 3].map(() => admin.post('/api/v1/partners', body, { headers: { 'idempotency-key': raceKey } })),
    );
    for (const r of results) expect([201, 409]).toContain(r.status);
    expect(results.filter((r) => r.status === 201).length).toBeGreaterThanOrEqual(1);
    expect(await partnerCount()).toBe(before + 1);
    const created = new Set(results.filter((r) => r.status === 201).map((r) => r.body.id));
    expect(created.size).toBe(1);
  });
});

describe('audit log', () => {
  it('is written in the same transaction as the change: a failed change leaves neither record nor entry', async () => {
    const name = `Rolled Back ${unique()}`;
    await expect(
      withTx(t.system(), async (ctx) => {
        await createPartner(ctx, { name, motion: 'channel' });
        throw new Error('something later in the same use case failed');
      }),
    ).rejects.toThrow('something later');
    const rows = await withTx(t.system(), ({ tx }) => tx.select().from(partners).where(eq(partners.name, name)));
    expect(rows).toEqual([]);
    const entries = await withTx(t.system(), ({ tx }) =>
      tx
        .select()
        .from(auditEvents)
        .where(eq(auditEvents.summary, `Created partner ${name}`)),
    );
    expect(entries).toEqual([]);
  });

  it('is browsable by admins, newest first, filtered and paged', async () => {
    const p = await admin.post('/api/v1/partners', { name: `Audited ${unique()}`, motion: 'channel' });
    await admin.patch(`/api/v1/partners/${p.body.id}`, { segment: 'Enterprise' });
    await admin.patch(`/api/v1/partners/${p.body.id}`, { segment: 'Mid-market' });
    const all = await admin.get('/api/v1/audit-events', { query: { entityId: p.body.id } });
    expect(all.body.data.map((e: { action: string }) => e.action)).toEqual(['update', 'update', 'create']);
    expect(all.body.data[0]).toMatchObject({
      actorId: t.world.users.admin.id,
      actorLabel: t.world.users.admin.email,
      actorRole: 'admin',
      changedFields: ['segment', 'updatedAt'],
      before: expect.objectContaining({ segment: 'Enterprise' }),
      after: expect.objectContaining({ segment: 'Mid-market' }),
    });
    const page1 = await admin.get('/api/v1/audit-events', { query: { entityId: p.body.id, limit: 2 } });
    const page2 = await admin.get('/api/v1/audit-events', {
      query: { entityId: p.body.id, limit: 2, cursor: page1.body.nextCursor },
    });
    expect([...page1.body.data, ...page2.body.data].map((e: { id: string }) => e.id)).toEqual(
      all.body.data.map((e: { id: string }) => e.id),
    );
    expect(page2.body.nextCursor).toBeNull();
    const one = await admin.get(`/api/v1/audit-events/${all.body.data[2].id}`);
    expect(one.body.action).toBe('create');
    const future = await admin.get('/api/v1/audit-events', { query: { from: '2999-01-01T00:00:00Z' } });
    expect(future.body.data).toEqual([]);
    const badDate = await admin.get('/api/v1/audit-events', { query: { from: 'yesterday' } });
    expect(badDate.status).toBe(422);
    expect(badDate.body.errors[0].path).toBe('from');
  });

  it('never records password hashes', async () => {
    const res = await admin.post('/api/v1/users', {
      email: `h.${unique()}@test.example`,
      name: 'Hash Check',
      role: 'executive',
      password: 'hash check pass 1',
    });
    const entries = await admin.get('/api/v1/audit-events', { query: { entityId: res.body.id } });
    expect(JSON.stringify(entries.body)).not.toMatch(/argon2|passwordHash|hash check pass/);
  });
});

describe('organisation settings', () => {
  it('has defaults, and admins change them with validation naming the field', async () => {
    const partnerUser = await t.login(t.world.users.partnerUserA.email, PASSWORD);
    const read = await partnerUser.get('/api/v1/settings');
    expect(read.body).toMatchObject({
      vendorName: 'Consort',
      fiscalYearStartMonth: 1,
      reportingCurrency: 'USD',
      timeZone: 'UTC',
      hasLogo: false,
    });
    expect((await partnerUser.patch('/api/v1/settings', { vendorName: 'Hacked' })).status).toBe(403);
    const ok = await admin.patch('/api/v1/settings', {
      vendorName: 'Lumen Cloud',
      fiscalYearStartMonth: 4,
      reportingCurrency: 'EUR',
      timeZone: 'Europe/Berlin',
    });
    expect(ok.body).toMatchObject({
      vendorName: 'Lumen Cloud',
      fiscalYearStartMonth: 4,
      reportingCurrency: 'EUR',
      timeZone: 'Europe/Berlin',
    });
    // The current fiscal quarter follows the new calendar (a year starting in April).
    const period = ok.body.currentFiscalPeriod;
    expect(period.label).toMatch(/^FY\d{4} Q[1-4]$/);
    const startMonth = Number(period.start.slice(5, 7));
    expect([4, 7, 10, 1]).toContain(startMonth);
    expect(period.start <= new Date().toISOString().slice(0, 10) && new Date().toISOString().slice(0, 10) <= period.end).toBe(
      true,
    );
    for (const [body, path] of [
      [{ fiscalYearStartMonth: 13 }, 'fiscalYearStartMonth'],
      [{ reportingCurrency: 'EURO' }, 'reportingCurrency'],
      [{ reportingCurrency: 'usd' }, 'reportingCurrency'],
      [{ timeZone: 'Mars/Olympus' }, 'timeZone'],
      [{ vendorName: '' }, 'vendorName'],
    ] as const) {
      const res = await admin.patch('/api/v1/settings', body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(res.body.errors[0].path).toBe(path);
    }
    expect((await admin.get('/api/v1/settings')).body.fiscalYearStartMonth).toBe(4);
  });

  it('stores a logo checked by its bytes and serves it publicly with a sandboxing CSP', async () => {
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    );
    const svg = await admin.put('/api/v1/settings/logo', {
      dataUrl: `data:image/svg+xml;base64,${Buffer.from('<svg/>').toString('base64')}`,
    });
    expect(svg.status).toBe(422);
    expect(svg.body.errors[0].path).toBe('dataUrl');
    const put = await admin.put('/api/v1/settings/logo', { dataUrl: `data:image/png;base64,${png.toString('base64')}` });
    expect(put.body.hasLogo).toBe(true);
    const logo = await t.request('GET', '/api/v1/settings/logo');
    expect(logo.status).toBe(200);
    expect(logo.headers['content-type']).toBe('image/png');
    expect(logo.raw.rawPayload.equals(png)).toBe(true);
    expect(String(logo.headers['content-security-policy'])).toContain('sandbox');
    const branding = await t.request('GET', '/api/v1/settings/public');
    expect(branding.body).toEqual({ vendorName: 'Lumen Cloud', hasLogo: true, updatedAt: expect.any(String) });
    expect((await admin.delete('/api/v1/settings/logo')).status).toBe(204);
    expect((await t.request('GET', '/api/v1/settings/public')).body.hasLogo).toBe(false);
    expect((await t.request('GET', '/api/v1/settings/logo')).status).toBe(404);
  });
});

describe('tiers', () => {
  it('are listed by rank, unique by name and rank, and deleted only once no partner holds them', async () => {
    const gold = await admin.post('/api/v1/tiers', { name: `Tier ${unique()}`, rank: 950, color: 'gold' });
    expect(gold.status).toBe(201);
    const dupRank = await admin.post('/api/v1/tiers', { name: `Tier ${unique()}`, rank: 950 });
    expect(dupRank.status).toBe(409);
    expect(dupRank.body.errors[0].path).toBe('rank');
    const p = await admin.post('/api/v1/partners', { name: `Tiered ${unique()}`, motion: 'channel', tierId: gold.body.id });
    expect(p.body.tier).toMatchObject({ id: gold.body.id, color: 'gold' });
    const ranks = (await admin.get('/api/v1/tiers')).body.data.map((x: { rank: number }) => x.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect((await admin.delete(`/api/v1/tiers/${gold.body.id}`)).status).toBe(409);
    expect((await admin.patch(`/api/v1/partners/${p.body.id}`, { tierId: null })).status).toBe(200);
    expect((await admin.delete(`/api/v1/tiers/${gold.body.id}`)).status).toBe(204);
  });
});

describe('reference data a process reuses', () => {
  it('shows a tier change at once in this process, and one made elsewhere within the cache time', async () => {
    const other = await createSeededApp({ env: { CONSORT_CACHE_SECONDS: '1' } });
    try {
      const admin = await other.asUser('admin');
      const partnerA = other.world.partnerA.id;
      const tierOf = async () =>
        (await admin.GET('/api/v1/partners/{id}', { params: { path: { id: partnerA } } })).data?.tier?.name;
      const before = await tierOf();
      expect(before).toBeTruthy();
      const renamed = await admin.PATCH('/api/v1/tiers/{id}', {
        params: { path: { id: other.world.tierId } },
        body: { name: `Renamed ${unique()}` },
      });
      expect(renamed.response.status).toBe(200);
      expect(await tierOf()).toBe(renamed.data?.name);
      // Another process's change: straight into the database.
      await withTx(other.system(), ({ tx }) =>
        tx.update(tiers).set({ name: 'Elsewhere' }).where(eq(tiers.id, other.world.tierId)),
      );
      await new Promise((resolve) => setTimeout(resolve, 1100));
      expect(await tierOf()).toBe('Elsewhere');
    } finally {
      await other.close();
    }
  }, 120_000); // a second app on a fresh database of its own: more than 30 s on a loaded machine
});
