import { Readable } from 'node:stream';
import { z } from 'zod';
import type { AnyImporterDef } from '../../server/importer.js';
import type { ModuleDescriptor } from '../../server/module.js';
import { type AnyRouteDef, access, defineRoute } from '../../server/route.js';
import { ZIdParams, ZQueryBoolean, zString } from '../../server/schemas.js';
import { AppError, invalidField } from '../../shared/errors.js';
import { parseMapPairs } from './imports.rules.js';
import { IMPORT_STATUSES } from './imports.schema.js';
import {
  commitImport,
  dryRunImport,
  getImportRun,
  ImportRejected,
  type ImportSource,
  MAX_IMPORT_BYTES,
  queueImport,
  SYNC_COMMIT_BYTES,
} from './imports.service.js';

const ZProblemRow = z.object({
  row: z.number().int().describe('The line in a spreadsheet: the header is row 1, the first record row 2'),
  column: z.string().describe('The column key (or, for a header problem, the header)'),
  message: z.string(),
});

const ZImportOutcome = z
  .object({
    kind: z.string(),
    rows: z.number().int().describe('Data rows in the file'),
    errors: z.array(ZProblemRow).describe('The first 200 problems'),
    errorCount: z.number().int(),
    mapping: z.array(
      z.object({
        header: z.string(),
        column: z.string().nullable(),
        how: z.enum(['given', 'recognised', 'unknown', 'duplicate', 'skipped']),
      }),
    ),
    columns: z.array(z.object({ key: z.string(), label: z.string(), required: z.boolean(), hint: z.string() })),
    status: z.enum(['valid', 'invalid', ...IMPORT_STATUSES]),
    importId: z.uuid().nullable(),
  })
  .meta({ id: 'ImportOutcome' });

const ZImportRun = z
  .object({
    id: z.uuid(),
    kind: z.string(),
    status: z.enum(IMPORT_STATUSES),
    fileName: z.string(),
    rows: z.number().int().nullable(),
    done: z.number().int(),
    progress: z.number().nullable().describe('0–1 while it runs (by bytes read), 1 when it succeeded'),
    errorCount: z.number().int(),
    errors: z.array(ZProblemRow),
    startedAt: z.date().nullable(),
    finishedAt: z.date().nullable(),
    createdAt: z.date(),
  })
  .meta({ id: 'ImportRun' });

const ZMapping = z.record(zString(200), zString(100).nullable());

const ZImportBody = z.strictObject({
  csv: zString(65_536)
    .optional()
    .describe('A small file as text (up to 64 KiB; send larger files as a text/csv body or a multipart form)'),
  mapping: z
    .union([ZMapping, zString(20_000)])
    .optional()
    .describe('Header → column key (null or "" skips the header); in a multipart form, the same as a JSON string'),
});

function mappingOf(
  given0: string | Record<string, string | null> | undefined,
  map: string[] | undefined,
): Record<string, string | null> {
  let given: Record<string, string | null> = {};
  if (typeof given0 === 'string') {
    try {
      const parsed = ZMapping.safeParse(JSON.parse(given0));
      if (!parsed.success) throw new Error('not a mapping');
      given = parsed.data;
    } catch {
      throw invalidField('mapping', 'must be a JSON object of header → column key');
    }
  } else if (given0) given = given0;
  return { ...given, ...parseMapPairs(map ?? []) };
}

/** `POST /api/v1/imports/<kind>` for one importer. */
function importRoute(importer: AnyImporterDef): AnyRouteDef {
  return defineRoute({
    method: 'POST',
    url: `/api/v1/imports/${importer.kind}`,
    summary: `Import ${importer.label.toLowerCase()} from CSV (dry run or commit)`,
    description:
      'The file as a `text/csv` body, a multipart form with a `file` part (and optionally a `mapping` field before it), or JSON `{csv, mapping}`. ' +
      'Headers are recognised by column name, label or the names Salesforce and HubSpot exports use; `mapping` or ' +
      '`map=Header=key` fix them. `dryRun=true` (default) checks every row and writes nothing. `dryRun=false` writes ' +
      'every row in one transaction, or nothing when any row has a problem (422 with the same body). A file over 2 MB ' +
      'is imported in the background: 202 with `importId`, progress at `GET /api/v1/imports/{id}`. ' +
      `Columns: ${importer.columns.map((c) => `\`${c.key}\`${c.required ? ' (required)' : ''}`).join(', ')}.`,
    tags: ['imports'],
    access: importer.access,
    permission: importer.permission,
    // The file arrives before any transaction opens (server/upload.ts), as files' uploads do.
    upload: {
      maxBytes: MAX_IMPORT_BYTES,
      textCsv: true,
      optional: true,
      fields: { names: ['mapping'], maxBytes: 20_000 },
      example: () => ({
        filename: `${importer.kind}.csv`,
        contentType: 'text/csv',
        bytes: Buffer.from(`${importer.columns.map((c) => c.key).join(',')}\n`),
      }),
    },
    ownTransactions: true,
    query: z.object({
      dryRun: ZQueryBoolean.default(true),
      map: z
        .union([zString(300), z.array(zString(300)).max(100)])
        .optional()
        .transform((v) => (v === undefined ? undefined : Array.isArray(v) ? v : [v])),
    }),
    // No JSON body when the file comes as multipart (Fastify validates that as null).
    body: ZImportBody.nullish(),
    response: ZImportOutcome,
    example: (refs) => ({ csv: importer.example(refs) }),
    handler: async ({ ctx, query, body, upload, reply, req }) => {
      const mapping = mappingOf(upload ? upload.fields?.mapping : body?.mapping, query.map);
      let source: ImportSource;
      if (upload) source = { path: upload.path, fileName: upload.filename || null, bytes: upload.size };
      else if (body?.csv !== undefined) {
        const text = body.csv;
        source = { open: async () => Readable.from([Buffer.from(text)]), fileName: null, bytes: Buffer.byteLength(text) };
      } else throw invalidField('file', 'is required: a text/csv body, a multipart form with a file, or JSON {csv}');
      const input = { importer, source, mapping };
      if (query.dryRun) return dryRunImport(ctx, importer, source, mapping);
      if (upload && source.bytes > SYNC_COMMIT_BYTES) {
        // Moved into the files storage, where whichever process runs the job reads it.
        const run = await queueImport(
          ctx,
          { importer, mapping },
          { path: upload.path, fileName: upload.filename || null, bytes: upload.size },
        );
        reply.status(202);
        return {
          kind: importer.kind,
          rows: 0,
          errors: [],
          errorCount: 0,
          mapping: [],
          columns: [],
          status: 'queued' as const,
          importId: run.id,
        };
      }
      try {
        return await commitImport(ctx, input);
      } catch (error) {
        if (!(error instanceof ImportRejected)) throw error;
        const problem = new AppError('VALIDATION_FAILED', error.message);
        // The import's own answer, as a problem: `errors` name row, column and a path to the cell.
        reply
          .status(422)
          .type('application/problem+json')
          .send(
            JSON.stringify({
              ...error.outcome,
              type: 'https://consort.dev/problems/validation-failed',
              title: problem.title,
              status: 422,
              detail: problem.message,
              code: problem.code,
              requestId: String(req.id),
              errors: error.outcome.errors.map((e) => ({ ...e, path: `rows.${e.row}.${e.column}` })),
            }),
          );
        return reply;
      }
    },
  });
}

const ZImporter = z
  .object({
    kind: z.string(),
    label: z.string(),
    columns: z.array(
      z.object({
        key: z.string(),
        label: z.string(),
        required: z.boolean(),
        hint: z.string(),
        aliases: z.array(z.string()).describe("Headers of other systems' exports recognised as this column"),
      }),
    ),
    maxBytes: z.number().int().describe('The largest file accepted'),
    backgroundBytes: z.number().int().describe('A committed file larger than this runs in the background (202)'),
  })
  .meta({ id: 'Importer' });

/** `GET /api/v1/imports/<kind>`: what the importer takes, for a mapping screen. */
function importerRoute(importer: AnyImporterDef): AnyRouteDef {
  return defineRoute({
    method: 'GET',
    url: `/api/v1/imports/${importer.kind}/columns`,
    summary: `The columns an import of ${importer.label.toLowerCase()} takes, with the headers it recognises`,
    tags: ['imports'],
    // The columns are the same for everyone, and the API documentation shows them anyway.
    access: access.signedIn(),
    permission: 'importRun.columns',
    response: ZImporter,
    handler: async () => ({
      kind: importer.kind,
      label: importer.label,
      columns: importer.columns.map((c) => ({
        key: c.key,
        label: c.label,
        required: c.required === true,
        hint: c.hint ?? '',
        aliases: [...(c.aliases ?? [])],
      })),
      maxBytes: MAX_IMPORT_BYTES,
      backgroundBytes: SYNC_COMMIT_BYTES,
    }),
  });
}

export const importRunRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/imports/:id',
    summary: 'An import you started: status and progress',
    tags: ['imports'],
    access: access.self(),
    permission: 'importRun.read',
    target: 'importRun',
    // A run in progress here is answered from memory, without waiting for its transaction.
    ownTransactions: true,
    params: ZIdParams,
    response: ZImportRun,
    handler: async ({ ctx, params }) => getImportRun(ctx, params.id),
  }),
];

/** One import route per importer that any module declares. */
export function importRoutesFrom(modules: readonly ModuleDescriptor[]): AnyRouteDef[] {
  return modules.flatMap((m) => m.importers ?? []).flatMap((importer) => [importRoute(importer), importerRoute(importer)]);
}
