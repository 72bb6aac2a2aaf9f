import { index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, idColumn, partnerIsolation, tstz, updatedAt } from '../../db/columns.js';

export const IMPORT_STATUSES = ['queued', 'running', 'succeeded', 'failed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/**
 * One committed import (`POST /imports/<kind>?dryRun=false`): what it imports, from which file,
 * how far it is and how it ended. Dry runs leave no row. A large file's import runs after the
 * request, in the background; `done` is written when it ends (during the run the process that
 * runs it answers progress from memory: an import is one transaction, and on PGlite a progress
 * write from beside it would wait for it). `partnerId` is the importer's company (partner-side
 * users' runs), null for vendor staff.
 */
export const importRuns = pgTable(
  'import_runs',
  {
    id: idColumn(),
    kind: text().notNull(),
    status: text().$type<ImportStatus>().notNull(),
    fileName: text().notNull().default(''),
    /** The stored upload while the run waits or runs; emptied when it ends (the file is deleted). */
    filePath: text().notNull().default(''),
    bytes: integer().notNull().default(0),
    /** Header → column key the run used (null: the file's column was ignored). */
    mapping: jsonb().$type<Record<string, string | null>>().notNull().default({}),
    rows: integer(),
    done: integer().notNull().default(0),
    errorCount: integer().notNull().default(0),
    /** The first problems, as `{row, column, message}`. */
    errors: jsonb().$type<{ row: number; column: string; message: string }[]>().notNull().default([]),
    userId: uuid(),
    partnerId: uuid(),
    startedAt: tstz(),
    finishedAt: tstz(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('import_runs_user_idx').on(t.userId, t.createdAt), ...partnerIsolation(t.partnerId)],
).enableRLS();

export type ImportRunRow = typeof importRuns.$inferSelect;
