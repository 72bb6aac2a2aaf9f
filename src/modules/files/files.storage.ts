import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { S3Client } from '@aws-sdk/client-s3';
import type { Db } from '../../db/database.js';
import type { FilesConfig } from '../../server/config.js';

/**
 * Where files' bytes live. Keys are generated (`files.rules.ts` `storageKeyOf`), never a name a
 * user chose. Two drivers: a folder on the local disk (the default) and an S3-compatible bucket.
 * Both keep the same contract (files.storage.test.ts runs it against each).
 */
export type FileStorage = {
  readonly kind: 'local' | 's3';
  /** Stores `source` under `key`; a file source is moved (it is gone afterwards). */
  put(key: string, source: { path: string } | { bytes: Buffer }, info: { size: number; contentType: string }): Promise<void>;
  /** The bytes under `key`, or null when there are none. */
  open(key: string): Promise<Readable | null>;
  /** Removes the bytes under `key`; none there is fine. */
  remove(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
  /** Every key stored (under `prefix`, if given), with when it was last written; in no particular order. */
  list(prefix?: string): AsyncIterable<{ key: string; modifiedAt: Date }>;
};

const KEY = /^[A-Za-z0-9][A-Za-z0-9_-]*(\/[A-Za-z0-9][A-Za-z0-9_-]*)*$/;

function checkKey(key: string): string {
  // Keys are ours, but a path must never climb out of the folder, whoever made the key.
  if (!KEY.test(key)) throw new Error(`Not a storage key: ${JSON.stringify(key)}`);
  return key;
}

function isMissing(error: unknown): boolean {
  return (error as { code?: string }).code === 'ENOENT';
}

/** Files in a folder: `<dir>/<key>`, written through a temporary name beside them and renamed into place. */
export function localStorage(dir: string, incomingDir = path.join(dir, '.incoming')): FileStorage {
  const at = (key: string) => path.join(dir, ...checkKey(key).split('/'));
  return {
    kind: 'local',
    async put(key, source) {
      const target = at(key);
      await fs.promises.mkdir(path.dirname(target), { recursive: true });
      if ('bytes' in source) {
        await fs.promises.mkdir(incomingDir, { recursive: true });
        const temp = path.join(incomingDir, `${randomUUID()}.part`);
        try {
          await fs.promises.writeFile(temp, source.bytes, { flag: 'wx', mode: 0o600 });
          await fs.promises.rename(temp, target);
        } finally {
          await fs.promises.rm(temp, { force: true });
        }
        return;
      }
      try {
        await fs.promises.rename(source.path, target);
      } catch (error) {
        // The upload arrived on another disk (CONSORT_FILES_DIR moved): copy, then remove.
        if ((error as { code?: string }).code !== 'EXDEV') throw error;
        const temp = `${target}.${randomUUID()}.part`;
        try {
          await fs.promises.copyFile(source.path, temp);
          await fs.promises.rename(temp, target);
        } finally {
          await fs.promises.rm(temp, { force: true });
        }
        await fs.promises.rm(source.path, { force: true });
      }
    },
    async open(key) {
      try {
        const handle = await fs.promises.open(at(key), 'r');
        return handle.createReadStream();
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
    async remove(key) {
      await fs.promises.rm(at(key), { force: true });
    },
    async *list(prefix = '') {
      const incoming = path.resolve(incomingDir);
      async function* walk(folder: string, keyPrefix: string): AsyncGenerator<{ key: string; modifiedAt: Date }> {
        let entries: fs.Dirent[];
        try {
          entries = await fs.promises.readdir(folder, { withFileTypes: true });
        } catch (error) {
          if (isMissing(error)) return;
          throw error;
        }
        for (const entry of entries) {
          const full = path.join(folder, entry.name);
          if (path.resolve(full) === incoming) continue;
          const key = `${keyPrefix}${entry.name}`;
          if (entry.isDirectory()) yield* walk(full, `${key}/`);
          else if (entry.isFile() && KEY.test(key) && key.startsWith(prefix)) {
            const stat = await fs.promises.stat(full).catch(() => null);
            if (stat) yield { key, modifiedAt: stat.mtime };
          }
        }
      }
      yield* walk(dir, '');
    },
    async exists(key) {
      return fs.promises.stat(at(key)).then(
        () => true,
        (error: unknown) => {
          if (isMissing(error)) return false;
          throw error;
        },
      );
    },
  };
}

export type S3Options = {
  bucket: string;
  endpoint: string | null;
  region: string;
  forcePathStyle: boolean;
  prefix: string;
  /** Tests pass these; in production the AWS SDK's usual sources (AWS_ACCESS_KEY_ID, …, roles) apply. */
  credentials?: { accessKeyId: string; secretAccessKey: string };
};

/**
 * Files in an S3-compatible bucket (AWS S3, MinIO, Ceph, R2, …). The SDK is loaded only when a
 * bucket is configured. Checksums are computed only where the API requires them, which is what
 * most S3-compatible services understand.
 */
export function s3Storage(options: S3Options): FileStorage {
  let client: Promise<{ s3: S3Client; sdk: typeof import('@aws-sdk/client-s3') }> | null = null;
  const connect = () => {
    client ??= import('@aws-sdk/client-s3').then((sdk) => ({
      sdk,
      s3: new sdk.S3Client({
        region: options.region,
        ...(options.endpoint ? { endpoint: options.endpoint } : {}),
        forcePathStyle: options.forcePathStyle,
        ...(options.credentials ? { credentials: options.credentials } : {}),
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
      }),
    }));
    return client;
  };
  const objectKey = (key: string) => `${options.prefix}${checkKey(key)}`;
  const notFound = (error: unknown) => {
    const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
    return e.name === 'NoSuchKey' || e.name === 'NotFound' || e.$metadata?.httpStatusCode === 404;
  };
  return {
    kind: 's3',
    async put(key, source, info) {
      const { s3, sdk } = await connect();
      const body = 'bytes' in source ? source.bytes : fs.createReadStream(source.path);
      await s3.send(
        new sdk.PutObjectCommand({
          Bucket: options.bucket,
          Key: objectKey(key),
          Body: body,
          ContentLength: info.size,
          ContentType: info.contentType,
        }),
      );
      if ('path' in source) await fs.promises.rm(source.path, { force: true });
    },
    async open(key) {
      const { s3, sdk } = await connect();
      try {
        const answer = await s3.send(new sdk.GetObjectCommand({ Bucket: options.bucket, Key: objectKey(key) }));
        const body = answer.Body;
        if (!body) return null;
        return body instanceof Readable ? body : Readable.fromWeb(body as never);
      } catch (error) {
        if (notFound(error)) return null;
        throw error;
      }
    },
    async remove(key) {
      const { s3, sdk } = await connect();
      await s3.send(new sdk.DeleteObjectCommand({ Bucket: options.bucket, Key: objectKey(key) }));
    },
    async *list(prefix = '') {
      const { s3, sdk } = await connect();
      let token: string | undefined;
      do {
        const page = await s3.send(
          new sdk.ListObjectsV2Command({
            Bucket: options.bucket,
            Prefix: `${options.prefix}${prefix}`,
            ContinuationToken: token,
          }),
        );
        for (const object of page.Contents ?? []) {
          if (!object.Key) continue;
          yield { key: object.Key.slice(options.prefix.length), modifiedAt: object.LastModified ?? new Date(0) };
        }
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (token);
    },
    async exists(key) {
      const { s3, sdk } = await connect();
      try {
        await s3.send(new sdk.HeadObjectCommand({ Bucket: options.bucket, Key: objectKey(key) }));
        return true;
      } catch (error) {
        if (notFound(error)) return false;
        throw error;
      }
    },
  };
}

export function storageFromConfig(config: FilesConfig): FileStorage {
  return config.kind === 'local' ? localStorage(config.dir, config.incomingDir) : s3Storage(config);
}

/** Each open database's storage (one process may hold several: the tests do). */
const storages = new WeakMap<Db, FileStorage>();

export function setFileStorage(db: Db, storage: FileStorage): void {
  storages.set(db, storage);
}

export function storageOf(db: Db): FileStorage {
  const storage = storages.get(db);
  if (!storage) throw new Error('No file storage for this database: the files module was not initialised (initModules)');
  return storage;
}
