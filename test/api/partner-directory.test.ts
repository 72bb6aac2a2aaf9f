import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTx } from '../../src/db/scope.js';
import { makeTestCertificate } from '../../src/modules/enablement/index.js';
import { attachFile, examplePng } from '../../src/modules/files/index.js';
import { transitionStage } from '../../src/modules/partners/index.js';
import { createSeededApp, type SeededApp } from '../support/harness.js';
import { makePartner, makeUser, PASSWORD, unique } from '../support/world.js';

/**
 * The public partner directory (opt-in listings, shown only for active partners, only published
 * fields), coopetition areas (the vendor's view) and integration listings (partners keep their
 * own; the vendor certifies).
 */
let t: SeededApp;
beforeAll(async () => {
  t = await createSeededApp();
});
afterAll(async () => t?.close());

/** A partner at the active stage, owned by `pm`, with its own admin signed in. */
async function activePartner(extra: Record<string, unknown> = {}) {
  const sys = t.system();
  const partner = await makePartner(sys, t.world.users.pm.id, {
    name: `Directory Partner ${unique()}`,
    description: 'INTERNAL: margin squeeze expected',
    tierId: t.world.tierId,
    ...extra,
  });
  for (const toStage of ['qualified', 'onboarding', 'enabled', 'active'] as const)
    await transitionStage(sys, partner.id, { toStage, reason: 'test' });
  const admin = await makeUser(sys, 'partner_admin', partner.id);
  return { partner, admin: await t.api(admin.email, PASSWORD) };
}

const directory = (query: Record<string, string> = {}) => t.request('GET', '/api/v1/directory/partners', { query });

describe('the public partner directory', () => {
  it('shows a partner once its own admin opts in, with only the fields it published', async () => {
    const { partner, admin } = await activePartner({ types: ['msp'], regions: ['europe'] });
    expect((await directory({ q: partner.name })).body.data).toEqual([]);
    const saved = await admin.PUT('/api/v1/partners/{id}/directory-listing', {
      params: { path: { id: partner.id } },
      body: {
        published: true,
        description: 'Managed security for clinics.',
        contactEmail: 'hello@clinic-sec.example',
        regions: ['europe'],
        industries: ['Healthcare'],
        types: ['msp'],
      },
    });
    expect(saved.response.status).toBe(200);
    expect(saved.data?.state).toEqual({ listed: true, reasons: [] });

    const res = await directory({ q: partner.name });
    expect(res.status).toBe(200);
    expect(res.body.data).toHaveLength(1);
    const [card] = res.body.data;
    expect(Object.keys(card).sort()).toEqual(
      [
        'certifications',
        'contactEmail',
        'description',
        'id',
        'industries',
        'integrations',
        'logoUrl',
        'name',
        'regions',
        'tier',
        'tiers',
        'types',
        'website',
      ].sort(),
    );
    expect(card).toMatchObject({
      name: partner.name,
      description: 'Managed security for clinics.',
      tier: { name: expect.any(String) },
    });
    // Nothing of the partner's own record leaks: not its internal description, owner, stage or id.
    expect(JSON.stringify(res.body)).not.toContain('INTERNAL');
    expect(JSON.stringify(res.body)).not.toContain(partner.id);
    expect(JSON.stringify(res.body)).not.toContain(t.world.users.pm.id);

    // Filters: region, industry, type, tier; a certification nobody holds finds nobody.
    expect(
      (await directory({ q: partner.name, region: 'europe', industry: 'Healthcare', type: 'msp', tier: t.world.tierId })).body
        .data,
    ).toHaveLength(1);
    expect((await directory({ q: partner.name, region: 'asia_pacific' })).body.data).toEqual([]);
    expect((await directory({ q: partner.name, certification: 'Security Expert' })).body.data).toEqual([]);
    expect((await directory({ region: 'mars' })).status).toBe(422);

    const filters = await t.request('GET', '/api/v1/directory/filters');
    expect(filters.body.industries).toContain('Healthcare');
    expect(card.certifications).toEqual([]);

    // Its people's current certifications show as badges and filter; a lapsed one does not (enablement).
    const sys = t.system();
    const certificateName = async (id: string) =>
      withTx(sys, async (c) => {
        const r = await c.tx.execute<{ name: string }>(
          sql`select n.name from certificates x join certifications n on n.id = x.certification_id where x.id = ${id}`,
        );
        return r.rows[0]?.name as string;
      });
    const current = await certificateName(
      await makeTestCertificate(sys, await makeUser(sys, 'partner_user', partner.id), partner.id),
    );
    const lapsed = await certificateName(
      await makeTestCertificate(sys, await makeUser(sys, 'partner_user', partner.id), partner.id, { expiresInDays: -1 }),
    );
    const certified = (await directory({ q: partner.name })).body.data[0];
    expect(certified.certifications).toEqual([current]);
    expect((await directory({ q: partner.name, certification: current.toUpperCase() })).body.data).toHaveLength(1);
    expect((await directory({ q: partner.name, certification: lapsed })).body.data).toEqual([]);
    const withCertified = await t.request('GET', '/api/v1/directory/filters');
    expect(withCertified.body.certifications).toContain(current);
    expect(withCertified.body.certifications).not.toContain(lapsed);
    // Neither who holds it nor the certificate's number shows.
    expect(JSON.stringify(certified)).not.toContain('TST-');
  });

  it('filters by tier name across programs, or within a program; each listing shows its tier per program', async () => {
    const { partner, admin } = await activePartner({ types: ['msp'] });
    await admin.PUT('/api/v1/partners/{id}/directory-listing', {
      params: { path: { id: partner.id } },
      body: { published: true, description: 'Managed services.', regions: [], industries: [], types: ['msp'] },
    });
    const vendor = await t.login(t.world.users.admin.email, PASSWORD);
    const tag = unique();
    const msp = await vendor.post('/api/v1/programs', {
      name: `MSP program ${tag}`,
      kind: 'msp',
      commercialModel: { model: 'commission', ratePercent: 10 },
    });
    expect(msp.status).toBe(201);
    const other = await vendor.post('/api/v1/programs', {
      name: `Referral program ${tag}`,
      kind: 'referral',
      commercialModel: { model: 'commission', ratePercent: 5 },
    });
    const tierName = `Platinum ${tag}`;
    const platinum = await vendor.post(`/api/v1/programs/${msp.body.id}/tiers`, { name: tierName, rank: 50 });
    expect(platinum.status).toBe(201);
    const joined = await vendor.post(`/api/v1/partners/${partner.id}/programs`, {
      programId: msp.body.id,
      tierId: platinum.body.id,
    });
    expect(joined.status).toBe(201);

    const names = (q: Record<string, string | string[]>) =>
      directory(q as Record<string, string>).then((r) => r.body.data.map((l: { name: string }) => l.name));
    expect(await names({ q: partner.name, tierName: tierName.toLowerCase() })).toEqual([partner.name]);
    expect(await names({ q: partner.name, tierName, program: msp.body.id })).toEqual([partner.name]);
    expect(await names({ q: partner.name, tierName, program: other.body.id })).toEqual([]);
    expect(await names({ q: partner.name, program: msp.body.id })).toEqual([partner.name]);
    expect(await names({ q: partner.name, tier: platinum.body.id })).toEqual([partner.name]);
    expect(await names({ q: partner.name, tierName: 'Nonexistent' })).toEqual([]);
    const [card] = (await directory({ q: partner.name })).body.data;
    expect(card.tiers).toEqual(
      expect.arrayContaining([{ program: `MSP program ${tag}`, name: tierName, color: expect.any(String) }]),
    );

    const filters = (await t.request('GET', '/api/v1/directory/filters')).body;
    expect(filters.tierNames).toContain(tierName);
    expect(filters.programs).toEqual(
      expect.arrayContaining([
        { id: msp.body.id, name: `MSP program ${tag}`, tiers: [{ id: platinum.body.id, name: tierName }] },
      ]),
    );
  });

  it('leaves out partners that did not opt in, were hidden, or are not active', async () => {
    const { partner, admin } = await activePartner();
    const hiddenName = partner.name;
    await admin.PUT('/api/v1/partners/{id}/directory-listing', {
      params: { path: { id: partner.id } },
      body: { published: true },
    });
    expect((await directory({ q: hiddenName })).body.data).toHaveLength(1);

    // The vendor hides it, with a reason the partner sees.
    const pm = await t.asUser('partner_manager');
    const hidden = await pm.POST('/api/v1/partners/{id}/directory-listing/visibility', {
      params: { path: { id: partner.id } },
      body: { hidden: true, reason: 'Contact details out of date' },
    });
    expect(hidden.data?.state.reasons).toEqual(['Hidden by the vendor: Contact details out of date']);
    expect((await directory({ q: hiddenName })).body.data).toEqual([]);
    const seen = await admin.GET('/api/v1/partners/{id}/directory-listing', { params: { path: { id: partner.id } } });
    expect(seen.data?.hidden).toBe(true);

    // Opted in but still a prospect: not shown.
    const prospect = await makePartner(t.system(), t.world.users.pm.id, { name: `Directory Prospect ${unique()}` });
    const prospectAdmin = await t.api((await makeUser(t.system(), 'partner_admin', prospect.id)).email, PASSWORD);
    const saved = await prospectAdmin.PUT('/api/v1/partners/{id}/directory-listing', {
      params: { path: { id: prospect.id } },
      body: { published: true },
    });
    expect(saved.data?.state.listed).toBe(false);
    expect((await directory({ q: prospect.name })).body.data).toEqual([]);
  });

  it('vendor staff list every listing with where it stands; partners cannot', async () => {
    const tag = unique();
    const listed = await activePartner({ name: `Listing Status ${tag} listed` });
    await listed.admin.PUT('/api/v1/partners/{id}/directory-listing', {
      params: { path: { id: listed.partner.id } },
      body: { published: true },
    });
    const hidden = await activePartner({ name: `Listing Status ${tag} hidden` });
    await hidden.admin.PUT('/api/v1/partners/{id}/directory-listing', {
      params: { path: { id: hidden.partner.id } },
      body: { published: true },
    });
    const pm = await t.asUser('partner_manager');
    await pm.POST('/api/v1/partners/{id}/directory-listing/visibility', {
      params: { path: { id: hidden.partner.id } },
      body: { hidden: true, reason: 'Logo missing' },
    });
    const draft = await activePartner({ name: `Listing Status ${tag} draft` });
    await pm.PUT('/api/v1/partners/{id}/directory-listing', {
      params: { path: { id: draft.partner.id } },
      body: { description: 'Written by us, not opted in yet' },
    });
    const prospect = await makePartner(t.system(), t.world.users.pm.id, { name: `Listing Status ${tag} prospect` });
    const prospectAdmin = await t.api((await makeUser(t.system(), 'partner_admin', prospect.id)).email, PASSWORD);
    await prospectAdmin.PUT('/api/v1/partners/{id}/directory-listing', {
      params: { path: { id: prospect.id } },
      body: { published: true },
    });

    const executive = await t.asUser('executive');
    const all = await executive.GET('/api/v1/directory-listings', { params: { query: { q: `Listing Status ${tag}` } } });
    expect(all.response.status).toBe(200);
    const statusOf = Object.fromEntries((all.data?.data ?? []).map((l) => [l.partnerName.split(' ').at(-1), l.status]));
    expect(statusOf).toEqual({ listed: 'listed', hidden: 'hidden', draft: 'draft', prospect: 'not_listed' });
    const onlyHidden = await executive.GET('/api/v1/directory-listings', {
      params: { query: { q: `Listing Status ${tag}`, status: ['hidden'] } },
    });
    expect(onlyHidden.data?.data.map((l) => l.partnerId)).toEqual([hidden.partner.id]);
    expect(onlyHidden.data?.data[0]?.hiddenReason).toBe('Logo missing');

    const partnerAdmin = await t.asUser('partner_admin');
    expect((await partnerAdmin.GET('/api/v1/directory-listings', { params: { query: {} } })).response.status).toBe(403);
  });

  it('only the partner’s own admin opts it in; vendor staff may edit the text', async () => {
    const { partner } = await activePartner();
    const pm = await t.asUser('partner_manager');
    const refused = await pm.PUT('/api/v1/partners/{id}/directory-listing', {
      params: { path: { id: partner.id } },
      body: { published: true, description: 'Helpful text' },
    });
    expect(refused.response.status).toBe(403);
    expect(refused.error?.errors?.[0]?.path).toBe('published');
    const text = await pm.PUT('/api/v1/partners/{id}/directory-listing', {
      params: { path: { id: partner.id } },
      body: { description: 'Helpful text' },
    });
    expect(text.data).toMatchObject({ description: 'Helpful text', published: false });
    // Another partner's admin cannot see or change it: 404, as if it did not exist.
    const other = await t.asUser('partner_admin', 'B');
    const res = await other.PUT('/api/v1/partners/{id}/directory-listing', {
      params: { path: { id: partner.id } },
      body: { description: 'x' },
    });
    expect(res.response.status).toBe(404);
  });

  it('serves a shown listing’s logo publicly, and none for a listing that is not shown', async () => {
    const { partner, admin } = await activePartner();
    await attachFile(t.system(), 'partner.logo', partner.id, { name: 'logo.png', bytes: examplePng().bytes });
    const saved = await admin.PUT('/api/v1/partners/{id}/directory-listing', {
      params: { path: { id: partner.id } },
      body: { published: true },
    });
    const logo = await t.request('GET', `/api/v1/directory/partners/${saved.data?.id}/logo`);
    expect(logo.status).toBe(200);
    expect(logo.headers['content-type']).toBe('image/png');
    await admin.PUT('/api/v1/partners/{id}/directory-listing', {
      params: { path: { id: partner.id } },
      body: { published: false },
    });
    expect((await t.request('GET', `/api/v1/directory/partners/${saved.data?.id}/logo`)).status).toBe(404);
  });
});

describe('coopetition areas', () => {
  it('the partner’s manager records where it competes; vendor staff read them; its own people cannot', async () => {
    const pm = await t.asUser('partner_manager');
    const created = await pm.POST('/api/v1/partners/{id}/coopetition-areas', {
      params: { path: { id: t.world.partnerA.id } },
      body: { kind: 'product', name: 'SIEM', notes: 'Sells its own SIEM to banks' },
    });
    expect(created.response.status).toBe(201);
    const dup = await pm.POST('/api/v1/partners/{id}/coopetition-areas', {
      params: { path: { id: t.world.partnerA.id } },
      body: { kind: 'product', name: ' siem ' },
    });
    expect(dup.response.status).toBe(409);
    expect(dup.error?.errors?.[0]?.path).toBe('name');
    // A colleague's partner: read, not change.
    const other = await pm.POST('/api/v1/partners/{id}/coopetition-areas', {
      params: { path: { id: t.world.partnerB.id } },
      body: { kind: 'segment', name: 'Retail' },
    });
    expect(other.response.status).toBe(403);
    const finance = await t.asUser('finance');
    const list = await finance.GET('/api/v1/partners/{id}/coopetition-areas', { params: { path: { id: t.world.partnerA.id } } });
    expect(list.data?.data.map((a) => [a.kind, a.name, a.can.edit])).toEqual([['product', 'SIEM', false]]);
    const partnerAdmin = await t.asUser('partner_admin');
    const refused = await partnerAdmin.GET('/api/v1/partners/{id}/coopetition-areas', {
      params: { path: { id: t.world.partnerA.id } },
    });
    expect(refused.response.status).toBe(403);
  });

  it('other modules read them through coopetitionAreas and match what they share with competingAreas', async () => {
    const { coopetitionAreas, competingAreas } = await import('../../src/modules/coopetition/index.js');
    const areas = await coopetitionAreas(t.system(), t.world.partnerA.id);
    expect(competingAreas(areas, { products: ['siem'] }).map((a) => a.name)).toEqual(['SIEM']);
  });
});

describe('integration listings', () => {
  it('a partner’s admin proposes and keeps its own; another partner’s are 404; certification is the vendor’s', async () => {
    const adminA = await t.asUser('partner_admin');
    const proposed = await adminA.POST('/api/v1/partners/{id}/integration-listings', {
      params: { path: { id: t.world.partnerA.id } },
      body: {
        name: 'Alpha SIEM Connector',
        category: 'Security analytics',
        compatibility: [
          { product: 'Consort Cloud', versions: '3.x', status: 'supported' },
          { product: 'Consort Edge', versions: '1.2', status: 'planned' },
        ],
      },
    });
    expect(proposed.response.status).toBe(201);
    expect(proposed.data).toMatchObject({ certification: 'none', can: { edit: true, certify: false } });
    const id = proposed.data?.id ?? '';

    const adminB = await t.asUser('partner_admin', 'B');
    expect(
      (await adminB.PATCH('/api/v1/integration-listings/{id}', { params: { path: { id } }, body: { name: 'Mine now' } })).response
        .status,
    ).toBe(404);
    expect((await adminB.GET('/api/v1/integration-listings/{id}', { params: { path: { id } } })).response.status).toBe(404);
    const bList = await adminB.GET('/api/v1/integration-listings');
    expect(bList.data?.data.every((l) => l.partnerId === t.world.partnerB.id)).toBe(true);

    // A product listed twice is refused, naming the row.
    const twice = await adminA.PATCH('/api/v1/integration-listings/{id}', {
      params: { path: { id } },
      body: {
        compatibility: [
          { product: 'Consort Cloud', status: 'supported' },
          { product: 'consort cloud', status: 'partial' },
        ],
      },
    });
    expect(twice.response.status).toBe(422);
    expect(twice.error?.errors?.[0]?.path).toBe('compatibility.1.product');

    // The partner cannot certify its own integration.
    const self = await adminA.POST('/api/v1/integration-listings/{id}/certification', {
      params: { path: { id } },
      body: { status: 'certified' },
    });
    expect(self.response.status).toBe(403);
    // Its partner manager moves it through review to certified.
    const pm = await t.asUser('partner_manager');
    const skip = await pm.POST('/api/v1/integration-listings/{id}/certification', {
      params: { path: { id } },
      body: { status: 'certified' },
    });
    expect(skip.response.status).toBe(422);
    expect(skip.error?.errors?.[0]?.path).toBe('status');
    await pm.POST('/api/v1/integration-listings/{id}/certification', { params: { path: { id } }, body: { status: 'in_review' } });
    const certified = await pm.POST('/api/v1/integration-listings/{id}/certification', {
      params: { path: { id } },
      body: { status: 'certified' },
    });
    expect(certified.data).toMatchObject({
      certification: 'certified',
      certifiedAt: expect.any(String),
      expiresAt: expect.any(String),
    });
    // The colleague who does not own partner A cannot.
    const pm2 = await t.api(t.world.users.pm2.email, PASSWORD);
    expect(
      (
        await pm2.POST('/api/v1/integration-listings/{id}/certification', {
          params: { path: { id } },
          body: { status: 'expired' },
        })
      ).response.status,
    ).toBe(403);

    // The matrix view: filter by product.
    const byProduct = await pm.GET('/api/v1/integration-listings', { params: { query: { product: 'consort edge' } } });
    expect(byProduct.data?.data.map((l) => l.name)).toEqual(['Alpha SIEM Connector']);
  });

  it('certified integrations appear on the partner’s public directory listing', async () => {
    const { partner, admin } = await activePartner({ types: ['isv'] });
    await admin.PUT('/api/v1/partners/{id}/directory-listing', {
      params: { path: { id: partner.id } },
      body: { published: true },
    });
    const proposed = await admin.POST('/api/v1/partners/{id}/integration-listings', {
      params: { path: { id: partner.id } },
      body: { name: 'Backup Bridge', category: 'Backup', listingUrl: 'https://marketplace.example/backup-bridge' },
    });
    const draft = await admin.POST('/api/v1/partners/{id}/integration-listings', {
      params: { path: { id: partner.id } },
      body: { name: 'Draft thing' },
    });
    expect(draft.response.status).toBe(201);
    const pm = await t.asUser('partner_manager');
    const id = proposed.data?.id ?? '';
    await pm.POST('/api/v1/integration-listings/{id}/certification', { params: { path: { id } }, body: { status: 'in_review' } });
    await pm.POST('/api/v1/integration-listings/{id}/certification', {
      params: { path: { id } },
      body: { status: 'certified', expiresAt: '2099-01-01' },
    });
    const [card] = (await directory({ q: partner.name })).body.data;
    expect(card.integrations).toEqual([
      { name: 'Backup Bridge', category: 'Backup', listingUrl: 'https://marketplace.example/backup-bridge' },
    ]);
  });
});
