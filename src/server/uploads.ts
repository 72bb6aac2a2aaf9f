import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import busboy from 'busboy';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../shared/errors.js';
import type { Config } from './config.js';

/**
 * File bodies for the routes that declare `fileBody: true` (imports): `text/csv` or a multipart
 * form with a `file` part (and optional text fields), streamed to a temporary file under the
 * data folder — never held in memory — and handed to the handler as `req.fileBody`. Every other
 * route answers 415 to these content types, as it does to anything but JSON. The file is
 * deleted when the response is sent unless the handler keeps it (`keep()`: an import that runs
 * on after the response owns it and deletes it itself).
 */
export type StoredUpload = {
  path: string;
  bytes: number;
  /** The file name a multipart form gave, if any. */
  fileName: string | null;
  /** The form's other text fields (multipart only). */
  fields: Record<string, string>;
  /** The file outlives the request; whoever kept it deletes it. */
  keep(): void;
};

declare module 'fastify' {
  interface FastifyRequest {
    fileBody?: StoredUpload;
  }
  interface FastifyContextConfig {
    fileBody?: boolean;
  }
}

/** Largest accepted upload: a million-row CRM export is a few hundred megabytes. */
export const MAX_UPLOAD_BYTES = 1024 * 1024 * 1024;

/** Where uploads and import files wait: `<data folder>/uploads`, or the system's temporary folder with a server database. */
export function uploadDir(config: Config): string {
  const base = config.database.kind === 'pglite' ? config.database.dataDir : path.join(os.tmpdir(), 'consort');
  const dir = path.join(base, 'uploads');
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

export function newUploadPath(config: Config, suffix = '.csv'): string {
  return path.join(uploadDir(config), `${Date.now()}-${randomUUID()}${suffix}`);
}

function limited(): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.length;
      if (seen > MAX_UPLOAD_BYTES) done(new AppError('PAYLOAD_TOO_LARGE', `The file is larger than ${MAX_UPLOAD_BYTES} bytes`));
      else done(null, chunk);
    },
  });
}

async function toFile(source: NodeJS.ReadableStream, file: string): Promise<number> {
  const limit = limited();
  let bytes = 0;
  limit.on('data', (chunk: Buffer) => {
    bytes += chunk.length;
  });
  try {
    await pipeline(source, limit, fs.createWriteStream(file));
  } catch (error) {
    fs.rmSync(file, { force: true });
    throw error;
  }
  return bytes;
}

function stored(request: FastifyRequest, file: string, bytes: number, fileName: string | null, fields: Record<string, string>) {
  let kept = false;
  request.fileBody = {
    path: file,
    bytes,
    fileName,
    fields,
    keep: () => {
      kept = true;
    },
  };
  return () => {
    if (!kept) fs.rmSync(file, { force: true });
  };
}

export function registerUploads(app: FastifyInstance, config: Config): void {
  const cleanups = new WeakMap<FastifyRequest, () => void>();
  app.addHook('onResponse', async (request) => {
    cleanups.get(request)?.();
  });

  const refuse = (request: FastifyRequest) => {
    if (request.routeOptions.config?.fileBody !== true) {
      throw new AppError('UNSUPPORTED_MEDIA_TYPE', `${request.headers['content-type']} is not accepted here; send JSON`);
    }
  };

  app.addContentTypeParser('text/csv', async (request: FastifyRequest, payload: NodeJS.ReadableStream) => {
    refuse(request);
    const file = newUploadPath(config);
    const bytes = await toFile(payload, file);
    cleanups.set(request, stored(request, file, bytes, null, {}));
    return {};
  });

  app.addContentTypeParser('multipart/form-data', (request: FastifyRequest, payload: NodeJS.ReadableStream, done) => {
    try {
      refuse(request);
    } catch (error) {
      done(error as Error, undefined);
      return;
    }
    const fields: Record<string, string> = {};
    let writing: Promise<{ file: string; bytes: number; name: string | null }> | null = null;
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: request.headers, limits: { files: 1, fields: 20, fieldSize: 64 * 1024 } });
    } catch {
      done(new AppError('BAD_REQUEST', 'The multipart body has no boundary'), undefined);
      return;
    }
    parser.on('file', (_name, stream, info) => {
      const file = newUploadPath(config);
      writing = toFile(stream, file).then((bytes) => ({ file, bytes, name: info.filename ?? null }));
      writing.catch(() => stream.resume());
    });
    parser.on('field', (name, value) => {
      fields[name] = value;
    });
    parser.on('error', (error: Error) =>
      done(new AppError('BAD_REQUEST', `The multipart body is malformed: ${error.message}`), undefined),
    );
    parser.on('close', () => {
      // The body the route's schema sees: the form's `mapping` field, if any; the file is `req.fileBody`.
      const body = fields.mapping === undefined ? {} : { mapping: fields.mapping };
      if (!writing) {
        done(null, body);
        return;
      }
      writing.then(
        ({ file, bytes, name }) => {
          cleanups.set(request, stored(request, file, bytes, name, fields));
          done(null, body);
        },
        (error: Error) => done(error, undefined),
      );
    });
    payload.pipe(parser);
  });
}
