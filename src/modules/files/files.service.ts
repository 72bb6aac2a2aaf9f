import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { Readable } from 'node:stream';
import { and, desc, eq, inArray, isNull, or } from 'drizzle-orm';
import { fileTypeFromBuffer, fileTypeFromFile } from 'file-type';
import { afterTransaction, scopeOf, withTx } from '../../db/scope.js';
import { type FileKindDef, type FileOwner, loadFileKinds } from '../../server/module.js';
import type { ReceivedUpload } from '../../server/route.js';
import { formatBytes } from '../../server/upload.js';
import { type Ctx, type PolicyActor, policyActor, type TxCtx } from '../../shared/context.js';
import { AppError, forbidden, notFound } from '../../shared/errors.js';
import type { DomainEvent } from '../../shared/events.js';
import { newId } from '../../shared/ids.js';
import { type AuditedKind, deleteAudited, insertAudited } from '../audit/index.js';
import { classifyText, describeTypes, sanitizeFileName, storageKeyOf, typeName } from './files.rules.js';
import { type FileRow, files } from './files.schema.js';
import { type FileStorage, storageOf } from './files.storage.js';

export type FileDto = {
  id: string;
  kind: string;
  recordId: string;
  partnerId: string | null;
  name: string;
  contentType: string;
  size: number;
  sha256: string;
  uploadedById: string | null;
  createdAt: Date;
  /** Where its bytes are served (GET, with the caller's session or token). */
  contentUrl: string;
  can: { delete: boolean };
};

const FILE: AuditedKind<FileRow> = {
  entityType: 'file',
  partnerIdOf: (row) => row.partnerId,
  labelOf: (row) => row.name,
};

/** A file being attached: one an upload route received, or bytes (the demo, other services). */
export type FileSource = { upload: ReceivedUpload } | { name: string; bytes: Buffer };

async function kindOf(kind: string): Promise<FileKindDef> {
  const def = (await loadFileKinds()).get(kind);
  if (!def) throw new Error(`No module declares the file kind ${kind}`);
  return def;
}

function toDto(row: FileRow, kind: FileKindDef, actor: PolicyActor, record: FileOwner): FileDto {
  return {
    id: row.id,
    kind: row.kind,
    recordId: row.recordId,
    partnerId: row.partnerId,
    name: row.name,
    contentType: row.contentType,
    size: row.sizeBytes,
    sha256: row.sha256,
    uploadedById: row.uploadedById,
    createdAt: row.createdAt,
    contentUrl: `/api/v1/files/${row.id}/content`,
    can: { delete: (kind.canDelete ?? kind.canAttach)(actor, record) },
  };
}

/** The bytes' type, from the bytes: `file-type`'s signatures, then a look at text. */
async function detectType(source: { path: string } | { bytes: Buffer }): Promise<string | null> {
  const found = 'path' in source ? await fileTypeFromFile(source.path) : await fileTypeFromBuffer(source.bytes);
  if (found) return found.mime;
  const head = 'bytes' in source ? source.bytes.subarray(0, 64 * 1024) : await readHead(source.path, 64 * 1024);
  return classifyText(head);
}

async function readHead(path: string, length: number): Promise<Buffer> {
  const handle = await fs.promises.open(path, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Removes `key`'s bytes once the transaction has committed (never before: a rollback keeps the row). */
async function removeAfterCommit(c: TxCtx, storage: FileStorage, key: string): Promise<void> {
  await afterTransaction(c, async (_ctx, outcome) => {
    if (outcome === 'committed') await storage.remove(key).catch(() => {});
  });
}

/**
 * Attaches a file to a record: the kind's module loads the record in the caller's scope (404 when
 * missing or not theirs), its policy says whether the caller may attach (403); the type detected
 * from the bytes must be one the kind accepts (415 naming `file`) and the size within its limit
 * (413). The bytes are stored first, under a generated key; the row follows in the caller's
 * transaction, and if that transaction does not commit the bytes are removed again. A kind with
 * `single` replaces the record's previous file (its bytes go after the commit).
 */
export async function attachFile(ctx: Ctx, kindName: string, recordId: string, source: FileSource): Promise<FileDto> {
  const kind = await kindOf(kindName);
  return withTx(ctx, async (c) => {
    const record = await kind.loadRecord(c, recordId);
    if (!record) throw notFound('Record');
    const actor = policyActor(c);
    if (!kind.canAttach(actor, record)) {
      if (!kind.canRead(actor, record)) throw notFound('Record');
      throw forbidden(`You cannot add a ${kind.label.toLowerCase()} here`);
    }
    const content = 'upload' in source ? { path: source.upload.path } : { bytes: source.bytes };
    const size = 'upload' in source ? source.upload.size : source.bytes.length;
    if (size > kind.maxBytes) {
      const message = `must be at most ${formatBytes(kind.maxBytes)}`;
      throw new AppError('PAYLOAD_TOO_LARGE', `file: ${message}`, { errors: [{ path: 'file', message }] });
    }
    if (size === 0)
      throw new AppError('VALIDATION_FAILED', 'file: is empty', { errors: [{ path: 'file', message: 'is empty' }] });
    const contentType = await detectType(content);
    if (!contentType || !kind.types.includes(contentType)) {
      const message = `must be ${describeTypes(kind.types)}${contentType ? ` (this is ${typeName(contentType)})` : ''}`;
      throw new AppError('UNSUPPORTED_MEDIA_TYPE', `file: ${message}`, { errors: [{ path: 'file', message }] });
    }
    const sha256 = 'upload' in source ? source.upload.sha256 : createHash('sha256').update(source.bytes).digest('hex');
    const name = sanitizeFileName('upload' in source ? source.upload.filename : source.name, contentType);
    const id = newId();
    const storageKey = storageKeyOf(id);
    const storage = storageOf(c.db);
    await storage.put(storageKey, content, { size, contentType });
    await afterTransaction(c, async (_ctx, outcome) => {
      if (outcome !== 'committed') await storage.remove(storageKey).catch(() => {});
    });
    if (kind.single) {
      const previous = await c.tx
        .select()
        .from(files)
        .where(and(eq(files.recordId, recordId), eq(files.kind, kind.kind)));
      for (const old of previous) {
        await deleteAudited(c, files, old, FILE, {
          summary: `Replaced ${kind.label.toLowerCase()} ${old.name}`,
          eventData: { kind: old.kind, recordId: old.recordId },
        });
        await removeAfterCommit(c, storage, old.storageKey);
      }
    }
    const row = await insertAudited(
      c,
      files,
      {
        id,
        partnerId: record.partnerId,
        kind: kind.kind,
        recordId,
        name,
        contentType,
        sizeBytes: size,
        sha256,
        storageKey,
        uploadedById: actor.userId,
        createdAt: c.now,
      },
      FILE,
      {
        event: 'file.uploaded',
        summary: `Uploaded ${kind.label.toLowerCase()} ${name}`,
        eventData: { kind: kind.kind, recordId, contentType, size },
      },
    );
    return toDto(row, kind, actor, record);
  });
}

/**
 * A file the caller may read, with its kind and record: loaded in the caller's scope, its record
 * loaded by its module in the caller's scope, and the kind's read check. Anything short of that
 * is a 404, exactly like an id that does not exist.
 */
async function loadReadable(c: TxCtx, id: string): Promise<{ row: FileRow; kind: FileKindDef; record: FileOwner }> {
  const scope = scopeOf(c);
  const [row] = await c.tx
    .select()
    .from(files)
    .where(
      and(
        eq(files.id, id),
        scope.kind === 'partner' ? or(eq(files.partnerId, scope.partnerId), isNull(files.partnerId)) : undefined,
      ),
    );
  const kind = row && (await loadFileKinds()).get(row.kind);
  const record = row && kind ? await kind.loadRecord(c, row.recordId) : null;
  if (!row || !kind || !record || record.partnerId !== row.partnerId || !kind.canRead(policyActor(c), record)) {
    throw notFound('File');
  }
  return { row, kind, record };
}

export async function getFile(ctx: Ctx, id: string): Promise<FileDto> {
  return withTx(ctx, async (c) => {
    const { row, kind, record } = await loadReadable(c, id);
    return toDto(row, kind, policyActor(c), record);
  });
}

/** The file and a stream of its bytes, for a download. */
export async function openFile(ctx: Ctx, id: string): Promise<{ file: FileDto; stream: Readable }> {
  return withTx(ctx, async (c) => {
    const { row, kind, record } = await loadReadable(c, id);
    const stream = await storageOf(c.db).open(row.storageKey);
    // A row whose bytes are gone (restored without the files folder) must not pretend to exist.
    if (!stream) throw notFound('File content');
    return { file: toDto(row, kind, policyActor(c), record), stream };
  });
}

/** Deletes a file the caller may delete (the kind's check; 403 when they may only read it). */
export async function deleteFile(ctx: Ctx, id: string): Promise<void> {
  await withTx(ctx, async (c) => {
    const { row, kind, record } = await loadReadable(c, id);
    if (!(kind.canDelete ?? kind.canAttach)(policyActor(c), record)) {
      throw forbidden(`You cannot delete this ${kind.label.toLowerCase()}`);
    }
    await deleteAudited(c, files, row, FILE, { eventData: { kind: row.kind, recordId: row.recordId } });
    await removeAfterCommit(c, storageOf(c.db), row.storageKey);
  });
}

/** Deletes a record's files of one kind (a `single` kind's "remove the logo"); none is fine. */
export async function deleteRecordFiles(ctx: Ctx, kindName: string, recordId: string): Promise<void> {
  const kind = await kindOf(kindName);
  await withTx(ctx, async (c) => {
    const record = await kind.loadRecord(c, recordId);
    if (!record) throw notFound('Record');
    const actor = policyActor(c);
    if (!(kind.canDelete ?? kind.canAttach)(actor, record)) {
      if (!kind.canRead(actor, record)) throw notFound('Record');
      throw forbidden(`You cannot remove this ${kind.label.toLowerCase()}`);
    }
    const rows = await c.tx
      .select()
      .from(files)
      .where(and(eq(files.recordId, recordId), eq(files.kind, kind.kind)));
    for (const row of rows) {
      await deleteAudited(c, files, row, FILE, { eventData: { kind: row.kind, recordId: row.recordId } });
      await removeAfterCommit(c, storageOf(c.db), row.storageKey);
    }
  });
}

/**
 * A record's files of the given kinds that the caller may read, newest first. The record must
 * exist in the caller's scope (404 otherwise). A record has few files: all of them, up to 500.
 */
export async function listRecordFiles(ctx: Ctx, recordId: string, kindNames: readonly string[]): Promise<FileDto[]> {
  const defs = await Promise.all(kindNames.map(kindOf));
  return withTx(ctx, async (c) => {
    const actor = policyActor(c);
    const readable: { kind: FileKindDef; record: FileOwner }[] = [];
    // Kinds of one record usually share their loader: load the record once per loader.
    const loaded = new Map<FileKindDef['loadRecord'], FileOwner | null>();
    for (const kind of defs) {
      if (!loaded.has(kind.loadRecord)) loaded.set(kind.loadRecord, await kind.loadRecord(c, recordId));
      const record = loaded.get(kind.loadRecord);
      if (record && kind.canRead(actor, record)) readable.push({ kind, record });
    }
    if (![...loaded.values()].some(Boolean)) throw notFound('Record');
    if (readable.length === 0) return [];
    const byKind = new Map(readable.map((r) => [r.kind.kind, r]));
    const rows = await c.tx
      .select()
      .from(files)
      .where(and(eq(files.recordId, recordId), inArray(files.kind, [...byKind.keys()])))
      .orderBy(desc(files.createdAt), desc(files.id))
      .limit(500);
    return rows.flatMap((row) => {
      const owner = byKind.get(row.kind);
      // The row must belong where its record does (a row can never move partners, but check).
      return owner && owner.record.partnerId === row.partnerId ? [toDto(row, owner.kind, actor, owner.record)] : [];
    });
  });
}

/**
 * A record that was deleted takes its files along: every `<record>.deleted` event of a record
 * kind that carries files removes that record's files (rows now, bytes after the commit). A
 * deleted partner takes every file of its own too: records that went with it (deleted by the
 * database's cascade) emit no event of their own.
 */
export async function deleteFilesOfDeletedRecord(ctx: Ctx, event: DomainEvent): Promise<void> {
  if (!event.name.endsWith('.deleted') || event.entityType === 'file') return;
  const recordKinds = new Set([...(await loadFileKinds()).values()].map((k) => k.recordKind));
  const partner = event.entityType === 'partner';
  if (!partner && !recordKinds.has(event.entityType)) return;
  await withTx(ctx, async (c) => {
    const rows = await c.tx
      .select()
      .from(files)
      .where(or(eq(files.recordId, event.entityId), partner ? eq(files.partnerId, event.entityId) : undefined));
    for (const row of rows) {
      await deleteAudited(c, files, row, FILE, {
        summary: `Removed ${row.name} with its record`,
        eventData: { kind: row.kind, recordId: row.recordId },
      });
      await removeAfterCommit(c, storageOf(c.db), row.storageKey);
    }
  });
}

/** Bytes without a file row are left alone this long: an upload may still be committing. */
export const ORPHAN_GRACE_HOURS = 24;
/** The keys `storageKeyOf` makes; anything else in the storage (imports' sources) is not ours to judge. */
const FILE_KEY = /^[0-9a-f]{2}\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Removes stored bytes that no file row names and that were written before `olderThan`: what a
 * process that died between storing an upload and committing its row left behind (a rolled-back
 * upload removes its own bytes). Checks the keys against the table 500 at a time.
 */
export async function sweepOrphanBytes(ctx: Ctx, olderThan: Date): Promise<{ checked: number; removed: number }> {
  const storage = storageOf(ctx.db);
  let checked = 0;
  let removed = 0;
  let batch: string[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const keys = batch;
    batch = [];
    const known = await withTx(ctx, (c) =>
      c.tx.select({ key: files.storageKey }).from(files).where(inArray(files.storageKey, keys)),
    );
    const kept = new Set(known.map((r) => r.key));
    for (const key of keys) {
      if (kept.has(key)) continue;
      await storage.remove(key);
      removed += 1;
    }
  };
  for await (const item of storage.list()) {
    if (!FILE_KEY.test(item.key) || item.modifiedAt >= olderThan) continue;
    checked += 1;
    batch.push(item.key);
    if (batch.length === 500) await flush();
  }
  await flush();
  return { checked, removed };
}
