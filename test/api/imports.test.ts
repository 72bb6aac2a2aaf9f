import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTx } from '../../src/db/scope.js';
import { storageOf } from '../../src/modules/files/index.js';
import { importRuns } from '../../src/modules/imports/imports.schema.js';
import { IMPORT_JOB, importSourceKey } from '../../src/modules/imports/index.js';
import { enqueueJob } from '../../src/modules/jobs/index.js';
import { type Client, createSeededApp, type SeededApp } from '../support/harness.js';
import { PASSWORD } from '../support/world.js';

let t: SeededApp;
let admin: Client;
beforeAll(async () => {
  // Large imports run as jobs: this app runs the job worker.
  t = await createSeededApp({ workers: ['jobs'] });
  admin = await t.login(t.world.users.admin.email, PASSWORD);
});
afterAll(async () => t?.close());

/** POST a CSV body as the client would send a file. */
function postCsv(client: Client, kind: string, csv: string, query: Record<string, string> = {}) {
  return t.request('POST', `/api/v1/imports/${kind}`, {
    cookie: client.cookie,
    query,
    headers: { 'content-type': 'text/csv', 'x-csrf-token': client.csrfToken },
    body: csv,
  });
}

async function partnerCount(q: string): Promise<number> {
  const res = await admin.get('/api/v1/partners', { query: { q, limit: 500 } });
  return res.body.data.length;
}

describe('partner imports', () => {
  it('changes nothing when one row is bad, and names its row and column', async () => {
    const csv = [
      'Account Name,Website,Billing Country',
      'Bad Row Co One,https://one.example,Germany',
      'Bad Row Co Two,https://two.example,Atlantis',
      'Bad Row Co Three,three.example,FR',
    ].join('\n');
    const res = await postCsv(admin, 'partners', csv, { dryRun: 'false' });
    expect(res.status).toBe(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.rows).toBe(3);
    expect(res.body.errors).toEqual([
      {
        row: 3,
        column: 'country',
        message: 'is not a country (an ISO code such as DE, or its English name)',
        path: 'rows.3.country',
      },
    ]);
    expect(await partnerCount('Bad Row Co')).toBe(0);
  });

  it('imports a good file with an audit entry and event per partner, and records the run', async () => {
    const csv =
      'name,domains,country,types,motion\nGood Import A,good-a.example,DE,reseller; msp,channel\nGood Import B,good-b.example,US,technology,alliance\n';
    const res = await postCsv(admin, 'partners', csv, { dryRun: 'false' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ rows: 2, errors: [], errorCount: 0, status: 'succeeded' });
    const list = await admin.get('/api/v1/partners', { query: { q: 'Good Import' } });
    expect(
      list.body.data.map((p: { name: string; domains: string[]; types: string[]; lifecycleStage: string }) => [
        p.name,
        p.domains,
        p.types,
        p.lifecycleStage,
      ]),
    ).toEqual([
      ['Good Import A', ['good-a.example'], ['reseller', 'msp'], 'prospect'],
      ['Good Import B', ['good-b.example'], ['technology'], 'prospect'],
    ]);
    const id = list.body.data[0].id;
    const audit = await admin.get('/api/v1/audit-events', { query: { entityId: id } });
    expect(audit.body.data).toHaveLength(1);
    expect(audit.body.data[0]).toMatchObject({
      action: 'create',
      entityType: 'partner',
      summary: 'Imported partner Good Import A',
    });
    const run = await admin.get(`/api/v1/imports/${res.body.importId}`);
    expect(run.status).toBe(200);
    expect(run.body).toMatchObject({ kind: 'partners', status: 'succeeded', rows: 2, done: 2, progress: 1 });
    // The domain is claimed: importing it again is a problem naming the holder.
    const again = await postCsv(admin, 'partners', 'name,domains\nGood Import C,good-a.example\nGood Import A,\n');
    expect(again.body.errors).toEqual([
      { row: 2, column: 'domains', message: '"good-a.example" belongs to partner Good Import A' },
      { row: 3, column: 'name', message: 'a partner named "Good Import A" exists already' },
    ]);
  });

  it('recognises Salesforce and HubSpot export headers and reports the ones it ignores', async () => {
    const salesforce =
      'Account Name,Website,Billing Country,Billing City,Industry,Phone,Type,Account Owner,Number of Employees\n' +
      `SF Account,www.sf-account.example,United States,Austin,Software,+1 555,Channel Partner / Reseller,${t.world.users.pm.email},120\n`;
    const sf = await postCsv(admin, 'partners', salesforce);
    expect(sf.status).toBe(200);
    expect(sf.body.status).toBe('valid');
    expect(
      Object.fromEntries(sf.body.mapping.map((m: { header: string; column: string | null }) => [m.header, m.column])),
    ).toEqual({
      'Account Name': 'name',
      Website: 'website',
      'Billing Country': 'country',
      'Billing City': null,
      Industry: 'industries',
      Phone: null,
      Type: 'types',
      'Account Owner': 'owner',
      'Number of Employees': 'companySize',
    });
    const hubspot =
      'Company name,Company Domain Name,Country/Region,Industry,Phone Number,Number of Employees\nHS Company,hs-company.example,Germany,COMPUTER_SOFTWARE,+49 30,5000\n';
    const hs = await postCsv(admin, 'partners', hubspot, { dryRun: 'false' });
    expect(hs.status).toBe(200);
    const [made] = (await admin.get('/api/v1/partners', { query: { q: 'HS Company' } })).body.data;
    expect(made).toMatchObject({
      name: 'HS Company',
      domains: ['hs-company.example'],
      country: 'DE',
      companySize: '1001-5000',
      industries: ['COMPUTER_SOFTWARE'],
    });
  });

  it('lets the caller fix the mapping, and a dry run writes nothing', async () => {
    const csv = 'Org,Legal\nMapped Co,Mapped Company GmbH\n';
    const unmapped = await postCsv(admin, 'partners', csv);
    expect(unmapped.body.errors).toEqual([
      { row: 1, column: 'name', message: 'is required: no header of the file is mapped to Name' },
    ]);
    const fixed = await postCsv(admin, 'partners', csv, { map: 'Org=name' });
    expect(fixed.body).toMatchObject({ status: 'valid', rows: 1, errors: [] });
    expect(fixed.body.mapping).toEqual([
      { header: 'Org', column: 'name', how: 'given' },
      { header: 'Legal', column: null, how: 'unknown' },
    ]);
    expect(await partnerCount('Mapped Co')).toBe(0);
    const json = await admin.post(
      '/api/v1/imports/partners',
      { csv, mapping: { Org: 'name', Legal: 'legalName' } },
      { query: { dryRun: 'false' } },
    );
    expect(json.status).toBe(200);
    const [made] = (await admin.get('/api/v1/partners', { query: { q: 'Mapped Co' } })).body.data;
    expect(made.legalName).toBe('Mapped Company GmbH');
  });

  it('takes a multipart file', async () => {
    const boundary = '----consort-test';
    const body =
      `--${boundary}\r\nContent-Disposition: form-data; name="mapping"\r\n\r\n{"Firma":"name"}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="firmen.csv"\r\nContent-Type: text/csv\r\n\r\n` +
      'Firma;Land\nMultipart GmbH;DE\n' +
      `\r\n--${boundary}--\r\n`;
    const res = await t.request('POST', '/api/v1/imports/partners', {
      cookie: admin.cookie,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, 'x-csrf-token': admin.csrfToken },
      body,
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'valid', rows: 1, errors: [] });
  });

  it('finds duplicates within the file and checks 1,000 rows in batches', async () => {
    const lines = ['name,domains'];
    for (let i = 0; i < 1000; i += 1) lines.push(`Bulk Partner ${i},bulk-${i}.example`);
    lines.push('Bulk Partner 7,bulk-7.example');
    const dry = await postCsv(admin, 'partners', lines.join('\n'));
    expect(dry.body.rows).toBe(1001);
    expect(dry.body.errors).toEqual([
      { row: 1002, column: 'name', message: '"Bulk Partner 7" is also on row 9' },
      { row: 1002, column: 'domains', message: '"bulk-7.example" is also on row 9' },
    ]);
    const good = await postCsv(admin, 'partners', lines.slice(0, -1).join('\n'), { dryRun: 'false' });
    expect(good.status).toBe(200);
    expect(good.body.rows).toBe(1000);
    expect(await partnerCount('Bulk Partner')).toBe(500);
    const exported = await admin.get('/api/v1/partners/export', { query: { q: 'Bulk Partner' } });
    expect(exported.body.trim().split('\r\n')).toHaveLength(1001);
  });

  it('refuses callers who may not import partners, and other content types elsewhere', async () => {
    const user = await t.login(t.world.users.partnerAdminA.email, PASSWORD);
    const res = await postCsv(user, 'partners', 'name\nNope\n');
    expect(res.status).toBe(403);
    const elsewhere = await t.request('POST', '/api/v1/partners', {
      cookie: admin.cookie,
      headers: { 'content-type': 'text/csv', 'x-csrf-token': admin.csrfToken },
      body: 'name\nx\n',
    });
    expect(elsewhere.status).toBe(415);
    const boundary = '----consort-elsewhere';
    const multipart = await t.request('POST', '/api/v1/partners', {
      cookie: admin.cookie,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, 'x-csrf-token': admin.csrfToken },
      body: `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\nname\nx\r\n--${boundary}--\r\n`,
    });
    expect(multipart.status).toBe(415);
    // An import without a file names the field.
    const empty = await admin.post('/api/v1/imports/partners', {});
    expect(empty.status).toBe(422);
    expect(empty.body.errors).toEqual([expect.objectContaining({ path: 'file' })]);
  });

  it('lists the columns an importer takes, with the headers it recognises', async () => {
    const res = await admin.get('/api/v1/imports/partners/columns');
    expect(res.status).toBe(200);
    const name = res.body.columns.find((c: { key: string }) => c.key === 'name');
    expect(name).toMatchObject({ label: 'Name', required: true });
    expect(name.aliases).toEqual(expect.arrayContaining(['Account Name', 'Company name']));
  });

  /** Polls an import run until it ends (a deadline, not a count: a busy machine runs it slower). */
  async function untilFinished(runId: string, onPoll?: (status: string) => void) {
    const deadline = Date.now() + 80_000;
    let run = (await admin.get(`/api/v1/imports/${runId}`)).body;
    onPoll?.(run.status);
    while (!['succeeded', 'failed'].includes(run.status) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      run = (await admin.get(`/api/v1/imports/${runId}`)).body;
      onPoll?.(run.status);
    }
    return run;
  }

  it('runs a large file in the background, with progress, all or nothing', { timeout: 120_000 }, async () => {
    const lines = ['name,domains,description'];
    const padding = 'x'.repeat(900);
    for (let i = 0; i < 2600; i += 1) lines.push(`Background Partner ${i},background-${i}.example,${padding}`);
    const res = await postCsv(admin, 'partners', lines.join('\n'), { dryRun: 'false' });
    expect(res.status).toBe(202);
    expect(res.body.status).toBe('queued');
    const seen: string[] = [];
    const run = await untilFinished(res.body.importId, (status) => seen.push(status));
    // The progress is readable while the import's transaction is open (from memory, on PGlite too).
    expect(seen).toContain('running');
    expect(run).toMatchObject({ status: 'succeeded', rows: 2600, done: 2600, progress: 1 });
    expect(
      (await admin.get('/api/v1/partners/export', { query: { q: 'Background Partner' } })).body.trim().split('\r\n'),
    ).toHaveLength(2601);
    // Another user's run is not found.
    const other = await t.login(t.world.users.finance.email, PASSWORD);
    expect((await other.get(`/api/v1/imports/${res.body.importId}`)).status).toBe(404);
    // It ran as a job, and its file waited in the files storage until the run ended.
    const jobs = await admin.get('/api/v1/jobs', { query: { name: IMPORT_JOB } });
    const job = jobs.body.data.find((j: { payload: { runId?: string } }) => j.payload.runId === res.body.importId);
    expect(job).toMatchObject({ status: 'succeeded', result: { status: 'succeeded', rows: 2600 } });
    expect(await storageOf(t.database.db).exists(importSourceKey(res.body.importId))).toBe(false);
    expect(fs.readdirSync(t.config.files.incomingDir)).toEqual([]);
  });

  it('runs again a run a crash left running (nothing of it was committed)', async () => {
    const runId = crypto.randomUUID();
    const csv = 'name,domains\nResumed Partner 1,resumed-1.example\nResumed Partner 2,resumed-2.example\n';
    await storageOf(t.database.db).put(
      importSourceKey(runId),
      { bytes: Buffer.from(csv) },
      { size: csv.length, contentType: 'text/csv' },
    );
    // As a process that died mid-import leaves it: the run says running, its job is queued again.
    await withTx(t.system(), async (c) => {
      await c.tx.insert(importRuns).values({
        id: runId,
        kind: 'partners',
        status: 'running',
        fileName: 'resumed.csv',
        filePath: importSourceKey(runId),
        bytes: csv.length,
        userId: t.world.users.admin.id,
        startedAt: new Date(),
      });
      await enqueueJob(c, IMPORT_JOB, { runId }, { singletonKey: runId });
    });
    const run = await untilFinished(runId);
    expect(run).toMatchObject({ status: 'succeeded', rows: 2, done: 2 });
    expect(await partnerCount('Resumed Partner')).toBe(2);
    expect(await storageOf(t.database.db).exists(importSourceKey(runId))).toBe(false);
    // The job once more (a second delivery): the run has ended, nothing is imported twice.
    await withTx(t.system(), (c) => enqueueJob(c, IMPORT_JOB, { runId }));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await partnerCount('Resumed Partner')).toBe(2);
  });
});

describe('contact, user and exchange-rate imports', () => {
  it("imports contacts to partners named by domain; a partner's admin only into their own company", async () => {
    const domain = t.world.partnerA.domains[0];
    const csv = `Company Domain Name,First Name,Last Name,Email,Job Title\n${domain},Ada,Lovelace,ada@${domain},CTO\n`;
    const res = await postCsv(admin, 'contacts', csv, { dryRun: 'false' });
    expect(res.status).toBe(200);
    const contacts = await admin.get(`/api/v1/partners/${t.world.partnerA.id}/contacts`);
    expect(contacts.body.data.map((c: { name: string; title: string }) => [c.name, c.title])).toContainEqual([
      'Ada Lovelace',
      'CTO',
    ]);
    const partnerAdmin = await t.login(t.world.users.partnerAdminA.email, PASSWORD);
    const own = await postCsv(partnerAdmin, 'contacts', 'Name,Email\nOwn Contact,own@a.example\n', { dryRun: 'false' });
    expect(own.status).toBe(200);
    const twice = await postCsv(partnerAdmin, 'contacts', 'Name,Email\nOnce,twice@a.example\nAgain,twice@a.example\n');
    expect(twice.body.errors).toEqual([
      { row: 3, column: 'email', message: 'twice@a.example is also on row 2 for the same partner' },
    ]);
    const otherDomain = t.world.partnerB.domains[0];
    const other = await postCsv(partnerAdmin, 'contacts', `Partner,Name\n${otherDomain},Sneaky\n${t.world.partnerB.id},Sneaky\n`);
    expect(other.body.errors).toEqual([
      { row: 2, column: 'partner', message: `no partner "${otherDomain}"` },
      { row: 3, column: 'partner', message: `no partner "${t.world.partnerB.id}"` },
    ]);
  });

  it('imports users with their partner and role, refusing an e-mail in use', async () => {
    const csv = `Email,Full Name,Role,Partner ID\nnew.person@a.example,New Person,partner_user,${t.world.partnerA.id}\n${t.world.users.pm.email},Taken,admin,\n`;
    const dry = await postCsv(admin, 'users', csv);
    expect(dry.body.errors).toEqual([{ row: 3, column: 'email', message: `${t.world.users.pm.email} has an account already` }]);
    const twice = await postCsv(admin, 'users', `${csv}new.person@a.example,Again,partner_user,${t.world.partnerA.id}\n`);
    expect(twice.body.errors).toContainEqual({ row: 4, column: 'email', message: 'new.person@a.example is also on row 2' });
    const res = await postCsv(admin, 'users', csv.split('\n').slice(0, 2).join('\n'), { dryRun: 'false' });
    expect(res.status).toBe(200);
    const found = await admin.get('/api/v1/users', { query: { q: 'new.person@a.example' } });
    expect(found.body.data[0]).toMatchObject({ name: 'New Person', role: 'partner_user', partnerId: t.world.partnerA.id });
  });

  it('imports dated exchange rates, replacing a rate for the same day', async () => {
    const finance = await t.login(t.world.users.finance.email, PASSWORD);
    const csv = 'date,currency,rate,source\n2025-01-31,EUR,1.04,ECB\n2025-01-31,GBP,1.24,ECB\n';
    expect((await postCsv(finance, 'fx-rates', csv, { dryRun: 'false' })).status).toBe(200);
    const again = await postCsv(finance, 'fx-rates', 'date,currency,rate\n2025-01-31,EUR,1.05\n2025-02-30,EUR,1\n', {
      dryRun: 'false',
    });
    expect(again.status).toBe(422);
    expect(again.body.errors).toEqual([{ row: 3, column: 'date', message: 'is not a real date', path: 'rows.3.date' }]);
    expect((await postCsv(finance, 'fx-rates', 'date,currency,rate\n2025-01-31,EUR,1.05\n', { dryRun: 'false' })).status).toBe(
      200,
    );
    const rates = await finance.get('/api/v1/fx-rates', { query: { from: '2025-01-31', to: '2025-01-31' } });
    expect(rates.body.data.map((r: { currency: string; rate: string }) => [r.currency, r.rate]).sort()).toEqual([
      ['EUR', '1.05'],
      ['GBP', '1.24'],
    ]);
  });
});
