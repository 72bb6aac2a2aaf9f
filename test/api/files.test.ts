import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTx } from '../../src/db/scope.js';
import { attachFile, deleteFile, initialLogo, simplePdf, storageOf, sweepOrphanBytes } from '../../src/modules/files/index.js';
import { type Client, createSeededApp, type Response, type SeededApp } from '../support/harness.js';
import { multipartBody } from '../support/matrix.js';
import { PASSWORD } from '../support/world.js';

let t: SeededApp;
const clients = new Map<string, Client>();
beforeAll(async () => {
  t = await createSeededApp();
});
afterAll(async () => t?.close());

type Who = 'admin' | 'pm' | 'pm2' | 'partnerAdminA' | 'partnerUserA' | 'partnerAdminB' | 'partnerUserB';

async function as(who: Who): Promise<Client> {
  let client = clients.get(who);
  if (!client) {
    client = await t.login(t.world.users[who].email, PASSWORD);
    clients.set(who, client);
  }
  return client;
}

function upload(
  client: Client,
  method: 'POST' | 'PUT',
  url: string,
  file: { filename: string; contentType?: string; bytes: Buffer },
): Promise<Response> {
  const { payload, contentType } = multipartBody({ contentType: 'application/octet-stream', ...file });
  return t.request(method, url, {
    body: payload,
    cookie: client.cookie,
    headers: { 'content-type': contentType, 'x-csrf-token': client.csrfToken },
  });
}

const png = (initial = 'A') => initialLogo(initial, '#1f6feb', 32);
const pdf = simplePdf(['Signed NDA']);

/** Every stored file's bytes under the files folder (not the incoming one), by key. */
function storedKeys(): string[] {
  const dir = t.config.files.kind === 'local' ? t.config.files.dir : '';
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !path.relative(dir, e.parentPath).startsWith('.incoming'))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

function incoming(): string[] {
  const dir = t.config.files.incomingDir;
  return fs.existsSync(dir) ? fs.readdirSync(dir) : [];
}

async function fileRowCount(): Promise<number> {
  const rows = await withTx(t.system(), (c) => c.tx.execute('select count(*)::int as n from files'));
  return (rows.rows[0] as { n: number }).n;
}

const partnerA = () => t.world.partnerA.id;

describe('uploading and downloading', () => {
  it('round-trips a document: the same bytes, its type from the bytes, as an attachment with safe headers', async () => {
    const admin = await as('admin');
    const res = await upload(admin, 'POST', `/api/v1/partners/${partnerA()}/files`, {
      filename: 'C:\\Users\\ada\\Signed NDA – Alpha.pdf',
      contentType: 'text/html',
      bytes: pdf,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      kind: 'partner.document',
      recordId: partnerA(),
      partnerId: partnerA(),
      name: 'Signed NDA – Alpha.pdf',
      contentType: 'application/pdf',
      size: pdf.length,
      uploadedById: t.world.users.admin.id,
      can: { delete: true },
    });
    expect(res.body.contentUrl).toBe(`/api/v1/files/${res.body.id}/content`);

    // A partner user of that partner reads it.
    const reader = await as('partnerUserA');
    const content = await reader.get(res.body.contentUrl);
    expect(content.status).toBe(200);
    expect(content.raw.rawPayload.equals(pdf)).toBe(true);
    expect(content.headers['content-type']).toBe('application/pdf');
    expect(content.headers['content-length']).toBe(String(pdf.length));
    expect(content.headers['content-disposition']).toBe(
      `attachment; filename="Signed NDA _ Alpha.pdf"; filename*=UTF-8''Signed%20NDA%20%E2%80%93%20Alpha.pdf`,
    );
    expect(content.headers['x-content-type-options']).toBe('nosniff');
    expect(content.headers['content-security-policy']).toBe("default-src 'none'; sandbox");
    expect(content.headers['cache-control']).toBe('private, no-cache');
    const etag = String(content.headers.etag);
    expect(etag).toBe(`"${res.body.sha256}"`);
    const again = await reader.get(res.body.contentUrl, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(again.raw.rawPayload.length).toBe(0);

    const meta = await reader.get(`/api/v1/files/${res.body.id}`);
    expect(meta.status).toBe(200);
    expect(meta.body).toMatchObject({ id: res.body.id, can: { delete: false } });
  });

  it('serves a logo inline, and a new logo replaces the old one (its bytes go too)', async () => {
    const partnerAdmin = await as('partnerAdminA');
    const first = await upload(partnerAdmin, 'PUT', `/api/v1/partners/${partnerA()}/logo`, {
      filename: 'logo.png',
      bytes: png('A'),
    });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body).toMatchObject({ kind: 'partner.logo', contentType: 'image/png', can: { delete: true } });
    const shown = await (await as('pm')).get(first.body.contentUrl);
    expect(shown.status).toBe(200);
    expect(shown.headers['content-type']).toBe('image/png');
    expect(String(shown.headers['content-disposition'])).toMatch(/^inline; filename="logo.png"/);
    const keys = storedKeys().length;

    const second = await upload(partnerAdmin, 'PUT', `/api/v1/partners/${partnerA()}/logo`, {
      filename: 'new.png',
      bytes: png('B'),
    });
    expect(second.status).toBe(200);
    expect(storedKeys().length).toBe(keys);
    expect((await partnerAdmin.get(first.body.contentUrl)).status).toBe(404);
    const all = await partnerAdmin.get(`/api/v1/partners/${partnerA()}/files`);
    const logos = all.body.data.filter((f: { kind: string }) => f.kind === 'partner.logo');
    expect(logos.map((f: { id: string }) => f.id)).toEqual([second.body.id]);
    expect(all.body.data.map((f: { kind: string }) => f.kind)).toContain('partner.document');

    const removed = await partnerAdmin.delete(`/api/v1/partners/${partnerA()}/logo`);
    expect(removed.status).toBe(204);
    expect(storedKeys().length).toBe(keys - 1);
    expect((await partnerAdmin.get(second.body.contentUrl)).status).toBe(404);
  });

  it('serves text as an attachment of type text/plain, never as a page', async () => {
    const res = await (await as('partnerUserA')).get(`/api/v1/files/${t.world.documentA}/content`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/plain');
    expect(String(res.headers['content-disposition'])).toMatch(/^attachment; filename="welcome.txt"/);
    expect(res.headers['content-security-policy']).toBe("default-src 'none'; sandbox");
  });
});

describe('isolation: another partner’s file is exactly like a missing one', () => {
  it('refuses partner B reading, downloading or deleting partner A’s file with the 404 of a missing id', async () => {
    const missing = '01a20000-0000-7000-8000-00000000dead';
    for (const who of ['partnerAdminB', 'partnerUserB'] as const) {
      const client = await as(who);
      for (const [method, suffix] of [
        ['GET', ''],
        ['GET', '/content'],
        ['DELETE', ''],
      ] as const) {
        const send = (id: string) =>
          method === 'GET' ? client.get(`/api/v1/files/${id}${suffix}`) : client.delete(`/api/v1/files/${id}${suffix}`);
        const theirs = await send(t.world.documentA);
        const none = await send(missing);
        // A partner user may not delete at all (403 before any lookup), for any id.
        const expected = method === 'DELETE' && who === 'partnerUserB' ? 403 : 404;
        expect(theirs.status, `${who} ${method} ${suffix}`).toBe(expected);
        expect(none.status).toBe(expected);
        expect(theirs.body.code).toBe(none.body.code);
        expect(theirs.body.detail).toBe(none.body.detail);
      }
      expect((await client.get(`/api/v1/partners/${partnerA()}/files`)).status).toBe(404);
    }
    expect((await (await as('partnerUserA')).get(`/api/v1/files/${t.world.documentA}/content`)).status).toBe(200);
  });

  it('does not let a partner’s admin upload to another partner, and stores nothing when refused', async () => {
    const before = { rows: await fileRowCount(), keys: storedKeys().length };
    const other = await upload(await as('partnerAdminB'), 'PUT', `/api/v1/partners/${partnerA()}/logo`, {
      filename: 'logo.png',
      bytes: png('X'),
    });
    expect(other.status).toBe(404);
    const missing = await upload(await as('partnerAdminB'), 'PUT', '/api/v1/partners/01a20000-0000-7000-8000-00000000dead/logo', {
      filename: 'logo.png',
      bytes: png('X'),
    });
    expect(other.body.code).toBe(missing.body.code);
    // A partner manager who does not own the partner sees it but may not attach to it.
    const pm2 = await upload(await as('pm2'), 'POST', `/api/v1/partners/${partnerA()}/files`, { filename: 'x.pdf', bytes: pdf });
    expect(pm2.status).toBe(403);
    // Documents are the vendor's: the partner's own admin may not add one.
    const own = await upload(await as('partnerAdminA'), 'POST', `/api/v1/partners/${partnerA()}/files`, {
      filename: 'x.pdf',
      bytes: pdf,
    });
    expect(own.status).toBe(403);
    expect(await fileRowCount()).toBe(before.rows);
    expect(storedKeys().length).toBe(before.keys);
    expect(incoming()).toEqual([]);
  });

  it('lets a partner admin read but not delete a vendor document on their own partner', async () => {
    const res = await (await as('partnerAdminA')).delete(`/api/v1/files/${t.world.documentA}`);
    expect(res.status).toBe(403);
    expect((await (await as('partnerAdminA')).get(`/api/v1/files/${t.world.documentA}`)).status).toBe(200);
  });
});

describe('what is refused', () => {
  const logoUrl = () => `/api/v1/partners/${partnerA()}/logo`;

  async function expectNothingStored(run: () => Promise<Response>, status: number, message: RegExp) {
    const before = { rows: await fileRowCount(), keys: storedKeys().length };
    const res = await run();
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    expect(String(res.headers['content-type'])).toContain('application/problem+json');
    expect(res.body.errors?.[0]?.path).toBe('file');
    expect(res.body.errors?.[0]?.message).toMatch(message);
    expect(await fileRowCount()).toBe(before.rows);
    expect(storedKeys().length).toBe(before.keys);
    expect(incoming()).toEqual([]);
  }

  it('a .png name with bytes that are not an image', async () => {
    const admin = await as('admin');
    await expectNothingStored(
      () =>
        upload(admin, 'PUT', logoUrl(), {
          filename: 'logo.png',
          contentType: 'image/png',
          bytes: Buffer.from('just some text, not a picture'),
        }),
      415,
      /must be PNG, JPEG, GIF or WebP \(this is plain text\)/,
    );
    await expectNothingStored(() => upload(admin, 'PUT', logoUrl(), { filename: 'logo.png', bytes: pdf }), 415, /this is PDF/);
  });

  it('SVG, as a logo or as a document (it can carry script)', async () => {
    const admin = await as('admin');
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    await expectNothingStored(() => upload(admin, 'PUT', logoUrl(), { filename: 'logo.svg', bytes: svg }), 415, /this is SVG/);
    await expectNothingStored(
      () => upload(admin, 'POST', `/api/v1/partners/${partnerA()}/files`, { filename: 'notes.txt', bytes: svg }),
      415,
      /this is SVG/,
    );
    const html = Buffer.from('<!DOCTYPE html><html><body><script>alert(1)</script></body></html>');
    await expectNothingStored(
      () => upload(admin, 'POST', `/api/v1/partners/${partnerA()}/files`, { filename: 'notes.txt', bytes: html }),
      415,
      /this is HTML/,
    );
  });

  it('a file over the kind’s limit: 413 naming the file, no row, no bytes, nothing half-received', async () => {
    const admin = await as('admin');
    const big = Buffer.concat([png('Z'), Buffer.alloc(1024 * 1024)]);
    await expectNothingStored(() => upload(admin, 'PUT', logoUrl(), { filename: 'big.png', bytes: big }), 413, /at most 1 MiB/);
  });

  it('an empty file, a missing part, a JSON body on an upload route', async () => {
    const admin = await as('admin');
    await expectNothingStored(
      () => upload(admin, 'PUT', logoUrl(), { filename: 'empty.png', bytes: Buffer.alloc(0) }),
      422,
      /empty/,
    );
    const json = await admin.put(logoUrl(), { file: 'logo.png' });
    expect(json.status).toBe(415);
    expect(json.body.errors[0].path).toBe('file');
    const { payload, contentType } = multipartBody({ filename: 'a.png', contentType: 'image/png', bytes: png() });
    const misnamed = await t.request('PUT', logoUrl(), {
      body: Buffer.from(payload.toString('latin1').replace('name="file"', 'name="logo"'), 'latin1'),
      cookie: admin.cookie,
      headers: { 'content-type': contentType, 'x-csrf-token': admin.csrfToken },
    });
    expect(misnamed.status).toBe(422);
    expect(misnamed.body.errors[0]).toMatchObject({ path: 'file' });
  });

  it('multipart bodies anywhere but an upload route', async () => {
    const admin = await as('admin');
    const { payload, contentType } = multipartBody({ filename: 'a.png', contentType: 'image/png', bytes: png() });
    const res = await t.request('POST', `/api/v1/partners/${partnerA()}/contacts`, {
      body: payload,
      cookie: admin.cookie,
      headers: { 'content-type': contentType, 'x-csrf-token': admin.csrfToken },
    });
    expect(res.status).toBe(415);
    expect(incoming()).toEqual([]);
  });
});

describe('bytes and rows stay consistent', () => {
  it('deleting removes the bytes only once the deletion commits', async () => {
    const sys = t.system();
    const file = await attachFile(sys, 'partner.document', partnerA(), { name: 'keep.txt', bytes: Buffer.from('keep me\n') });
    const key = `${file.id.slice(-2)}/${file.id}`;
    expect(storedKeys()).toContain(key);
    await expect(
      withTx(sys, async (c) => {
        await deleteFile(c, file.id);
        // Inside the deleting transaction the bytes are still there…
        expect(storedKeys()).toContain(key);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    // …and after a rollback they stay, with their row.
    expect(storedKeys()).toContain(key);
    expect((await (await as('admin')).get(`/api/v1/files/${file.id}/content`)).status).toBe(200);

    const deleted = await (await as('admin')).delete(`/api/v1/files/${file.id}`);
    expect(deleted.status).toBe(204);
    expect(storedKeys()).not.toContain(key);
    expect((await (await as('admin')).get(`/api/v1/files/${file.id}`)).status).toBe(404);
  });

  it('an upload whose transaction rolls back leaves no bytes behind', async () => {
    const before = storedKeys().length;
    await expect(
      withTx(t.system(), async (c) => {
        await attachFile(c, 'partner.document', partnerA(), { name: 'lost.txt', bytes: Buffer.from('lost\n') });
        expect(storedKeys().length).toBe(before + 1);
        throw new Error('something later failed');
      }),
    ).rejects.toThrow('something later failed');
    expect(storedKeys().length).toBe(before);
  });

  it('the daily sweep removes bytes no file names (a process died before its row committed), after a grace period', async () => {
    const sys = t.system();
    const kept = await attachFile(sys, 'partner.document', partnerA(), { name: 'kept.txt', bytes: Buffer.from('kept\n') });
    const keptKey = `${kept.id.slice(-2)}/${kept.id}`;
    const orphanId = randomUUID();
    const orphanKey = `${orphanId.slice(-2)}/${orphanId}`;
    await storageOf(t.database.db).put(orphanKey, { bytes: Buffer.from('orphan\n') }, { size: 7, contentType: 'text/plain' });
    await storageOf(t.database.db).put(
      `imports/${orphanId}`,
      { bytes: Buffer.from('a,b\n') },
      { size: 4, contentType: 'text/csv' },
    );
    // Within the grace period nothing is touched.
    expect((await sweepOrphanBytes(sys, new Date(Date.now() - 3_600_000))).removed).toBe(0);
    expect(storedKeys()).toContain(orphanKey);
    // Past it, the orphan goes; a file's bytes and another module's keys stay.
    const swept = await sweepOrphanBytes(sys, new Date(Date.now() + 60_000));
    expect(swept.removed).toBe(1);
    expect(storedKeys()).not.toContain(orphanKey);
    expect(storedKeys()).toEqual(expect.arrayContaining([keptKey, `imports/${orphanId}`]));
    expect((await (await as('admin')).get(`/api/v1/files/${kept.id}/content`)).status).toBe(200);
    await storageOf(t.database.db).remove(`imports/${orphanId}`);
  });

  it('audits uploads and deletions and emits file.uploaded and file.deleted', async () => {
    const admin = await as('admin');
    const res = await upload(admin, 'POST', `/api/v1/partners/${partnerA()}/files`, { filename: 'audit.pdf', bytes: pdf });
    await admin.delete(`/api/v1/files/${res.body.id}`);
    const events = await withTx(t.system(), (c) =>
      c.tx.execute(`select name, data from domain_events where entity_id = '${res.body.id}' order by occurred_at, id`),
    );
    expect(events.rows.map((r) => (r as { name: string }).name)).toEqual(['file.uploaded', 'file.deleted']);
    expect((events.rows[0] as { data: Record<string, unknown> }).data).toMatchObject({
      kind: 'partner.document',
      recordId: partnerA(),
      contentType: 'application/pdf',
      size: pdf.length,
    });
    const audit = await admin.get('/api/v1/audit-events', { query: { entityId: res.body.id } });
    expect(audit.status).toBe(200);
    expect(audit.body.data.map((e: { action: string }) => e.action).sort()).toEqual(['create', 'delete']);
  });

  it('a deleted partner takes its files along', async () => {
    const admin = await as('admin');
    const created = await admin.post('/api/v1/partners', {
      name: 'Short Lived Ltd',
      motion: 'channel',
      domains: ['short-lived.example'],
    });
    expect(created.status).toBe(201);
    const logo = await upload(admin, 'PUT', `/api/v1/partners/${created.body.id}/logo`, { filename: 'l.png', bytes: png('S') });
    const key = `${logo.body.id.slice(-2)}/${logo.body.id}`;
    expect(storedKeys()).toContain(key);
    expect((await admin.delete(`/api/v1/partners/${created.body.id}`)).status).toBe(204);
    expect(storedKeys()).not.toContain(key);
    expect((await admin.get(`/api/v1/files/${logo.body.id}`)).status).toBe(404);
  });
});
