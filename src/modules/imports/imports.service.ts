import fs from 'node:fs';
import { type Readable, Transform } from 'node:stream';
import { parse } from 'csv-parse';
import { and, eq, inArray } from 'drizzle-orm';
import { partnerFilter, withTx } from '../../db/scope.js';
import {
  type AnyImporterDef,
  CellProblem,
  type ImportColumn,
  type ImportProblem,
  type ImportRow,
} from '../../server/importer.js';
import type { JobHandle } from '../../server/module.js';
import { actorUserId, type Ctx, type TxCtx } from '../../shared/context.js';
import { notFound } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import { isPartnerRole } from '../../shared/roles.js';
import { recordChange } from '../audit/index.js';
import { dispatchStoredEvents } from '../events/index.js';
import { type FileStorage, storageOf } from '../files/index.js';
import { enqueueJob, jobProgressOf } from '../jobs/index.js';
import { findUserById } from '../users/index.js';
import { type MappedHeader, mapHeaders } from './imports.rules.js';
import { type ImportRunRow, type ImportStatus, importRuns } from './imports.schema.js';

/** Rows checked (and written) together: one round of lookups and one INSERT each. */
export const BATCH_ROWS = 500;
/** Problems an answer lists (`errorCount` says how many there were). */
export const MAX_LISTED_PROBLEMS = 200;
/** Problems a run keeps in its row. */
const MAX_STORED_PROBLEMS = 100;
/** The largest file an import takes: a million-row CRM export is a few hundred megabytes. */
export const MAX_IMPORT_BYTES = 1024 * 1024 * 1024;
/** Up to this size a commit runs inside the request and answers when done; larger files run in the background (202). */
export const SYNC_COMMIT_BYTES = 2 * 1024 * 1024;

/** The file to import: on this machine (`path`), or anything that opens it again on each call (`open`: storage). */
export type ImportSource = { fileName: string | null; bytes: number } & ({ path: string } | { open: () => Promise<Readable> });

function openSource(source: ImportSource): Promise<Readable> {
  return 'path' in source ? Promise.resolve(fs.createReadStream(source.path)) : source.open();
}

/** The job that runs a queued import (`imports.run`, payload `{ runId }`). */
export const IMPORT_JOB = 'imports.run';
/** Attempts of an import job: a crash or a lost database connection is retried twice. */
export const IMPORT_ATTEMPTS = 3;

/** Where a queued import's file waits in the files module's storage (never a record's file: nobody downloads it). */
export function importSourceKey(runId: string): string {
  return `imports/${runId}`;
}

export type ImportOutcome = {
  kind: string;
  /** Data rows read (blank lines aside). */
  rows: number;
  errors: ImportProblem[];
  errorCount: number;
  mapping: MappedHeader[];
  columns: { key: string; label: string; required: boolean; hint: string }[];
  status: 'valid' | 'invalid' | ImportStatus;
  importId: string | null;
};

/** The problems of a pass: all counted, the first ones kept. */
class Problems {
  readonly list: ImportProblem[] = [];
  count = 0;
  add(problems: readonly ImportProblem[]) {
    for (const p of problems) {
      this.count += 1;
      if (this.list.length < MAX_LISTED_PROBLEMS) this.list.push(p);
    }
  }
}

/** Thrown inside the import's transaction when a row has a problem: nothing it wrote stays. */
export class ImportRejected extends Error {
  constructor(readonly outcome: ImportOutcome) {
    super(`${outcome.errorCount} problem(s) in the file; nothing was imported`);
  }
}

/** The field separator of a file: whichever of , ; or tab its first line has most of (Excel writes ; in some locales). */
async function delimiterOf(source: ImportSource): Promise<string> {
  const stream = await openSource(source);
  let head = Buffer.alloc(0);
  try {
    for await (const chunk of stream) {
      head = Buffer.concat([head, chunk as Buffer]);
      if (head.length >= 64 * 1024 || head.includes(10)) break;
    }
  } finally {
    stream.destroy();
  }
  const first =
    head
      .subarray(0, 64 * 1024)
      .toString('utf8')
      .split(/\r?\n/)[0] ?? '';
  const counts = [',', ';', '\t'].map((d) => [d, first.split(d).length - 1] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

/** The file's records, streamed: the header first. `reading.bytes` counts what was read so far. */
async function* recordsOf(source: ImportSource, reading: { bytes: number }): AsyncGenerator<string[]> {
  const delimiter = await delimiterOf(source);
  const stream = await openSource(source);
  const count = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      reading.bytes += chunk.length;
      done(null, chunk);
    },
  });
  stream.on('error', (error) => count.destroy(error));
  const parser = stream.pipe(count).pipe(parse({ bom: true, delimiter, relax_column_count: true, skip_empty_lines: true }));
  try {
    for await (const record of parser) yield record as string[];
  } finally {
    stream.destroy();
  }
}

function columnsOf(importer: AnyImporterDef): ImportOutcome['columns'] {
  return importer.columns.map((c: ImportColumn) => ({
    key: c.key,
    label: c.label,
    required: c.required === true,
    hint: c.hint ?? '',
  }));
}

type Pass = {
  importer: AnyImporterDef;
  source: ImportSource;
  mapping?: Readonly<Record<string, string | null>>;
  write: boolean;
  onProgress?: Progress;
  /** Aborted: the pass stops at the next batch (a job that timed out or a process that stops). */
  signal?: AbortSignal;
};

/** Rows done so far, and how much of the file that is (0–1, by bytes read). */
export type Progress = (done: number, fraction: number) => void;

/**
 * One streamed pass over the file in the caller's transaction: map the headers, parse each row's
 * cells, check the rows a batch at a time (`validate`), and — when writing and nothing has been
 * wrong so far — write each batch (`commit`). Memory holds one batch and the importer's state.
 */
async function pass(ctx: TxCtx, p: Pass): Promise<ImportOutcome> {
  const { importer } = p;
  const problems = new Problems();
  const state = importer.newState();
  const byKey = new Map<string, ImportColumn>(importer.columns.map((c: ImportColumn) => [c.key, c]));
  let mapping: MappedHeader[] | null = null;
  let rows = 0;
  let done = 0;
  let batch: ImportRow[] = [];
  const reading = { bytes: 0 };

  const flush = async () => {
    if (p.signal?.aborted) throw p.signal.reason ?? new Error('the import was stopped');
    if (batch.length === 0) return;
    const found = await importer.validate(ctx, batch, state);
    problems.add(found);
    if (p.write && problems.count === 0) await importer.commit(ctx, batch, state);
    done += batch.length;
    batch = [];
    p.onProgress?.(done, p.source.bytes > 0 ? Math.min(1, reading.bytes / p.source.bytes) : 1);
  };

  try {
    for await (const record of recordsOf(p.source, reading)) {
      if (!mapping) {
        const mapped = mapHeaders(
          record.map((h) => h.trim()),
          importer.columns,
          p.mapping,
        );
        mapping = mapped.headers;
        problems.add(mapped.problems);
        if (mapped.problems.length > 0) break;
        continue;
      }
      if (record.every((cell) => cell.trim() === '')) continue;
      rows += 1;
      const row = rows + 1;
      const values: Record<string, unknown> = {};
      const cellProblems: ImportProblem[] = [];
      mapping.forEach((m, i) => {
        if (!m.column) return;
        const column = byKey.get(m.column);
        const raw = (record[i] ?? '').trim();
        if (!column || raw === '') return;
        const value = column.parse
          ? column.parse(raw)
          : raw.length > 1000
            ? new CellProblem('must be at most 1000 characters')
            : raw;
        if (value instanceof CellProblem) cellProblems.push({ row, column: column.key, message: value.message });
        else values[column.key] = value;
      });
      for (const column of importer.columns as readonly ImportColumn[]) {
        if (column.required && values[column.key] === undefined && !cellProblems.some((c) => c.column === column.key)) {
          cellProblems.push({ row, column: column.key, message: 'is required' });
        }
      }
      problems.add(cellProblems);
      // A row with a bad cell is not checked further, but later rows still are (every problem at once).
      if (cellProblems.length === 0) batch.push({ row, values });
      else done += 1;
      if (batch.length >= BATCH_ROWS) await flush();
    }
    await flush();
  } catch (error) {
    const csv = error as { code?: string; lines?: number; message: string };
    if (!csv.code?.startsWith('CSV_')) throw error;
    problems.add([{ row: rows + 2, column: '', message: `the file is not valid CSV: ${csv.message}` }]);
  }
  if (!mapping) problems.add([{ row: 1, column: '', message: 'the file is empty: it needs a header row and data rows' }]);
  return {
    kind: importer.kind,
    rows,
    errors: problems.list,
    errorCount: problems.count,
    mapping: mapping ?? [],
    columns: columnsOf(importer),
    status: problems.count > 0 ? 'invalid' : 'valid',
    importId: null,
  };
}

/** Checks the whole file and writes nothing. */
export async function dryRunImport(
  ctx: Ctx,
  importer: AnyImporterDef,
  source: ImportSource,
  mapping?: Readonly<Record<string, string | null>>,
  onProgress?: Progress,
): Promise<ImportOutcome> {
  return withTx(ctx, (c) => pass(c, { importer, source, mapping, write: false, onProgress }));
}

// In-process progress of running imports: the run's transaction is open, so its row is written
// only when it ends (a progress write beside it would wait for it on PGlite).
const running = new Map<string, { done: number; fraction: number; run: ImportRunRow }>();

type RunInput = {
  importer: AnyImporterDef;
  source: ImportSource;
  mapping?: Readonly<Record<string, string | null>>;
  onProgress?: Progress;
  signal?: AbortSignal;
};

/**
 * Checks and writes the whole file in ONE transaction of its own: all or nothing. Answers the
 * outcome with `importId` (status succeeded), or throws `ImportRejected` with the problems after
 * rolling everything back. The importers' per-row events are dispatched after the commit, a page
 * at a time from the outbox. The run is recorded (`import_runs`, audited as `import_run.created`).
 */
export async function commitImport(ctx: Ctx, input: RunInput, runId = newId()): Promise<ImportOutcome> {
  const importCtx: Ctx = { ...ctx, requestId: `import:${runId}` };
  const startedAt = new Date();
  const outcome = await withTx(importCtx, async (c) => {
    const result = await pass(c, { ...input, write: true });
    if (result.errorCount > 0) throw new ImportRejected(result);
    await recordRun(c, runId, input, result, startedAt);
    // Every event of the run is handed over once, below, from the outbox: not also by the
    // transaction's after-commit dispatch (importers that write through services queue theirs there).
    c.pendingEvents.length = 0;
    return result;
  });
  await dispatchStoredEvents(importCtx, importCtx.requestId);
  return { ...outcome, status: 'succeeded', importId: runId };
}

async function recordRun(c: TxCtx, runId: string, input: RunInput, result: ImportOutcome, startedAt: Date): Promise<void> {
  const values = {
    status: 'succeeded' as const,
    rows: result.rows,
    done: result.rows,
    mapping: Object.fromEntries(result.mapping.map((m) => [m.header, m.column])),
    filePath: '',
    startedAt,
    finishedAt: new Date(),
    updatedAt: new Date(),
  };
  const [existing] = await c.tx.select({ id: importRuns.id }).from(importRuns).where(eq(importRuns.id, runId));
  if (existing) {
    await c.tx.update(importRuns).set(values).where(eq(importRuns.id, runId));
  } else {
    const fresh = { ...runOwner(c), ...values, id: runId, kind: input.importer.kind, bytes: input.source.bytes };
    await c.tx.insert(importRuns).values({ ...fresh, fileName: input.source.fileName ?? '' });
  }
  await recordChange(c, {
    action: 'create',
    entityType: 'import_run',
    entityId: runId,
    partnerId: runOwner(c).partnerId,
    after: { kind: input.importer.kind, rows: result.rows, fileName: input.source.fileName ?? '' },
    summary: `Imported ${result.rows} ${input.importer.label.toLowerCase()}${input.source.fileName ? ` from ${input.source.fileName}` : ''}`,
    event: 'import_run.succeeded',
    eventData: { kind: input.importer.kind, rows: result.rows },
  });
}

function runOwner(ctx: Ctx): { userId: string | null; partnerId: string | null } {
  const actor = ctx.actor;
  if (actor.kind !== 'user') return { userId: null, partnerId: null };
  return { userId: actor.userId, partnerId: isPartnerRole(actor.role) ? actor.partnerId : null };
}

/**
 * Queues a commit as a job (`imports.run`): stores the upload at `path` in the files module's
 * storage (moved there: the caller's file is gone afterwards), records the run (queued) and
 * queues the job in one transaction. Any process's job runner then runs it, and a run cut short
 * by a crash is run again by the job's retry. Answers the run.
 */
export async function queueImport(
  ctx: Ctx,
  input: { importer: AnyImporterDef; mapping?: Readonly<Record<string, string | null>> },
  upload: { path: string; fileName: string | null; bytes: number },
): Promise<ImportRunRow> {
  const runId = newId();
  const storage = storageOf(ctx.db);
  const key = importSourceKey(runId);
  await storage.put(key, { path: upload.path }, { size: upload.bytes, contentType: 'text/csv' });
  try {
    return await withTx(ctx, async (c) => {
      const [run] = await c.tx
        .insert(importRuns)
        .values({
          ...runOwner(c),
          id: runId,
          kind: input.importer.kind,
          status: 'queued',
          fileName: upload.fileName ?? '',
          filePath: key,
          bytes: upload.bytes,
          mapping: Object.fromEntries(Object.entries(input.mapping ?? {})),
          createdAt: c.now,
          updatedAt: c.now,
        })
        .returning();
      if (!run) throw new Error('insert returned no row');
      await enqueueJob(c, IMPORT_JOB, { runId }, { singletonKey: runId, maxAttempts: IMPORT_ATTEMPTS });
      return run;
    });
  } catch (error) {
    await storage.remove(key).catch(() => undefined);
    throw error;
  }
}

/** The context a run acts in: the user who started it, as they are now (role and company). */
async function actorCtxOf(ctx: Ctx, run: ImportRunRow): Promise<Ctx | string> {
  if (!run.userId) return ctx;
  const user = await withTx(ctx, (c) => findUserById(c, run.userId as string));
  if (!user?.active) return 'the person who started the import can no longer sign in';
  if (run.partnerId !== null && user.partnerId !== run.partnerId) {
    return 'the person who started the import has moved to another company';
  }
  const { id: userId, role, partnerId, email, name } = user;
  return {
    ...ctx,
    actor: { kind: 'user', userId, role, partnerId, email, name, sessionId: null, tokenId: null },
    requestId: `import:${run.id}`,
  };
}

async function removeSource(storage: FileStorage, run: ImportRunRow): Promise<void> {
  if (run.filePath) await storage.remove(run.filePath).catch(() => undefined);
}

/**
 * The `imports.run` job: runs a queued import to its end as the user who started it, and records
 * how it ended. Safe to run again: a run that ended answers at once; a run left `running` by a
 * crash had committed nothing (all or nothing, and its `succeeded` is written in the import's own
 * transaction), so it simply runs again. Problems in the file end the run (`failed`, the job
 * itself succeeds); anything else is retried by the job, and fails the run on the last attempt.
 * The stored file is removed when the run ends.
 */
export async function runImportJob(
  system: Ctx,
  runId: string,
  job: Pick<JobHandle, 'attempt' | 'progress' | 'signal'>,
  importers: readonly AnyImporterDef[],
): Promise<Record<string, unknown>> {
  const storage = storageOf(system.db);
  const run = await withTx(system, async (c) => (await c.tx.select().from(importRuns).where(eq(importRuns.id, runId)))[0]);
  if (!run) return { runId, status: 'missing' };
  if (run.status === 'succeeded' || run.status === 'failed') {
    await removeSource(storage, run);
    return { runId, status: run.status, rows: run.rows };
  }
  const mark = (values: Partial<ImportRunRow>) =>
    withTx(system, (c) =>
      c.tx
        .update(importRuns)
        .set({ ...values, updatedAt: new Date() })
        .where(and(eq(importRuns.id, runId), inArray(importRuns.status, ['queued', 'running']))),
    );
  const fail = async (message: string, extra: Partial<ImportRunRow> = {}) => {
    await mark({
      status: 'failed',
      errorCount: 1,
      errors: [{ row: 0, column: '', message }],
      filePath: '',
      finishedAt: new Date(),
      ...extra,
    });
    await removeSource(storage, run);
  };
  const importer = importers.find((i) => i.kind === run.kind);
  if (!importer) {
    await fail(`no importer for ${run.kind} any more`);
    return { runId, status: 'failed' };
  }
  const acting = await actorCtxOf(system, run);
  if (typeof acting === 'string') {
    await fail(acting);
    return { runId, status: 'failed' };
  }
  if (!(await storage.exists(run.filePath))) {
    await fail('the uploaded file is gone from the storage');
    return { runId, status: 'failed' };
  }
  const source: ImportSource = {
    fileName: run.fileName || null,
    bytes: run.bytes,
    open: async () => {
      const stream = await storage.open(run.filePath);
      if (!stream) throw new Error('the uploaded file is gone from the storage');
      return stream;
    },
  };
  const progress = { done: 0, fraction: 0, run: { ...run, status: 'running' as const, startedAt: new Date() } };
  running.set(runId, progress);
  try {
    await mark({ status: 'running', startedAt: progress.run.startedAt });
    const outcome = await commitImport(
      { ...acting, now: new Date() },
      {
        importer,
        source,
        mapping: run.mapping,
        signal: job.signal,
        onProgress: (done, fraction) => {
          progress.done = done;
          progress.fraction = fraction;
          // Rows done and, until the end, the total the bytes read so far suggest.
          job.progress(done, fraction > 0 ? Math.max(done, Math.round(done / fraction)) : null);
        },
      },
      runId,
    );
    job.progress(outcome.rows, outcome.rows);
    await removeSource(storage, run);
    return { runId, status: 'succeeded', rows: outcome.rows };
  } catch (error) {
    if (error instanceof ImportRejected) {
      const outcome = error.outcome;
      await mark({
        status: 'failed',
        rows: outcome.rows,
        done: progress.done,
        errorCount: outcome.errorCount,
        errors: outcome.errors.slice(0, MAX_STORED_PROBLEMS),
        filePath: '',
        finishedAt: new Date(),
      });
      await removeSource(storage, run);
      return { runId, status: 'failed', errorCount: outcome.errorCount };
    }
    if (job.attempt >= IMPORT_ATTEMPTS) {
      await fail(`the import failed: ${(error as Error).message}`, { done: progress.done }).catch(() => undefined);
    } else {
      // Another attempt follows (the job's retry); nothing of this one was committed.
      await mark({ status: 'queued' }).catch(() => undefined);
    }
    throw error;
  } finally {
    running.delete(runId);
  }
}

/** The job that runs queued imports, for the module descriptor. */
export function importJobDef(importers: () => Promise<readonly AnyImporterDef[]>) {
  return {
    name: IMPORT_JOB,
    retries: IMPORT_ATTEMPTS - 1,
    retryDelaySeconds: 10,
    // A million rows at a few hundred a second on PGlite.
    timeoutSeconds: 6 * 3600,
    run: async (ctx: Ctx, payload: Record<string, unknown>, job: JobHandle) =>
      runImportJob(ctx, String(payload.runId), job, await importers()),
  };
}

export type ImportRunDto = ImportRunRow & { progress: number | null };

/**
 * A run the caller started (404 for anyone else's), with its progress while it runs. A run in
 * progress in this process is answered from memory without a query: its transaction is open,
 * and on PGlite any statement — even a BEGIN — would wait for it to end. A run another process
 * runs shows the progress that process's job runner writes to the job about once a second.
 */
export async function getImportRun(ctx: Ctx, id: string): Promise<ImportRunDto> {
  const live = running.get(id);
  const owner = runOwner(ctx);
  if (live && live.run.userId === owner.userId && (owner.partnerId === null || live.run.partnerId === owner.partnerId)) {
    return { ...live.run, done: live.done, progress: live.fraction };
  }
  const run = await withTx(ctx, async (c) => {
    const userId = actorUserId(c);
    const [row] = await c.tx
      .select()
      .from(importRuns)
      .where(
        and(eq(importRuns.id, id), partnerFilter(c, importRuns.partnerId), userId ? eq(importRuns.userId, userId) : undefined),
      );
    if (!row) throw notFound('Import');
    return row;
  });
  const now = running.get(id);
  if (now) return { ...run, status: 'running', done: now.done, progress: now.fraction };
  if (run.status === 'running') {
    const job = await jobProgressOf(ctx, IMPORT_JOB, run.id);
    return {
      ...run,
      done: job?.done ?? run.done,
      progress: job?.total ? Math.min(1, job.done / job.total) : 0,
    };
  }
  return { ...run, progress: run.status === 'succeeded' ? 1 : run.status === 'queued' ? 0 : null };
}

/** For the authorization matrix: a finished run of `userId`. */
export async function makeTestImportRun(ctx: Ctx, owner: { userId: string; partnerId: string | null }): Promise<string> {
  return withTx(ctx, async (c) => {
    const [run] = await c.tx
      .insert(importRuns)
      .values({ kind: 'partners', status: 'succeeded', rows: 0, userId: owner.userId, partnerId: owner.partnerId })
      .returning({ id: importRuns.id });
    if (!run) throw new Error('insert returned no row');
    return run.id;
  });
}
