import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { text } from 'node:stream/consumers';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FileStorage, localStorage, s3Storage } from './files.storage.js';

/**
 * The storage contract, run against both drivers: the local folder, and the S3 driver talking
 * HTTP to s3rver (an S3-compatible server from npm, run in this process on a folder of its own).
 */
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'consort-storage-'));
let s3rver: S3rver;
let endpoint = '';

beforeAll(async () => {
  s3rver = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: path.join(scratch, 's3rver'),
    configureBuckets: [{ name: 'consort-files', configs: [] }],
  });
  const { port } = await s3rver.run();
  endpoint = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  await s3rver?.close();
  fs.rmSync(scratch, { recursive: true, force: true });
});

const drivers: [string, () => FileStorage][] = [
  ['local', () => localStorage(path.join(scratch, 'local'))],
  [
    's3',
    () =>
      s3Storage({
        bucket: 'consort-files',
        endpoint,
        region: 'us-east-1',
        forcePathStyle: true,
        prefix: 'installation-1/',
        credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
      }),
  ],
];

describe.each(drivers)('file storage: %s', (_name, make) => {
  it('stores bytes and files under a key, opens them, removes them; a missing key is null, removing it twice is fine', async () => {
    const storage = make();
    await storage.put('ab/one', { bytes: Buffer.from('first') }, { size: 5, contentType: 'text/plain' });
    const source = path.join(scratch, `upload-${storage.kind}.part`);
    fs.writeFileSync(source, 'second file');
    await storage.put('cd/two', { path: source }, { size: 11, contentType: 'text/plain' });
    expect(fs.existsSync(source)).toBe(false);

    expect(await text((await storage.open('ab/one')) ?? fail())).toBe('first');
    expect(await text((await storage.open('cd/two')) ?? fail())).toBe('second file');
    expect(await storage.exists('ab/one')).toBe(true);

    await storage.remove('ab/one');
    await storage.remove('ab/one');
    expect(await storage.exists('ab/one')).toBe(false);
    expect(await storage.open('ab/one')).toBeNull();
    expect(await storage.open('ef/never')).toBeNull();
  });

  it('lists what it stores, under a prefix too, with when each was written', async () => {
    const storage = make();
    const before = Date.now() - 60_000;
    await storage.put('list/aa/one', { bytes: Buffer.from('1') }, { size: 1, contentType: 'text/plain' });
    await storage.put('list/bb/two', { bytes: Buffer.from('2') }, { size: 1, contentType: 'text/plain' });
    await storage.put('other/three', { bytes: Buffer.from('3') }, { size: 1, contentType: 'text/plain' });
    const listed = [];
    for await (const item of storage.list('list/')) listed.push(item);
    expect(listed.map((i) => i.key).sort()).toEqual(['list/aa/one', 'list/bb/two']);
    for (const item of listed) expect(item.modifiedAt.getTime()).toBeGreaterThan(before);
    const all = [];
    for await (const item of storage.list()) all.push(item.key);
    expect(all).toEqual(expect.arrayContaining(['list/aa/one', 'list/bb/two', 'other/three']));
  });

  it('replaces what is under a key', async () => {
    const storage = make();
    await storage.put('ab/three', { bytes: Buffer.from('old') }, { size: 3, contentType: 'text/plain' });
    await storage.put('ab/three', { bytes: Buffer.from('new!') }, { size: 4, contentType: 'text/plain' });
    expect(await text((await storage.open('ab/three')) ?? fail())).toBe('new!');
  });

  it('refuses a key that could leave its folder', async () => {
    const storage = make();
    for (const key of ['../x', 'a/../../x', '/etc/passwd', 'a//b', '']) {
      await expect(storage.put(key, { bytes: Buffer.from('x') }, { size: 1, contentType: 'text/plain' })).rejects.toThrow(
        /Not a storage key/,
      );
    }
  });
});

function fail(): never {
  throw new Error('expected bytes');
}
