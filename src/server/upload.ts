import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';
import { AppError, invalidField } from '../shared/errors.js';
import type { ReceivedUpload, UploadSpec } from './route.js';

/** "512 KiB", "10 MiB": how limits are told to people. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / (1024 * 1024)).toFixed(1))} MiB`;
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} KiB`;
  return `${bytes} bytes`;
}

function tooLarge(maxBytes: number): AppError {
  const message = `must be at most ${formatBytes(maxBytes)}`;
  return new AppError('PAYLOAD_TOO_LARGE', `file: ${message}`, {
    errors: [{ path: 'file', message }],
    // The rest of the body is not read: the client must not reuse this connection.
    headers: { connection: 'close' },
  });
}

/** Room for the multipart framing around the file itself. */
const FRAMING_BYTES = 64 * 1024;

/**
 * Reads the one file of a `multipart/form-data` request (a part named `file`) into a new file in
 * `incomingDir`, counting and hashing it on the way, and stops at `maxBytes` (413 naming `file`).
 * Nothing is left behind when it fails. It runs before the request's transaction opens, so a
 * slow upload holds no database connection. The name the client sent is kept for display only.
 * Text fields named in `spec.fields` that come before the file part are handed on.
 */
export async function receiveUpload(
  request: FastifyRequest,
  spec: Pick<UploadSpec, 'maxBytes' | 'optional' | 'fields' | 'textCsv'>,
  incomingDir: string,
): Promise<ReceivedUpload | null> {
  const { maxBytes } = spec;
  if (!request.isMultipart()) {
    if (spec.optional) return null;
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the file as multipart/form-data, in a part named file', {
      errors: [{ path: 'file', message: 'is required, sent as multipart/form-data' }],
    });
  }
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes + FRAMING_BYTES + (spec.fields?.maxBytes ?? 0)) throw tooLarge(maxBytes);
  const fieldCount = Math.max(10, spec.fields?.names.length ?? 0);
  const part = await request
    .file({
      limits: {
        fileSize: maxBytes,
        files: 1,
        fields: fieldCount,
        fieldSize: spec.fields?.maxBytes ?? 1024,
        parts: fieldCount + 1,
        headerPairs: 100,
      },
    })
    .catch((error: unknown) => {
      throw malformed(error);
    });
  if (!part) {
    if (spec.optional) throw invalidField('file', 'is required: a multipart form needs a part named file');
    throw invalidField('file', 'is required');
  }
  if (part.fieldname !== 'file') {
    part.file.resume();
    throw invalidField('file', `is required (the part is named "${part.fieldname.slice(0, 40)}", not "file")`);
  }
  const fields: Record<string, string> = {};
  for (const name of spec.fields?.names ?? []) {
    const field = part.fields[name];
    const value = Array.isArray(field) ? field[0] : field;
    if (value && value.type === 'field') {
      if (value.valueTruncated) {
        part.file.resume();
        throw invalidField(name, `must be at most ${formatBytes(spec.fields?.maxBytes ?? 0)}`);
      }
      fields[name] = String(value.value);
    }
  }
  const received = await intoIncoming(part.file, maxBytes, incomingDir, () => part.file.truncated);
  return { ...received, filename: part.filename ?? '', fields };
}

/**
 * The whole body of a `Content-Type: text/csv` request as an upload (imports take files so too):
 * streamed into the incoming folder like a multipart file, with the same limit and answers.
 */
export async function receiveCsvBody(
  request: FastifyRequest,
  body: NodeJS.ReadableStream,
  maxBytes: number,
  incomingDir: string,
): Promise<ReceivedUpload> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  let over = false;
  let seen = 0;
  const limit = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.length;
      if (seen > maxBytes) {
        over = true;
        done(tooLarge(maxBytes));
      } else done(null, chunk);
    },
  });
  const received = await intoIncoming(body.pipe(limit), maxBytes, incomingDir, () => over);
  return { ...received, filename: '', fields: {} };
}

async function intoIncoming(
  source: NodeJS.ReadableStream,
  maxBytes: number,
  incomingDir: string,
  truncated: () => boolean,
): Promise<{ path: string; size: number; sha256: string }> {
  await fs.promises.mkdir(incomingDir, { recursive: true });
  const target = path.join(incomingDir, `${randomUUID()}.part`);
  const hash = createHash('sha256');
  let size = 0;
  const count = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      size += chunk.length;
      done(null, chunk);
    },
  });
  try {
    await pipeline(source, count, fs.createWriteStream(target, { flags: 'wx', mode: 0o600 }));
    if (truncated()) throw tooLarge(maxBytes);
    if (size === 0) throw invalidField('file', 'is empty');
  } catch (error) {
    await fs.promises.rm(target, { force: true });
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge(maxBytes);
    throw malformed(error);
  }
  return { path: target, size, sha256: hash.digest('hex') };
}

/** A body the multipart parser could not read is the client's fault (400), not ours. */
function malformed(error: unknown): unknown {
  if (error instanceof AppError) return error;
  const { statusCode, code } = error as { statusCode?: number; code?: string };
  if (typeof statusCode === 'number') return error;
  // Disk errors (ENOSPC, EACCES) are ours.
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return error;
  return new AppError('BAD_REQUEST', 'The multipart/form-data body could not be read', {
    errors: [{ path: 'file', message: 'could not be read from the request body' }],
  });
}

/** Removes what an upload left in the incoming folder (nothing, once it moved into place). */
export async function discardUpload(upload: ReceivedUpload | null | undefined): Promise<void> {
  if (upload) await fs.promises.rm(upload.path, { force: true }).catch(() => {});
}
