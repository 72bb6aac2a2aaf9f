import { createCanvas } from '@napi-rs/canvas';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTx } from '../../src/db/scope.js';
import { initialLogo, simplePdf } from '../../src/modules/files/index.js';
import { loadMetrics } from '../../src/server/module.js';
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

function expectStatus(res: Response, status: number) {
  expect(res.status, JSON.stringify(res.body).slice(0, 400)).toBe(status);
}

/** A partner with a partner admin, in `programId` at `tierId` (or in no program). */
async function partnerAt(programId: string | null, tierId: string | null, extra: Record<string, unknown> = {}) {
  const partner = await makePartner(t.system(), t.world.users.pm.id, extra);
  if (programId)
    expectStatus(await (await user('admin')).post(`/api/v1/partners/${partner.id}/programs`, { programId, tierId }), 201);
  const person = await makeUser(t.system(), 'partner_admin', partner.id);
  return { partner, person, client: await as(person.email) };
}

async function eventsOf(entityId: string) {
  const res = await withTx(t.system(), (c) =>
    c.tx.execute(
      sql`select name, partner_id, data from domain_events where entity_id = ${entityId} or data->>'resourceId' = ${entityId} order by occurred_at, id`,
    ),
  );
  return res.rows as { name: string; partner_id: string | null; data: Record<string, unknown> | null }[];
}

let program: { id: string };
let silver: { id: string };
let gold: { id: string };

describe('resource library', () => {
  beforeAll(async () => {
    const admin = await user('admin');
    const created = await admin.post('/api/v1/programs', {
      name: `Resource program ${Date.now()}`,
      kind: 'reseller',
      commercialModel: { model: 'reseller_discount', discountPercent: 10 },
    });
    expectStatus(created, 201);
    program = created.body;
    const s = await admin.post(`/api/v1/programs/${program.id}/tiers`, { name: 'Silver', rank: 1 });
    expectStatus(s, 201);
    silver = s.body;
    const g = await admin.post(`/api/v1/programs/${program.id}/tiers`, { name: 'Gold', rank: 2 });
    expectStatus(g, 201);
    gold = g.body;
  });

  it('gates by program and tier: a partner below the tier gets the 404 of a missing resource and the list leaves it out', async () => {
    const pm = await user('pm');
    const atGold = await partnerAt(program.id, gold.id);
    const atSilver = await partnerAt(program.id, silver.id);
    const outside = await partnerAt(null, null);

    const gated = await pm.post('/api/v1/resources', {
      title: `Gold battlecard ${Date.now()}`,
      url: 'https://vendor.example/battlecards/gold',
      status: 'published',
      tags: ['competitive'],
      audience: [{ programId: program.id, minTierId: gold.id }],
    });
    expectStatus(gated, 201);
    expect(gated.body).toMatchObject({ kind: 'link', status: 'published', isNew: true, downloads: { total: 0 } });
    expect(gated.body.publishedAt).not.toBeNull();

    // At the tier: seen by id and in the list, without the audience or anything vendor-only.
    const seen = await atGold.client.get(`/api/v1/resources/${gated.body.id}`);
    expectStatus(seen, 200);
    expect(seen.body).toMatchObject({ audience: [], template: null, can: { edit: false, download: true } });
    const listed = await atGold.client.get('/api/v1/resources', { query: { q: 'gold battlecard', limit: 500 } });
    expect(listed.body.data.map((r: { id: string }) => r.id)).toContain(gated.body.id);

    // Below the tier, or in no program: exactly a missing resource.
    const missing = await atSilver.client.get('/api/v1/resources/0190ffff-0000-7000-8000-000000000000');
    for (const other of [atSilver, outside]) {
      const res = await other.client.get(`/api/v1/resources/${gated.body.id}`);
      expect(res.status).toBe(404);
      expect(res.body.detail).toBe(missing.body.detail);
      expectStatus(await other.client.post(`/api/v1/resources/${gated.body.id}/open`, {}), 404);
      const list = await other.client.get('/api/v1/resources', { query: { limit: 500 } });
      expect(list.body.data.map((r: { id: string }) => r.id)).not.toContain(gated.body.id);
    }

    // A tier benefit naming the resource opens it to Silver too.
    const admin = await user('admin');
    expectStatus(
      await admin.patch(`/api/v1/tiers/${silver.id}`, { benefits: { resources: [gated.body.title.toUpperCase()] } }),
      200,
    );
    expectStatus(await atSilver.client.get(`/api/v1/resources/${gated.body.id}`), 200);
    expectStatus(await admin.patch(`/api/v1/tiers/${silver.id}`, { benefits: {} }), 200);
    expectStatus(await atSilver.client.get(`/api/v1/resources/${gated.body.id}`), 404);

    // A draft reaches nobody on the partner side; vendor staff see it.
    const draft = await pm.post('/api/v1/resources', { title: `Draft ${Date.now()}`, url: 'https://vendor.example/draft' });
    expectStatus(draft, 201);
    expectStatus(await atGold.client.get(`/api/v1/resources/${draft.body.id}`), 404);
    expectStatus(await (await user('executive')).get(`/api/v1/resources/${draft.body.id}`), 200);
  });

  it('counts every partner download per resource and partner, with its event and the 90-day metric; vendor opens are not counted', async () => {
    const pm = await user('pm');
    const a = await partnerAt(null, null);
    const b = await partnerAt(null, null);
    const created = await pm.post('/api/v1/resources', {
      title: `Datasheet ${Date.now()}`,
      status: 'draft',
      categoryId: '01900000-0000-7000-8000-00000000c003',
    });
    expectStatus(created, 201);
    const id = created.body.id;
    // A file upload, then publish.
    const { payload, contentType } = multipartBody({
      filename: 'datasheet.pdf',
      contentType: 'application/pdf',
      bytes: simplePdf(['Lumen datasheet']),
    });
    const upload = await t.request('PUT', `/api/v1/resources/${id}/file`, {
      body: payload,
      cookie: pm.cookie,
      headers: { 'content-type': contentType, 'x-csrf-token': pm.csrfToken },
    });
    expectStatus(upload, 200);
    expect(upload.body).toMatchObject({
      kind: 'file',
      file: { name: 'datasheet.pdf', contentType: 'application/pdf' },
      category: { name: 'Datasheets' },
    });
    expectStatus(await pm.patch(`/api/v1/resources/${id}`, { status: 'published' }), 200);

    for (const client of [a.client, a.client, b.client]) {
      const opened = await client.post(`/api/v1/resources/${id}/open`, {});
      expectStatus(opened, 200);
      expect(opened.body).toEqual({ kind: 'file', url: `/api/v1/files/${upload.body.file.id}/content` });
      const bytes = await client.get(opened.body.url);
      expectStatus(bytes, 200);
    }
    expectStatus(await pm.post(`/api/v1/resources/${id}/open`, {}), 200); // vendor: not counted

    expect((await pm.get(`/api/v1/resources/${id}`)).body.downloads).toEqual({ total: 3, last90Days: 3, partners: 2 });
    // A partner sees its own company's use only.
    expect((await a.client.get(`/api/v1/resources/${id}`)).body.downloads).toEqual({ total: 2, last90Days: 2, partners: 1 });

    const events = (await eventsOf(id)).filter((e) => e.name === 'resource.downloaded');
    expect(events).toHaveLength(3);
    expect(events[0]).toMatchObject({ partner_id: a.partner.id, data: { resourceId: id, userId: a.person.id } });

    const metrics = await loadMetrics();
    const downloads = await withTx(t.system(), async (c) =>
      metrics.get('resources.downloads_90d')?.compute(c, [a.partner.id, b.partner.id], new Date()),
    );
    expect(downloads?.get(a.partner.id)).toBe(2);
    expect(downloads?.get(b.partner.id)).toBe(1);
    const past = await withTx(t.system(), async (c) =>
      metrics.get('resources.downloads_90d')?.compute(c, [a.partner.id], new Date(Date.now() - 86_400_000)),
    );
    expect(past?.get(a.partner.id)).toBeUndefined();

    const stats = await (await user('executive')).get('/api/v1/resources/stats');
    expectStatus(stats, 200);
    expect(stats.body.topResources).toContainEqual({ id, title: created.body.title, downloads: 3, partners: 2 });
    expect(stats.body.byPartner.map((p: { id: string }) => p.id)).toContain(a.partner.id);
    expectStatus(await a.client.get('/api/v1/resources/stats'), 403);
    // One partner's use, for its page.
    const one = await pm.get('/api/v1/resources/stats', { query: { partnerId: a.partner.id } });
    expect(one.body.totals).toMatchObject({ downloads: 2, downloads90d: 2, partnersUsing90d: 1 });
    expect(one.body.topResources).toEqual([{ id, title: created.body.title, downloads: 2, partners: 1 }]);
    expect(one.body.partnersNeverUsed).toEqual([]);
  });

  it('merges the partner into a co-brand template, every value escaped, and emits cobranded_asset.generated', async () => {
    const pm = await user('pm');
    const hostile = await partnerAt(null, null, {
      name: `<script>alert("x")</script> & Sons ${Date.now()}`,
      website: 'javascript:alert(1)',
    });
    // The partner's own logo comes from its profile.
    const logo = initialLogo('S', '#aa0000', 32);
    const { payload, contentType } = multipartBody({ filename: 'logo.png', contentType: 'image/png', bytes: logo });
    const admin = await user('admin');
    expectStatus(
      await t.request('PUT', `/api/v1/partners/${hostile.partner.id}/logo`, {
        body: payload,
        cookie: admin.cookie,
        headers: { 'content-type': contentType, 'x-csrf-token': admin.csrfToken },
      }),
      200,
    );
    const created = await pm.post('/api/v1/resources', {
      title: `Joint one-pager ${Date.now()}`,
      status: 'published',
      template:
        '<html><body><img src="{{partner.logo}}"><h1 title="{{partner.name}}">{{ partner.name }}</h1><a href="{{partner.website}}">web</a><p>{{partner.contactEmail}}</p></body></html>',
    });
    expectStatus(created, 201);
    expect(created.body.kind).toBe('cobrand');

    const preview = await hostile.client.get(`/api/v1/resources/${created.body.id}/cobrand-preview`);
    expectStatus(preview, 200);
    const res = await hostile.client.get(`/api/v1/resources/${created.body.id}/cobranded`);
    expectStatus(res, 200);
    const html = res.raw.body;
    expect(html).toBe(preview.body.html);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Sons');
    expect(html).toContain('<a href="">web</a>'); // a javascript: website merges as nothing
    expect(html).toContain(`<p>${hostile.person.email}</p>`);
    expect(html).toContain(`<img src="data:image/png;base64,${logo.toString('base64')}">`);
    expect(String(res.headers['content-type'])).toContain('text/html');
    expect(String(res.headers['content-disposition'])).toMatch(
      /^attachment; filename="joint-one-pager-\d+-script-alert-x-script-sons-\d+\.html"$/,
    );
    expect(String(res.headers['content-security-policy'])).toContain('sandbox');

    // Vendor staff preview it with sample values, and the preview counted nothing.
    const sample = await pm.get(`/api/v1/resources/${created.body.id}/cobrand-preview`);
    expect(sample.body.html).toContain('Your Company');
    const events = await eventsOf(created.body.id);
    expect(events.filter((e) => e.name === 'cobranded_asset.generated')).toEqual([
      expect.objectContaining({
        partner_id: hostile.partner.id,
        data: { resourceId: created.body.id, userId: hostile.person.id },
      }),
    ]);
    expect(events.filter((e) => e.name === 'resource.downloaded')).toHaveLength(1);
    // Partners never see the template itself.
    expect((await hostile.client.get(`/api/v1/resources/${created.body.id}`)).body.template).toBeNull();
  });

  it('the same one-pager downloads as a one-page PDF: the partner’s logo and name, the template’s text, the contact; counted', async () => {
    const pm = await user('pm');
    const admin = await user('admin');
    const name = `Ωmega & Сыновья <b>${Date.now()}</b>`;
    const partner = await partnerAt(null, null, { name, website: 'omega.example' });
    const logo = initialLogo('Ω', '#aa0000', 64);
    const { payload, contentType } = multipartBody({ filename: 'logo.png', contentType: 'image/png', bytes: logo });
    expectStatus(
      await t.request('PUT', `/api/v1/partners/${partner.partner.id}/logo`, {
        body: payload,
        cookie: admin.cookie,
        headers: { 'content-type': contentType, 'x-csrf-token': admin.csrfToken },
      }),
      200,
    );
    const created = await pm.post('/api/v1/resources', {
      title: `Security one-pager ${Date.now()}`,
      status: 'published',
      template:
        '<html><head><style>h1{color:red}</style></head><body><img src="{{partner.logo}}"><h1>{{partner.name}} &amp; Lumen</h1>' +
        '<p>Talk to {{partner.contactName}} at {{partner.contactEmail}}.</p><ol><li>Audited controls</li><li>Data stays in region</li></ol>' +
        '<script>alert(1)</script></body></html>',
    });
    expectStatus(created, 201);
    const res = await partner.client.get(`/api/v1/resources/${created.body.id}/cobranded.pdf`);
    expectStatus(res, 200);
    expect(String(res.headers['content-type'])).toBe('application/pdf');
    expect(String(res.headers['content-disposition'])).toMatch(/^attachment; filename="security-one-pager-\d+-.*\.pdf"$/);
    const pdf = res.raw.rawPayload;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
    expect(doc.numPages).toBe(1);
    const page = await doc.getPage(1);
    const text = (await page.getTextContent()).items
      .map((it) => ('str' in it ? it.str : ''))
      .join(' ')
      .replace(/\s+/g, ' ');
    // Names as text (nothing escaped or interpreted), the template's text in order, no style or script.
    expect(text).toContain(name);
    expect(text).toContain(`${name} & Lumen`);
    expect(text).toContain(`at ${partner.person.email}`);
    expect(text.indexOf('Audited controls')).toBeLessThan(text.indexOf('Data stays in region'));
    expect(text).toContain('2.');
    expect(text).not.toContain('alert');
    expect(text).not.toContain('color:red');
    // The logo is drawn in the band: the logo's red shows top left, not elsewhere.
    const viewport = page.getViewport({ scale: 1 });
    const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
    const context = canvas.getContext('2d');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    // biome-ignore lint/suspicious/noExplicitAny: pdfjs types its canvas as the DOM's
    await page.render({ canvasContext: context as any, viewport, canvas: canvas as any }).promise;
    const red = (x0: number, y0: number, w: number, h: number) => {
      const img = context.getImageData(x0, y0, w, h).data;
      let n = 0;
      for (let i = 0; i < img.length; i += 4) if ((img[i] ?? 0) > 140 && (img[i + 1] ?? 0) < 60 && (img[i + 2] ?? 0) < 60) n++;
      return n;
    };
    expect(red(40, 15, 70, 70)).toBeGreaterThan(500);
    expect(red(200, 150, 300, 500)).toBe(0);
    await doc.destroy();
    // A download like the HTML one: counted and announced.
    const events = await eventsOf(created.body.id);
    expect(events.filter((e) => e.name === 'cobranded_asset.generated')).toEqual([
      expect.objectContaining({ partner_id: partner.partner.id }),
    ]);
    // A resource without a template has no one-pager; another partner's hidden resource answers 404 too.
    const plain = await pm.post('/api/v1/resources', {
      title: `Plain ${Date.now()}`,
      status: 'published',
      url: 'https://lumen.example/x',
    });
    expectStatus(plain, 201);
    expect((await partner.client.get(`/api/v1/resources/${plain.body.id}/cobranded.pdf`)).status).toBe(404);
  });

  it('refuses bad input with a 4xx naming the field, and saves nothing', async () => {
    const pm = await user('pm');
    const title = `Refused ${Date.now()}`;
    const cases: [unknown, string][] = [
      [{ title, template: '<p>{{partner.revenue}}</p>' }, 'template'],
      [{ title, url: 'javascript:alert(1)' }, 'url'],
      [{ title, status: 'published' }, 'status'],
      [{ title, categoryId: '0190ffff-0000-7000-8000-000000000000' }, 'categoryId'],
      [{ title, audience: [{ programId: '0190ffff-0000-7000-8000-000000000000', minTierId: null }] }, 'audience.0.programId'],
      [{ title, audience: [{ programId: t.world.tierId ? program.id : '', minTierId: t.world.tierId }] }, 'audience.0.minTierId'],
      [{ title, language: 'english' }, 'language'],
      [{ title: '' }, 'title'],
    ];
    for (const [body, path] of cases) {
      const res = await pm.post('/api/v1/resources', body);
      expect(res.status, JSON.stringify(body)).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(
        res.body.errors.map((e: { path: string }) => e.path),
        JSON.stringify(res.body),
      ).toContain(path);
    }
    const list = await pm.get('/api/v1/resources', { query: { q: title } });
    expect(list.body.data).toEqual([]);

    // A category in use cannot go; a duplicate name is a 409 on `name`.
    const category = await pm.post('/api/v1/resource-categories', { name: `Competitive ${Date.now()}` });
    expectStatus(category, 201);
    expectStatus(await pm.post('/api/v1/resource-categories', { name: category.body.name.toUpperCase() }), 409);
    const filed = await pm.post('/api/v1/resources', { title, categoryId: category.body.id, url: 'https://vendor.example/x' });
    expectStatus(filed, 201);
    expectStatus(await pm.delete(`/api/v1/resource-categories/${category.body.id}`), 409);
    // An empty published resource cannot be opened; a partner cannot change the library.
    const partner = await partnerAt(null, null);
    expectStatus(await partner.client.patch(`/api/v1/resources/${filed.body.id}`, { featured: true }), 403);
  });
});
