import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTx } from '../../src/db/scope.js';
import { auditEvents } from '../../src/modules/audit/audit.schema.js';
import { partnerDomainClaims, partners } from '../../src/modules/partners/partners.schema.js';
import { claimPartnerDomains } from '../../src/modules/partners/partners.service.js';
import { type Client, createSeededApp, type TestApp } from '../support/harness.js';
import { actingAs, makePartner, makeUser, PASSWORD, unique, type World } from '../support/world.js';

let t: TestApp & { world: World };
let admin: Client;
let pm: Client;
beforeAll(async () => {
  t = await createSeededApp();
  admin = await t.login(t.world.users.admin.email, PASSWORD);
  pm = await t.login(t.world.users.pm.email, PASSWORD);
});
afterAll(async () => t?.close());

async function partnerCount() {
  return withTx(t.system(), async ({ tx }) => (await tx.select({ n: count() }).from(partners))[0]?.n ?? 0);
}
async function auditCount() {
  return withTx(t.system(), async ({ tx }) => (await tx.select({ n: count() }).from(auditEvents))[0]?.n ?? 0);
}

describe('creating partners', () => {
  it('answers 201 with the partner: normalised domains, prospect stage, no tier, the creating manager as owner', async () => {
    const res = await pm.post('/api/v1/partners', {
      name: '  Globex Integration ',
      domains: ['https://www.Globex.example/contact', 'globex.example', 'globex-eu.example'],
      types: ['gsi', 'si', 'gsi'],
      motion: 'alliance',
      designation: 'strategic',
      country: 'de',
      regions: ['europe'],
      industries: ['Automotive'],
      companySize: '1001-5000',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      name: 'Globex Integration',
      domains: ['globex.example', 'globex-eu.example'],
      types: ['gsi', 'si'],
      motion: 'alliance',
      designation: 'strategic',
      country: 'DE',
      lifecycleStage: 'prospect',
      tierId: null,
      ownerId: t.world.users.pm.id,
      owner: { id: t.world.users.pm.id, name: 'Pat Manager' },
    });
    expect(res.body.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    const history = await pm.get(`/api/v1/partners/${res.body.id}/stage-transitions`);
    expect(history.body.data).toEqual([
      expect.objectContaining({
        fromStage: null,
        toStage: 'prospect',
        actor: expect.objectContaining({ id: t.world.users.pm.id }),
      }),
    ]);
    const audit = await admin.get('/api/v1/audit-events', { query: { entityType: 'partner', entityId: res.body.id } });
    expect(audit.body.data).toEqual([
      expect.objectContaining({
        action: 'create',
        actorId: t.world.users.pm.id,
        partnerId: res.body.id,
        before: null,
        after: expect.objectContaining({ name: 'Globex Integration' }),
      }),
    ]);
  });

  it.each([
    [{ motion: 'channel' }, 'name'],
    [{ name: 'X', motion: 'direct' }, 'motion'],
    [{ name: 'X', motion: 'channel', types: ['reseller', 'wizard'] }, 'types.1'],
    [{ name: 'X', motion: 'channel', country: 'XX' }, 'country'],
    [{ name: 'X', motion: 'channel', website: 'ftp://x.example' }, 'website'],
    [{ name: 'X', motion: 'channel', domains: ['good.example', 'not a domain'] }, 'domains.1'],
    [{ name: 'X', motion: 'channel', colour: 'blue' }, 'colour'],
    [{ name: 'X', motion: 'channel', tierId: '01a20000-0000-7000-8000-00000000dead' }, 'tierId'],
  ])('refuses %j naming %s, and saves nothing', async (body, path) => {
    const before = [await partnerCount(), await auditCount()];
    const res = await admin.post('/api/v1/partners', body);
    expect(res.status).toBe(422);
    expect(String(res.headers['content-type'])).toContain('application/problem+json');
    expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path);
    expect([await partnerCount(), await auditCount()]).toEqual(before);
  });

  it('words every field error plainly, never in the validator’s own English', async () => {
    const res = await admin.post('/api/v1/partners', { motion: 'direct', types: 'reseller', country: 7 });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        { path: 'name', message: 'is required' },
        { path: 'motion', message: 'must be channel or alliance' },
        { path: 'types', message: 'must be a list' },
        { path: 'country', message: 'must be a string' },
      ]),
    );
    expect(JSON.stringify(res.body)).not.toMatch(/Invalid input|expected \w+, received/);
    const move = await admin.post(`/api/v1/partners/${t.world.partnerA.id}/stage-transitions`, { toStage: 'wizard' });
    expect(move.body.errors).toEqual([
      {
        path: 'toStage',
        message: 'must be one of prospect, qualified, onboarding, enabled, active, strategic, offboarding, terminated',
      },
    ]);
  });

  it('reports every field error of a request at once, domains included', async () => {
    const res = await admin.post('/api/v1/partners', { motion: 'direct', domains: ['good.example', 'not a domain', 'also bad'] });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([
      { path: 'name', message: 'is required' },
      { path: 'domains.1', message: '"not a domain" is not a domain name' },
      { path: 'domains.2', message: '"also bad" is not a domain name' },
      { path: 'motion', message: 'must be channel or alliance' },
    ]);
  });

  it('accepts only vendor partner managers/admins as owners and executives/admins as sponsors', async () => {
    const notOwner = await admin.post('/api/v1/partners', { name: 'X', motion: 'channel', ownerId: t.world.users.finance.id });
    expect(notOwner.status).toBe(422);
    expect(notOwner.body.errors[0].path).toBe('ownerId');
    const partnerUserAsSponsor = await admin.post('/api/v1/partners', {
      name: 'X',
      motion: 'channel',
      executiveSponsorId: t.world.users.partnerAdminA.id,
    });
    expect(partnerUserAsSponsor.body.errors[0].path).toBe('executiveSponsorId');
    const allBad = await admin.post('/api/v1/partners', {
      name: 'X',
      motion: 'channel',
      ownerId: t.world.users.finance.id,
      executiveSponsorId: t.world.users.partnerAdminA.id,
      tierId: '01a20000-0000-7000-8000-00000000dead',
    });
    expect(allBad.status).toBe(422);
    expect(allBad.body.errors.map((e: { path: string }) => e.path)).toEqual(['ownerId', 'executiveSponsorId', 'tierId']);
    const ok = await admin.post('/api/v1/partners', {
      name: 'Initech',
      motion: 'channel',
      ownerId: t.world.users.pm2.id,
      executiveSponsorId: t.world.users.executive.id,
    });
    expect(ok.status).toBe(201);
    expect(ok.body.executiveSponsor).toMatchObject({ id: t.world.users.executive.id, role: 'executive' });
  });

  it('answers 400 for a body that is not JSON and 415 for another content type', async () => {
    const broken = await t.request('POST', '/api/v1/partners', {
      cookie: admin.cookie,
      headers: { 'x-csrf-token': admin.csrfToken, 'content-type': 'application/json' },
      body: '{"name": ',
    });
    expect(broken.status).toBe(400);
    expect(broken.body.code).toBe('BAD_REQUEST');
    const text = await t.request('POST', '/api/v1/partners', {
      cookie: admin.cookie,
      headers: { 'x-csrf-token': admin.csrfToken, 'content-type': 'text/plain' },
      body: 'name=x',
    });
    expect(text.status).toBe(415);
  });
});

describe('company domains belong to one partner', () => {
  const domainsOf = async (id: string) => (await admin.get(`/api/v1/partners/${id}`)).body.domains as string[];

  it('refuses a domain another partner claims (409 naming domains.N and the holder), however it is written, saving nothing', async () => {
    const [held] = await domainsOf(t.world.partnerA.id);
    const before = [await partnerCount(), await auditCount()];
    const res = await admin.post('/api/v1/partners', {
      name: `Copycat ${unique()}`,
      motion: 'channel',
      domains: [`copycat-${unique()}.example`, `https://www.${held?.toUpperCase()}/about`],
    });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('CONFLICT');
    expect(res.body.errors).toEqual([{ path: 'domains.1', message: `"${held}" belongs to partner ${t.world.partnerA.name}` }]);
    expect([await partnerCount(), await auditCount()]).toEqual(before);
  });

  it('lets a partner keep, add and release its own domains; a released domain is free for another partner', async () => {
    const own = await makePartner(t.system(), t.world.users.pm.id);
    const [first] = own.domains;
    const added = `added-${unique()}.example`;
    const kept = await pm.patch(`/api/v1/partners/${own.id}`, { domains: [first, added] });
    expect(kept.status).toBe(200);
    expect(kept.body.domains).toEqual([first, added]);
    const other = await makePartner(t.system(), t.world.users.pm.id);
    const grab = await pm.patch(`/api/v1/partners/${other.id}`, { domains: [...other.domains, added, first] });
    expect(grab.status).toBe(409);
    expect(grab.body.errors.map((e: { path: string }) => e.path)).toEqual(['domains.1', 'domains.2']);
    expect(await domainsOf(other.id)).toEqual(other.domains);
    expect((await pm.patch(`/api/v1/partners/${own.id}`, { domains: [added] })).status).toBe(200);
    const freed = await pm.patch(`/api/v1/partners/${other.id}`, { domains: [first] });
    expect(freed.status).toBe(200);
    expect(freed.body.domains).toEqual([first]);
  });

  it('lets only one of two concurrent creates claim a domain', async () => {
    const domain = `race-${unique()}.example`;
    const create = (name: string) => admin.post('/api/v1/partners', { name, motion: 'channel', domains: [domain] });
    const answers = await Promise.all([create(`Racer One ${unique()}`), create(`Racer Two ${unique()}`)]);
    expect(answers.map((r) => r.status).sort()).toEqual([201, 409]);
    const list = await admin.get('/api/v1/partners', { query: { q: domain } });
    expect(list.body.data).toHaveLength(1);
  });

  it('is enforced by the database itself', async () => {
    const [held] = await domainsOf(t.world.partnerA.id);
    const insert = withTx(t.system(), ({ tx }) =>
      tx.insert(partnerDomainClaims).values({ domain: held ?? '', partnerId: t.world.partnerB.id }),
    );
    await expect(insert).rejects.toMatchObject({ cause: expect.objectContaining({ code: '23505' }) });
  });

  it('never names the holder to a partner-side caller', async () => {
    const [held] = await domainsOf(t.world.partnerB.id);
    const partnerAdmin = actingAs(t.system(), t.world.users.partnerAdminA);
    // Partner admins cannot change domains through the API today (403: managed by the vendor);
    // this is the answer the claim itself gives them should that change.
    const claim = withTx(partnerAdmin, (c) => claimPartnerDomains(c, t.world.partnerA.id, [held ?? '']));
    await expect(claim).rejects.toMatchObject({
      status: 409,
      errors: [{ path: 'domains.0', message: `"${held}" is already claimed by another partner` }],
    });
    const refused = await (await t.login(t.world.users.partnerAdminA.email, PASSWORD)).patch(
      `/api/v1/partners/${t.world.partnerA.id}`,
      { domains: [held] },
    );
    expect(refused.status).toBe(403);
    expect(JSON.stringify(refused.body)).not.toContain(t.world.partnerB.name);
  });
});

describe('near-duplicate partner names', () => {
  it('saves the partner but warns vendor staff when its name is the same company as another partner’s', async () => {
    const first = await admin.post('/api/v1/partners', { name: 'Vandelay Industries', motion: 'channel' });
    expect(first.status).toBe(201);
    expect(first.body.warnings).toEqual([]);
    const second = await pm.post('/api/v1/partners', { name: 'VANDELAY Industries, Inc.', motion: 'channel' });
    expect(second.status).toBe(201);
    expect(second.body.warnings).toEqual([{ path: 'name', message: 'Similar to existing partner "Vandelay Industries"' }]);
    const unrelated = await admin.post('/api/v1/partners', { name: 'Vandelay Imports', motion: 'channel' });
    expect(unrelated.body.warnings).toEqual([]);
    const renamed = await admin.patch(`/api/v1/partners/${unrelated.body.id}`, { name: 'Vandelay-Industries GmbH' });
    expect(renamed.status).toBe(200);
    expect(renamed.body.warnings).toHaveLength(2);
    expect(renamed.body.warnings).toEqual(
      expect.arrayContaining([
        { path: 'name', message: 'Similar to existing partner "Vandelay Industries"' },
        { path: 'name', message: 'Similar to existing partner "VANDELAY Industries, Inc."' },
      ]),
    );
    const untouched = await admin.patch(`/api/v1/partners/${unrelated.body.id}`, { description: 'Latex importers' });
    expect(untouched.body.warnings).toEqual([]);
    expect((await admin.get(`/api/v1/partners/${second.body.id}`)).body).not.toHaveProperty('warnings');
  });
});

describe('the partners list', () => {
  let ids: Record<string, string>;
  let tierId: string;
  beforeAll(async () => {
    const tier = await admin.post('/api/v1/tiers', { name: `Platinum ${unique()}`, rank: 900 });
    tierId = tier.body.id;
    const make = async (name: string, extra: Record<string, unknown>) =>
      (await admin.post('/api/v1/partners', { name, motion: 'channel', ...extra })).body.id as string;
    ids = {
      zenith: await make('Zenith Distribution ListTest', { types: ['distributor'], domains: ['zenith-list.example'], tierId }),
      acme: await make('Acme Resellers ListTest', {
        types: ['reseller', 'var'],
        lifecycleStage: 'active',
        ownerId: t.world.users.pm2.id,
      }),
      blue: await make('Blue Alliance ListTest', {
        types: ['isv'],
        motion: 'alliance',
        designation: 'strategic_alliance',
        tierId,
      }),
      mid: await make('Midway MSP ListTest', { types: ['msp'], lifecycleStage: 'active', status: 'on_hold' }),
    };
  });

  const names = (res: { body: { data: { name: string }[] } }) => res.body.data.map((p) => p.name);

  it('searches name and exact domain, and filters by type, motion, tier, stage, designation, owner, status', async () => {
    expect(names(await admin.get('/api/v1/partners', { query: { q: 'listtest' } }))).toEqual([
      'Acme Resellers ListTest',
      'Blue Alliance ListTest',
      'Midway MSP ListTest',
      'Zenith Distribution ListTest',
    ]);
    expect(names(await admin.get('/api/v1/partners', { query: { q: 'https://zenith-list.example/' } }))).toEqual([
      'Zenith Distribution ListTest',
    ]);
    expect(names(await admin.get('/api/v1/partners', { query: { q: '100%_' } }))).toEqual([]);
    expect(names(await admin.get('/api/v1/partners', { query: { q: 'ListTest', type: 'var' } }))).toEqual([
      'Acme Resellers ListTest',
    ]);
    expect(names(await admin.get('/api/v1/partners', { query: { q: 'ListTest', motion: 'alliance' } }))).toEqual([
      'Blue Alliance ListTest',
    ]);
    expect(names(await admin.get('/api/v1/partners', { query: { tierId } }))).toEqual([
      'Blue Alliance ListTest',
      'Zenith Distribution ListTest',
    ]);
    expect(names(await admin.get('/api/v1/partners', { query: { q: 'ListTest', lifecycleStage: 'active' } }))).toEqual([
      'Acme Resellers ListTest',
      'Midway MSP ListTest',
    ]);
    expect(names(await admin.get('/api/v1/partners', { query: { q: 'ListTest', designation: 'strategic_alliance' } }))).toEqual([
      'Blue Alliance ListTest',
    ]);
    expect(names(await admin.get('/api/v1/partners', { query: { q: 'ListTest', ownerId: t.world.users.pm2.id } }))).toEqual([
      'Acme Resellers ListTest',
    ]);
    expect(names(await admin.get('/api/v1/partners', { query: { q: 'ListTest', status: 'on_hold' } }))).toEqual([
      'Midway MSP ListTest',
    ]);
  });

  it('takes several values per filter (comma-separated or repeated) and matches any of them', async () => {
    expect(names(await admin.get('/api/v1/partners', { query: { q: 'ListTest', type: 'var,isv' } }))).toEqual([
      'Acme Resellers ListTest',
      'Blue Alliance ListTest',
    ]);
    const repeated = await admin.get(`/api/v1/partners?q=ListTest&lifecycleStage=active&lifecycleStage=prospect&status=on_hold`);
    expect(names(repeated)).toEqual(['Midway MSP ListTest']);
    expect(
      names(await admin.get('/api/v1/partners', { query: { q: 'ListTest', designation: 'strategic,strategic_alliance' } })),
    ).toEqual(['Blue Alliance ListTest']);
    expect(
      names(
        await admin.get('/api/v1/partners', {
          query: { q: 'ListTest', ownerId: `${t.world.users.pm2.id},${t.world.users.pm.id}` },
        }),
      ),
    ).toEqual(['Acme Resellers ListTest']);
    const bad = await admin.get('/api/v1/partners', { query: { lifecycleStage: 'active,wizard' } });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0]).toMatchObject({
      path: 'lifecycleStage',
      message: expect.stringContaining('one or more of prospect'),
    });
    const badId = await admin.get('/api/v1/partners', { query: { tierId: 'not-an-id' } });
    expect(badId.body.errors[0].path).toBe('tierId');
  });

  it('sorts, and pages with cursors through every partner exactly once', async () => {
    const desc = names(await admin.get('/api/v1/partners', { query: { q: 'ListTest', sort: '-name' } }));
    expect(desc).toEqual([
      'Zenith Distribution ListTest',
      'Midway MSP ListTest',
      'Blue Alliance ListTest',
      'Acme Resellers ListTest',
    ]);
    for (const sort of ['name', '-createdAt', 'updatedAt']) {
      const seen: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const res = await admin.get('/api/v1/partners', { query: { limit: 2, sort, cursor } });
        expect(res.status).toBe(200);
        expect(res.body.data.length).toBeLessThanOrEqual(2);
        seen.push(...res.body.data.map((p: { id: string }) => p.id));
        cursor = res.body.nextCursor ?? undefined;
        pages += 1;
      } while (cursor && pages < 100);
      const all = await admin.get('/api/v1/partners', { query: { limit: 500, sort } });
      expect(seen).toEqual(all.body.data.map((p: { id: string }) => p.id));
      expect(new Set(seen).size).toBe(seen.length);
    }
  });

  it('refuses bad paging input naming the parameter', async () => {
    const tooMany = await admin.get('/api/v1/partners', { query: { limit: 501 } });
    expect(tooMany.status).toBe(422);
    expect(tooMany.body.errors[0].path).toBe('limit');
    const garbage = await admin.get('/api/v1/partners', { query: { cursor: 'garbage' } });
    expect(garbage.status).toBe(422);
    expect(garbage.body.errors[0].path).toBe('cursor');
    const first = await admin.get('/api/v1/partners', { query: { limit: 1, sort: 'name' } });
    const mismatched = await admin.get('/api/v1/partners', {
      query: { limit: 1, sort: '-createdAt', cursor: first.body.nextCursor },
    });
    expect(mismatched.status).toBe(422);
    const badSort = await admin.get('/api/v1/partners', { query: { sort: 'password' } });
    expect(badSort.status).toBe(422);
    expect(badSort.body.errors[0].path).toBe('sort');
  });

  it("shows a partner's users only their own company, whatever they filter by", async () => {
    const partnerUser = await t.login(t.world.users.partnerUserA.email, PASSWORD);
    const mine = await partnerUser.get('/api/v1/partners');
    expect(mine.body.data.map((p: { id: string }) => p.id)).toEqual([t.world.partnerA.id]);
    const probing = await partnerUser.get('/api/v1/partners', { query: { q: t.world.partnerB.name } });
    expect(probing.body.data).toEqual([]);
    expect((await partnerUser.get(`/api/v1/partners/${ids.zenith}`)).status).toBe(404);
    expect((await partnerUser.get('/api/v1/partners/stats')).status).toBe(403);
  });

  it('counts the portfolio by stage, motion, designation, tier and type', async () => {
    const stats = await admin.get('/api/v1/partners/stats');
    const list = await admin.get('/api/v1/partners', { query: { limit: 500 } });
    expect(stats.body.total).toBe(list.body.data.length);
    const sum = (key: string) => stats.body[key].reduce((n: number, c: { count: number }) => n + c.count, 0);
    expect(sum('byStage')).toBe(stats.body.total);
    expect(sum('byMotion')).toBe(stats.body.total);
    const active = list.body.data.filter((p: { lifecycleStage: string }) => p.lifecycleStage === 'active').length;
    expect(stats.body.byStage.find((c: { key: string }) => c.key === 'active')?.count).toBe(active);
    expect(stats.body.byTier.find((c: { key: string }) => c.key === tierId)?.count).toBe(2);
    expect(stats.body.byType.find((c: { key: string }) => c.key === 'distributor')?.count).toBeGreaterThanOrEqual(1);
  });
});

describe('changing partners', () => {
  it('lets the owning manager change a partner and refuses other managers (403), auditing before and after', async () => {
    const id = t.world.partnerA.id;
    const res = await pm.patch(`/api/v1/partners/${id}`, { designation: 'strategic', tags: ['co-sell'], tierId: null });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ designation: 'strategic', tags: ['co-sell'], tierId: null, tier: null });
    const other = await t.login(t.world.users.pm2.email, PASSWORD);
    const refused = await other.patch(`/api/v1/partners/${id}`, { designation: 'standard' });
    expect(refused.status).toBe(403);
    expect((await other.get(`/api/v1/partners/${id}`)).body.designation).toBe('strategic');
    const audit = await admin.get('/api/v1/audit-events', { query: { entityId: id, action: 'update' } });
    const entry = audit.body.data[0];
    expect(entry.changedFields).toEqual(expect.arrayContaining(['designation', 'tags', 'tierId']));
    expect(entry.before.designation).toBe('standard');
    expect(entry.after.designation).toBe('strategic');
  });

  it("lets a partner's admin edit only its own profile, naming the fields it may not change", async () => {
    const partnerAdmin = await t.login(t.world.users.partnerAdminA.email, PASSWORD);
    const ok = await partnerAdmin.patch(`/api/v1/partners/${t.world.partnerA.id}`, {
      description: 'We resell and run clouds.',
      regions: ['europe'],
    });
    expect(ok.status).toBe(200);
    expect(ok.body.description).toBe('We resell and run clouds.');
    const refused = await partnerAdmin.patch(`/api/v1/partners/${t.world.partnerA.id}`, {
      description: 'x',
      designation: 'strategic_alliance',
      ownerId: null,
    });
    expect(refused.status).toBe(403);
    expect(refused.body.errors.map((e: { path: string }) => e.path)).toEqual(['designation', 'ownerId']);
    const partnerUser = await t.login(t.world.users.partnerUserA.email, PASSWORD);
    expect((await partnerUser.patch(`/api/v1/partners/${t.world.partnerA.id}`, { description: 'y' })).status).toBe(403);
    expect((await partnerAdmin.patch(`/api/v1/partners/${t.world.partnerB.id}`, { description: 'y' })).status).toBe(404);
  });

  it('moves partners through the lifecycle by its rules and keeps the history', async () => {
    const p = await makePartner(t.system(), t.world.users.pm.id);
    const move = (toStage: string, reason?: string) => pm.post(`/api/v1/partners/${p.id}/stage-transitions`, { toStage, reason });
    // The answer is the transition it created, with the partner as it is now.
    const first = await move('onboarding');
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      partnerId: p.id,
      fromStage: 'prospect',
      toStage: 'onboarding',
      reason: '',
      actor: { id: t.world.users.pm.id, name: 'Pat Manager' },
      partner: { id: p.id, lifecycleStage: 'onboarding', can: { changeStage: true } },
    });
    expect(first.body.partner.nextStages[0]).toEqual({ toStage: 'qualified', stage: 'qualified', needsReason: true });
    const skipBack = await move('prospect');
    expect(skipBack.status).toBe(422);
    expect(skipBack.body).toMatchObject({ code: 'INVALID_TRANSITION', errors: [{ path: 'toStage' }] });
    const noReason = await move('qualified');
    expect(noReason.status).toBe(422);
    expect(noReason.body.errors[0].path).toBe('reason');
    expect((await move('qualified', 'Contract signature slipped')).status).toBe(201);
    expect((await move('terminated')).status).toBe(422);
    expect((await move('offboarding', 'Partner exits the market')).status).toBe(201);
    const partnerUser = await t.login(t.world.users.partnerUserB.email, PASSWORD);
    expect((await partnerUser.get(`/api/v1/partners/${p.id}/stage-transitions`)).status).toBe(404);
    const history = await pm.get(`/api/v1/partners/${p.id}/stage-transitions`);
    expect(
      history.body.data.map((h: { fromStage: string | null; toStage: string; reason: string }) => [
        h.fromStage,
        h.toStage,
        h.reason,
      ]),
    ).toEqual([
      [null, 'prospect', 'Partner created'],
      ['prospect', 'onboarding', ''],
      ['onboarding', 'qualified', 'Contract signature slipped'],
      ['qualified', 'offboarding', 'Partner exits the market'],
    ]);
    const current = await pm.get(`/api/v1/partners/${p.id}`);
    expect(current.body.lifecycleStage).toBe('offboarding');
    // The partner tells which moves its stage allows now, and which need a reason.
    // `toStage` is what the transition request takes; `stage` is its deprecated first name.
    expect(current.body.nextStages).toEqual([
      { toStage: 'active', stage: 'active', needsReason: true },
      { toStage: 'terminated', stage: 'terminated', needsReason: true },
    ]);
    expect(Date.parse(current.body.lifecycleStageChangedAt)).toBeGreaterThan(Date.parse(current.body.createdAt) - 1);
  });

  it('deletes a partner without users (its contacts go with it) and refuses one that has users', async () => {
    const withUsers = await admin.delete(`/api/v1/partners/${t.world.partnerB.id}`);
    expect(withUsers.status).toBe(409);
    expect((await admin.get(`/api/v1/partners/${t.world.partnerB.id}`)).status).toBe(200);
    const p = await makePartner(t.system(), null);
    await admin.post(`/api/v1/partners/${p.id}/contacts`, { name: 'Gone Soon' });
    expect((await admin.delete(`/api/v1/partners/${p.id}`)).status).toBe(204);
    expect((await admin.get(`/api/v1/partners/${p.id}`)).status).toBe(404);
    const audit = await admin.get('/api/v1/audit-events', { query: { entityId: p.id, action: 'delete' } });
    expect(audit.body.data[0]).toMatchObject({ before: expect.objectContaining({ name: p.name }), after: null });
  });
});

describe('contacts and stakeholders', () => {
  it('adds, changes and removes contacts, keeping one primary contact', async () => {
    const p = await makePartner(t.system(), t.world.users.pm.id);
    const url = `/api/v1/partners/${p.id}/contacts`;
    const first = await pm.post(url, {
      name: 'Rita Ortiz',
      email: 'rita@globex.example',
      role: 'alliance_manager',
      isPrimary: true,
      influence: 'high',
    });
    expect(first.status).toBe(201);
    const second = await pm.post(url, { name: 'Sam Lee', side: 'vendor', isExecutiveSponsor: true, isPrimary: true });
    const list = await pm.get(url);
    expect(list.body.data.map((c: { name: string; isPrimary: boolean }) => [c.name, c.isPrimary])).toEqual([
      ['Sam Lee', true],
      ['Rita Ortiz', false],
    ]);
    const bad = await pm.post(url, { name: 'No Mail', email: 'not-an-email' });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].path).toBe('email');
    const changed = await pm.patch(`${url}/${first.body.id}`, { title: 'VP Alliances' });
    expect(changed.body.title).toBe('VP Alliances');
    expect((await pm.delete(`${url}/${second.body.id}`)).status).toBe(204);
    expect((await pm.get(url)).body.data).toHaveLength(1);
    expect((await pm.patch(`/api/v1/partners/${t.world.partnerA.id}/contacts/${first.body.id}`, { title: 'x' })).status).toBe(
      404,
    );
  });

  it("lets a partner's admin manage its own contacts; its users only read them", async () => {
    const url = `/api/v1/partners/${t.world.partnerA.id}/contacts`;
    const partnerAdmin = await t.login(t.world.users.partnerAdminA.email, PASSWORD);
    expect((await partnerAdmin.post(url, { name: 'New Colleague' })).status).toBe(201);
    const partnerUser = await t.login(t.world.users.partnerUserA.email, PASSWORD);
    expect((await partnerUser.post(url, { name: 'Sneaky' })).status).toBe(403);
    expect((await partnerUser.get(url)).body.data.map((c: { name: string }) => c.name)).toContain('New Colleague');
    expect((await partnerUser.get(`/api/v1/partners/${t.world.partnerB.id}/contacts`)).status).toBe(404);
  });
});

describe('ids in paths', () => {
  it('answers 404 for a malformed id, like for a missing one', async () => {
    const res = await admin.get('/api/v1/partners/not-a-uuid');
    expect(res.status).toBe(404);
    expect((await admin.get('/api/v1/partners/01a20000-0000-7000-8000-00000000beef')).status).toBe(404);
  });

  it('users of a deleted-by-nobody partner keep working (sanity)', async () => {
    const extra = await makeUser(t.system(), 'partner_user', t.world.partnerA.id);
    expect((await t.login(extra.email, PASSWORD)).email).toBe(extra.email);
    const [row] = await withTx(t.system(), ({ tx }) => tx.select().from(partners).where(eq(partners.id, t.world.partnerA.id)));
    expect(row?.id).toBe(t.world.partnerA.id);
  });
});
