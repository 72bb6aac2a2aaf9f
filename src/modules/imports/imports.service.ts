import fs from 'node:fs';
import { parse } from 'csv-parse';
import { and, eq } from 'drizzle-orm';
import { partnerFilter, withTx } from '../../db/scope.js';
import {
  type AnyImporterDef,
  CellProblem,
  type ImportColumn,
  type ImportProblem,
  type ImportRow,
} from '../../server/importer.js';
import { actorUserId, type Ctx, type TxCtx } from '../../shared/context.js';
import { notFound } from '../../shared/errors.js';
import { newId } from '../../shared/ids.js';
import { isPartnerRole } from '../../shared/roles.js';
import { recordChange } from '../audit/index.js';
import { dispatchStoredEvents } from '../events/index.js';
import { type MappedHeader, mapHeaders } from './imports.rules.js';
import { type ImportRunRow, type ImportStatus, importRuns } from './imports.schema.js';

/** Rows checked (and written) together: one round of lookups and one INSERT each. */
export const BATCH_ROWS = 500;
/** Problems an answer lists (`errorCount` says how many there were). */
export const MAX_LISTED_PROBLEMS = 200;
/** Problems a run keeps in its row. */
const MAX_STORED_PROBLEMS = 100;
/** Up to this size a commit runs inside the request and answers when done; larger files run in the background (202). */
export const SYNC_COMMIT_BYTES = 2 * 1024 * 1024;

export type ImportSource = { path: string; fileName: string | null; bytes: number };

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
async function delimiterOf(file: string): Promise<string> {
  const handle = await fs.promises.open(file, 'r');
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const first = buffer.subarray(0, bytesRead).toString('utf8').split(/\r?\n/)[0] ?? '';
    const counts = [',', ';', '\t'].map((d) => [d, first.split(d).length - 1] as const);
    return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
  } finally {
    await handle.close();
  }
}

/** The file's records, streamed: the header first. */
async function* recordsOf(file: string, reading: { stream?: fs.ReadStream }): AsyncGenerator<string[]> {
  reading.stream = fs.createReadStream(file);
  const parser = reading.stream.pipe(
    parse({ bom: true, delimiter: await delimiterOf(file), relax_column_count: true, skip_empty_lines: true }),
  );
  for await (const record of parser) yield record as string[];
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
  const reading: { stream?: fs.ReadStream } = {};

  const flush = async () => {
    if (batch.length === 0) return;
    const found = await importer.validate(ctx, batch, state);
    problems.add(found);
    if (p.write && problems.count === 0) await importer.commit(ctx, batch, state);
    done += batch.length;
    batch = [];
    p.onProgress?.(done, p.source.bytes > 0 ? Math.min(1, (reading.stream?.bytesRead ?? 0) / p.source.bytes) : 1);
  };

  try {
    for await (const record of recordsOf(p.source.path, reading)) {
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
 * Queues a commit to run after the caller's transaction commits, in this process: records the
 * run (queued) and answers its id. The upload at `source.path` now belongs to the run, which
 * deletes it when it ends. (To move this onto the job queue: enqueue `runQueuedImport(id)` here
 * instead of the onCommit callback.)
 */
export async function queueImport(
  ctx: Ctx,
  input: RunInput,
  schedule: (run: () => Promise<void>) => void,
): Promise<ImportRunRow> {
  return withTx(ctx, async (c) => {
    const [run] = await c.tx
      .insert(importRuns)
      .values({
        ...runOwner(c),
        kind: input.importer.kind,
        status: 'queued',
        fileName: input.source.fileName ?? '',
        filePath: input.source.path,
        bytes: input.source.bytes,
        mapping: Object.fromEntries(Object.entries(input.mapping ?? {})),
        createdAt: c.now,
        updatedAt: c.now,
      })
      .returning();
    if (!run) throw new Error('insert returned no row');
    const runCtx: Ctx = { db: ctx.db, actor: ctx.actor, requestId: ctx.requestId, now: ctx.now };
    schedule(() => runQueuedImport(runCtx, run, input));
    return run;
  });
}

/** Runs a queued import to its end and records how it ended; never throws (the run row says). */
export async function runQueuedImport(ctx: Ctx, run: ImportRunRow, input: RunInput): Promise<void> {
  const runId = run.id;
  const progress = { done: 0, fraction: 0, run: { ...run, status: 'running' as const, startedAt: new Date() } };
  running.set(runId, progress);
  const mark = (values: Partial<ImportRunRow>) =>
    withTx(ctx, (c) =>
      c.tx
        .update(importRuns)
        .set({ ...values, updatedAt: new Date() })
        .where(eq(importRuns.id, runId)),
    );
  try {
    await mark({ status: 'running', startedAt: new Date() });
    const now = new Date();
    await commitImport(
      { ...ctx, now },
      {
        ...input,
        onProgress: (done, fraction) => {
          progress.done = done;
          progress.fraction = fraction;
          input.onProgress?.(done, fraction);
        },
      },
      runId,
    );
  } catch (error) {
    const outcome = error instanceof ImportRejected ? error.outcome : null;
    await mark({
      status: 'failed',
      rows: outcome?.rows ?? null,
      done: progress.done,
      errorCount: outcome?.errorCount ?? 1,
      errors: outcome?.errors.slice(0, MAX_STORED_PROBLEMS) ?? [
        { row: 0, column: '', message: `the import failed: ${(error as Error).message}` },
      ],
      filePath: '',
      finishedAt: new Date(),
    }).catch(() => undefined);
  } finally {
    running.delete(runId);
    fs.rmSync(input.source.path, { force: true });
  }
}

export type ImportRunDto = ImportRunRow & { progress: number | null };

/**
 * A run the caller started (404 for anyone else's), with its progress while it runs here. A run
 * in progress in this process is answered from memory without a query: its transaction is open,
 * and on PGlite any statement — even a BEGIN — would wait for it to end.
 */
export async function getImportRun(ctx: Ctx, id: string): Promise<ImportRunDto> {
  const live = running.get(id);
  const owner = runOwner(ctx);
  if (live && live.run.userId === owner.userId && (owner.partnerId === null || live.run.partnerId === owner.partnerId)) {
    return { ...live.run, done: live.done, progress: live.fraction };
  }
  return withTx(ctx, async (c) => {
    const userId = actorUserId(c);
    const [run] = await c.tx
      .select()
      .from(importRuns)
      .where(
        and(eq(importRuns.id, id), partnerFilter(c, importRuns.partnerId), userId ? eq(importRuns.userId, userId) : undefined),
      );
    if (!run) throw notFound('Import');
    const live = running.get(id);
    if (live) return { ...run, status: 'running', done: live.done, progress: live.fraction };
    return { ...run, progress: run.status === 'succeeded' ? 1 : run.status === 'queued' ? 0 : null };
  });
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
