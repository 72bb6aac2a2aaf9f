import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simplePdf } from '../../src/modules/files/index.js';
import { createSeededApp, type SeededApp } from '../support/harness.js';
import { multipartBody } from '../support/matrix.js';
import { PASSWORD } from '../support/world.js';

/**
 * Files through the API with the S3 driver the configuration chooses (CONSORT_S3_BUCKET …),
 * against s3rver, an S3-compatible server from npm run in this process. The storage contract
 * itself is files.storage.test.ts; this is the wiring: configuration → storage → upload and
 * download routes.
 */
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'consort-files-s3-'));
const BUCKET = 'consort-api-files';
const PREFIX = 'tenant-1/';
let s3rver: S3rver;
let t: SeededApp;
const saved = { id: process.env.AWS_ACCESS_KEY_ID, secret: process.env.AWS_SECRET_ACCESS_KEY };

beforeAll(async () => {
  s3rver = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: path.join(scratch, 's3rver'),
    configureBuckets: [{ name: BUCKET, configs: [] }],
  });
  const { port } = await s3rver.run();
  // The bucket's credentials come from the environment, as the AWS SDK reads them anywhere.
  process.env.AWS_ACCESS_KEY_ID = 'S3RVER';
  process.env.AWS_SECRET_ACCESS_KEY = 'S3RVER';
  t = await createSeededApp({
    env: {
      CONSORT_S3_BUCKET: BUCKET,
      CONSORT_S3_ENDPOINT: `http://127.0.0.1:${port}`,
      CONSORT_S3_FORCE_PATH_STYLE: 'true',
      CONSORT_S3_PREFIX: PREFIX,
    },
  });
});
afterAll(async () => {
  await t?.close();
  await s3rver?.close();
  for (const [key, value] of [
    ['AWS_ACCESS_KEY_ID', saved.id],
    ['AWS_SECRET_ACCESS_KEY', saved.secret],
  ] as const) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  fs.rmSync(scratch, { recursive: true, force: true });
});

/** Every object in the bucket, by key (s3rver keeps each as `<key>._S3rver_object`). */
function objectKeys(): string[] {
  const dir = path.join(scratch, 's3rver', BUCKET);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('._S3rver_object'))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).replace(/\._S3rver_object$/, ''));
}

describe('files in an S3-compatible bucket', () => {
  it('stores an upload in the bucket under a generated key, serves it back, and deletes it from there', async () => {
    expect(t.config.files.kind).toBe('s3');
    const admin = await t.login(t.world.users.admin.email, PASSWORD);
    const pdf = simplePdf(['Signed in the bucket']);
    const { payload, contentType } = multipartBody({ filename: 'Bucket NDA.pdf', contentType: 'application/pdf', bytes: pdf });
    const before = objectKeys();
    const res = await t.request('POST', `/api/v1/partners/${t.world.partnerA.id}/files`, {
      body: payload,
      cookie: admin.cookie,
      headers: { 'content-type': contentType, 'x-csrf-token': admin.csrfToken },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);

    const added = objectKeys().filter((k) => !before.includes(k));
    expect(added).toHaveLength(1);
    expect(added[0]?.startsWith(PREFIX)).toBe(true);
    expect(added[0]).not.toContain('Bucket NDA');

    const reader = await t.login(t.world.users.partnerUserA.email, PASSWORD);
    const content = await reader.get(res.body.contentUrl);
    expect(content.status).toBe(200);
    expect(content.raw.rawPayload.equals(pdf)).toBe(true);
    expect(content.headers['content-type']).toBe('application/pdf');
    expect(String(content.headers['content-disposition'])).toMatch(/^attachment; /);
    // Another partner's user is told it does not exist.
    const other = await t.login(t.world.users.partnerUserB.email, PASSWORD);
    expect((await other.get(res.body.contentUrl)).status).toBe(404);

    expect((await admin.delete(`/api/v1/files/${res.body.id}`)).status).toBe(204);
    // The object goes once the deletion has committed.
    const until = Date.now() + 5000;
    while (objectKeys().some((k) => !before.includes(k)) && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(objectKeys().filter((k) => !before.includes(k))).toEqual([]);
  });
});
